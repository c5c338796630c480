// thuiswinkel-complaint-links: members link to the Thuiswinkel complaint form and the
// Geschillencommissie on their complaints page.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const std::string kMember = "<p>Wij zijn lid van Thuiswinkel.org.</p>";
std::vector<kw::Finding> complaints(const std::string& body) {
  return of_rule(analyse_html(page("<h2>Klachten en geschillen</h2>" + body, "Klantenservice"),
                              "https://shop.example/klantenservice"),
                 "thuiswinkel-complaint-links");
}
}  // namespace

TEST_CASE("Both links present pass", "[thuiswinkel-complaint-links]") {
  auto fs = complaints(kMember +
                       "<a href=\"https://www.thuiswinkel.org/consumenten/klacht-indienen\">"
                       "klachtenformulier</a> <a href=\"https://www.degeschillencommissie.nl\">De "
                       "Geschillencommissie</a>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("A missing link is a warning per link", "[thuiswinkel-complaint-links]") {
  auto fs = complaints(kMember + "<a href=\"https://www.degeschillencommissie.nl\">link</a>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "warning-no-form");
  auto none = complaints(kMember + "<p>Mail ons.</p>");
  CHECK(none.size() == 2);
}

TEST_CASE("Non-members and pages without complaints say nothing", "[thuiswinkel-complaint-links]") {
  CHECK(complaints("<p>Mail ons.</p>").empty());
  CHECK(of_rule(analyse_html(page("<h1>Fiets</h1>" + kMember), "https://shop.example/product/a"),
                "thuiswinkel-complaint-links")
            .empty());
}

TEST_CASE("A complaints paragraph that sends to the complaints page is no complaints page",
          "[thuiswinkel-complaint-links]") {
  auto fs = kwtest::of_rule(
      kwtest::page("<h1>Zo rangschikken we</h1><h2>Klachten</h2><p>Heb je een klacht, meld dat "
                   "via <a href=\"/klachten\">ons klachtenformulier</a>.</p><footer>Wij zijn lid "
                   "van Thuiswinkel.org</footer>",
                   "Ranking"),
      "https://markt.example/ranking", "thuiswinkel-complaint-links");
  CHECK(fs.empty());
}

TEST_CASE("A link to the complaints page under another heading does not excuse this one",
          "[thuiswinkel-complaint-links]") {
  // The "Klachten" section says how to complain but links nowhere; the /klachten link sits in the
  // next section about returns.
  auto fs = complaints(kMember +
                       "<p>Stuur ons een e-mail met je klacht.</p><h2>Retourneren</h2><p>Zie ook "
                       "<a href=\"/klachten\">klachten over een retour</a>.</p>");
  CHECK(fs.size() == 2);
}
