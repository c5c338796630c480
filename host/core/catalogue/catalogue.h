// The rule catalogue: every rule file under rules/, validated at start so a broken rule is an
// error naming file, rule and field, never a silent miss at analysis time.
#pragma once

#include <filesystem>
#include <map>
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

// The words the page classifier (engine/page_roles.h) reads, from rules/page-roles.json: named
// pattern groups, matched against a page's word string, or, for groups whose name starts with
// "url_", against the lower-cased URL. The catalogue guarantees every group of
// page_role_group_names() is present (possibly empty) and no other.
class PageRoleWords {
 public:
  // Returns the group `name`; an empty group (matches nothing) for a name not in the file.
  const PatternGroup& group(std::string_view name) const;

  std::map<std::string, PatternGroup, std::less<>> groups;
};

// The group names rules/page-roles.json must have, in the order docs/rules.md lists them.
const std::vector<std::string_view>& page_role_group_names();

class Catalogue {
 public:
  // Returns the catalogue in `dir` (rules/catalogue.json, rules/page-roles.json and
  // rules/<section>/*.json), checked against `checks`: unknown fields, missing translations, bad
  // patterns, unknown checks, duplicate ids, missing groups or messages are errors naming file,
  // rule and field.
  static Result<Catalogue> load(const std::filesystem::path& dir,
                                const std::vector<CheckSpec>& checks);

  const std::string& version() const { return version_; }
  const std::vector<Rule>& rules() const { return rules_; }
  const std::vector<Section>& sections() const { return sections_; }
  const Rule* find(std::string_view id) const;
  const Section* section(std::string_view id) const;
  // The words of rules/page-roles.json, for the page classifier.
  const PageRoleWords& page_roles() const { return page_roles_; }

 private:
  std::string version_;
  std::vector<Section> sections_;
  std::vector<Rule> rules_;
  PageRoleWords page_roles_;
};

// Returns the rules directory to use: `explicit_dir` if given, else $KASSAWACHT_RULES, else the
// installed data dir or the source tree, whichever exists (so a build-tree binary works as is).
std::filesystem::path default_rules_dir(std::string_view explicit_dir);

}  // namespace kw
