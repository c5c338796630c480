// order-button-wording: which control is judged, and how its words are judged.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {

const char* kFinalUrl = "https://shop.example/checkout/review";

std::string final_step(const std::string& button) {
  return page(R"(<h1>Controleer je bestelling</h1>
    <h2>Kies een betaalmethode</h2>
    <label><input type="radio" name="pm" checked> iDEAL</label>
    <form action="/order" method="post">
      <label><input type="checkbox" name="terms"> Ik ga akkoord met de algemene voorwaarden</label>
      )" + button +
              R"(
    </form>
    <a href="/cart">Terug naar winkelwagen</a>)");
}

kw::Finding only(const std::vector<kw::Finding>& fs) {
  REQUIRE(fs.size() == 1);
  return fs[0];
}

}  // namespace

TEST_CASE("Wordings the Hoge Raad rejected are violations", "[order-button-wording]") {
  for (const char* label : {"Bestellen", "Bestelling plaatsen", "Bestelling afronden", "Bestel nu",
                            "Plaats bestelling", "Bevestig je bestelling", "Doorgaan",
                            "Order bevestigen", "B E S T E L L E N", "Bestel&shy;ling plaatsen"}) {
    INFO(label);
    auto f = only(of_rule(final_step(std::string("<button type=\"submit\">") + label + "</button>"),
                          kFinalUrl, "order-button-wording"));
    CHECK(f.severity == Severity::kViolation);
    CHECK(f.message_key == "violation");
  }
}

TEST_CASE("Wordings that say you pay pass", "[order-button-wording]") {
  for (const char* label :
       {"Bestellen en betalen", "Nu betalen", "Betalen", "Koop nu",
        "Bestelling met betaalverplichting", "Afrekenen", "Bestellen en betalen · € 25,00 →",
        "🛒 BETAAL NU!", "Pay now", "Aanbetalen en bestellen"}) {
    INFO(label);
    auto f = only(of_rule(final_step(std::string("<button type=\"submit\">") + label + "</button>"),
                          kFinalUrl, "order-button-wording"));
    CHECK(f.severity == Severity::kPass);
  }
}

TEST_CASE("Only the button's own words count, not text beside it", "[order-button-wording]") {
  auto f = only(of_rule(final_step("<p>Door te bestellen ga je een betalingsverplichting aan.</p>"
                                   "<button type=\"submit\">Bestelling plaatsen</button>"),
                        kFinalUrl, "order-button-wording"));
  CHECK(f.severity == Severity::kViolation);
  CHECK(f.evidence == "Bestelling plaatsen");
}

TEST_CASE("Input, link and role=button controls are judged by their names",
          "[order-button-wording]") {
  SECTION("an input's value is its name") {
    auto f = only(of_rule(final_step("<input type=\"submit\" value=\"Bestellen\">"), kFinalUrl,
                          "order-button-wording"));
    CHECK(f.severity == Severity::kViolation);
  }
  SECTION("a role=button element with aria-label") {
    auto f = only(of_rule(final_step("<div role=\"button\" aria-label=\"Nu kopen\">→</div>"),
                          kFinalUrl, "order-button-wording"));
    CHECK(f.severity == Severity::kPass);
  }
}

TEST_CASE("A button with no readable name is a finding", "[order-button-wording]") {
  auto f = only(of_rule(
      final_step("<button type=\"submit\" class=\"btn\"><svg aria-hidden=\"true\"></svg></button>"),
      kFinalUrl, "order-button-wording"));
  CHECK(f.severity == Severity::kViolation);
  CHECK(f.message_key == "no-name");
}

TEST_CASE("An amount without pay words needs review", "[order-button-wording]") {
  auto f = only(of_rule(final_step("<button type=\"submit\">Bestellen · € 25,00</button>"),
                        kFinalUrl, "order-button-wording"));
  CHECK(f.severity == Severity::kNeedsReview);
  CHECK(f.message_key == "needs-review-amount");
}

TEST_CASE("Unknown wording needs review, with the reason", "[order-button-wording]") {
  auto f = only(of_rule(final_step("<button type=\"submit\">Ja, graag!</button>"), kFinalUrl,
                        "order-button-wording"));
  CHECK(f.severity == Severity::kNeedsReview);
  CHECK(f.message_key == "needs-review-unknown");
}

TEST_CASE("A final step whose only submit says something else needs review",
          "[order-button-wording]") {
  // "Registreren" is no order button on its own, but beside the terms box and the payment choice
  // it is the only control that can place the order.
  auto f = only(of_rule(final_step("<button type=\"submit\">Registreren</button>"), kFinalUrl,
                        "order-button-wording"));
  CHECK(f.severity == Severity::kNeedsReview);
  CHECK(f.evidence == "Registreren");
}

TEST_CASE("A cart's Afrekenen link that starts the checkout is not the order button",
          "[order-button-wording]") {
  const std::string cart = page(R"(<h1>Winkelwagen</h1>
    <table><tr><td>Fietsbel</td><td>€ 12,95</td></tr></table>
    <a class="button" href="/checkout">Afrekenen</a>
    <a href="/">Verder winkelen</a>)",
                                "Winkelwagen");
  CHECK(of_rule(cart, "https://shop.example/winkelwagen", "order-button-wording").empty());
  SECTION("nor is a product page's Bestel nu") {
    const std::string product = page(R"(<h1>Fietsbel Classic</h1><p>€ 12,95</p>
      <button>In winkelwagen</button>)",
                                     "Fietsbel");
    CHECK(of_rule(product, "https://shop.example/fietsbel", "order-button-wording").empty());
  }
}

TEST_CASE("Step buttons earlier in the page do not hide the concluding button",
          "[order-button-wording]") {
  auto fs = of_rule(final_step("<button type=\"button\">Wijzigen</button>"
                               "<button type=\"button\">Code toepassen</button>"
                               "<button type=\"submit\">Bestellen en betalen</button>"),
                    kFinalUrl, "order-button-wording");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("A payment step's 'Ga verder' without the terms box is not the order button",
          "[order-button-wording]") {
  const std::string payment_step = page(R"(<h1>Hoe wil je betalen?</h1>
    <form action="/checkout/overzicht" method="post">
      <label><input type="radio" name="pm" checked> iDEAL</label>
      <label><input type="radio" name="pm"> Creditcard</label>
      <label>Postcode <input name="postcode"></label>
      <button type="submit">Ga verder</button></form>)");
  for (const auto& f : of_rule(payment_step, kFinalUrl, "order-button-wording")) {
    CHECK(f.severity != Severity::kViolation);
  }
  SECTION("a button that names the next step moves on, even beside the terms box") {
    for (const auto& f :
         of_rule(final_step("<button type=\"submit\">Verder naar controleren</button>"), kFinalUrl,
                 "order-button-wording")) {
      CHECK(f.severity != Severity::kViolation);
    }
  }
  SECTION("beside the terms box 'Ga verder' is the order button and says nothing of paying") {
    CHECK(only(of_rule(final_step("<button type=\"submit\">Ga verder</button>"), kFinalUrl,
                       "order-button-wording"))
              .severity == Severity::kViolation);
  }
}
