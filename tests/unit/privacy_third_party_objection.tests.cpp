// privacy-third-party-objection: data passed to third parties beyond the order needs a way to
// object; a statement that rules sharing out passes; carriers and payment providers are silent.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::string outcome(const std::string& text) {
  auto fs = of_rule(page("<h1>Privacyverklaring</h1><p>" + text + "</p>", "Privacyverklaring"),
                    "https://shop.example/privacy", "privacy-third-party-objection");
  return fs.empty() ? "none" : fs.size() == 1 ? fs[0].message_key : "count";
}
}  // namespace

TEST_CASE("Sharing for marketing without a way to object is a warning",
          "[privacy-third-party-objection]") {
  for (const char* text :
       {"Wij verkopen uw gegevens aan derden.",
        "Wij delen je gegevens met zorgvuldig geselecteerde partners, die je hun aanbiedingen "
        "kunnen sturen.",
        "Wij verstrekken uw gegevens aan derden voor commerciële doeleinden van derden.",
        "Wij verkopen uw gegevens niet, maar delen ze wel met zorgvuldig geselecteerde partners.",
        "We share your data with selected partners for their own marketing.",
        // Unsubscribing from the shop's own newsletter is no objection to the sharing.
        "Wij delen uw gegevens met zorgvuldig geselecteerde partners. U kunt zich altijd afmelden "
        "voor onze nieuwsbrief."}) {
    INFO(text);
    CHECK(outcome(text) == "warning");
  }
}

TEST_CASE("Sharing with a way to object passes", "[privacy-third-party-objection]") {
  CHECK(outcome("Wij delen uw e-mailadres met onze advertentiepartners. Wilt u dat niet, dan kunt "
                "u zich hiervoor afmelden.") == "pass");
  CHECK(outcome("Alleen met jouw toestemming delen we je gegevens met partners voor hun "
                "marketing.") == "pass");
  CHECK(outcome("We share your data with advertising partners. You can opt out at any time.") ==
        "pass");
}

TEST_CASE("A statement that rules sharing out passes", "[privacy-third-party-objection]") {
  CHECK(outcome("Wij verkopen uw gegevens niet en verstrekken ze niet aan derden.") ==
        "pass-not-shared");
  CHECK(outcome("We never sell your personal data to third parties.") == "pass-not-shared");
}

TEST_CASE("Sharing only for the order, or no third parties, is silent",
          "[privacy-third-party-objection]") {
  for (const char* text :
       {"Wij geven uw naam en adres door aan PostNL en DHL, zodat uw pakket bezorgd kan worden.",
        "Wij delen uw gegevens alleen met de betaalprovider en de vervoerder, voor de uitvoering "
        "van de overeenkomst.",
        "Wij bewaren uw gegevens zeven jaar vanwege de fiscale bewaarplicht.",
        "Als wij onze onderneming verkopen, kunnen uw gegevens overgaan op de koper."}) {
    INFO(text);
    CHECK(outcome(text) == "none");
  }
  CHECK(of_rule(page("<h1>Fiets</h1><p>Wij verkopen uw gegevens aan derden.</p>", "Fiets"),
                "https://shop.example/product/fiets", "privacy-third-party-objection")
            .empty());
}
