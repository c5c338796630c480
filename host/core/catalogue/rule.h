// A rule as the catalogue holds it: the words, law and patterns from rules/<section>/<id>.json.
// The logic lives in the check of the same id (checks/), which reads the groups and messages by
// name.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/pattern_group.h"
#include "catalogue/severity.h"

namespace kw {

// A text in both languages; the catalogue validator guarantees both are non-empty.
struct LocalText {
  std::string nl;
  std::string en;
  const std::string& in(Lang lang) const { return lang == Lang::kEn ? en : nl; }
};

struct Criterion {
  std::string
      section;  // section id, equal to the rule file's folder ("totstandkoming-overeenkomst")
  int bullet =
      0;  // 1-based bullet of that section in the Toetsingskader (0: the law, not a bullet)
  std::string quote;  // the Toetsingskader sentence(s) enforced, in Dutch
};

struct Rule {
  std::string id;
  std::string file;   // path relative to the rules directory, for error messages
  std::string check;  // the check that runs it (defaults to id)
  Severity severity = Severity::kViolation;  // the worst outcome this rule gives
  Criterion criterion;
  std::vector<std::string> law;  // legal basis: articles, rulings (ECLI), guidance
  std::string applies_from;      // ISO date; the rule is silent before it
  std::string applies_until;     // ISO date or empty; silent after it
  LocalText title;
  LocalText fix;
  LocalText law_note;              // where the law moved past the Toetsingskader; may be empty
  std::vector<std::string> roles;  // page roles where the rule means something; empty = all
  // Whom the rule protects: "consumer" (the default: silent on a platform's terms for its business
  // sellers) or "any" (privacy and security protect every visitor; P2B rules read seller terms).
  std::string audience = "consumer";
  std::map<std::string, LocalText, std::less<>> messages;     // by outcome key
  std::map<std::string, PatternGroup, std::less<>> patterns;  // by group name

  // Precondition: the catalogue validated that the check declared this group / message.
  const PatternGroup& group(std::string_view name) const;
  const LocalText& message(std::string_view key) const;
};

}  // namespace kw
