// payment-surcharge: banned surcharges, surcharges to review, and fee-free methods.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/checkout/payment";

std::vector<kw::Finding> methods(const std::string& options) {
  return of_rule(page("<h2>Kies een betaalmethode</h2><ul>" + options + "</ul>"), kUrl,
                 "payment-surcharge");
}
}  // namespace

TEST_CASE("A fee for iDEAL, cards, Bancontact, direct debit or transfer is a violation",
          "[payment-surcharge]") {
  for (const char* option :
       {"<li><label><input type=radio name=pm> iDEAL <span>+ € 0,29</span></label></li>",
        "<li><label><input type=radio name=pm> Creditcard (Visa, Mastercard)</label> <small>2,5% "
        "toeslag</small></li>",
        "<li><label><input type=radio name=pm> Bancontact</label> <span>€ 0,35 "
        "transactiekosten</span></li>",
        "<li><label><input type=radio name=pm> Overboeking + €1,-</label></li>"}) {
    INFO(option);
    auto fs = methods(option);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kViolation);
  }
}

TEST_CASE("A fee for PayPal, Amex or Klarna needs review", "[payment-surcharge]") {
  for (const char* option : {"<li><label><input type=radio name=pm> PayPal (+ € 0,50)</label></li>",
                             "<li><label><input type=radio name=pm> American Express</label> "
                             "<span>+ 3% toeslag</span></li>"}) {
    INFO(option);
    auto fs = methods(option);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kNeedsReview);
  }
}

TEST_CASE("Methods without a fee are silent", "[payment-surcharge]") {
  CHECK(methods("<li><label><input type=radio name=pm> iDEAL (gratis)</label></li>"
                "<li><label><input type=radio name=pm> PayPal</label></li>"
                "<li><label><input type=radio name=pm> Visa / Mastercard</label></li>")
            .empty());
  SECTION("a sentence about fees without a method is not tied to a method") {
    CHECK(methods("<li>Verzendkosten € 4,95</li><li><label><input type=radio> iDEAL</label></li>")
              .empty());
  }
}

TEST_CASE("A surcharge stated in a sentence is found", "[payment-surcharge]") {
  auto fs = of_rule(page("<p>Bij betaling met creditcard rekenen wij 3% toeslag.</p>"), kUrl,
                    "payment-surcharge");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
}

TEST_CASE("A fee in a summary table is the fee's own line, not the subtotal",
          "[payment-surcharge]") {
  const std::string summary = R"(<table><tr><th>Subtotaal</th><td>€ 808,95</td></tr>
      <tr><th>Betaalkosten iDEAL</th><td>€ 0,35</td></tr><tr><th>Totaal</th><td>€ 809,30</td></tr></table>)";
  auto fs = of_rule(page(summary), kUrl, "payment-surcharge");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].vars.at("amount") == "€ 0,35");
  CHECK(fs[0].vars.at("method") == "iDEAL");
  SECTION("and the same fee at the method and in the summary is one finding shown at both") {
    auto both = of_rule(page("<label><input type=radio name=pm checked> iDEAL + € 0,35</label>"
                             "<label><input type=radio name=pm> PayPal</label>" +
                             summary),
                        kUrl, "payment-surcharge");
    REQUIRE(both.size() == 1);
    CHECK(both[0].related.size() == 1);
  }
}

TEST_CASE("A percentage fee is shown as the page states it", "[payment-surcharge]") {
  for (const auto& [shown, want] :
       {std::pair<const char*, const char*>{"2,05%", "2,05%"}, {"2,5%", "2,5%"}, {"3%", "3%"}}) {
    INFO(shown);
    auto fs =
        methods(std::string("<li><label><input type=radio name=pm> Creditcard</label> <small>") +
                shown + " toeslag</small></li>");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].vars.at("amount") == want);
  }
}

