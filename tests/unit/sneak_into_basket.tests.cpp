// sneak-into-basket: a line that turns up in the basket on a later step, unasked.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {

const char* kCartUrl = "https://shop.example/cart";
const char* kCheckoutUrl = "https://shop.example/checkout/review";

std::string cart(const std::string& extra = "") {
  return page(R"(<h1>Winkelwagen</h1><table>
    <tr><td><a href="/p/fietsbel">Fietsbel Zilver</a></td>
        <td><label>Aantal <input type="number" name="q1"></label></td><td>€ 9,95</td>
        <td><button>Verwijderen</button></td></tr>
    <tr><td><a href="/p/regenjas">Regenjas Storm</a></td>
        <td><label>Aantal <input type="number" name="q2"></label></td><td>€ 89,95</td>
        <td><button>Verwijderen</button></td></tr>
    )" + extra + R"(
    <tr><th>Subtotaal</th><td>€ 99,90</td></tr>
    <tr><th>Totaal</th><td>€ 99,90</td></tr></table>
    <a href="/checkout">Verder naar afrekenen</a>)",
              "Winkelwagen");
}

std::string review(const std::string& extra_line, const std::string& total) {
  return page(R"(<h1>Controleer je bestelling</h1>
    <label><input type="radio" name="pm" checked> iDEAL</label>
    <table>
    <tr><td>1 x Fietsbel Zilver</td><td>€ 9,95</td></tr>
    <tr><td>1 x Regenjas Storm</td><td>€ 89,95</td></tr>
    )" + extra_line +
              R"(
    <tr><th>Totaal</th><td>)" +
              total + R"(</td></tr></table>
    <form><button type="submit">Bestellen en betalen</button></form>)");
}

std::vector<kw::Finding> flow(const std::string& first, const std::string& second) {
  kw::SessionMemory s;
  analyse_html(first, kCartUrl, &s);
  return of_rule(analyse_html(second, kCheckoutUrl, &s), "sneak-into-basket");
}

}  // namespace

TEST_CASE("An insurance or donation that turns up unasked is a violation", "[sneak-into-basket]") {
  for (const char* line : {"<tr><td>Fietsverzekering 1 jaar</td><td>€ 12,95</td></tr>",
                           "<tr><td>Donatie Stichting Fietsmaatje</td><td>€ 1,00</td></tr>",
                           "<tr><td>Verlengde garantie 3 jaar</td><td>€ 7,50</td></tr>"}) {
    INFO(line);
    auto fs = flow(cart(), review(line, "€ 112,85"));
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kViolation);
    CHECK(fs[0].message_key == "violation");
    CHECK_FALSE(fs[0].vars.at("amount").empty());
  }
}

TEST_CASE("A product that turns up unasked needs review", "[sneak-into-basket]") {
  auto fs =
      flow(cart(), review("<tr><td>1 x Fietslamp LED set</td><td>€ 14,95</td></tr>", "€ 114,85"));
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
  CHECK(fs[0].evidence.find("Fietslamp") != std::string::npos);
}

TEST_CASE("The basket as it was, read differently, is silent", "[sneak-into-basket]") {
  CHECK(flow(cart(), review("", "€ 99,90")).empty());
  // Costs, totals and discounts are not basket lines.
  CHECK(flow(cart(), review("<tr><th>Verzendkosten</th><td>€ 4,95</td></tr>"
                            "<tr><th>Korting</th><td>- € 5,00</td></tr>",
                            "€ 99,85"))
            .empty());
}

TEST_CASE("An extra the user was offered and chose is not sneaked in", "[sneak-into-basket]") {
  SECTION("offered as an unticked option on an earlier step") {
    auto fs = flow(cart("<tr><td><label><input type=checkbox name=ins> Fietsverzekering 1 jaar "
                        "+ € 12,95</label></td></tr>"),
                   review("<tr><td>Fietsverzekering 1 jaar</td><td>€ 12,95</td></tr>", "€ 112,85"));
    CHECK(fs.empty());
  }
  SECTION("offered with an add button") {
    auto fs = flow(cart("<tr><td>Fietsverzekering 1 jaar € 12,95 <button>Toevoegen</button>"
                        "</td></tr>"),
                   review("<tr><td>Fietsverzekering 1 jaar</td><td>€ 12,95</td></tr>", "€ 112,85"));
    CHECK(fs.empty());
  }
}

TEST_CASE("Without an earlier basket or a session there is nothing to compare",
          "[sneak-into-basket]") {
  CHECK(of_rule(review("<tr><td>Fietsverzekering 1 jaar</td><td>€ 12,95</td></tr>", "€ 112,85"),
                kCheckoutUrl, "sneak-into-basket")
            .empty());
  auto snap = kw::snapshot_from_html(
      review("<tr><td>Fietsverzekering 1 jaar</td><td>€ 12,95</td></tr>", "€ 112,85"),
      kCheckoutUrl);
  REQUIRE(snap.ok());
  kw::AnalyzeOptions o;
  o.today = "2026-11-24";
  auto a = kw::analyze(snap.value(), kwtest::catalogue(), nullptr, o);
  CHECK(of_rule(a.findings, "sneak-into-basket").empty());
}

