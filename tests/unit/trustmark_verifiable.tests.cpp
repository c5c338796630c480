// trustmark-verifiable: a trustmark links to the issuer's certificate page for this shop.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at(const std::string& body,
                            const std::string& url = "https://www.fietsenhuis.nl/") {
  return of_rule(page(body, "Home"), url, "trustmark-verifiable");
}
}  // namespace

TEST_CASE("A Thuiswinkel logo linked to this shop's certificate passes", "[trustmark-verifiable]") {
  auto fs =
      at("<a href=\"https://www.thuiswinkel.org/leden/fietsenhuis-nl/certificaat\"><img "
         "alt=\"Thuiswinkel Waarborg\" src=\"/tw.svg\"></a>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  CHECK(fs[0].vars.at("reason") == "Thuiswinkel.org");
}

TEST_CASE("A logo without a certificate link is a warning naming the issuer",
          "[trustmark-verifiable]") {
  auto fs = at("<footer><img alt=\"Thuiswinkel Waarborg\" src=\"/tw.svg\"></footer>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].message_key == "warning-unverifiable");
  CHECK(fs[0].evidence == "Thuiswinkel Waarborg");
  auto wwk = at("<a href=\"/over-ons\"><img alt=\"WebwinkelKeur\"></a>");
  REQUIRE(wwk.size() == 1);
  CHECK(wwk[0].vars.at("reason") == "WebwinkelKeur");
}

TEST_CASE("A certificate of another shop is a warning", "[trustmark-verifiable]") {
  auto fs =
      at("<a href=\"https://www.webwinkelkeur.nl/webshop/Bakkerij-de-Vries_1201234.html\">"
         "<img alt=\"WebwinkelKeur\"></a>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "warning-other-shop");
  auto own =
      at("<a href=\"https://www.webwinkelkeur.nl/webshop/Fietsenhuis_1201234.html\">"
         "<img alt=\"WebwinkelKeur\"></a>");
  REQUIRE(own.size() == 1);
  CHECK(own[0].severity == Severity::kPass);
}

TEST_CASE("Trusted Shops certificates carry an id, not a name", "[trustmark-verifiable]") {
  auto fs =
      at("<a href=\"https://www.trustedshops.nl/verkopersbeoordeling/"
         "info_X1A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D.html\"><img alt=\"Trusted Shops keurmerk\"></a>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("Pages without a trustmark say nothing", "[trustmark-verifiable]") {
  CHECK(at("<p>Gratis verzending vanaf € 50</p>").empty());
  CHECK(at("<p>Op deze overeenkomst zijn de Algemene Voorwaarden Thuiswinkel van toepassing.</p>")
            .empty());
}
