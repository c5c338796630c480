// late-extra-cost: costs that appear late, rise between steps, or hide in a total.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {

std::string cart(const std::string& extra_line) {
  return page(R"(<h1>Winkelwagen</h1><table>
    <tr><td>Regenjas</td><td>€ 89,95</td></tr>
    <tr><th>Subtotaal</th><td>€ 89,95</td></tr>)" +
                  extra_line + R"(
    <tr><th>Totaal</th><td>€ 89,95</td></tr></table>)",
              "Winkelwagen");
}

std::string checkout(const std::string& lines, const std::string& total) {
  return page(R"(<h1>Afrekenen</h1><table>
    <tr><td>Regenjas</td><td>€ 89,95</td></tr>
    <tr><th>Subtotaal</th><td>€ 89,95</td></tr>)" +
              lines + R"(
    <tr><th>Totaal</th><td>)" +
              total + R"(</td></tr></table>)");
}

}  // namespace

TEST_CASE("A cost first shown on a later step is a violation", "[late-extra-cost]") {
  kw::SessionMemory s;
  CHECK(
      of_rule(analyse_html(cart(""), "https://shop.example/cart", &s), "late-extra-cost").empty());
  auto fs = of_rule(
      analyse_html(checkout("<tr><th>Administratiekosten</th><td>€ 1,95</td></tr>", "€ 91,90"),
                   "https://shop.example/checkout", &s),
      "late-extra-cost");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
  CHECK(fs[0].message_key == "violation-late");
  CHECK(fs[0].vars.at("amount") == "€ 1,95");
  SECTION("and analysing the same step again gives the same finding") {
    auto again = of_rule(
        analyse_html(checkout("<tr><th>Administratiekosten</th><td>€ 1,95</td></tr>", "€ 91,90"),
                     "https://shop.example/checkout", &s),
        "late-extra-cost");
    CHECK(again.size() == 1);
  }
}

TEST_CASE("A cost disclosed earlier, even without its amount, is not late", "[late-extra-cost]") {
  for (const char* line :
       {"<tr><th>Verzendkosten</th><td>€ 4,95</td></tr>",
        "<tr><td colspan=2>Verzendkosten worden berekend bij het afrekenen</td></tr>"}) {
    INFO(line);
    kw::SessionMemory s;
    analyse_html(cart(line), "https://shop.example/cart", &s);
    auto fs =
        of_rule(analyse_html(checkout("<tr><th>Verzendkosten</th><td>€ 4,95</td></tr>", "€ 94,90"),
                             "https://shop.example/checkout", &s),
                "late-extra-cost");
    CHECK(fs.empty());
  }
}

TEST_CASE("A cost that rises between steps is a violation", "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(cart("<tr><th>Verzendkosten</th><td>€ 3,95</td></tr>"), "https://shop.example/cart",
               &s);
  auto fs =
      of_rule(analyse_html(checkout("<tr><th>Verzendkosten</th><td>€ 6,95</td></tr>", "€ 96,90"),
                           "https://shop.example/checkout", &s),
              "late-extra-cost");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-raised");
  CHECK(fs[0].vars.at("before") == "€ 3,95");
  CHECK(fs[0].vars.at("after") == "€ 6,95");
}

TEST_CASE("Product pages of different cost are no rise; the cart after them is judged",
          "[late-extra-cost]") {
  kw::SessionMemory s;
  const auto product = [](const std::string& name, const std::string& lines) {
    return page("<h1>" + name + "</h1><p>€ 12,95</p>" + lines + "<button>In winkelwagen</button>",
                name);
  };
  analyse_html(product("E-bike", "<p>Verzendkosten € 0,95</p>"), "https://shop.example/p/ebike",
               &s);
  CHECK(of_rule(analyse_html(product("Fietsbel", "<p>Verzendkosten € 3,95</p>"),
                             "https://shop.example/p/fietsbel", &s),
                "late-extra-cost")
            .empty());
  // The cart asks more than the product page that came last: that is a rise.
  auto fs = of_rule(analyse_html(cart("<tr><th>Verzendkosten</th><td>€ 6,95</td></tr>"),
                                 "https://shop.example/cart", &s),
                    "late-extra-cost");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-raised");
  CHECK(fs[0].vars.at("before") == "€ 3,95");
}

TEST_CASE("A page alone is not judged for late costs", "[late-extra-cost]") {
  CHECK(of_rule(checkout("<tr><th>Administratiekosten</th><td>€ 1,95</td></tr>", "€ 91,90"),
                "https://shop.example/checkout", "late-extra-cost")
            .empty());
}

