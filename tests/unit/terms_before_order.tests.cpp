// terms-before-order: a link to the general terms on the final order step.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kFinal = "https://shop.example/checkout/overzicht";
const std::string kOrder =
    "<h1>Controleer je bestelling</h1><p>Betaalmethode</p><label><input type=\"radio\" "
    "name=\"pm\"> iDEAL</label><button type=\"submit\">Bestellen en betalen</button>";

std::vector<kw::Finding> final_step(const std::string& extra, kw::SessionMemory* s = nullptr) {
  return of_rule(analyse_html(page(kOrder + extra), kFinal, s), "terms-before-order");
}
}  // namespace

TEST_CASE("A terms link on the final step passes", "[terms-before-order]") {
  auto fs = final_step(
      "<p>Op je bestelling zijn onze <a href=\"/algemene-voorwaarden\">algemene voorwaarden</a> "
      "van toepassing.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  CHECK(fs[0].evidence == "algemene voorwaarden");
  auto pdf = final_step("<a href=\"/media/leveringsvoorwaarden-2026.pdf\">Lees hier</a>");
  REQUIRE(pdf.size() == 1);
  CHECK(pdf[0].severity == Severity::kPass);
}

TEST_CASE("Terms named without a link are a warning", "[terms-before-order]") {
  auto fs = final_step(
      "<label><input type=\"checkbox\"> Ik ga akkoord met de algemene voorwaarden</label>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].message_key == "warning-not-linked");
}

TEST_CASE("No terms at all on the final step is a violation; linked earlier, a warning",
          "[terms-before-order]") {
  auto fs = final_step("");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);

  kw::SessionMemory session;
  analyse_html(page("<footer><a href=\"/voorwaarden\">Voorwaarden</a></footer>", "Home"),
               "https://shop.example/", &session);
  auto later = final_step("", &session);
  REQUIRE(later.size() == 1);
  CHECK(later[0].message_key == "warning-earlier");
  CHECK(later[0].evidence == "Voorwaarden");
}

TEST_CASE("Pages other than the final step say nothing", "[terms-before-order]") {
  CHECK(of_rule(analyse_html(page("<h1>Fiets</h1>", "Fiets"), "https://shop.example/product/a"),
                "terms-before-order")
            .empty());
}
