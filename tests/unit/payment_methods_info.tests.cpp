// payment-methods-info: a final step without any payment method, on a site that never showed one.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/checkout/overzicht";
const char* kBody =
    "<h1>Controleer je bestelling</h1><p>Totaal € 24,95</p><button>Bestellen en "
    "betalen</button>";
}  // namespace

TEST_CASE("No payment method on the final step is for review", "[payment-methods-info]") {
  auto fs = of_rule(page(kBody), kUrl, "payment-methods-info");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
}

TEST_CASE("Methods on the page or an earlier page are enough", "[payment-methods-info]") {
  CHECK(of_rule(page(std::string(kBody) + "<p>Je betaalt met iDEAL</p>"), kUrl,
                "payment-methods-info")
            .empty());
  kw::SessionMemory session;
  analyse_html(page("<footer><img alt=\"iDEAL\" src=\"i.png\"><img alt=\"Klarna\" "
                    "src=\"k.png\"></footer>",
                    "Home"),
               "https://shop.example/", &session);
  CHECK(of_rule(analyse_html(page(kBody), kUrl, &session), "payment-methods-info").empty());
}

TEST_CASE("Other pages are silent", "[payment-methods-info]") {
  CHECK(of_rule(page("<h1>Jas</h1><p>€ 99,00</p>", "Jas"), "https://shop.example/product/jas",
                "payment-methods-info")
            .empty());
}
