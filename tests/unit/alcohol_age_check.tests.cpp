// alcohol-age-check: an order with alcohol needs an active age check and a delivery check notice.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/checkout/overzicht";
const char* kItems =
    "<h1>Controleer je bestelling</h1><p>Rode wijn Rioja 2019 - € 12,95</p><button>Bestellen en "
    "betalen</button>";
const char* kNotice = "<p>Bij twijfel vragen we bij de bezorging om legitimatie. NIX18.</p>";
}  // namespace

TEST_CASE("No age check and no delivery notice are two violations", "[alcohol-age-check]") {
  auto fs = of_rule(page(kItems), kUrl, "alcohol-age-check");
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].message_key == "violation-no-check");
  CHECK(fs[1].message_key == "violation-no-delivery-check");
}

TEST_CASE("An unticked 18+ box and the notice pass silently", "[alcohol-age-check]") {
  CHECK(of_rule(page(std::string(kItems) +
                     "<label><input type=\"checkbox\"> Ik ben 18 jaar of ouder</label>" + kNotice),
                kUrl, "alcohol-age-check")
            .empty());
  CHECK(of_rule(page(std::string(kItems) +
                     "<label for=\"d\">Geboortedatum</label><input id=\"d\">" + kNotice),
                kUrl, "alcohol-age-check")
            .empty());
}

TEST_CASE("A pre-ticked 18+ box is no check", "[alcohol-age-check]") {
  auto fs = of_rule(
      page(std::string(kItems) +
           "<label><input type=\"checkbox\" checked> Ik ben 18 jaar of ouder</label>" + kNotice),
      kUrl, "alcohol-age-check");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-prechecked");
}

TEST_CASE("The delivery notice may come from an earlier page", "[alcohol-age-check]") {
  kw::SessionMemory session;
  analyse_html(page(std::string("<h1>Rioja</h1>") + kNotice, "Rioja"),
               "https://shop.example/product/rioja", &session);
  auto fs = of_rule(analyse_html(page(std::string(kItems) +
                                      "<label><input type=\"checkbox\"> Ik ben 18+</label>"),
                                 kUrl, &session),
                    "alcohol-age-check");
  CHECK(fs.empty());
}

TEST_CASE("Alcohol-free drinks and wine glasses are not alcohol", "[alcohol-age-check]") {
  CHECK(of_rule(page("<h1>Controleer je bestelling</h1><p>Alcoholvrij bier 0.0% - € "
                     "5,95</p><button>Betalen</button>"
                     "<p>Wijnglazen set van 6 - € 19,95</p>"),
                kUrl, "alcohol-age-check")
            .empty());
}

TEST_CASE("The menu's beer and a cognac-coloured chair are not in the order",
          "[alcohol-age-check]") {
  CHECK(
      of_rule(page("<header><nav><a href=\"/bier\">Belgisch bier</a></nav></header><h1>Controleer "
                   "je bestelling</h1><p>Koffiebonen 1 kg - € 24,95</p><button>Bestellen en "
                   "betalen</button>"),
              kUrl, "alcohol-age-check")
          .empty());
  CHECK(of_rule(page("<h1>Controleer je bestelling</h1><p>Eetkamerstoel Luca cognac - € 189,00</p>"
                     "<button>Bestellen en betalen</button>"),
                kUrl, "alcohol-age-check")
            .empty());
}

TEST_CASE("A date of birth asked on an earlier checkout step is an active check",
          "[alcohol-age-check]") {
  kw::SessionMemory s;
  analyse_html(page("<h1>Je gegevens</h1><label>Postcode <input name=pc></label><label "
                    "for=\"d\">Geboortedatum</label><input id=\"d\" type=\"date\">" +
                    std::string(kNotice)),
               "https://shop.example/checkout/gegevens", &s);
  auto fs = of_rule(analyse_html(page(kItems), kUrl, &s), "alcohol-age-check");
  CHECK(fs.empty());
  // The next order in the same tab: the details step comes back without the question (the
  // customer is logged in), so this order asked no age.
  analyse_html(
      page("<h1>Je gegevens</h1><label>Postcode <input name=pc></label>" + std::string(kNotice)),
      "https://shop.example/checkout/gegevens", &s);
  auto again = of_rule(analyse_html(page(kItems), kUrl, &s), "alcohol-age-check");
  REQUIRE(again.size() == 1);
  CHECK(again[0].message_key == "violation-no-check");
}
