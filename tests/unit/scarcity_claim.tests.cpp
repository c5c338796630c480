// scarcity-claim: stock and activity claims are for review.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> on_product(const std::string& body) {
  return of_rule(page("<h1>Jas</h1><p>€ 129,00</p>" + body, "Jas"),
                 "https://shop.example/product/jas", "scarcity-claim");
}
}  // namespace

TEST_CASE("Stock and activity claims are for review", "[scarcity-claim]") {
  auto fs = on_product("<p>Nog maar 3 op voorraad!</p><p>14 mensen bekijken dit product nu</p>");
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].message_key == "needs-review-stock");
  CHECK(fs[1].message_key == "needs-review-activity");
  CHECK(on_product("<p>Bijna uitverkocht</p>").size() == 1);
  CHECK(on_product("<p>Only 2 left in stock</p>").size() == 1);
  CHECK(on_product("<p>23 keer verkocht in de afgelopen 24 uur</p>").size() == 1);
}

TEST_CASE("Plain stock status is silent", "[scarcity-claim]") {
  CHECK(on_product("<p>Op voorraad, vandaag besteld morgen in huis</p>").empty());
  CHECK(on_product("<p>Niet op voorraad</p>").empty());
}
