// marketplace-responsibility: another seller's offer says who handles delivery, returns and
// warranty; the platform's own offers and pages without a seller are not judged.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> offer(const std::string& body,
                               const std::string& url = "https://www.markt.example/p/fiets/123") {
  return of_rule(page("<h1>Stadsfiets</h1><p>€ 349,00</p><button>In winkelwagen</button>" + body,
                      "Stadsfiets"),
                 url, "marketplace-responsibility");
}
}  // namespace

TEST_CASE("A third-party offer without the split of duties is a warning",
          "[marketplace-responsibility]") {
  auto fs = offer("<p>Verkocht door Fietsenhuis Jansen</p><p>Zakelijke verkoper</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].evidence == "Verkocht door Fietsenhuis Jansen");
}

TEST_CASE("Saying who is responsible passes, in text or as a link",
          "[marketplace-responsibility]") {
  auto text = offer(
      "<p>Verkocht door Fietsenhuis Jansen</p><p>De verkoper is verantwoordelijk voor de "
      "levering, retourneren en garantie.</p>");
  REQUIRE(text.size() == 1);
  CHECK(text[0].severity == Severity::kPass);

  auto link = offer(
      "<p>Verkocht door Fietsenhuis Jansen</p><a href=\"/help/partners\">Wie regelt wat bij "
      "een partnerverkoper?</a>");
  REQUIRE(link.size() == 1);
  CHECK(link[0].severity == Severity::kPass);

  auto en =
      offer("<p>Sold by HomeGoods Direct</p><p>Your purchase contract is with the seller.</p>",
            "https://www.marketplace.example/product/kettle-1");
  REQUIRE(en.size() == 1);
  CHECK(en[0].severity == Severity::kPass);

  // A private seller: the page says the purchase is with that person, outside consumer law.
  auto private_seller = offer(
      "<p>Aangeboden door: Sanne uit Zwolle</p><p>Particuliere verkoper</p><p>Let op: je koopt "
      "van een particulier. Je hebt dan geen recht op 14 dagen bedenktijd.</p>");
  REQUIRE(private_seller.size() == 1);
  CHECK(private_seller[0].severity == Severity::kPass);
}

TEST_CASE("The platform's own offer and a shop's product page are not judged",
          "[marketplace-responsibility]") {
  CHECK(offer("<p>Verkoop door markt</p>").empty());
  CHECK(offer("", "https://www.fietsenhuis.example/stadsfiets").empty());
}

TEST_CASE("A seller named as responsible for delivery and returns passes",
          "[marketplace-responsibility]") {
  auto fs = offer(
      "<p>Verkocht door <a href=\"/verkoper/kj\">Kinderhuis Jansen B.V.</a></p><p>Kinderhuis "
      "Jansen is verantwoordelijk voor de levering, je bedenktijd en de wettelijke garantie.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}
