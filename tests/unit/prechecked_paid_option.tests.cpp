// prechecked-paid-option: pre-ticked paid extras, the radio-group nuance, and the user's own
// unticking.
#include <nlohmann/json.hpp>

#include "analysis_helpers.h"
#include "snapshot.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/checkout";
}

TEST_CASE("A pre-ticked box for a paid extra is a violation", "[prechecked-paid-option]") {
  for (const char* label :
       {"Verzendverzekering + € 2,95", "Verleng je garantie met 2 jaar (€ 19,-)",
        "Doneer € 1 aan het Wereld Natuur Fonds", "Cadeauverpakking € 3,50",
        "Ja, voeg pakketverzekering toe"}) {
    INFO(label);
    auto fs =
        of_rule(page(std::string("<label><input type=\"checkbox\" checked> ") + label + "</label>"),
                kUrl, "prechecked-paid-option");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kViolation);
    CHECK_FALSE(fs[0].resolved_by_user);
  }
}

TEST_CASE("Unticked or free options are not findings", "[prechecked-paid-option]") {
  for (const char* box :
       {"<label><input type=\"checkbox\"> Verzendverzekering + € 2,95</label>",
        "<label><input type=\"checkbox\" checked> Gratis cadeauverpakking</label>",
        "<label><input type=\"checkbox\" checked> Verzenden naar hetzelfde adres</label>",
        "<label><input type=\"checkbox\" checked> Extra garantie (€ 0,00)</label>"}) {
    INFO(box);
    CHECK(of_rule(page(box), kUrl, "prechecked-paid-option").empty());
  }
}

TEST_CASE("A paid radio choice is wrong only when a cheaper one exists",
          "[prechecked-paid-option]") {
  SECTION("express pre-selected beside free standard delivery") {
    auto fs = of_rule(page(R"(<div role="radiogroup">
        <label><input type="radio" name="ship"> Standaard bezorging (gratis)</label>
        <label><input type="radio" name="ship" checked> Express bezorging + € 4,95</label></div>)"),
                      kUrl, "prechecked-paid-option");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].message_key == "violation-radio");
  }
  SECTION("the only delivery method pre-selected") {
    CHECK(of_rule(page(R"(<label><input type="radio" name="ship" checked> PostNL € 4,95</label>)"),
                  kUrl, "prechecked-paid-option")
              .empty());
  }
  SECTION("home delivery pre-selected beside a free pick-up point") {
    CHECK(
        of_rule(
            page(
                R"(<label><input type="radio" name="ship" checked> Thuisbezorgd, morgen in huis – € 3,95</label>
                          <label><input type="radio" name="ship"> Ophalen bij een PostNL-punt – € 0,00</label>
                          <label><input type="radio" name="ship"> Avondbezorging – € 5,95</label>)"),
            kUrl, "prechecked-paid-option")
            .empty());
  }
  SECTION("a paid pick-up pre-selected beside a free one") {
    auto fs = of_rule(
        page(
            R"(<label><input type="radio" name="ship" checked> Ophalen in de winkel met spoedservice – € 2,50</label>
                          <label><input type="radio" name="ship"> Ophalen bij een PostNL-punt – gratis</label>)"),
        kUrl, "prechecked-paid-option");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].message_key == "violation-radio");
  }
  SECTION("the cheapest of two paid methods pre-selected") {
    CHECK(of_rule(page(R"(<label><input type="radio" name="ship" checked> PostNL € 4,95</label>
                          <label><input type="radio" name="ship"> DHL Express € 9,95</label>)"),
                  kUrl, "prechecked-paid-option")
              .empty());
  }
}