TEST_CASE("A cart is where the user adds things: it is not judged", "[sneak-into-basket]") {
  kw::SessionMemory s;
  analyse_html(cart(), kCartUrl, &s);
  auto fs = of_rule(analyse_html(cart("<tr><td>Fietsverzekering</td><td>€ 12,95</td></tr>"),
                                 "https://shop.example/cart?updated=1", &s),
                    "sneak-into-basket");
  CHECK(fs.empty());
}

TEST_CASE("Analysing the same step again gives the same finding", "[sneak-into-basket]") {
  kw::SessionMemory s;
  analyse_html(cart(), kCartUrl, &s);
  const std::string r =
      review("<tr><td>Donatie Stichting Fietsmaatje</td><td>€ 1,00</td></tr>", "€ 100,90");
  CHECK(of_rule(analyse_html(r, kCheckoutUrl, &s), "sneak-into-basket").size() == 1);
  CHECK(of_rule(analyse_html(r, kCheckoutUrl, &s), "sneak-into-basket").size() == 1);
}

namespace {

// A basket step that states each line's quantity in text, as order summaries do.
std::string summary(const std::string& heading, int bells, const std::string& more = "") {
  return page("<h1>" + heading + R"(</h1>
    <label><input type="radio" name="pm" checked> iDEAL</label>
    <table>
    <tr><td>)" +
              std::to_string(bells) +
              R"( x Fietsbel Zilver</td><td>€ 9,95</td></tr>
    <tr><td>1 x Regenjas Storm</td><td>€ 89,95</td></tr>
    <tr><th>Totaal</th><td>€ 99,90</td></tr></table>)" +
              more + R"(<form><button type="submit">Bestellen en betalen</button></form>)");
}

}  // namespace

TEST_CASE("A line with more units than the earlier step stated asks for review",
          "[sneak-into-basket]") {
  kw::SessionMemory s;
  analyse_html(summary("Bezorging", 1), "https://shop.example/checkout/bezorging", &s);
  auto fs = of_rule(analyse_html(summary("Controleer je bestelling", 2), kCheckoutUrl, &s),
                    "sneak-into-basket");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
  CHECK(fs[0].message_key == "needs-review-quantity");
  CHECK(fs[0].vars.at("reason") == "1 → 2");
  CHECK(fs[0].evidence.find("Fietsbel") != std::string::npos);
}

TEST_CASE("A quantity that stays, that a field sets, or that no step stated is no finding",
          "[sneak-into-basket]") {
  SECTION("the same quantity") {
    kw::SessionMemory s;
    analyse_html(summary("Bezorging", 2), "https://shop.example/checkout/bezorging", &s);
    CHECK(of_rule(analyse_html(summary("Controleer je bestelling", 2), kCheckoutUrl, &s),
                  "sneak-into-basket")
              .empty());
  }
  SECTION("the cart's quantity is in a field (its value is never sent)") {
    CHECK(flow(cart(), summary("Controleer je bestelling", 3)).empty());
  }
  SECTION("this page lets the user change the quantity") {
    kw::SessionMemory s;
    analyse_html(summary("Bezorging", 1), "https://shop.example/checkout/bezorging", &s);
    CHECK(of_rule(analyse_html(summary("Controleer je bestelling", 2,
                                       "<label>Aantal <input type=number name=q></label>"),
                               kCheckoutUrl, &s),
                  "sneak-into-basket")
              .empty());
  }
}

TEST_CASE("An option offered in other words is known by its compound's parts",
          "[sneak-into-basket]") {
  auto chosen = flow(cart("<tr><td><label><input type=checkbox name=gift> Verpak mijn bestelling "
                          "als cadeau (+ € 2,50)</label></td></tr>"),
                     review("<tr><td>Cadeauverpakking</td><td>€ 2,50</td></tr>", "€ 102,40"));
  CHECK(chosen.empty());
  // One shared head word ("verzekering") does not make another insurance the offered one.
  auto other = flow(cart("<tr><td><label><input type=checkbox name=ins> Verzekering tegen diefstal "
                         "+ € 12,95</label></td></tr>"),
                    review("<tr><td>Annuleringsverzekering</td><td>€ 4,95</td></tr>", "€ 104,85"));
  REQUIRE(other.size() == 1);
  CHECK(other[0].severity == Severity::kViolation);
}

TEST_CASE("A paragraph describing the order is no basket line", "[sneak-into-basket]") {
  CHECK(flow(cart(), review("<tr><td colspan=2><p><strong>Abonnement:</strong> € 9,95 per maand, "
                            "geen minimale looptijd. Het abonnement loopt door tot je opzegt; "
                            "opzeggen kan elke maand.</p></td></tr>",
                            "€ 99,90"))
            .empty());
}

