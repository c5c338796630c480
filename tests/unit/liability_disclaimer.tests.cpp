// liability-disclaimer: disclaimer clauses the law does not allow (shipping risk on the buyer,
// product liability excluded) and offers said not to bind; lawful wording stays silent.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at(const std::string& text, const char* url) {
  return of_rule(page("<p>" + text + "</p>", "Disclaimer"), url, "liability-disclaimer");
}
std::string key_of(const std::string& text) {
  auto fs = at(text, "https://shop.example/disclaimer");
  return fs.empty() ? "none" : fs.size() == 1 ? fs[0].message_key : "count";
}
}  // namespace

TEST_CASE("Shipping risk on the buyer is a violation", "[liability-disclaimer]") {
  for (const char* text :
       {"Verzending geschiedt voor risico van de koper.",
        "Wij zijn niet aansprakelijk voor zoekgeraakte of beschadigde pakketten.",
        "Het risico gaat over bij overdracht aan de vervoerder.",
        "Het risico gaat over op de koper zodra de goederen ons magazijn hebben verlaten.",
        "Goods are shipped at the buyer's risk."}) {
    INFO(text);
    CHECK(key_of(text) == "violation-shipping-risk");
  }
  auto fs = at("Verzending geschiedt voor risico van de koper.", "https://shop.example/");
  REQUIRE(fs.size() == 1);  // every page: disclaimers stand in footers
  CHECK(fs[0].severity == Severity::kViolation);
}

TEST_CASE("Lawful shipping and return wording is silent", "[liability-disclaimer]") {
  for (const char* text :
       {"Retourzendingen zijn voor risico van de klant.",
        "Kiest u zelf een vervoerder, dan is het transport voor uw risico.",
        "Het risico van beschadiging en/of vermissing van producten berust bij de ondernemer tot "
        "het moment van bezorging aan de consument.",
        "Het risico gaat pas op u over wanneer u het pakket heeft ontvangen.",
        "Zoekgeraakte pakketten vergoeden wij volledig.",
        "Wij zijn niet aansprakelijk voor vertraging van pakketten door de vervoerder.",
        "Mag een webwinkel zeggen dat verzending voor risico van de koper is?"}) {
    INFO(text);
    CHECK(key_of(text) == "none");
  }
}

TEST_CASE("Excluding product liability is a violation; lawful carve-outs are silent",
          "[liability-disclaimer]") {
  CHECK(key_of("Wij zijn niet aansprakelijk voor schade als gevolg van het gebruik van onze "
               "producten.") == "violation-product-liability");
  CHECK(key_of("Wij zijn niet aansprakelijk voor gevolgschade door defecte producten.") ==
        "violation-product-liability");
  CHECK(key_of("We accept no liability for any damage resulting from the use of our products.") ==
        "violation-product-liability");
  CHECK(key_of("Wij zijn niet aansprakelijk voor schade door verkeerd gebruik of het niet opvolgen "
               "van de gebruiksaanwijzing.") == "none");
  CHECK(key_of("Wij zijn niet aansprakelijk voor schade door het gebruik van deze website of de "
               "informatie daarop.") == "none");
}

TEST_CASE("Offers said not to bind are for review, unless kept to obvious mistakes",
          "[liability-disclaimer]") {
  CHECK(key_of("Aan de inhoud van deze website kunnen geen rechten worden ontleend.") ==
        "needs-review-no-rights");
  CHECK(key_of("Prijswijzigingen voorbehouden.") == "needs-review-no-rights");
  CHECK(key_of("No rights can be derived from the prices on this website.") ==
        "needs-review-no-rights");
  CHECK(key_of("Aan kennelijke vergissingen en fouten op deze website kunnen geen rechten worden "
               "ontleend.") == "none");
  CHECK(key_of("Wijzigingen in deze privacyverklaring voorbehouden.") == "none");
}

TEST_CASE("One finding per kind, several kinds per page", "[liability-disclaimer]") {
  auto fs =
      at("Verzending geschiedt voor risico van de koper. Aan deze website kunnen geen rechten "
         "worden ontleend. Wij zijn niet aansprakelijk voor verloren pakketten.",
         "https://shop.example/disclaimer");
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].message_key == "violation-shipping-risk");
  CHECK(fs[1].message_key == "needs-review-no-rights");
}

TEST_CASE("A clause quoted to reject it is not the shop's", "[liability-disclaimer]") {
  CHECK(key_of("Sommige winkels schrijven „Verzending is voor risico van de koper”; bij ons is "
               "dat niet zo.") == "none");
  CHECK(key_of("In oudere voorwaarden lees je soms: \"Verzending geschiedt geheel voor risico van "
               "de koper\". Zulke bepalingen staan niet in onze voorwaarden.") == "none");
  // The shop's own clause, with a short quoted word, still counts.
  CHECK(key_of("Verzending geschiedt voor risico van de „koper”.") == "violation-shipping-risk");
  // A carve-out in the next sentence of the block keeps the statutory liability.
  CHECK(key_of("We zijn niet aansprakelijk voor schade door installatie door een niet-erkende "
               "installateur. Dit laat je rechten bij een gebrekkig product onverlet.") == "none");
}

TEST_CASE("A private seller's ad is a sale between consumers", "[liability-disclaimer]") {
  auto fs = of_rule(page("<h1>Kinderwagen Joolz</h1><p>€ 210,00</p><p>Aangeboden door Sanne "
                         "(particuliere verkoper)</p><p>Verzenden gaat op risico van de koper.</p>"
                         "<button>Koop nu</button>",
                         "Kinderwagen"),
                    "https://markt.example/p/kinderwagen/55", "liability-disclaimer");
  CHECK(fs.empty());
}
