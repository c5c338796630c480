// docs/coverage.md against the real catalogue: every rule in rules/ is named in the map, every rule
// the map names exists, each rule stands in the row of its own criterion, and every row says what
// checks it (rules, "manual — <reason>", or "not yet covered", which is counted and printed).
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "analysis_helpers.h"

namespace {

struct Row {
  std::string section;
  std::string bullet;  // "1", "—", "P2", or the basis of a bullet-0 rule
  std::string status;  // the last cell
  std::set<std::string> rules;
  int line = 0;
};

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

// The table rows of the map (header and separator rows left out).
std::vector<Row> read_rows() {
  std::ifstream in(std::string(KW_TEST_SOURCE_DIR) + "/../docs/coverage.md");
  REQUIRE(in.good());
  std::vector<Row> rows;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.size() < 2 || line[0] != '|') continue;
    std::vector<std::string> cells;
    std::stringstream ss(line.substr(1));
    for (std::string cell; std::getline(ss, cell, '|');) cells.push_back(trim(cell));
    while (!cells.empty() && cells.back().empty()) cells.pop_back();
    if (cells.size() < 4 || cells[0] == "section" || cells[0].rfind("---", 0) == 0) continue;
    Row r;
    r.section = cells[0];
    r.bullet = cells[1];
    r.status = cells.back();
    r.line = n;
    for (std::size_t open = r.status.find('`'); open != std::string::npos;
         open = r.status.find('`', open + 1)) {
      const std::size_t close = r.status.find('`', open + 1);
      if (close == std::string::npos) break;
      r.rules.insert(r.status.substr(open + 1, close - open - 1));
      open = close;
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace

TEST_CASE("docs/coverage.md maps every rule, and only rules that exist", "[coverage]") {
  const auto rows = read_rows();
  REQUIRE(rows.size() >= 40);
  const kw::Catalogue& cat = kwtest::catalogue();

  std::set<std::string> named;
  int not_covered = 0, manual = 0, covered = 0;
  for (const Row& r : rows) {
    INFO("docs/coverage.md:" << r.line << " " << r.section << " " << r.bullet);
    CHECK(cat.section(r.section) != nullptr);
    if (!r.rules.empty()) {
      ++covered;
      for (const std::string& id : r.rules) {
        INFO("rule " << id);
        CHECK(cat.find(id) != nullptr);  // a name in the map that is no rule
        named.insert(id);
      }
    } else if (r.status.rfind("manual \xE2\x80\x94 ", 0) == 0) {  // "manual — <reason>"
      ++manual;
      CHECK(r.status.size() > 20);  // the reason is said
    } else {
      CHECK(r.status == "not yet covered");
      ++not_covered;
    }
  }
  for (const kw::Rule& rule : cat.rules()) {
    INFO("rule " << rule.id << " (" << rule.file << ") is missing from docs/coverage.md");
    CHECK(named.count(rule.id) == 1);
  }
  std::cout << "coverage: " << covered << " rows checked by rules, " << manual << " manual, "
            << not_covered << " not yet covered\n";
}

TEST_CASE("Each rule stands in the row of its own criterion", "[coverage]") {
  const auto rows = read_rows();
  for (const kw::Rule& rule : kwtest::catalogue().rules()) {
    INFO("rule " << rule.id << ": section " << rule.criterion.section << ", bullet "
                 << rule.criterion.bullet);
    bool found = false;
    for (const Row& r : rows) {
      if (!r.rules.count(rule.id) || r.section != rule.criterion.section) continue;
      // A bullet rule in its bullet's row; a bullet-0 rule anywhere in its section.
      if (rule.criterion.bullet == 0 || r.bullet == std::to_string(rule.criterion.bullet)) {
        found = true;
      }
    }
    CHECK(found);
  }
}