TEST_CASE("The product a product page showed is no sneaked line", "[sneak-into-basket]") {
  kw::SessionMemory s;
  analyse_html(page("<h1>Proefbox Graanvrij Zalm (abonnement)</h1><p>Eerste box € 9,95, daarna "
                    "€ 29,95 per 4 weken</p><button>In winkelwagen</button>",
                    "Proefbox"),
               "https://shop.example/p/proefbox", &s);
  analyse_html(page("<h1>Winkelwagen</h1><div><p>Levering elke 4 weken</p><p>Aantal 1</p>"
                    "<p>€ 9,95</p></div><p>Subtotaal € 9,95</p>",
                    "Winkelwagen"),
               kCartUrl, &s);
  auto fs = of_rule(analyse_html(page("<h1>Controleer je bestelling</h1><div><span>Proefbox "
                                      "Graanvrij Zalm (abonnement)</span><span>1</span><span>€ "
                                      "9,95</span></div><p>Totaal € 9,95</p>"),
                                 kCheckoutUrl, &s),
                    "sneak-into-basket");
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
}

TEST_CASE("A sticky bar with the total and the order button is no line", "[sneak-into-basket]") {
  kw::SessionMemory s;
  analyse_html(cart(), kCartUrl, &s);
  auto fs = of_rule(analyse_html(page(R"(<h1>Controleer je bestelling</h1><table>
      <tr><td>Fietsbel Zilver</td><td>€ 9,95</td></tr><tr><td>Regenjas Storm</td><td>€ 89,95</td></tr>
      </table><div class="sticky"><span>€ 99,90</span><button>Bestellen en betalen</button></div>)"),
                                 kCheckoutUrl, &s),
                    "sneak-into-basket");
  CHECK(fs.empty());
}

TEST_CASE("A ticked option back with a remark in brackets is known by its name",
          "[sneak-into-basket]") {
  kw::SessionMemory s;
  analyse_html(cart(), kCartUrl, &s);
  analyse_html(page(R"(<h1>Je gegevens</h1><label>Postcode <input name="pc"></label><label><input
      type="checkbox" name="verz"> Ticketverzekering bij ziekte (+ € 4,50 per ticket)</label>)"),
               "https://shop.example/checkout/gegevens", &s);
  auto fs = of_rule(analyse_html(page(R"(<h1>Controleer je bestelling</h1><table>
      <tr><td>Fietsbel Zilver</td><td>€ 9,95</td></tr><tr><td>Regenjas Storm</td><td>€ 89,95</td></tr>
      <tr><td>Ticketverzekering bij ziekte (door jou gekozen in stap 1)</td><td>€ 9,00</td></tr>
      </table>)"),
                                 kCheckoutUrl, &s),
                    "sneak-into-basket");
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
}

TEST_CASE("An option ticked in the cart comes back under another name at its price",
          "[sneak-into-basket]") {
  // "Inpakken als cadeau (+ € 3,50)" offered in the cart is the line "Cadeauverpakking € 3,50".
  auto fs = flow(cart(R"(<tr><td><label><input type="checkbox" name="gift"> Inpakken als cadeau
                      (+ € 3,50)</label></td></tr>)"),
                 review("<tr><td>Cadeauverpakking</td><td>€ 3,50</td></tr>", "€ 103,40"));
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
  // At another price the same words are no longer that option.
  auto other = flow(cart(R"(<tr><td><label><input type="checkbox" name="gift"> Inpakken als cadeau
                      (+ € 3,50)</label></td></tr>)"),
                    review("<tr><td>Cadeauverpakking luxe</td><td>€ 7,95</td></tr>", "€ 107,85"));
  REQUIRE(other.size() == 1);
}

TEST_CASE("A price cell in a unit names no line; its row does", "[sneak-into-basket]") {
  // The cart's "€ 17,95 per levering" cell belongs to the subscription named in the row.
  const std::string basket = page(R"(<h1>Winkelwagen</h1><table>
      <tr><td>Koffie-abonnement Ethiopië, 500 gram, elke 2 weken</td><td>€ 17,95 per levering</td>
      <td><button>Verwijderen</button></td></tr></table>)",
                                  "Winkelwagen");
  const std::string checkout = page(R"(<h1>Controleer je bestelling</h1>
      <label><input type="radio" name="pm" checked> iDEAL</label><table>
      <tr><td>Koffie-abonnement Ethiopië, 500 gram, elke 2 weken</td><td>€ 17,95</td></tr></table>
      <form><button type="submit">Abonnement afsluiten en betalen</button></form>)");
  CHECK(flow(basket, checkout).empty());
}

TEST_CASE("The cart's line described at more length at the same price is no new line",
          "[sneak-into-basket]") {
  const std::string basket = page(R"(<h1>Winkelwagen</h1><table>
      <tr><td>Projectmanagement Basis – online cursus (12 maanden toegang)</td><td>€ 395,00</td>
      <td><button>Verwijderen</button></td></tr></table>)",
                                  "Winkelwagen");
  const std::string checkout = page(R"(<h1>Controleer je bestelling</h1>
      <label><input type="radio" name="pm" checked> iDEAL</label><table>
      <tr><td>Projectmanagement Basis – online, 12 maanden toegang, eenmalige betaling (geen
      abonnement)</td><td>€ 395,00</td></tr></table>
      <form><button type="submit">Bestellen en betalen</button></form>)");
  CHECK(flow(basket, checkout).empty());
}