TEST_CASE("A total above its lines hides an amount", "[late-extra-cost]") {
  auto fs = of_rule(checkout("<tr><th>Verzendkosten</th><td>€ 4,95</td></tr>", "€ 97,40"),
                    "https://shop.example/checkout", "late-extra-cost");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-unexplained");
  CHECK(fs[0].vars.at("difference") == "€ 2,50");
  SECTION("totals that add up, with a discount and a VAT line, are fine") {
    CHECK(of_rule(checkout("<tr><th>Verzendkosten</th><td>€ 4,95</td></tr>"
                           "<tr><th>Korting (WELKOM10)</th><td>- € 9,00</td></tr>"
                           "<tr><th>Waarvan btw (21%)</th><td>€ 14,85</td></tr>",
                           "€ 85,90"),
                  "https://shop.example/checkout", "late-extra-cost")
              .empty());
  }
  SECTION("free shipping adds nothing") {
    CHECK(of_rule(checkout("<tr><th>Verzending</th><td>Gratis</td></tr>", "€ 89,95"),
                  "https://shop.example/checkout", "late-extra-cost")
              .empty());
  }
}

TEST_CASE("Summary rows written as <dt>/<dd> pairs are read as label and amount",
          "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(
      page(R"(<dl><dt>Subtotaal</dt><dd>€ 89,95</dd><dt>Totaal</dt><dd>€ 89,95</dd></dl>)"),
      "https://shop.example/checkout/cart", &s);
  auto fs = of_rule(analyse_html(page(R"(<h1>Bestelling afronden</h1><dl>
      <dt>Subtotaal</dt><dd>€ 89,95*</dd><dt>Administratiekosten</dt><dd>€ 1,95*</dd>
      <dt>Totaal</dt><dd>€ 91,90*</dd></dl>)"),
                                 "https://shop.example/checkout/confirm", &s),
                    "late-extra-cost");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].vars.at("cost") == "administratiekosten");
}

TEST_CASE("A total that rises between steps while its lines stay the same is a violation",
          "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(cart("<tr><th>Verzendkosten</th><td>€ 4,95</td></tr>"), "https://shop.example/cart",
               &s);
  // A review step without a subtotal: the page alone cannot show the gap, the flow can.
  auto fs = of_rule(analyse_html(page(R"(<h1>Afrekenen</h1><table>
    <tr><td>Regenjas</td><td>€ 89,95</td></tr>
    <tr><th>Verzendkosten</th><td>€ 4,95</td></tr>
    <tr><th>Totaal</th><td>€ 97,40</td></tr></table>)"),
                                 "https://shop.example/checkout", &s),
                    "late-extra-cost");
  REQUIRE(fs.size() == 1);
  bool raised = false;
  for (const auto& f : fs) {
    if (f.message_key != "violation-total-raised") continue;
    raised = true;
    CHECK(f.vars.at("before") == "€ 89,95");
    CHECK(f.vars.at("after") == "€ 97,40");
    CHECK(f.vars.at("difference") == "€ 7,45");
  }
  CHECK(raised);
}

TEST_CASE("A total that rises by a new line or a listed cost is not a total rise",
          "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(cart("<tr><th>Verzendkosten</th><td>€ 4,95</td></tr>"), "https://shop.example/cart",
               &s);
  auto fs = of_rule(analyse_html(checkout("<tr><th>Verzendkosten</th><td>€ 4,95</td></tr>"
                                          "<tr><td>Cadeauverpakking</td><td>€ 2,50</td></tr>",
                                          "€ 97,40"),
                                 "https://shop.example/checkout", &s),
                    "late-extra-cost");
  for (const auto& f : fs) CHECK(f.message_key != "violation-total-raised");
}

TEST_CASE("An amount announced earlier for a cost is no rise", "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(page("<h1>Tafel</h1><p>€ 499,00</p><p>Verzendkosten € 5,95 (doordeweeks) of "
                    "€ 8,95 op zaterdag</p><button>In winkelwagen</button>",
                    "Tafel"),
               "https://shop.example/p/tafel", &s);
  CHECK(of_rule(analyse_html(checkout("<tr><th>Verzendkosten</th><td>€ 8,95</td></tr>", "€ 98,90"),
                             "https://shop.example/checkout", &s),
                "late-extra-cost")
            .empty());
}

TEST_CASE("A deposit that grows with the basket is no rise", "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(cart("<tr><th>Statiegeld</th><td>€ 1,80</td></tr>"), "https://shop.example/cart",
               &s);
  CHECK(of_rule(analyse_html(checkout("<tr><th>Statiegeld</th><td>€ 3,60</td></tr>", "€ 93,55"),
                             "https://shop.example/checkout", &s),
                "late-extra-cost")
            .empty());
}