TEST_CASE("A fee line that appears once a method is chosen is that method's fee",
          "[payment-surcharge]") {
  const std::string summary =
      "<table><tr><th>Subtotaal</th><td>€ 50,00</td></tr>"
      "<tr><th>Betaalkosten</th><td>€ 0,29</td></tr>"
      "<tr><th>Totaal</th><td>€ 50,29</td></tr></table>";
  SECTION("chosen on the same page (a re-analysis after the choice)") {
    auto fs = of_rule(page("<h2>Kies een betaalmethode</h2>"
                           "<label><input type=radio name=pm checked> iDEAL</label>"
                           "<label><input type=radio name=pm> PayPal</label>" +
                           summary),
                      kUrl, "payment-surcharge");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kViolation);
    CHECK(fs[0].vars.at("method") == "iDEAL");
    CHECK(fs[0].vars.at("amount") == "€ 0,29");
  }
  SECTION("chosen on an earlier step of the flow") {
    kw::SessionMemory s;
    kwtest::analyse_html(page("<h2>Kies een betaalmethode</h2>"
                              "<label><input type=radio name=pm checked> Creditcard</label>"
                              "<label><input type=radio name=pm> iDEAL</label>"
                              "<button>Verder</button>"),
                         kUrl, &s);
    auto fs = of_rule(kwtest::analyse_html(page("<h1>Controleer je bestelling</h1>" + summary),
                                           "https://shop.example/checkout/review", &s),
                      "payment-surcharge");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kViolation);
    CHECK(fs[0].vars.at("method") == "Creditcard");
  }
  SECTION("without a chosen method it is not attributed") {
    CHECK(of_rule(page("<h1>Controleer je bestelling</h1>" + summary), kUrl, "payment-surcharge")
              .empty());
  }
}

TEST_CASE("A sentence saying there is no fee, or naming an order value, is no fee",
          "[payment-surcharge]") {
  for (const char* text :
       {"Betaal je met creditcard, dan rekenen we geen toeslag, ook niet bij bestellingen boven "
        "€ 500.",
        "Wij vragen geen toeslag voor Visa of Mastercard. De minimale bestelwaarde is € 15.",
        "Met iDEAL betaal je zonder extra kosten, ook bij een bestelling van € 1.000."}) {
    INFO(text);
    auto fs = of_rule(page(std::string("<h1>Betaalmethoden</h1><p>") + text + "</p>"),
                      "https://shop.example/betaalmethoden", "payment-surcharge");
    for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
  }
  // A fee stated beside a "no fee" for another method still counts.
  auto fs = of_rule(page("<h1>Betaalmethoden</h1><p>iDEAL: geen kosten.</p>"
                         "<p>Creditcard: toeslag € 1,50 per bestelling.</p>"),
                    "https://shop.example/betaalmethoden", "payment-surcharge");
  REQUIRE_FALSE(fs.empty());
  CHECK(fs[0].severity == Severity::kViolation);
}

TEST_CASE("An FAQ's question and a quoted review state no fee", "[payment-surcharge]") {
  auto fs = of_rule(page("<h1>Veelgestelde vragen</h1><p>Mag een webwinkel 2% toeslag rekenen "
                         "voor creditcard?</p><p>Nee, dat is verboden. Wij rekenen nergens "
                         "kosten voor.</p><p>\"Mijn vorige winkel rekende 2,5% toeslag voor "
                         "creditcard, die zie je hier niet.\" – Ahmed</p>",
                         "FAQ"),
                    "https://shop.example/faq", "payment-surcharge");
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
}

TEST_CASE("A denied surcharge and a down payment in percent are no fee", "[payment-surcharge]") {
  auto fs = of_rule(page("<h1>Levering en betalen</h1><p>Betaal met iDEAL, Visa, Mastercard of "
                         "Bancontact. Voor geen van deze methodes rekenen we toeslag. Bij maatwerk "
                         "betaal je 50% vooraf en 50% na levering.</p>",
                         "Betalen"),
                    "https://shop.example/levering-en-betalen", "payment-surcharge");
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
}

TEST_CASE("Another sentence's amount is no fee of a method said to cost nothing",
          "[payment-surcharge]") {
  CHECK(of_rule(page("<p>Avondbezorging kan in de volgende stap (+ € 2,95). Betalen met iDEAL, "
                     "creditcard of PayPal, zonder toeslag.</p>"),
                kUrl, "payment-surcharge")
            .empty());
}
