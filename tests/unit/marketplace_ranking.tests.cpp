// marketplace-ranking: search results of several sellers explain the ranking.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at(const std::string& body,
                            const std::string& url = "https://www.markt.example/zoeken?q=fiets") {
  return of_rule(page(body, "Zoekresultaten"), url, "marketplace-ranking");
}
const std::string kResults =
    "<h1>Resultaten voor fiets</h1><ul><li>Stadsfiets € 349 — verkocht door Fietsenhuis</li>"
    "<li>Racefiets € 899 — verkocht door Sportief BV</li></ul>";
}  // namespace

TEST_CASE("No ranking explanation is needs-review", "[marketplace-ranking]") {
  auto fs = at(kResults + "<label>Sorteer op <select><option>Relevantie</option></select></label>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
}

TEST_CASE("A link explaining the ranking passes", "[marketplace-ranking]") {
  auto fs = at(kResults + "<a href=\"/info/rangschikking\">Hoe we resultaten rangschikken</a>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("A single shop's own search, or a non-search page, says nothing",
          "[marketplace-ranking]") {
  CHECK(at("<h1>Resultaten voor fiets</h1><ul><li>Stadsfiets € 349</li></ul>").empty());
  CHECK(at(kResults, "https://www.markt.example/categorie/fietsen").empty());
}
