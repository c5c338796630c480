// withdrawal-info: information on withdrawal on terms/returns pages, and via site memory on the
// final step.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::string filler(int words) {
  std::string s;
  for (int i = 0; i < words; ++i) s += "artikel bepaling ";
  return "<p>" + s + "</p>";
}
}  // namespace

TEST_CASE("Terms without withdrawal information are a violation", "[withdrawal-info]") {
  auto fs = of_rule(page("<h1>Algemene voorwaarden</h1>" + filler(200), "Algemene voorwaarden"),
                    "https://shop.example/algemene-voorwaarden", "withdrawal-info");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
}

TEST_CASE("Short terms pages or a PDF link are for review", "[withdrawal-info]") {
  auto fs = of_rule(page("<h1>Algemene voorwaarden</h1><a href=\"/av.pdf\">Download de "
                         "voorwaarden</a>" +
                             filler(200),
                         "Algemene voorwaarden"),
                    "https://shop.example/algemene-voorwaarden", "withdrawal-info");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
}

TEST_CASE("Withdrawal information passes", "[withdrawal-info]") {
  auto fs = of_rule(page("<h1>Retourneren</h1><p>Je hebt 14 dagen bedenktijd.</p>", "Retourneren"),
                    "https://shop.example/retourneren", "withdrawal-info");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("The final step uses the site memory", "[withdrawal-info]") {
  const std::string final_step =
      page("<h1>Controleer je bestelling</h1><p>Totaal € 20,00</p><button>Betalen</button>");
  const std::string url = "https://shop.example/checkout/overzicht";
  auto alone = of_rule(final_step, url, "withdrawal-info");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].severity == Severity::kNeedsReview);

  kw::SessionMemory session;
  analyse_html(page("<p>Je hebt 30 dagen bedenktijd.</p>", "Retourneren"),
               "https://shop.example/retourneren", &session);
  CHECK(of_rule(analyse_html(final_step, url, &session), "withdrawal-info").empty());
}

TEST_CASE("Product pages are out of scope", "[withdrawal-info]") {
  CHECK(of_rule(page("<h1>Koffiemolen</h1><p>€ 49,95</p>", "Koffiemolen"),
                "https://shop.example/product/koffiemolen", "withdrawal-info")
            .empty());
}
