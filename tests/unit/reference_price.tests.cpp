// reference-price: struck "was" prices are for review; a percentage larger than the difference is a
// violation.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> on_product(const std::string& box) {
  return of_rule(page("<h1>Koptelefoon</h1><div class=\"price\">" + box + "</div>", "Koptelefoon"),
                 "https://shop.example/product/koptelefoon", "reference-price");
}
}  // namespace

TEST_CASE("A struck price is for review with before and after", "[reference-price]") {
  auto fs = on_product("<s>€ 149,00</s> <span>€ 99,00</span>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "needs-review");
  CHECK(fs[0].vars.at("before") == "€ 149,00");
  CHECK(fs[0].vars.at("after") == "€ 99,00");
  CHECK(fs[0].vars.at("difference") == "34%");
}

TEST_CASE("A percentage larger than the difference is a violation", "[reference-price]") {
  auto fs = on_product("<s>€ 100,00</s> <span>€ 80,00</span> <span>-50%</span>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
  CHECK(fs[0].message_key == "violation-percentage");
  auto ok = on_product("<s>€ 100,00</s> <span>€ 80,00</span> <span>-20%</span>");
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].severity == Severity::kNeedsReview);
}

TEST_CASE("A recommended retail price is named", "[reference-price]") {
  auto fs = on_product("<span>Adviesprijs <s>€ 59,95</s></span> <span>€ 44,95</span>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "needs-review-rrp");
}

TEST_CASE("Van-voor text without striking is read too", "[reference-price]") {
  auto fs = on_product("<p>Van € 49,95 voor € 29,95</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "needs-review");
}

TEST_CASE("A price without a reference is silent", "[reference-price]") {
  CHECK(on_product("<span>€ 99,00</span>").empty());
}

TEST_CASE("The VAT rate beside a struck price is no discount", "[reference-price]") {
  auto fs = of_rule(page("<h1>Trappist 6-pack</h1><p><del>€ 32,50</del> <strong>€ 27,95</strong> "
                         "<span>−14%</span> <small>Laagste prijs in de 30 dagen vóór deze actie: € "
                         "32,50 · incl. 21% btw</small></p>",
                         "Trappist"),
                    "https://shop.example/product/trappist", "reference-price");
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
}

TEST_CASE("A struck price stated to be the 30-day lowest passes", "[reference-price]") {
  auto fs = on_product(
      "<s>€ 149,00</s> <span>€ 99,00</span><p>Laagste prijs afgelopen 30 dagen: "
      "€ 149,00</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  // The statement after its amount, a line under the price box.
  auto after = of_rule(page("<h1>Koptelefoon</h1><div><div class=\"price\"><s>€ 149,00</s> "
                            "<span>€ 99,00</span></div><small>€ 149,00 was de laagste prijs van de "
                            "afgelopen 30 dagen.</small></div>",
                            "Koptelefoon"),
                       "https://shop.example/product/koptelefoon", "reference-price");
  REQUIRE(after.size() == 1);
  CHECK(after[0].severity == Severity::kPass);
  // A stated 30-day lowest below the struck price: the struck price is no 30-day lowest.
  auto other = on_product(
      "<s>€ 149,00</s> <span>€ 99,00</span><p>Laagste prijs afgelopen 30 "
      "dagen: € 119,00</p>");
  REQUIRE(other.size() == 1);
  CHECK(other[0].severity == Severity::kNeedsReview);
}
