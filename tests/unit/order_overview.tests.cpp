// order-overview: the final step shows the order and the entered details.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/checkout/overzicht";
}

TEST_CASE("A final step without any amount is a violation", "[order-overview]") {
  auto fs = of_rule(page("<h1>Controleer je bestelling</h1><button>Betalen</button>"), kUrl,
                    "order-overview");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
}

TEST_CASE("An overview with address and edit link passes", "[order-overview]") {
  auto fs = of_rule(
      page("<h1>Controleer je bestelling</h1><table><tr><td>Koffiebonen</td><td>€ 19,95</td></tr>"
           "<tr><td>Totaal</td><td>€ 24,90</td></tr></table><p>Bezorgadres: Dorpsstraat 1, 1234 AB "
           "Ergens <a href=\"/checkout/adres\">Wijzigen</a></p><button>Betalen</button>"),
      kUrl, "order-overview");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("Amounts without the entered details are for review", "[order-overview]") {
  auto fs = of_rule(page("<h1>Controleer je bestelling</h1><table><tr><td>Totaal</td><td>€ "
                         "24,90</td></tr></table><button>Betalen</button>"),
                    kUrl, "order-overview");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "needs-review-details");
}

TEST_CASE("A cart is not the final step", "[order-overview]") {
  CHECK(of_rule(page("<h1>Winkelwagen</h1>"), "https://shop.example/winkelwagen", "order-overview")
            .empty());
}
