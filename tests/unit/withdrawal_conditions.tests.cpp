// withdrawal-conditions: unlawful return conditions, each its own finding; lawful wording silent.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at_returns(const std::string& text) {
  return of_rule(page("<p>" + text + "</p>", "Retourneren"), "https://shop.example/retourneren",
                 "withdrawal-conditions");
}
std::string key_of(const std::string& text) {
  auto fs = at_returns(text);
  return fs.size() == 1 ? fs[0].message_key : "count:" + std::to_string(fs.size());
}
}  // namespace

TEST_CASE("Each unlawful condition is named", "[withdrawal-conditions]") {
  CHECK(key_of("Retourneren is alleen mogelijk in de originele, ongeopende verpakking.") ==
        "violation-packaging");
  CHECK(key_of("Stuur het artikel terug met alle labels er nog aan.") == "violation-packaging");
  CHECK(key_of("Bij een retour is het vermelden van de reden verplicht.") == "violation-reason");
  CHECK(key_of("Retouren worden alleen geaccepteerd met de originele factuur.") ==
        "violation-invoice");
  CHECK(key_of("Na ontvangst van je retour ontvang je een tegoedbon ter waarde van het "
               "aankoopbedrag.") == "violation-voucher");
  CHECK(key_of("Bij retour worden de verzendkosten niet terugbetaald.") == "violation-shipping");
  CHECK(key_of("We storten het aankoopbedrag exclusief verzendkosten terug.") ==
        "violation-shipping");
  CHECK(key_of("Voor het verwerken van retouren rekenen wij € 5,00 administratiekosten.") ==
        "violation-fee");
}

TEST_CASE("Lawful return wording is silent", "[withdrawal-conditions]") {
  for (const char* text :
       {"Stuur het product indien mogelijk in de originele verpakking terug.",
        "De kosten voor het retourneren zijn voor eigen rekening.",
        "Je hoeft geen reden op te geven, maar we horen graag waarom je retourneert.",
        "Je kunt zonder opgave van redenen herroepen.",
        "Vermeld je ordernummer of stuur een kopie van de factuur mee.",
        "Je krijgt je geld terug; liever een tegoedbon? Dat kan ook, naar jouw keuze.",
        "Om hygiënische redenen kan ondergoed alleen ongeopend geretourneerd worden.",
        "Retourneren is gratis, zonder administratiekosten.",
        "Heb je gekozen voor spoedlevering, dan betalen we de extra kosten voor die duurdere "
        "verzending niet terug.",
        "Webwinkels mogen geen originele verpakking eisen bij een retour."}) {
    INFO(text);
    CHECK(at_returns(text).empty());
  }
}

TEST_CASE("Two conditions in one sentence give two findings", "[withdrawal-conditions]") {
  auto fs =
      at_returns("Retourneren kan alleen in de originele verpakking en met de originele kassabon.");
  CHECK(fs.size() == 2);
}

TEST_CASE("Keeping the outbound cost on a partial return is for review",
          "[withdrawal-conditions]") {
  for (const char* text :
       {"Bij gedeeltelijke retour betalen we de oorspronkelijke verzendkosten niet terug, omdat je "
        "de rest van de bestelling houdt.",
        "Stuur je een deel van je bestelling terug, dan worden de verzendkosten niet "
        "terugbetaald."}) {
    INFO(text);
    auto fs = at_returns(text);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kNeedsReview);
    CHECK(fs[0].message_key == "needs-review-shipping-partial");
  }
  // The whole order back: the outbound cost is owed.
  CHECK(key_of("Stuur je de hele bestelling terug, dan worden de verzendkosten niet "
               "terugbetaald.") == "violation-shipping");
}

TEST_CASE("Exchange terms for a purchase in a physical shop are free", "[withdrawal-conditions]") {
  auto fs = of_rule(page("<h2>Gekocht in een van onze fysieke winkels?</h2><p>Ruilen kan binnen "
                         "30 dagen, alleen met de originele kassabon.</p>",
                         "Retourneren"),
                    "https://shop.example/retourneren", "withdrawal-conditions");
  CHECK(fs.empty());
  // Online, the same demand is a violation.
  CHECK(key_of("Retouren worden alleen geaccepteerd met de originele kassabon.") ==
        "violation-invoice");
}

TEST_CASE("Quoted, denied and lawful conditions in context are silent", "[withdrawal-conditions]") {
  for (const char* text :
       {"„Alleen retour in originele, ongeopende verpakking” – dat soort regels hanteren wij niet.",
        "Mythe 2: „Alleen ongeopende producten in de originele verpakking worden teruggenomen”",
        "Je eist geen originele verpakking en geen reden bij een herroeping.",
        "Ongeopende flessen wijn mag je binnen 14 dagen terugsturen.",
        "Geen 18+ of geen ID bij aflevering? Dan nemen we het pakket weer mee en betalen we je "
        "terug, minus de bezorgkosten."}) {
    INFO(text);
    CHECK(at_returns(text).empty());
  }
  // Unopened is still unlawful for goods that are no food or drink.
  CHECK(key_of("Ongeopende lampen mag je binnen 14 dagen terugsturen.") == "violation-packaging");
}

TEST_CASE("Sealed medicines and a customer's review are no unlawful condition",
          "[withdrawal-conditions]") {
  // Health protection (art. 6:230p sub e BW): a medicine whose seal is broken may be refused.
  CHECK(at_returns("Verzegelde geneesmiddelen kun je binnen 14 dagen retourneren zolang de "
                   "verzegeling niet is verbroken.")
            .empty());
  CHECK(of_rule(page("<h1>Retourneren</h1><p>Je hebt 14 dagen bedenktijd.</p><div class=\"review\">"
                     "<p>Ik moest het in de originele verpakking terugsturen, dat lukte prima.</p>"
                     "</div>",
                     "Retourneren"),
                "https://shop.example/retourneren", "withdrawal-conditions")
            .empty());
}