TEST_CASE("A box the shop ticked and the user unticked stays a finding, marked resolved",
          "[prechecked-paid-option]") {
  nlohmann::json j = {
      {"schema", "kassawacht.snapshot/1"},
      {"url", kUrl},
      {"nodes",
       {{{"id", "k0"}, {"parent", -1}, {"tag", "body"}},
        {{"id", "k1"}, {"parent", 0}, {"tag", "label"}, {"text", "Verzendverzekering + € 2,95"}},
        {{"id", "k2"},
         {"parent", 1},
         {"tag", "input"},
         {"role", "checkbox"},
         {"name", "Verzendverzekering + € 2,95"},
         {"attrs", {{"type", "checkbox"}}},
         {"checked", false},
         {"defaultChecked", true}}}}};
  auto snap = kw::snapshot_from_json(j);
  REQUIRE(snap.ok());
  kw::SessionMemory s;
  auto fs = kwtest::of_rule(kw::analyze(snap.value(), kwtest::catalogue(), &s, {}).findings,
                            "prechecked-paid-option");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
  CHECK(fs[0].resolved_by_user);
  CHECK(fs[0].message_key == "resolved");
  CHECK(snap.value().nodes[static_cast<std::size_t>(fs[0].node)].id == "k2");
}

TEST_CASE("A pre-selected payment method with a fee is payment-surcharge's, not this rule's",
          "[prechecked-paid-option]") {
  CHECK(of_rule(page(R"(<label><input type="radio" name="pm" checked> iDEAL + € 0,35</label>
                        <label><input type="radio" name="pm"> Overboeking (gratis)</label>)"),
                kUrl, "prechecked-paid-option")
            .empty());
}

TEST_CASE("A box the customer ticked after the shop showed it empty is the customer's choice",
          "[prechecked-paid-option]") {
  const auto kassa = [](bool ticked) {
    return page(std::string("<h1>Afrekenen</h1><label><input type=\"checkbox\"") +
                (ticked ? " checked" : "") +
                "> Cadeauverpakking met kaartje (+ € 2,50)</label><button>Bestellen en "
                "betalen</button>");
  };
  kw::SessionMemory s;
  CHECK(of_rule(kwtest::analyse_html(kassa(false), "https://shop.example/kassa", &s),
                "prechecked-paid-option")
            .empty());
  // The same address rendered again with the box ticked, twice.
  for (int i = 0; i < 2; ++i) {
    CHECK(of_rule(kwtest::analyse_html(kassa(true), "https://shop.example/kassa", &s),
                  "prechecked-paid-option")
              .empty());
  }
  // Without that history the ticked box is the shop's.
  CHECK(of_rule(kassa(true), "https://shop.example/kassa", "prechecked-paid-option").size() == 1);
}

TEST_CASE("A gift's stated value is no price, and product variants are no extras",
          "[prechecked-paid-option]") {
  CHECK(
      of_rule(
          page(
              R"(<label><input type="checkbox" checked> Gratis ringslot (t.w.v. € 19,95) – kost je niets</label>)"),
          kUrl, "prechecked-paid-option")
          .empty());
  CHECK(of_rule(page(R"(<label><input type="radio" name="size"> 100 g – € 6,95</label>
                        <label><input type="radio" name="size" checked> 250 g – € 13,95</label>)"),
                kUrl, "prechecked-paid-option")
            .empty());
  CHECK(
      of_rule(page(R"(<label><input type="radio" name="buy" checked> Eenmalig kopen – € 9,95</label>
                        <label><input type="radio" name="buy"> Abonnement – € 8,95 per maand</label>)"),
              kUrl, "prechecked-paid-option")
          .empty());
  // A free box in a cart whose row holds the cart's prices is judged by its own label.
  CHECK(of_rule(page(R"(<form><table><tr><td>Stadsfiets</td><td>€ 649,00</td></tr></table>
                        <p><label><input type="checkbox" checked> Gratis cadeauverpakking – geen extra kosten</label></p></form>)"),
                kUrl, "prechecked-paid-option")
            .empty());
}

