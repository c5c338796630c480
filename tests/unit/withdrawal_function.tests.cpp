// withdrawal-function: from 19 June 2026 a clearly labelled online withdrawal function.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/retourneren";
}

TEST_CASE("Withdrawal info without a withdrawal function is for review", "[withdrawal-function]") {
  auto fs = of_rule(page("<h1>Retourneren</h1><p>Je hebt 14 dagen bedenktijd. Mail ons om te "
                         "herroepen.</p>",
                         "Retourneren"),
                    kUrl, "withdrawal-function");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "needs-review");
}

TEST_CASE("A returns portal is named", "[withdrawal-function]") {
  auto fs = of_rule(page("<h1>Retourneren</h1><p>Je hebt 14 dagen bedenktijd.</p><a "
                         "href=\"/retour\">Retour aanmelden</a>",
                         "Retourneren"),
                    kUrl, "withdrawal-function");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "needs-review-portal");
  CHECK(fs[0].evidence == "Retour aanmelden");
}

TEST_CASE("A clearly labelled function passes", "[withdrawal-function]") {
  for (const char* label : {"Overeenkomst hier herroepen", "Herroep de overeenkomst hier",
                            "Withdraw from contract here"}) {
    INFO(label);
    auto fs = of_rule(page(std::string("<h1>Retourneren</h1><p>Je hebt 14 dagen bedenktijd.</p>"
                                       "<button>") +
                               label + "</button>",
                           "Retourneren"),
                      kUrl, "withdrawal-function");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kPass);
  }
}

TEST_CASE("A returns page without withdrawal text is silent", "[withdrawal-function]") {
  CHECK(of_rule(page("<h1>Retourneren</h1><p>Vul je ordernummer in.</p>", "Retourneren"), kUrl,
                "withdrawal-function")
            .empty());
}
