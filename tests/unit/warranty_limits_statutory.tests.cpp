// warranty-limits-statutory: a guarantee presented as limiting statutory rights.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> on_terms(const std::string& text) {
  return of_rule(page("<p>" + text + "</p>", "Garantie"), "https://shop.example/garantie",
                 "warranty-limits-statutory");
}
std::string key_of(const std::string& text) {
  auto fs = on_terms(text);
  return fs.size() == 1 ? fs[0].message_key : "count:" + std::to_string(fs.size());
}
}  // namespace

TEST_CASE("Limiting statements are violations", "[warranty-limits-statutory]") {
  CHECK(key_of("Op dit product geldt alleen de fabrieksgarantie.") == "violation");
  CHECK(key_of("Na de garantietermijn kunt u geen aanspraak meer maken op reparatie.") ==
        "violation");
  CHECK(key_of("De garantie vervalt na 1 jaar.") == "violation");
  CHECK(key_of("Garantieclaims worden uitsluitend via de fabrikant afgehandeld.") ==
        "violation-manufacturer");
  CHECK(key_of("Voor garantie moet u zich wenden tot de fabrikant.") == "violation-manufacturer");
  CHECK(key_of("Op tweedehands artikelen geven wij geen garantie.") == "violation-excluded");
  CHECK(key_of("Outlet-artikelen worden voetstoots verkocht.") == "violation-excluded");
}

TEST_CASE("Lawful guarantee wording is silent", "[warranty-limits-statutory]") {
  for (const char* text :
       {"De fabrieksgarantie van 2 jaar laat je wettelijke rechten onverlet.",
        "Naast de wettelijke garantie geeft de fabrikant 2 jaar extra garantie.",
        "Geen garantie op schade door verkeerd gebruik of normale slijtage.",
        "Wij geven geen garantie op de levertijd.",
        "Je kunt voor garantie bij de fabrikant terecht, maar ook altijd bij ons."}) {
    INFO(text);
    CHECK(on_terms(text).empty());
  }
}

TEST_CASE("A clause quoted or rebutted is not the shop's", "[warranty-limits-statutory]") {
  CHECK(on_terms("Clausules als „Garantie alleen via de fabrikant” vind je bij ons dus niet.")
            .empty());
  CHECK(on_terms("Een clausule als \"tweedehands, dus geen garantie\" zou tegenover consumenten "
                 "niet gelden, en die gebruiken we ook niet.")
            .empty());
}

TEST_CASE("The shop's own guarantee may end; 'not the same as without guarantee' excludes none",
          "[warranty-limits-statutory]") {
  auto fs = of_rule(
      page("<h1>Garantie op refurbished</h1><p>Refurbished is niet hetzelfde als ‘zonder "
           "garantie’.</p><p>We geven 24 maanden onze eigen garantie. Deze garantie komt erbij en "
           "beperkt je wettelijke rechten niet. Na 24 maanden eindigt onze eigen garantie; de "
           "wettelijke garantie kan dan nog steeds gelden.</p>",
           "Garantie"),
      "https://shop.example/garantie", "warranty-limits-statutory");
  CHECK(fs.empty());
  SECTION("a guarantee that ends all rights is still a violation") {
    CHECK(of_rule(page("<h1>Garantie</h1><p>Na 12 maanden vervalt elke aanspraak op garantie.</p>",
                       "Garantie"),
                  "https://shop.example/garantie", "warranty-limits-statutory")
              .size() == 1);
  }
}