TEST_CASE("A row naming two costs discloses both", "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(page("<h1>Wasmachine</h1><p>€ 549,00</p><p>Bezorging € 29,95, inclusief € 7,50 "
                    "verwijderingsbijdrage</p><button>In winkelwagen</button>",
                    "Wasmachine"),
               "https://shop.example/p/wasmachine", &s);
  CHECK(of_rule(analyse_html(checkout("<tr><th>Bezorgen aan huis</th><td>€ 29,95</td></tr>"
                                      "<tr><td>waarvan € 7,50 verwijderingsbijdrage</td></tr>",
                                      "€ 119,90"),
                             "https://shop.example/checkout", &s),
                "late-extra-cost")
            .empty());
}

TEST_CASE("A delivery option announced with its amount is no late cost", "[late-extra-cost]") {
  // "Avondlevering" is a delivery cost: the cart announced it, so the higher total is explained.
  kw::SessionMemory s;
  analyse_html(cart("<tr><td colspan=2>Afhalen of avondlevering (+ € 2,00) kies je in de volgende "
                    "stap.</td></tr>"),
               "https://shop.example/cart", &s);
  auto fs = of_rule(analyse_html(checkout("<tr><td>Avondlevering (door jou gekozen)</td><td>€ "
                                          "2,00</td></tr>",
                                          "€ 91,95"),
                                 "https://shop.example/checkout", &s),
                    "late-extra-cost");
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
}

TEST_CASE("A deposit paid now is no total, and a sentence saying 'zonder te betalen' neither",
          "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(page("<h1>E-bike Stadsrijder</h1><p>€ 2.599,00</p><p>Reserveer de fiets 3 dagen "
                    "in de winkel zonder te betalen; bij bestellen vragen we een aanbetaling van "
                    "€ 250,00 en het restant betaal je bij aflevering.</p>"
                    "<button>In winkelwagen</button>",
                    "E-bike"),
               "https://shop.example/p/e-bike", &s);
  auto fs = of_rule(analyse_html(page("<h1>Controleer je bestelling</h1><p>Nu te betalen: "
                                      "aanbetaling € 250,00</p><table><tr><td>1 × E-bike "
                                      "Stadsrijder</td><td>€ 2.599,00</td></tr><tr><th>Totaal "
                                      "(incl. btw)</th><td>€ 2.599,00</td></tr></table>"),
                                 "https://shop.example/checkout", &s),
                    "late-extra-cost");
  CHECK(fs.empty());
}

TEST_CASE("Shipping of two sellers, each announced, is no rise as one line", "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(page("<h1>Fietsbel</h1><p>€ 12,99</p><p>€ 4,95 verzendkosten van deze "
                    "verkoper</p><button>In winkelwagen</button>",
                    "Fietsbel"),
               "https://shop.example/p/fietsbel", &s);
  analyse_html(page("<h1>Fietskrat</h1><p>€ 25,00</p><p>€ 6,25 verzendkosten</p>"
                    "<button>In winkelwagen</button>",
                    "Fietskrat"),
               "https://shop.example/p/fietskrat", &s);
  auto fs = of_rule(analyse_html(checkout("<tr><th>Verzendkosten (2 verkopers)</th><td>€ "
                                          "11,20</td></tr>",
                                          "€ 101,15"),
                                 "https://shop.example/checkout", &s),
                    "late-extra-cost");
  CHECK(fs.empty());
  SECTION("an amount no sum of announced ones makes is still a rise") {
    auto more = of_rule(
        analyse_html(checkout("<tr><th>Verzendkosten</th><td>€ 12,95</td></tr>", "€ 102,90"),
                     "https://shop.example/checkout", &s),
        "late-extra-cost");
    REQUIRE(more.size() == 1);
    CHECK(more[0].message_key == "violation-raised");
  }
}

TEST_CASE("A payment method announced with its price is no late payment cost",
          "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(cart("<tr><td colspan=2>Achteraf betalen met Riverty kost € 0,95; de andere "
                    "betaalmethoden zijn gratis.</td></tr>"),
               "https://shop.example/cart", &s);
  CHECK(of_rule(analyse_html(
                    checkout("<tr><th>Betaalkosten (Riverty)</th><td>€ 0,95</td></tr>", "€ 90,90"),
                    "https://shop.example/checkout", &s),
                "late-extra-cost")
            .empty());
}

