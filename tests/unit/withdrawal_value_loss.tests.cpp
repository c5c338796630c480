// withdrawal-value-loss: the returns page says when a loss in value is charged; a bare "only
// unused" is a warning; the explanation on an earlier page of the site counts.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kReturns = "https://shop.example/retourneren";
std::vector<kw::Finding> returns_page(const std::string& body, kw::SessionMemory* s = nullptr) {
  return of_rule(analyse_html(page("<h1>Retourneren</h1>" + body, "Retourneren"), kReturns, s),
                 "withdrawal-value-loss");
}
}  // namespace

TEST_CASE("A returns page that explains the loss in value passes", "[withdrawal-value-loss]") {
  auto fs = returns_page(
      "<p>Je hebt 14 dagen bedenktijd. Je mag het product uitpakken en bekijken zoals in een "
      "winkel. Gebruik je het meer dan nodig, dan kunnen we de waardevermindering in rekening "
      "brengen.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  CHECK(fs[0].evidence.find("waardevermindering") != std::string::npos);

  auto en = returns_page(
      "<p>You may return your order within 14 days. If the product was handled beyond what is "
      "necessary to assess it, we may deduct the diminished value.</p>");
  REQUIRE(en.size() == 1);
  CHECK(en[0].severity == Severity::kPass);
}

TEST_CASE("'Only unused' without an explanation is a warning", "[withdrawal-value-loss]") {
  auto fs = returns_page(
      "<p>Je kunt je bestelling binnen 14 dagen retourneren.</p><p>Artikelen moeten ongebruikt "
      "en onbeschadigd zijn.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].message_key == "warning-unused");
  CHECK(fs[0].evidence == "Artikelen moeten ongebruikt en onbeschadigd zijn.");

  // Softened, it asks rather than demands: only the missing explanation is left.
  auto soft = returns_page(
      "<p>Retourneren kan binnen 14 dagen. Stuur het artikel graag zo veel mogelijk ongebruikt "
      "terug.</p>");
  REQUIRE(soft.size() == 1);
  CHECK(soft[0].message_key == "warning");
}

TEST_CASE("No word on the loss in value is a warning, unless said earlier on the site",
          "[withdrawal-value-loss]") {
  const std::string body =
      "<p>Niet tevreden? Je hebt 30 dagen bedenktijd. Meld je retour aan via het formulier.</p>";
  auto fs = returns_page(body);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].message_key == "warning");

  kw::SessionMemory session;
  analyse_html(page("<h1>Algemene voorwaarden</h1><p>Artikel 7. De consument is aansprakelijk "
                    "voor waardevermindering van het product die het gevolg is van een manier "
                    "van omgaan met het product die verder gaat dan toegestaan.</p>",
                    "Voorwaarden"),
               "https://shop.example/algemene-voorwaarden", &session);
  auto later = returns_page(body, &session);
  REQUIRE(later.size() == 1);
  CHECK(later[0].message_key == "pass-earlier");
}

TEST_CASE("Pages other than the returns page are not judged", "[withdrawal-value-loss]") {
  CHECK(of_rule(analyse_html(page("<h1>Fiets</h1><p>Alleen ongebruikte artikelen worden "
                                  "teruggenomen.</p><button>In winkelwagen</button>",
                                  "Fiets"),
                             "https://shop.example/fiets"),
                "withdrawal-value-loss")
            .empty());
}

TEST_CASE("A shop of downloads and the withdrawal function's steps are not judged",
          "[withdrawal-value-loss]") {
  CHECK(returns_page("<p>Je kunt binnen 14 dagen herroepen. Er is niets terug te sturen: je "
                     "licentie wordt uitgeschakeld.</p>")
            .empty());
  CHECK(of_rule(analyse_html(page("<h1>Herroeping bevestigen</h1><p>Je herroept de bestelling "
                                  "10077. Stuur het product binnen 14 dagen terug.</p>",
                                  "Herroeping bevestigen"),
                             "https://shop.example/retourneren/bevestigen"),
                "withdrawal-value-loss")
            .empty());
  // A returns portal's steps act on the return the same way.
  for (const char* h1 : {"Wat wil je terugsturen?", "Je herroeping en retour zijn aangemeld",
                         "Controleer je herroeping"}) {
    INFO(h1);
    CHECK(of_rule(analyse_html(page(std::string("<h1>") + h1 +
                                        "</h1><p>Je herroept de bestelling 10077. Stuur het "
                                        "product binnen 14 dagen terug.</p>",
                                    "Retourportaal"),
                               "https://shop.example/retourportaal/order/10077"),
                  "withdrawal-value-loss")
              .empty());
  }
}

TEST_CASE("A page on withdrawal for downloads needs no value-loss notice",
          "[withdrawal-value-loss]") {
  auto fs = of_rule(page("<h1>Herroepingsrecht bij downloads</h1><p>Ook bij downloads heb je 14 "
                         "dagen bedenktijd, tenzij je het vakje voor direct downloaden aanvinkt. "
                         "Je kunt de overeenkomst herroepen via het formulier.</p>",
                         "Herroepingsrecht"),
                    kReturns, "withdrawal-value-loss");
  for (const auto& f : fs) CHECK(f.severity != Severity::kWarning);
}

TEST_CASE("A page about courses and workshops sends nothing back and loses no value",
          "[withdrawal-value-loss]") {
  auto fs =
      of_rule(page("<h1>Bedenktijd bij cursussen</h1><p>Een online cursus is digitale "
                   "inhoud: je hebt 14 dagen bedenktijd. Een workshop op een vaste datum heeft "
                   "wettelijk geen bedenktijd.</p><footer><section><a "
                   "href=\"/retourneren\">Retourneren</a></section></footer>",
                   "Bedenktijd"),
              kReturns, "withdrawal-value-loss");
  for (const auto& f : fs) CHECK(f.severity != Severity::kWarning);
}
