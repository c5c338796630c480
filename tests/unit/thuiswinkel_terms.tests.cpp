// thuiswinkel-terms: a member's terms name the Algemene Voorwaarden Thuiswinkel.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kTerms = "https://shop.example/algemene-voorwaarden";
std::vector<kw::Finding> terms(const std::string& body, kw::SessionMemory* s = nullptr) {
  return of_rule(
      analyse_html(page("<h1>Algemene voorwaarden</h1>" + body, "Algemene voorwaarden"), kTerms, s),
      "thuiswinkel-terms");
}
}  // namespace

TEST_CASE("A member with own terms gets a warning", "[thuiswinkel-terms]") {
  auto fs = terms(
      "<p>Artikel 1. Deze voorwaarden gelden voor alle bestellingen.</p><footer><img "
      "alt=\"Thuiswinkel Waarborg\" src=\"/tw.png\"></footer>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].evidence == "Thuiswinkel Waarborg");
}

TEST_CASE("A member using the Algemene Voorwaarden Thuiswinkel passes", "[thuiswinkel-terms]") {
  auto fs = terms(
      "<p>Wij zijn lid van Thuiswinkel.org. Op onze aanbiedingen zijn de Algemene Voorwaarden "
      "Thuiswinkel van toepassing.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("The claim may come from an earlier page of the site", "[thuiswinkel-terms]") {
  kw::SessionMemory session;
  analyse_html(page("<footer><img alt=\"Thuiswinkel Waarborg keurmerk\"></footer>", "Home"),
               "https://shop.example/", &session);
  auto fs = terms("<p>Artikel 1. Definities.</p>", &session);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
}

TEST_CASE("A non-member's terms say nothing", "[thuiswinkel-terms]") {
  CHECK(terms("<p>Artikel 1. Deze voorwaarden gelden voor alle bestellingen.</p>").empty());
}

TEST_CASE("A shop saying it is no member is no member", "[thuiswinkel-terms]") {
  for (const char* denial : {"Wij zijn (nog) geen lid van Thuiswinkel.org.",
                             "We zijn niet aangesloten bij Thuiswinkel Waarborg.",
                             "We are not a member of Thuiswinkel.org."}) {
    INFO(denial);
    CHECK(terms(std::string("<p>Artikel 1. Deze voorwaarden gelden voor alle bestellingen. ") +
                denial + "</p>")
              .empty());
  }
}

TEST_CASE("Terms for business sellers or for one service are not the general terms",
          "[thuiswinkel-terms]") {
  for (const char* title :
       {"Voorwaarden voor zakelijke verkopers", "Voorwaarden Zorgeloos Plus", "Actievoorwaarden"}) {
    INFO(title);
    auto fs =
        of_rule(analyse_html(page(std::string("<h1>") + title +
                                      "</h1><p>Artikel 1. Deze voorwaarden gelden naast "
                                      "onze algemene voorwaarden.</p><footer><img "
                                      "alt=\"Thuiswinkel Waarborg\" src=\"/tw.png\"></footer>",
                                  title),
                             kTerms),
                "thuiswinkel-terms");
    CHECK(fs.empty());
  }
}

TEST_CASE("English terms that name the Thuiswinkel general terms pass", "[thuiswinkel-terms]") {
  auto fs = terms(
      "<p>We are a member of Thuiswinkel.org. The Thuiswinkel general terms and conditions apply "
      "to all orders; the Dutch version prevails.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}
