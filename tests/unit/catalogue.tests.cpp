// The catalogue validator: the real catalogue loads, and each kind of broken rule file is an error
// that names file, rule and field. Broken copies are made from the real rules in a temp directory.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include <nlohmann/json.hpp>

#include "catalogue/catalogue.h"
#include "engine/engine.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A copy of rules/ that a test may break; removed when the test ends.
struct RulesCopy {
  fs::path dir;
  RulesCopy() {
    std::random_device rd;
    dir = fs::temp_directory_path() / ("kw-rules-" + std::to_string(rd()));
    fs::copy(KW_RULES_DIR, dir, fs::copy_options::recursive);
  }
  ~RulesCopy() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  fs::path file(const std::string& rel) const { return dir / rel; }
  json read(const std::string& rel) const {
    std::ifstream in(file(rel));
    return json::parse(in);
  }
  void write(const std::string& rel, const json& j) const { write_text(rel, j.dump(2)); }
  void write_text(const std::string& rel, const std::string& text) const {
    fs::create_directories(file(rel).parent_path());
    std::ofstream out(file(rel));
    out << text;
  }
  kw::Result<kw::Catalogue> load() const { return kw::Catalogue::load(dir, kw::all_check_specs()); }
};

const std::string kRule = "totstandkoming-overeenkomst/order-button-wording.json";

std::string error_of(const RulesCopy& rules) {
  auto c = rules.load();
  REQUIRE_FALSE(c.ok());
  return c.error().describe();
}

}  // namespace

TEST_CASE("The real catalogue loads and holds the first six rules", "[catalogue]") {
  auto c = kw::Catalogue::load(KW_RULES_DIR, kw::all_check_specs());
  INFO((c.ok() ? "" : c.error().describe()));
  REQUIRE(c.ok());
  for (const char* id : {"order-button-wording", "prechecked-paid-option", "prechecked-consent",
                         "late-extra-cost", "payment-surcharge", "price-excl-vat"}) {
    INFO(id);
    const kw::Rule* r = c.value().find(id);
    REQUIRE(r != nullptr);
    CHECK_FALSE(r->law.empty());
    CHECK_FALSE(r->title.nl.empty());
    CHECK_FALSE(r->fix.en.empty());
    CHECK(c.value().section(r->criterion.section) != nullptr);
  }
}

// Four rules judge only Thuiswinkel members and each reads the claim with its own "member_claim"
// group, and its denial ("geen lid van …") with "member_denied", which trustmark-verifiable reads
// too (a rule file is self-contained). They must read the same words, or one rule would treat a
// shop as a member and another not.
TEST_CASE("Every member_claim and member_denied group holds the same patterns", "[catalogue]") {
  auto c = kw::Catalogue::load(KW_RULES_DIR, kw::all_check_specs());
  REQUIRE(c.ok());
  for (const auto& [group, expected_rules] :
       std::vector<std::pair<std::string, int>>{{"member_claim", 4}, {"member_denied", 5}}) {
    INFO(group);
    std::vector<std::string> first;
    std::string first_rule;
    int rules = 0;
    for (const kw::Rule& r : c.value().rules()) {
      auto it = r.patterns.find(group);
      if (it == r.patterns.end()) continue;
      ++rules;
      std::vector<std::string> sources;
      for (std::size_t i = 0; i < it->second.size(); ++i) {
        sources.push_back(it->second.source(static_cast<int>(i)));
      }
      if (first_rule.empty()) {
        first = sources;
        first_rule = r.id;
        continue;
      }
      INFO(r.id << " differs from " << first_rule);
      CHECK(sources == first);
    }
    CHECK(rules == expected_rules);
  }
}

