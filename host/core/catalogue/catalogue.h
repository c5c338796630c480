// The rule catalogue: every rule file under rules/, validated at start so a broken rule is an
// error naming file, rule and field, never a silent miss at analysis time.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/rule.h"
#include "result.h"

namespace kw {

struct Section {
  std::string id;  // "aanbod"
  LocalText name;  // "Aanbod" / "Offer"
};

// What a check needs from its rule file; the validator holds each rule file to it.
struct CheckSpec {
  std::string_view id;
  std::vector<std::string_view> pattern_groups;
  std::vector<std::string_view> messages;
};

class Catalogue {
 public:
  // Returns the catalogue in `dir` (rules/catalogue.json plus rules/<section>/*.json), checked
  // against `checks`: unknown fields, missing translations, bad patterns, unknown checks, duplicate
  // ids, missing groups or messages are errors naming file, rule and field.
  static Result<Catalogue> load(const std::filesystem::path& dir,
                                const std::vector<CheckSpec>& checks);

  const std::string& version() const { return version_; }
  const std::vector<Rule>& rules() const { return rules_; }
  const std::vector<Section>& sections() const { return sections_; }
  const Rule* find(std::string_view id) const;
  const Section* section(std::string_view id) const;

 private:
  std::string version_;
  std::vector<Section> sections_;
  std::vector<Rule> rules_;
};

// Returns the rules directory to use: `explicit_dir` if given, else $KASSAWACHT_RULES, else the
// installed data dir or the source tree, whichever exists (so a build-tree binary works as is).
std::filesystem::path default_rules_dir(std::string_view explicit_dir);

}  // namespace kw
