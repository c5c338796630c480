// premium-rate-number: 0900/0906/0909 for customer service; 085/088/0800 are fine.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at(const std::string& body,
                            const std::string& url = "https://shop.example/klantenservice") {
  return of_rule(page(body, "Fietsenhuis"), url, "premium-rate-number");
}
}  // namespace

TEST_CASE("A 0900 customer-service number alone is a violation", "[premium-rate-number]") {
  auto fs = at("<h1>Klantenservice</h1><p>Bel onze klantenservice: 0900-1234567 (€ 0,80 p/m)</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
  CHECK(fs[0].evidence == "Bel onze klantenservice: 0900-1234567 (€ 0,80 p/m)");
  CHECK(at("<footer>Vragen? 0906-123 45 67</footer>", "https://shop.example/product/x").size() ==
        1);
}

TEST_CASE("A 0900 number next to a regular one is a warning", "[premium-rate-number]") {
  auto fs = at("<p>Bestellen: 0900-1234 (10 ct/min)</p><p>Klantenservice: 085-123 45 67</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].message_key == "warning-alternative");
}

TEST_CASE("Regular, business and free numbers pass or say nothing", "[premium-rate-number]") {
  for (const char* body :
       {"<h1>Contact</h1><p>Bel 088-1234567</p>", "<h1>Contact</h1><p>Gratis: 0800-0123</p>",
        "<h1>Contact</h1><p>Tel. +31 (0)20 123 45 67</p>"}) {
    INFO(body);
    auto fs = at(body);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kPass);
  }
  auto footer = at("<p>Bel 020-1234567</p>", "https://shop.example/product/x");
  REQUIRE(footer.size() == 1);
  CHECK(footer[0].severity == Severity::kPass);
  CHECK(at("<p>Stadsfiets, € 549</p>", "https://shop.example/product/x").empty());
}

TEST_CASE("Another body's 0900 number is not the shop's line", "[premium-rate-number]") {
  CHECK(at("<p>Geen spoed? Bel de politie: 0900-8844</p>", "https://shop.example/blog").empty());
}

TEST_CASE("An article number or a quoted myth is not the shop's line", "[premium-rate-number]") {
  for (const char* body :
       {"<table><tr><th>Art.nr.</th><td>0900-4512-05</td></tr></table><p>Bel 013 455 90 00</p>",
        "<p>Fabel 5: „Bel onze klantenservice via 0900-8844 (€ 0,80 p/m)”. Dat mag niet: bel ons "
        "op 0514-56 78 90.</p>"}) {
    INFO(body);
    for (const auto& f : at(body)) CHECK(f.severity == Severity::kPass);
  }
}

TEST_CASE("Another body's 0900 number, said not to be ours, is not the shop's line",
          "[premium-rate-number]") {
  auto fs = kwtest::of_rule(
      kwtest::page("<h1>Contact</h1><p>Bel ons op 013 - 582 44 19.</p><p>Kom je er met ons niet "
                   "uit, dan kun je terecht bij het Juridisch Loket (0900-8020; dit is niet onze "
                   "klantenservice).</p>",
                   "Contact"),
      "https://shop.example/contact", "premium-rate-number");
  for (const auto& f : fs) CHECK(f.severity != kw::Severity::kWarning);
}

TEST_CASE("A number only asked about, or a subscriber number, is not the shop's line",
          "[premium-rate-number]") {
  for (const char* body :
       {"<h1>Veelgestelde vragen</h1><p>Is het nummer 0900-4471 jullie klantenservice?</p><p>Nee, "
        "dat is een artikelnummer. Bel ons op 030 - 260 41 18.</p>",
        "<h1>Bedankt</h1><p>Abonneenummer: 0900123456 (dit is geen telefoonnummer).</p><p>Bel ons "
        "op 020 - 555 12 12.</p>"}) {
    INFO(body);
    auto fs = kwtest::of_rule(kwtest::page(body, "Pagina"), "https://shop.example/klantenservice",
                              "premium-rate-number");
    for (const auto& f : fs) CHECK(f.severity != kw::Severity::kWarning);
  }
}
