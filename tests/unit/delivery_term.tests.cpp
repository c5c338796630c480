// delivery-term: more than 30 days without agreement; no cancellation for late delivery.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at(const std::string& url, const std::string& text) {
  return of_rule(page("<p>" + text + "</p>", "Pagina"), url, "delivery-term");
}
const char* kTerms = "https://shop.example/algemene-voorwaarden";
const char* kProduct = "https://shop.example/product/bank";
}  // namespace

TEST_CASE("A general period over 30 days in the terms is a violation", "[delivery-term]") {
  auto fs = at(kTerms, "Wij leveren uiterlijk binnen 60 dagen na bestelling.");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
  CHECK(at(kTerms, "De levertijd bedraagt 6-8 weken.").size() == 1);
}

TEST_CASE("A long delivery time on a product page is for review", "[delivery-term]") {
  auto fs = at(kProduct, "Levertijd: 8 tot 10 weken");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
}

TEST_CASE("Excluding cancellation for late delivery is a violation", "[delivery-term]") {
  auto fs = at(kTerms,
               "Overschrijding van de levertijd geeft de koper geen recht op ontbinding of "
               "schadevergoeding.");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-no-cancel");
}

TEST_CASE("Short or agreed delivery times are silent", "[delivery-term]") {
  CHECK(at(kProduct, "Levertijd 1-2 werkdagen").empty());
  CHECK(at(kTerms, "Wij leveren binnen 30 dagen.").empty());
  CHECK(at(kProduct, "Levertijd 8-10 weken, in overleg met de klant.").empty());
  CHECK(at(kTerms, "Retourneren kan binnen 60 dagen.").empty());
}

TEST_CASE("Working days count as calendar days and a half", "[delivery-term]") {
  CHECK(at(kProduct, "Levertijd 25 werkdagen").size() == 1);
  CHECK(at(kProduct, "Levertijd 20 werkdagen").empty());
}

TEST_CASE("A term in the terms for goods made to order is for review", "[delivery-term]") {
  auto fs = at(kTerms,
               "Zeep die op bestelling wordt gemaakt, heeft een levertijd van 4 tot 6 weken omdat "
               "zeep moet uitharden; andere artikelen leveren we binnen 3 werkdagen.");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
  CHECK(at(kTerms, "Maatwerk heeft een levertijd van 8 weken.").at(0).severity ==
        Severity::kNeedsReview);
}
