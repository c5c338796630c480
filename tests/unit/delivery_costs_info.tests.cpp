// delivery-costs-info: delivery options and costs on the order steps.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/checkout/overzicht";
}

TEST_CASE("No delivery information at checkout is for review", "[delivery-costs-info]") {
  auto fs = of_rule(page("<h1>Controleer je bestelling</h1><p>Totaal € 24,95</p>"), kUrl,
                    "delivery-costs-info");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "needs-review");
}

TEST_CASE("A method without a cost is named", "[delivery-costs-info]") {
  auto fs = of_rule(page("<h1>Controleer je bestelling</h1><p>Bezorging door PostNL</p>"), kUrl,
                    "delivery-costs-info");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "needs-review-cost");
}

TEST_CASE("Delivery costs or free delivery are enough", "[delivery-costs-info]") {
  CHECK(of_rule(page("<table><tr><td>Verzendkosten</td><td>€ 4,95</td></tr></table>"), kUrl,
                "delivery-costs-info")
            .empty());
  CHECK(of_rule(page("<p>Gratis verzending</p>"), kUrl, "delivery-costs-info").empty());
  CHECK(of_rule(page("<p>Je e-tickets ontvang je per e-mail</p>"), kUrl, "delivery-costs-info")
            .empty());
  kw::SessionMemory session;
  analyse_html(page("<p>Gratis bezorging vanaf € 50</p>", "Home"), "https://shop.example/",
               &session);
  CHECK(of_rule(analyse_html(page("<p>Totaal € 24,95</p>"), kUrl, &session), "delivery-costs-info")
            .empty());
}
