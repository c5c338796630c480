// statutory-warranty-info: the statutory guarantee is mentioned; remembered per site.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

TEST_CASE("A guarantee page without the statutory guarantee is a warning",
          "[statutory-warranty-info]") {
  auto fs = of_rule(
      page("<h1>Garantie</h1><p>Op alle producten zit 2 jaar fabrieksgarantie.</p>", "Garantie"),
      "https://shop.example/klantenservice/garantie", "statutory-warranty-info");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].evidence.find("fabrieksgarantie") != std::string::npos);
}

TEST_CASE("Mentioning the statutory guarantee passes", "[statutory-warranty-info]") {
  auto fs =
      of_rule(page("<h1>Garantie</h1><p>Naast de fabrieksgarantie heb je altijd de wettelijke "
                   "garantie.</p>",
                   "Garantie"),
              "https://shop.example/garantie", "statutory-warranty-info");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("The site memory keeps a mention from another page", "[statutory-warranty-info]") {
  kw::SessionMemory session;
  analyse_html(page("<p>Je hebt altijd recht op de wettelijke garantie (conformiteit).</p>", "FAQ"),
               "https://shop.example/faq", &session);
  auto fs =
      of_rule(analyse_html(page("<h1>Garantie</h1><p>2 jaar garantie op alles.</p>", "Garantie"),
                           "https://shop.example/garantie", &session),
              "statutory-warranty-info");
  CHECK(fs.empty());
}

TEST_CASE("A guarantee banner on a product page is silent", "[statutory-warranty-info]") {
  CHECK(of_rule(page("<h1>Stofzuiger</h1><p>€ 199,00</p><p>2 jaar garantie</p>", "Stofzuiger"),
                "https://shop.example/product/stofzuiger", "statutory-warranty-info")
            .empty());
}

TEST_CASE("A money-back or lowest-price promise is not a product guarantee",
          "[statutory-warranty-info]") {
  for (const char* text :
       {"Dan geldt onze niet goed, geld terug garantie: ongebruikte zeep stuur je binnen 30 dagen "
        "terug en je krijgt je geld terug.",
        "Vind je het elders goedkoper? Dankzij onze laagste prijs garantie betalen we het verschil "
        "terug.",
        "Alle garantie- en retourvragen kun je via Mijn account aan de verkoper stellen."}) {
    INFO(text);
    CHECK(of_rule(page(std::string("<h1>Veelgestelde vragen</h1><p>") + text + "</p>", "FAQ"),
                  "https://shop.example/faq", "statutory-warranty-info")
              .empty());
  }
}

TEST_CASE("A product guarantee beside a money-back promise still counts",
          "[statutory-warranty-info]") {
  auto fs = of_rule(page("<h1>Veelgestelde vragen</h1><p>Naast onze niet goed, geld terug "
                         "garantie geven we 2 jaar fabrieksgarantie op elke föhn.</p>",
                         "FAQ"),
                    "https://shop.example/faq", "statutory-warranty-info");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
}

TEST_CASE("A footer link to the warranty page explains nothing and asks nothing",
          "[statutory-warranty-info]") {
  auto fs = of_rule(page("<h1>Retourneren</h1><p>Je hebt 30 dagen bedenktijd.</p><footer><ul><li>"
                         "<a href=\"/garantie\">Garantie en reparatie</a></li></ul></footer>",
                         "Retourneren"),
                    "https://shop.example/retourneren", "statutory-warranty-info");
  for (const auto& f : fs) CHECK(f.severity != Severity::kWarning);
}

TEST_CASE("Quoted guarantee clauses rejected as invalid are not the shop's",
          "[statutory-warranty-info]") {
  auto fs = of_rule(page("<h1>Retourneren</h1><p>Soms staat er bij een verkoper nog een oude tekst "
                         "als „Na afloop van de fabrieksgarantie vervallen al je rechten”. Die "
                         "teksten zijn ongeldig.</p>",
                         "Retourneren"),
                    "https://markt.example/retourneren", "statutory-warranty-info");
  for (const auto& f : fs) CHECK(f.severity != Severity::kWarning);
}

TEST_CASE("A credit card held as a booking guarantee is no product warranty",
          "[statutory-warranty-info]") {
  CHECK(of_rule(page("<h1>Voorwaarden</h1><p>Bij het flexibele tarief betaal je in het hotel. We "
                     "vragen wel je creditcard als garantie; daarvan schrijven we niets af, tenzij "
                     "je niet komt opdagen.</p>",
                     "Voorwaarden"),
                "https://hotel.example/voorwaarden", "statutory-warranty-info")
            .empty());
}
