// price-excl-vat: excl.-only prices, and prominence when both are shown (which needs layout).
#include <nlohmann/json.hpp>

#include "analysis_helpers.h"
#include "snapshot.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/product/boormachine";

std::vector<kw::Finding> with_fonts(double excl_px, int excl_weight, double incl_px,
                                    int incl_weight) {
  nlohmann::json j = {{"schema", "kassawacht.snapshot/1"},
                      {"url", kUrl},
                      {"nodes",
                       {{{"id", "k0"}, {"parent", -1}, {"tag", "body"}},
                        {{"id", "k1"}, {"parent", 0}, {"tag", "div"}},
                        {{"id", "k2"},
                         {"parent", 1},
                         {"tag", "span"},
                         {"text", "€ 82,64 excl. btw"},
                         {"font", {{"size", excl_px}, {"weight", excl_weight}}}},
                        {{"id", "k3"},
                         {"parent", 1},
                         {"tag", "span"},
                         {"text", "€ 99,99 incl. btw"},
                         {"font", {{"size", incl_px}, {"weight", incl_weight}}}}}}};
  auto snap = kw::snapshot_from_json(j);
  REQUIRE(snap.ok());
  kw::SessionMemory s;
  return of_rule(kw::analyze(snap.value(), kwtest::catalogue(), &s, {}).findings, "price-excl-vat");
}
}  // namespace

TEST_CASE("A price shown only excluding VAT is a violation", "[price-excl-vat]") {
  auto fs =
      of_rule(page("<h1>Accuboormachine</h1><p class=price>€ 82,64 <small>excl. btw</small></p>"
                   "<button>In winkelwagen</button>"),
              kUrl, "price-excl-vat");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
  CHECK(fs[0].message_key == "violation-no-incl");
}

TEST_CASE("Both prices without layout need review, never a guess", "[price-excl-vat]") {
  auto fs = of_rule(page("<p><span>€ 99,99</span> <small>€ 82,64 excl. btw</small></p>"), kUrl,
                    "price-excl-vat");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
}

TEST_CASE("With layout, the louder excl. price is a violation", "[price-excl-vat]") {
  SECTION("larger") {
    auto fs = with_fonts(24, 700, 13, 400);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].message_key == "violation-prominence");
  }
  SECTION("same size but bolder") {
    auto fs = with_fonts(16, 700, 16, 400);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].message_key == "violation-prominence");
  }
  SECTION("the incl. price standing out is fine") {
    CHECK(with_fonts(13, 400, 24, 700).empty());
  }
}

TEST_CASE("Shops for businesses only and incl.-only prices are silent", "[price-excl-vat]") {
  CHECK(
      of_rule(page("<p>Wij leveren uitsluitend aan zakelijke klanten.</p><p>€ 82,64 excl. btw</p>"),
              kUrl, "price-excl-vat")
          .empty());
  CHECK(of_rule(page("<p>€ 99,99 incl. btw</p>"), kUrl, "price-excl-vat").empty());
}

TEST_CASE("A VAT amount line is not a price excluding VAT", "[price-excl-vat]") {
  CHECK(of_rule(
            page(R"(<dl><dt>Totaalprijs</dt><dd>€ 313,85</dd><dt>Netto totaal</dt><dd>€ 259,38</dd>
                        <dt>plus 21% btw</dt><dd>€ 54,47</dd></dl>)"),
            kUrl, "price-excl-vat")
            .empty());
}

TEST_CASE("An incl. price in its own element beside 'incl. btw' is the excl. price's counterpart",
          "[price-excl-vat]") {
  auto fs = of_rule(page("<h1>Bureaustoel</h1><p><strong>€ 349,00</strong> incl. btw</p>"
                         "<p>€ 288,43 excl. btw (voor zakelijke klanten)</p>"
                         "<button>In winkelwagen</button>",
                         "Bureaustoel"),
                    "https://shop.example/product/bureaustoel", "price-excl-vat");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);  // both present; prominence needs layout
}

TEST_CASE("A cart's subtotal excl. VAT above the total incl. VAT is a breakdown",
          "[price-excl-vat]") {
  auto fs = kwtest::of_rule(
      kwtest::page("<h1>Winkelwagen</h1><table><tr><td>Bureaustoel</td><td>€ 424,00</td></tr>"
                   "<tr><th>Subtotaal (excl. btw)</th><td>€ 350,41</td></tr><tr><th>Btw 21%</th>"
                   "<td>€ 73,59</td></tr><tr><th>Verzendkosten</th><td>€ 4,95</td></tr>"
                   "<tr><th>Totaal incl. btw</th><td>€ 428,95</td></tr></table>",
                   "Winkelwagen"),
      "https://shop.example/winkelwagen", "price-excl-vat");
  for (const auto& f : fs) CHECK(f.severity != kw::Severity::kViolation);
}

TEST_CASE("An excl. price beside its incl. amount in one paragraph with a reference price",
          "[price-excl-vat]") {
  auto fs = kwtest::of_rule(
      kwtest::page("<h1>Licentie</h1><p><strong>€ 79,00</strong> <span>incl. 21% btw</span></p><p>"
                   "De doorgestreepte prijs van € 99,00 is de laagste prijs van de 30 dagen "
                   "ervoor. Zakelijke klanten: € 65,29 excl. btw (je betaalt € 79,00).</p>",
                   "Licentie"),
      "https://shop.example/product/licentie", "price-excl-vat");
  for (const auto& f : fs) CHECK(f.severity != kw::Severity::kViolation);
}
