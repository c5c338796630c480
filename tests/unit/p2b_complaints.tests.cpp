// p2b-complaints: platform terms for business users name a complaint system and mediators.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> terms(const std::string& body) {
  return of_rule(page("<h1>Algemene voorwaarden</h1>" + body, "Voorwaarden"),
                 "https://www.markt.example/algemene-voorwaarden-verkopers", "p2b-complaints");
}
}  // namespace

TEST_CASE("Seller terms without complaints or mediators warn twice", "[p2b-complaints]") {
  auto fs = terms(
      "<p>Deze voorwaarden gelden voor zakelijke gebruikers die via het platform "
      "verkopen.</p>");
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].severity == Severity::kWarning);
}

TEST_CASE("Seller terms with both pass", "[p2b-complaints]") {
  auto fs = terms(
      "<p>Deze voorwaarden gelden voor zakelijke gebruikers.</p><h2>Interne "
      "klachtenafhandeling</h2>"
      "<p>Een zakelijke gebruiker kan een klacht indienen via het "
      "partnerportaal.</p><h2>Bemiddeling"
      "</h2><p>Wij werken met de volgende bemiddelaars: Thuiswinkel.org en Stichting X.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("Consumer terms say nothing", "[p2b-complaints]") {
  CHECK(terms("<p>Deze voorwaarden gelden voor iedere bestelling van een consument.</p>").empty());
}

TEST_CASE("A seller's complaint in the platform's own words counts", "[p2b-complaints]") {
  auto fs = terms(
      "<p>Deze voorwaarden gelden voor zakelijke gebruikers.</p><p>Heb je als zakelijke verkoper "
      "een klacht over ons, dien die dan in via het klachtenformulier in je verkopersdashboard. "
      "Komen we er niet uit, dan kun je bemiddeling vragen.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("Consumer terms linking to the seller terms, and an exempt small platform, are silent",
          "[p2b-complaints]") {
  CHECK(kwtest::of_rule(
            kwtest::page("<h1>Algemene voorwaarden voor kopers</h1><p>Artikel 1. Deze voorwaarden "
                         "gelden voor kopers.</p><footer><a href=\"/voorwaarden-verkopers\">"
                         "Voorwaarden voor verkopers</a></footer>",
                         "Algemene voorwaarden"),
            "https://markt.example/algemene-voorwaarden", "p2b-complaints")
            .empty());
  CHECK(kwtest::of_rule(
            kwtest::page("<h1>Voorwaarden voor verkopers</h1><p>Als kleine onderneming in de zin "
                         "van Aanbeveling 2003/361/EG vallen we onder de uitzondering van artikel "
                         "11 lid 5 en artikel 12 lid 7 van Verordening (EU) 2019/1150.</p>",
                         "Voorwaarden voor verkopers"),
            "https://ambacht.example/voorwaarden-verkopers", "p2b-complaints")
            .empty());
}
