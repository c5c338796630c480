// subscription-terms: term, renewal and cancellation; no tacit renewal for a fixed period.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kCheckout = "https://shop.example/checkout/overzicht";
std::vector<kw::Finding> at(const std::string& url, const std::string& text) {
  return of_rule(page("<h1>Controleer je bestelling</h1><p>" + text + "</p>"), url,
                 "subscription-terms");
}
}  // namespace

TEST_CASE("A complete subscription is silent", "[subscription-terms]") {
  CHECK(at(kCheckout,
           "Koffieabonnement: € 14,95 per maand, looptijd 12 maanden. Daarna loopt het abonnement "
           "door voor onbepaalde tijd en is het maandelijks opzegbaar.")
            .empty());
}

TEST_CASE("Missing parts are violations at checkout", "[subscription-terms]") {
  auto fs = at(kCheckout, "Je sluit een abonnement af van € 9,95 per maand.");
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].message_key == "violation-renewal");
  CHECK(fs[1].message_key == "violation-cancel");
}

TEST_CASE("Tacit renewal for another year is a violation", "[subscription-terms]") {
  auto fs = at(kCheckout,
               "Het abonnement wordt na 12 maanden stilzwijgend verlengd met 12 maanden. Opzeggen "
               "kan tot een maand voor het einde van de looptijd.");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-fixed-renewal");
}

TEST_CASE("On a product page missing parts are for review", "[subscription-terms]") {
  auto fs = of_rule(page("<h1>Scheermesjes</h1><p>Neem een abonnement: elke maand nieuwe "
                         "mesjes.</p>",
                         "Scheermesjes"),
                    "https://shop.example/product/scheermesjes", "subscription-terms");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
}

TEST_CASE("A newsletter subscription is not a contract", "[subscription-terms]") {
  CHECK(at(kCheckout, "Abonneer je op onze nieuwsbrief").empty());
}

TEST_CASE("An address step need not repeat the subscription's terms", "[subscription-terms]") {
  auto fs = of_rule(page("<h1>Je gegevens</h1><p>Voor een abonnement heb je een account nodig, "
                         "zodat je zelf kunt pauzeren en opzeggen.</p><form><label>Postcode "
                         "<input name=pc></label><label>E-mail <input name=em></label>"
                         "<button>Verder</button></form>"),
                    "https://shop.example/checkout/gegevens", "subscription-terms");
  CHECK(fs.empty());
  // "Geen abonnement" offers none.
  CHECK(of_rule(page("<h1>Office 2026</h1><p>Eenmalige aankoop, geen abonnement: de licentie "
                     "wordt niet automatisch verlengd.</p><button>In winkelwagen</button>"),
                "https://shop.example/product/office", "subscription-terms")
            .empty());
}
