// delivery-promise: a fast delivery promise beside words that contradict it, or without any
// cut-off, is flagged for review; a conditional promise on an in-stock product is not.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> product(const std::string& body) {
  return of_rule(page("<h1>Stadsfiets Amsterdam</h1><p>€ 499,00</p>" + body +
                          "<button type=\"submit\">In winkelwagen</button>",
                      "Stadsfiets"),
                 "https://shop.example/stadsfiets", "delivery-promise");
}
}  // namespace

TEST_CASE("A fast promise beside a longer delivery time needs review", "[delivery-promise]") {
  auto fs = product("<p>Voor 22:00 besteld, morgen in huis</p><p>Levertijd: 2-3 weken</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
  CHECK(fs[0].message_key == "needs-review-contradiction");
  CHECK(fs[0].evidence == "Voor 22:00 besteld, morgen in huis");
  CHECK(fs[0].vars.at("reason") == "Levertijd: 2-3 weken");

  auto stock = product("<p>Morgen in huis</p><p class=\"stock\">Niet op voorraad</p>");
  REQUIRE(stock.size() == 1);
  CHECK(stock[0].message_key == "needs-review-contradiction");
}

TEST_CASE("A fast promise without a cut-off needs review", "[delivery-promise]") {
  auto fs = product("<p>Vandaag besteld, morgen in huis!</p><p>Op voorraad</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "needs-review-unconditional");
}

TEST_CASE("A conditional promise on an in-stock product is fine", "[delivery-promise]") {
  CHECK(product("<p>Op voorraad. Op werkdagen voor 23:59 besteld, morgen in huis.</p>").empty());
  CHECK(product("<p>Levertijd 1-2 werkdagen</p>").empty());
  // Another product's promise in the same sentence as the stock notice.
  CHECK(product("<p>Op werkdagen voor 22:00 besteld, morgen in huis.</p><p>Deze kleur niet op "
                "voorraad? Kies zwart, morgen in huis.</p>")
            .empty());
}

TEST_CASE("Pages outside the shopping flow are not judged", "[delivery-promise]") {
  CHECK(of_rule(page("<h1>Klantenservice</h1><p>Morgen in huis, maar levertijd 3 weken.</p>",
                     "Klantenservice"),
                "https://shop.example/klantenservice", "delivery-promise")
            .empty());
}

TEST_CASE("A cut-off in other words is a condition", "[delivery-promise]") {
  for (const char* p :
       {"<p>Vóór 22.00 uur besteld, morgen in huis</p>",
        "<p>Morgen in huis als je vóór 22:00 bestelt</p>",
        "<p>Wij bezorgen morgen in huis bij bestelling voor 20:00</p>",
        "<p>Morgen in huis (ma-za)</p>",
        "<p>Bestel vandaag, morgen in huis (bestellingen na 21:00 uur worden de volgende werkdag "
        "verzonden)</p>",
        "<p>Morgen in huis! Bestel je op zaterdag of zondag, dan bezorgen we dinsdag.</p>"}) {
    INFO(p);
    CHECK(product(p).empty());
  }
}