TEST_CASE("The cost on a line with several amounts is the one beside its words",
          "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(cart("<tr><th>Verzendkosten</th><td>gratis</td></tr>"), "https://shop.example/cart",
               &s);
  auto fs = of_rule(analyse_html(page("<h1>Controleer je bestelling</h1><p>Regenjas € 89,95 + "
                                      "gratis cadeauverpakking · verzending € 0,00</p>"
                                      "<p>Totaal € 89,95</p>"),
                                 "https://shop.example/checkout", &s),
                    "late-extra-cost");
  CHECK(fs.empty());
}

TEST_CASE("Amounts under a cost heading are announced for every country", "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(page("<h1>Winkelwagen</h1><table><tr><td>Blokhut</td><td>€ 1.249,00</td></tr>"
                    "</table><h3>Verzendkosten per land</h3><table><tr><td>Nederland</td><td>€ "
                    "49,00</td></tr><tr><td>België</td><td>€ 79,00</td></tr></table>"
                    "<dl><dt>Verzendkosten (Nederland)</dt><dd>€ 49,00</dd><dt>Totaal</dt>"
                    "<dd>€ 1.298,00</dd></dl>",
                    "Winkelwagen"),
               "https://shop.example/cart", &s);
  auto fs = of_rule(analyse_html(page("<h1>Gegevens</h1><p>Blokhut € 1.249,00</p><p>Verzendkosten "
                                      "naar België: € 79,00</p><p>Totaal € 1.328,00</p>"),
                                 "https://shop.example/checkout", &s),
                    "late-extra-cost");
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
}

TEST_CASE("Subtotal, shipping and total written as one line add up", "[late-extra-cost]") {
  auto fs = of_rule(page("<h1>Winkelwagen</h1><table><tr><td>Koffie</td><td>€ 31,80</td></tr><tr>"
                         "<td>Trappist</td><td>€ 27,95</td></tr></table><p>Subtotaal € 59,75 · "
                         "Verzending naar Nederland: € 7,95 · <strong>Totaal € 67,70 incl. "
                         "btw</strong></p>",
                         "Winkelwagen"),
                    "https://shop.example/winkelwagen", "late-extra-cost");
  CHECK(fs.empty());
}

TEST_CASE("One announced amount does not announce its double", "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(cart("<tr><th>Verzendkosten</th><td>€ 4,95</td></tr>"), "https://shop.example/cart",
               &s);
  auto fs =
      of_rule(analyse_html(checkout("<tr><th>Verzendkosten</th><td>€ 9,90</td></tr>", "€ 99,85"),
                           "https://shop.example/checkout", &s),
              "late-extra-cost");
  REQUIRE_FALSE(fs.empty());
  CHECK(fs[0].message_key == "violation-raised");
}

TEST_CASE("A price per delivery and a sentence about the first delivery are no delivery cost",
          "[late-extra-cost]") {
  kw::SessionMemory s;
  analyse_html(page(R"(<h1>Winkelwagen</h1><table>
      <tr><td>Koffie-abonnement, elke 2 weken</td><td>€ 17,95 per levering</td></tr>
      <tr><th>Verzendkosten</th><td>Gratis</td></tr><tr><th>Totaal</th><td>€ 17,95</td></tr>
      </table>)",
                    "Winkelwagen"),
               "https://shop.example/cart", &s);
  auto fs = of_rule(analyse_html(page(R"(<h1>Afrekenen</h1>
      <p>Koffie-abonnement, elke 2 weken – € 17,95 per levering (ongeveer € 38,90 per maand), gratis
      verzending.</p>
      <p>Abonnement: onbepaalde tijd, elke 2 weken € 17,95 via SEPA-incasso. Herroepen kan binnen 14
      dagen na de eerste levering.</p><table><tr><th>Totaal</th><td>€ 17,95</td></tr></table>)"),
                                 "https://shop.example/checkout", &s),
                    "late-extra-cost");
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
}

TEST_CASE("A gift card's balance beside its deduction is not deducted twice", "[late-extra-cost]") {
  auto fs = of_rule(page(R"(<h1>Afrekenen</h1><table>
      <tr><td>Jas</td><td>€ 89,95</td></tr><tr><td>Sjaal</td><td>€ 59,95</td></tr>
      <tr><th>Subtotaal</th><td>€ 149,90</td></tr>
      <tr><td>Cadeaukaart **** 4471 (saldo € 50,00)</td><td>− € 50,00</td></tr>
      <tr><th>Nog te betalen</th><td>€ 99,90</td></tr></table>)"),
                    "https://shop.example/checkout", "late-extra-cost");
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
}