TEST_CASE("A ticked box the customer cannot change shows a choice made elsewhere",
          "[prechecked-paid-option]") {
  CHECK(of_rule(page("<table><tr><td>Montage door onze monteur</td><td>€ 25,00</td></tr></table>"
                     "<label><input type=\"checkbox\" checked disabled> Montage € 25,00 (al "
                     "toegevoegd op je verzoek)</label>"),
                kUrl, "prechecked-paid-option")
            .empty());
}

TEST_CASE("Without a stated price the message names no amount", "[prechecked-paid-option]") {
  auto fs = of_rule(page("<label><input type=\"checkbox\" checked> Ja, voeg pakketverzekering "
                         "toe</label>"),
                    kUrl, "prechecked-paid-option");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].vars.at("amount").empty());  // "… en dat kost je extra." with no empty amount
  auto priced = of_rule(page("<label><input type=\"checkbox\" checked> Verzendverzekering + € "
                             "2,95</label>"),
                        kUrl, "prechecked-paid-option");
  REQUIRE(priced.size() == 1);
  CHECK(priced[0].vars.at("amount") == " (€ 2,95)");
}

TEST_CASE("A ticked option that was already a line of the cart is the customer's",
          "[prechecked-paid-option]") {
  kw::SessionMemory s;
  kwtest::analyse_html(page(R"(<h1>Winkelwagen</h1><table>
      <tr><td>Schoudertas Mila</td><td>1</td><td>€ 119,20</td><td><button>Verwijderen</button></td></tr>
      <tr><td>Cadeauverpakking met lint</td><td>1</td><td>€ 3,95</td><td><button>Verwijderen</button></td></tr>
      </table>)",
                            "Winkelwagen"),
                       "https://shop.example/winkelwagen", &s);
  const std::string step = page(R"(<h1>Je gegevens</h1><label>Postcode <input name="pc"></label>
      <label><input type="checkbox" name="cadeau" checked> Cadeauverpakking met lint (+ € 3,95)</label>
      <button type="submit">Verder</button>)");
  auto fs = of_rule(kwtest::analyse_html(step, "https://shop.example/checkout/gegevens", &s),
                    "prechecked-paid-option");
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
  SECTION("without that cart the same ticked box is the shop's default") {
    auto alone = of_rule(step, "https://shop.example/checkout/gegevens", "prechecked-paid-option");
    REQUIRE(alone.size() == 1);
    CHECK(alone[0].severity == Severity::kViolation);
  }
}

TEST_CASE("A cart line that only mentions the option does not make it the customer's",
          "[prechecked-paid-option]") {
  kw::SessionMemory s;
  kwtest::analyse_html(page(R"(<h1>Winkelwagen</h1><table>
      <tr><td>Wasmachine WM-8 wit inclusief 2 jaar extra garantie op de motor</td><td>1</td>
      <td>€ 549,00</td><td><button>Verwijderen</button></td></tr></table>)",
                            "Winkelwagen"),
                       "https://shop.example/winkelwagen", &s);
  auto fs = of_rule(kwtest::analyse_html(page(R"(<h1>Je gegevens</h1>
      <label>Postcode <input name="pc"></label>
      <label><input type="checkbox" name="g" checked> Extra garantie 5 jaar (+ € 79,00)</label>
      <button type="submit">Verder</button>)"),
                                         "https://shop.example/checkout/gegevens", &s),
                    "prechecked-paid-option");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
}

TEST_CASE("The withdrawal form ticks the items to send back; nothing is bought",
          "[prechecked-paid-option]") {
  CHECK(
      of_rule(page("<h1>Overeenkomst herroepen</h1><p>Welke artikelen wil je herroepen?</p>"
                   "<label><input type=\"checkbox\" name=\"artikel\" checked> ABUS Bordo vouwslot "
                   "(€ 89,95)</label><button type=\"submit\">Herroeping versturen</button>",
                   "Herroepen"),
              "https://markt.example/herroepen", "prechecked-paid-option")
          .empty());
}