TEST_CASE("Broken rule files are errors that name file, rule and field", "[catalogue]") {
  RulesCopy rules;
  json rule = rules.read(kRule);

  SECTION("a pattern that does not compile in re2") {
    rule["patterns"]["pays"].push_back("(?<=betaal)en");
    rules.write(kRule, rule);
    auto c = rules.load();
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().code == kw::ErrorCode::kPatternInvalid);
    CHECK_THAT(c.error().describe(),
               Catch::Contains("order-button-wording.json:order-button-wording:patterns.pays["));
  }
  SECTION("a pattern with an upper-case letter could never match normalised text") {
    rule["patterns"]["pays"].push_back("Betalen");
    rules.write(kRule, rule);
    CHECK_THAT(error_of(rules), Catch::Contains("patterns.pays[") && Catch::Contains("lower case"));
  }
  SECTION("an audience nobody is") {
    rule["audience"] = "businesses";
    rules.write(kRule, rule);
    CHECK_THAT(error_of(rules), Catch::Contains(":order-button-wording:audience") &&
                                    Catch::Contains("\"consumer\" or \"any\""));
  }
  SECTION("an unknown field") {
    rule["severty"] = "violation";
    rules.write(kRule, rule);
    CHECK_THAT(error_of(rules), Catch::Contains(":order-button-wording:severty") &&
                                    Catch::Contains("unknown field"));
  }
  SECTION("a missing translation") {
    rule["messages"]["violation"].erase("en");
    rules.write(kRule, rule);
    CHECK_THAT(error_of(rules),
               Catch::Contains("messages.violation.en") && Catch::Contains("missing English"));
  }
  SECTION("a message with a placeholder no check fills") {
    rule["messages"]["violation"]["nl"] = "Knop {label} is fout";
    rules.write(kRule, rule);
    CHECK_THAT(error_of(rules),
               Catch::Contains("messages.violation.nl") && Catch::Contains("{label}"));
  }
  SECTION("a message the check does not give") {
    rule["messages"]["warning-extra"] = {{"nl", "x"}, {"en", "x"}};
    rules.write(kRule, rule);
    CHECK_THAT(error_of(rules), Catch::Contains("messages.warning-extra"));
  }
  SECTION("a pattern group the check needs is missing") {
    rule["patterns"].erase("pays");
    rules.write(kRule, rule);
    CHECK_THAT(error_of(rules), Catch::Contains("patterns.pays") && Catch::Contains("missing"));
  }
  SECTION("a bad severity") {
    rule["severity"] = "fatal";
    rules.write(kRule, rule);
    CHECK_THAT(error_of(rules), Catch::Contains(":severity"));
  }
  SECTION("a bad date") {
    rule["applies"]["from"] = "4 oktober 2024";
    rules.write(kRule, rule);
    CHECK_THAT(error_of(rules), Catch::Contains("applies.from"));
  }
  SECTION("an id that differs from the file name") {
    rule["id"] = "order-button";
    rules.write(kRule, rule);
    CHECK_THAT(error_of(rules), Catch::Contains(":id") && Catch::Contains("file name"));
  }
  SECTION("a rule in the wrong section folder") {
    fs::rename(rules.file(kRule), rules.file("aanbod/order-button-wording.json"));
    CHECK_THAT(error_of(rules), Catch::Contains("criterion.section"));
  }
  SECTION("a rule with no check in this host") {
    rule["check"] = "mind-reading";
    rules.write(kRule, rule);
    CHECK_THAT(error_of(rules), Catch::Contains("no check named \"mind-reading\""));
  }
  SECTION("a file that is not JSON") {
    rules.write_text(kRule, "{ \"id\": \"order-button-wording\", ");
    auto c = rules.load();
    REQUIRE_FALSE(c.ok());
    CHECK_THAT(c.error().describe(),
               Catch::Contains("order-button-wording.json") && Catch::Contains("byte"));
  }
  SECTION("a duplicate id") {
    json twin = rule;
    twin["criterion"]["section"] = "aanbod";
    rules.write("aanbod/order-button-wording.json", twin);
    CHECK_THAT(error_of(rules), Catch::Contains("duplicate"));
  }
  SECTION("a folder that is not a section") {
    rules.write("kassa/x.json", rule);
    CHECK_THAT(error_of(rules),
               Catch::Contains("kassa/x.json") && Catch::Contains("not a section"));
  }
}
