// odr-link-obsolete: the EU ODR platform closed on 20 July 2025; a link to it is out of date.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at(const std::string& body) {
  return of_rule(page(body, "Klachten"), "https://shop.example/klachten", "odr-link-obsolete");
}
}  // namespace

TEST_CASE("A link to the ODR platform is a warning", "[odr-link-obsolete]") {
  auto fs =
      at("<p>Je kunt ook gebruikmaken van het <a "
         "href=\"https://ec.europa.eu/consumers/odr/\">Europese ODR-platform</a>.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].evidence == "Europese ODR-platform");
}

TEST_CASE("Text sending buyers to the platform is a warning too", "[odr-link-obsolete]") {
  auto fs =
      at("<p>Klachten kunnen ook worden ingediend via het Europees platform voor online "
         "geschillenbeslechting.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
}

TEST_CASE("Other dispute links say nothing", "[odr-link-obsolete]") {
  CHECK(at("<a href=\"https://www.degeschillencommissie.nl\">De Geschillencommissie</a>").empty());
  CHECK(at("<p>Wij reageren binnen 14 dagen.</p>").empty());
}

TEST_CASE("Saying the platform is gone is no reference to it", "[odr-link-obsolete]") {
  CHECK(at("<p>Het Europese ODR-platform voor onlinegeschillen bestaat sinds 20 juli 2025 niet "
           "meer; je kunt terecht bij De Geschillencommissie.</p>")
            .empty());
  CHECK(at("<p>Het ODR-platform van de Europese Commissie is gesloten.</p>").empty());
}

TEST_CASE("A heading answered below with the closure is up to date", "[odr-link-obsolete]") {
  CHECK(at("<h2>En het Europese ODR-platform?</h2><p>Dat platform is op 20 juli 2025 opgeheven, "
           "daarom vindt u die link hier niet meer.</p>")
            .empty());
}

TEST_CASE("An English note that the ODR platform closed is no link to it", "[odr-link-obsolete]") {
  auto fs = of_rule(page("<h1>Terms</h1><h2>Complaints</h2><p>The EU Online Dispute Resolution "
                         "platform closed on 20 July 2025, so we no longer link to it.</p>",
                         "Terms"),
                    "https://shop.example/en/terms", "odr-link-obsolete");
  for (const auto& f : fs) CHECK(f.severity != Severity::kWarning);
}
