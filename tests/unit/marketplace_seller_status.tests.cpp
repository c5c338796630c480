// marketplace-seller-status: third-party offers say whether the seller is a trader.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> offer(const std::string& body,
                               const std::string& url = "https://www.markt.example/p/fiets/123") {
  return of_rule(
      page("<h1>Stadsfiets</h1><p>€ 349,00</p><button>Koop nu</button>" + body, "Stadsfiets"), url,
      "marketplace-seller-status");
}
}  // namespace

TEST_CASE("No seller status on a third-party offer is a violation", "[marketplace-seller-status]") {
  auto fs = offer("<p>Verkocht door Fietsenhuis Jansen</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
  CHECK(fs[0].evidence == "Verkocht door Fietsenhuis Jansen");
}

TEST_CASE("A business seller passes", "[marketplace-seller-status]") {
  auto fs = offer("<p>Verkocht door Fietsenhuis Jansen</p><p>Zakelijke verkoper</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "pass-trader");
}

TEST_CASE("A private seller needs the consumer-law notice", "[marketplace-seller-status]") {
  auto fs = offer("<p>Verkocht door Piet</p><p>Particuliere verkoper</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  auto ok = offer(
      "<p>Verkocht door Piet</p><p>Particuliere verkoper: het consumentenrecht is niet van "
      "toepassing op deze aankoop.</p>");
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].message_key == "pass-private");
}

TEST_CASE("An offer sold by the platform itself says nothing", "[marketplace-seller-status]") {
  CHECK(offer("<p>Verkoop door markt</p>").empty());
}

TEST_CASE("A list of offers by several sellers is not judged as one offer",
          "[marketplace-seller-status]") {
  CHECK(offer("<ul><li>€ 649 — verkocht door FietsDeals</li><li>€ 899 — verkocht door Fietsplaza "
              "</li><li>€ 120 — particuliere verkoper</li></ul>")
            .empty());
}

TEST_CASE("A business provider or landlord is a trader", "[marketplace-seller-status]") {
  for (const char* who : {"Aangeboden door Kapsalon Lotte (zakelijke aanbieder, KvK 61234598)",
                          "Aangeboden door Recreatiepark De Horst B.V. (zakelijke verhuurder)"}) {
    INFO(who);
    auto fs = offer(std::string("<p>") + who + "</p>");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].message_key == "pass-trader");
  }
}

TEST_CASE("'Consumer rights do not apply because you buy from a private person' is the notice",
          "[marketplace-seller-status]") {
  auto fs =
      of_rule(page("<h1>Gehaakte knuffel</h1><p>€ 24,00</p><p>Gemaakt door Oma Ria – "
                   "particuliere verkoper. Let op: omdat je van een particulier koopt, gelden "
                   "de Europese consumentenrechten niet.</p><button>In winkelwagen</button>",
                   "Knuffel"),
              "https://markt.example/p/knuffel", "marketplace-seller-status");
  for (const auto& f : fs) CHECK(f.severity != Severity::kWarning);
}

TEST_CASE("A sentence that explains sellers names no seller of an offer",
          "[marketplace-seller-status]") {
  CHECK(
      of_rule(page("<h1>Garantie</h1><p>Koop je bij Koopplein of een zakelijke verkoper, dan heb "
                   "je altijd de wettelijke garantie; bij een particulier niet. Een reparatie kost "
                   "vanaf € 25,00.</p>",
                   "Garantie"),
              "https://markt.example/garantie", "marketplace-seller-status")
          .empty());
}
