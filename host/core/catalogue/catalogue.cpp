// Loads rules/ and holds every rule file to the format in docs/rules.md and to what its check
// needs. All validation happens here, once, at start: checks may then trust the rule they are
// given.
#include "catalogue/catalogue.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

namespace kw {

namespace fs = std::filesystem;
using nlohmann::json;

const PatternGroup& Rule::group(std::string_view name) const {
  auto it = patterns.find(name);
  if (it == patterns.end()) {
    static const PatternGroup empty;
    return empty;
  }
  return it->second;
}

const LocalText& Rule::message(std::string_view key) const {
  auto it = messages.find(key);
  if (it == messages.end()) {
    static const LocalText empty;
    return empty;
  }
  return it->second;
}

const Rule* Catalogue::find(std::string_view id) const {
  for (const Rule& r : rules_) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

const PatternGroup& PageRoleWords::group(std::string_view name) const {
  auto it = groups.find(name);
  if (it == groups.end()) {
    static const PatternGroup empty;
    return empty;
  }
  return it->second;
}

const std::vector<std::string_view>& page_role_group_names() {
  static const std::vector<std::string_view> names = {
      // The checkout steps (moved here from order-button-wording).
      "url_cart", "url_final", "final_step", "cart_page", "terms_box", "final_controls",
      "step_words", "next_step_button", "step_counter",
      // Structure: controls and fields by their labels.
      "order_button", "address_fields", "quantity", "remove_item", "add_to_cart", "cart_link",
      "search_field", "quote_button", "seller_answer", "search_results", "url_account",
      "url_tracking", "tracking_heading", "url_seller", "url_article", "business_heading",
      // Pages after and beside the checkout.
      "url_confirmation", "confirmation", "order_number", "url_product", "marketplace_seller",
      "url_terms", "terms_heading", "url_privacy", "privacy_heading", "url_returns",
      "returns_heading", "url_contact", "contact_heading", "url_faq", "faq_heading"};
  return names;
}

const Section* Catalogue::section(std::string_view id) const {
  for (const Section& s : sections_) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

namespace {

Error bad(std::string where, std::string message) {
  return Error{ErrorCode::kCatalogueInvalid, std::move(message), std::move(where)};
}

Result<json> read_json(const fs::path& path, const std::string& shown) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kFileUnreadable, "cannot open the file", shown};
  std::stringstream buf;
  buf << in.rdbuf();
  try {
    return json::parse(buf.str());
  } catch (const json::parse_error& e) {
    return Error{ErrorCode::kCatalogueInvalid,
                 "not valid JSON at byte " + std::to_string(e.byte > 0 ? e.byte - 1 : 0), shown};
  }
}

bool iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int month = std::stoi(s.substr(5, 2));
  int day = std::stoi(s.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// A text object {"nl": "...", "en": "..."}, both non-empty, nothing else.
Result<LocalText> read_local(const json& j, const std::string& where) {
  if (!j.is_object()) return bad(where, "expected an object with \"nl\" and \"en\"");
  LocalText t;
  for (const auto& [k, v] : j.items()) {
    if (k != "nl" && k != "en") return bad(where + "." + k, "unknown language (only nl and en)");
    if (!v.is_string() || v.get<std::string>().empty()) {
      return bad(where + "." + k, "expected a non-empty string");
    }
    (k == "nl" ? t.nl : t.en) = v.get<std::string>();
  }
  if (t.nl.empty()) return bad(where + ".nl", "missing Dutch text");
  if (t.en.empty()) return bad(where + ".en", "missing English text");
  return t;
}

// A pattern runs over normalised text; an upper-case or accented letter in it could never match.
std::string unmatchable_letter(const std::string& p) {
  for (std::size_t i = 0; i < p.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(p[i]);
    if (c >= 'A' && c <= 'Z') {
      // \B, \D, \S, \W, \P{..}, \Q..\E, \A, \z are re2 syntax, not letters of text.
      if (i > 0 && p[i - 1] == '\\') continue;
      if (i > 1 && p[i - 2] == '\\' && (p[i - 1] == 'p' || p[i - 1] == 'P')) continue;
      if (i > 2 && p[i - 1] == '{' && p[i - 2] != '\\' && (p[i - 2] == 'p' || p[i - 2] == 'P')) {
        continue;
      }
      if (i > 0 && p[i - 1] != '\\') {
        // Inside \p{Lu}-style names the letters follow "{"; allow anything up to "}".
        std::size_t open = p.rfind("\\p{", i);
        std::size_t close = p.rfind('}', i);
        if (open != std::string::npos && (close == std::string::npos || close < open)) continue;
        open = p.rfind("\\P{", i);
        if (open != std::string::npos && (close == std::string::npos || close < open)) continue;
      }
      return std::string(1, static_cast<char>(c));
    }
    if (c >= 0xC0) {
      // A letter with a diacritic (Latin-1 supplement / extended-A start with C3..C5).
      if (c >= 0xC3 && c <= 0xC5 && i + 1 < p.size()) return p.substr(i, 2);
    }
  }
  return {};
}

// The values a check can fill into a message (report.cpp); any other {name} would show up raw.
std::string unknown_placeholder(const std::string& text) {
  static const std::set<std::string, std::less<>> known = {
      "evidence", "amount", "method", "reason", "cost", "before", "after", "difference"};
  for (std::size_t open = text.find('{'); open != std::string::npos;
       open = text.find('{', open + 1)) {
    std::size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 1, close - open - 1);
    if (!known.count(name)) return name;
  }
  return {};
}

// A list of patterns: non-empty strings, lower case without accents, valid re2.
Result<PatternGroup> read_patterns(const json& v, const std::string& where) {
  if (!v.is_array()) return bad(where, "expected a list of patterns");
  std::vector<std::string> list;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (!v[i].is_string() || v[i].get<std::string>().empty()) {
      return bad(where + "[" + std::to_string(i) + "]", "expected a non-empty pattern string");
    }
    std::string p = v[i].get<std::string>();
    std::string letter = unmatchable_letter(p);
    if (!letter.empty()) {
      return Error{ErrorCode::kPatternInvalid,
                   "pattern \"" + p + "\" contains \"" + letter +
                       "\", which normalised text never contains (write lower case, no accents)",
                   where + "[" + std::to_string(i) + "]"};
    }
    list.push_back(std::move(p));
  }
  return PatternGroup::compile(list, where);
}

// rules/page-roles.json: {"$comment": …, "groups": {"<name>": [patterns], …}} with exactly the
// groups of page_role_group_names().
Result<PageRoleWords> read_page_roles(const fs::path& dir) {
  const std::string file = "page-roles.json";
  auto j = read_json(dir / file, file);
  if (!j) return j.error();
  const json& root = j.value();
  if (!root.is_object()) return bad(file, "expected an object");
  for (const auto& [k, v] : root.items()) {
    if (k != "groups" && k != "$comment") return bad(file + ":" + k, "unknown field");
  }
  if (!root.contains("groups") || !root["groups"].is_object()) {
    return bad(file + ":groups", "expected an object of pattern lists");
  }
  const auto& names = page_role_group_names();
  PageRoleWords words;
  for (const auto& [k, v] : root["groups"].items()) {
    const std::string where = file + ":groups." + k;
    if (std::find(names.begin(), names.end(), k) == names.end()) {
      return bad(where, "unknown group (see docs/rules.md, \"Page roles\")");
    }
    auto g = read_patterns(v, where);
    if (!g) return g.error();
    words.groups.emplace(k, std::move(g).value());
  }
  for (std::string_view need : names) {
    if (!words.groups.count(need)) {
      return bad(file + ":groups." + std::string(need), "missing group");
    }
  }
  return words;
}

const std::set<std::string, std::less<>> kRuleFields = {
    "id",    "check",    "severity", "criterion", "law",      "lawNote",  "applies",
    "roles", "audience", "title",    "fix",       "messages", "patterns", "$comment"};

const std::set<std::string, std::less<>> kRoles = {
    "product", "cart",    "checkout", "final-step", "confirmation",      "terms",
    "privacy", "returns", "contact",  "faq",        "marketplace-offer", "other"};

Result<Rule> read_rule(const json& j, const std::string& file, const std::string& folder,
                       const std::vector<CheckSpec>& checks) {
  if (!j.is_object()) return bad(file, "a rule file holds one JSON object");
  std::string id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : "";
  const std::string at = file + ":" + (id.empty() ? "?" : id) + ":";
  for (const auto& [k, v] : j.items()) {
    if (!kRuleFields.count(k)) return bad(at + k, "unknown field (see docs/rules.md)");
  }
  for (const char* req :
       {"id", "severity", "criterion", "law", "applies", "title", "fix", "messages", "patterns"}) {
    if (!j.contains(req)) return bad(at + req, "missing required field");
  }
  Rule r;
  r.id = id;
  r.file = file;
  if (r.id.empty()) return bad(at + "id", "expected a non-empty string");
  std::string stem = fs::path(file).stem().string();
  if (stem != r.id) return bad(at + "id", "must equal the file name (\"" + stem + "\")");
  r.check = r.id;
  if (j.contains("check")) {
    if (!j["check"].is_string()) return bad(at + "check", "expected a string");
    r.check = j["check"].get<std::string>();
  }
  const CheckSpec* spec = nullptr;
  for (const CheckSpec& c : checks) {
    if (c.id == r.check) spec = &c;
  }
  if (spec == nullptr) return bad(at + "check", "no check named \"" + r.check + "\" in this host");

  if (!j["severity"].is_string()) return bad(at + "severity", "expected a string");
  auto sev = severity_from_name(j["severity"].get<std::string>());
  if (!sev || *sev == Severity::kPass) {
    return bad(at + "severity", "expected violation, warning or needs-review");
  }
  r.severity = *sev;

  const json& c = j["criterion"];
  if (!c.is_object()) return bad(at + "criterion", "expected an object");
  for (const auto& [k, v] : c.items()) {
    if (k != "section" && k != "bullet" && k != "quote") {
      return bad(at + "criterion." + k, "unknown field");
    }
  }
  if (!c.contains("section") || !c["section"].is_string()) {
    return bad(at + "criterion.section", "expected a section id");
  }
  r.criterion.section = c["section"].get<std::string>();
  if (r.criterion.section != folder) {
    return bad(at + "criterion.section",
               "is \"" + r.criterion.section + "\" but the file is in folder \"" + folder + "\"");
  }
  if (!c.contains("bullet") || !c["bullet"].is_number_integer() || c["bullet"].get<int>() < 0) {
    return bad(at + "criterion.bullet", "expected a bullet number (0 for the law alone)");
  }
  r.criterion.bullet = c["bullet"].get<int>();
  if (!c.contains("quote") || !c["quote"].is_string() || c["quote"].get<std::string>().empty()) {
    return bad(at + "criterion.quote", "expected the Toetsingskader text the rule enforces");
  }
  r.criterion.quote = c["quote"].get<std::string>();

  if (!j["law"].is_array() || j["law"].empty()) return bad(at + "law", "expected a non-empty list");
  for (std::size_t i = 0; i < j["law"].size(); ++i) {
    const json& l = j["law"][i];
    if (!l.is_string() || l.get<std::string>().empty()) {
      return bad(at + "law[" + std::to_string(i) + "]", "expected a non-empty string");
    }
    r.law.push_back(l.get<std::string>());
  }

  const json& a = j["applies"];
  if (!a.is_object()) return bad(at + "applies", "expected {\"from\", \"until\"}");
  for (const auto& [k, v] : a.items()) {
    if (k != "from" && k != "until") return bad(at + "applies." + k, "unknown field");
  }
  if (!a.contains("from") || !a["from"].is_string() || !iso_date(a["from"].get<std::string>())) {
    return bad(at + "applies.from", "expected a date YYYY-MM-DD");
  }
  r.applies_from = a["from"].get<std::string>();
  if (a.contains("until") && !a["until"].is_null()) {
    if (!a["until"].is_string() || !iso_date(a["until"].get<std::string>())) {
      return bad(at + "applies.until", "expected a date YYYY-MM-DD or null");
    }
    r.applies_until = a["until"].get<std::string>();
    if (r.applies_until < r.applies_from) return bad(at + "applies.until", "is before \"from\"");
  }

  if (j.contains("roles")) {
    if (!j["roles"].is_array()) return bad(at + "roles", "expected a list of page roles");
    for (std::size_t i = 0; i < j["roles"].size(); ++i) {
      const json& role = j["roles"][i];
      if (!role.is_string() || !kRoles.count(role.get<std::string>())) {
        return bad(at + "roles[" + std::to_string(i) + "]", "unknown page role");
      }
      r.roles.push_back(role.get<std::string>());
    }
  }

  if (j.contains("audience")) {
    const json& a = j["audience"];
    if (!a.is_string() || (a != "consumer" && a != "any")) {
      return bad(at + "audience", "expected \"consumer\" or \"any\"");
    }
    r.audience = a.get<std::string>();
  }

  for (const auto& [field, target] :
       {std::pair<const char*, LocalText*>{"title", &r.title}, {"fix", &r.fix}}) {
    auto t = read_local(j[field], at + field);
    if (!t) return t.error();
    *target = std::move(t).value();
  }
  if (j.contains("lawNote")) {
    auto t = read_local(j["lawNote"], at + "lawNote");
    if (!t) return t.error();
    r.law_note = std::move(t).value();
  }

  if (!j["messages"].is_object()) return bad(at + "messages", "expected an object");
  for (const auto& [k, v] : j["messages"].items()) {
    if (std::find(spec->messages.begin(), spec->messages.end(), k) == spec->messages.end()) {
      return bad(at + "messages." + k,
                 "the check \"" + r.check + "\" gives no outcome \"" + k + "\"");
    }
    auto t = read_local(v, at + "messages." + k);
    if (!t) return t.error();
    for (const std::string* text : {&t.value().nl, &t.value().en}) {
      std::string unknown = unknown_placeholder(*text);
      if (!unknown.empty()) {
        return bad(at + "messages." + k + (text == &t.value().nl ? ".nl" : ".en"),
                   "unknown placeholder {" + unknown + "} (see docs/rules.md)");
      }
    }
    r.messages.emplace(k, std::move(t).value());
  }
  for (std::string_view need : spec->messages) {
    if (!r.messages.count(need))
      return bad(at + "messages." + std::string(need), "missing message");
  }

  if (!j["patterns"].is_object()) return bad(at + "patterns", "expected an object of lists");
  for (const auto& [k, v] : j["patterns"].items()) {
    const std::string where = at + "patterns." + k;
    if (std::find(spec->pattern_groups.begin(), spec->pattern_groups.end(), k) ==
        spec->pattern_groups.end()) {
      return bad(where, "the check \"" + r.check + "\" uses no pattern group \"" + k + "\"");
    }
    auto g = read_patterns(v, where);
    if (!g) return g.error();
    r.patterns.emplace(k, std::move(g).value());
  }
  for (std::string_view need : spec->pattern_groups) {
    if (!r.patterns.count(need)) {
      return bad(at + "patterns." + std::string(need), "missing pattern group");
    }
  }
  return r;
}

}  // namespace

Result<Catalogue> Catalogue::load(const fs::path& dir, const std::vector<CheckSpec>& checks) {
  Catalogue cat;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Error{ErrorCode::kFileUnreadable, "rules directory not found", dir.string()};
  }
  auto index = read_json(dir / "catalogue.json", "catalogue.json");
  if (!index) return index.error();
  const json& ix = index.value();
  if (!ix.is_object()) return bad("catalogue.json", "expected an object");
  for (const auto& [k, v] : ix.items()) {
    if (k != "version" && k != "sections" && k != "$comment") {
      return bad("catalogue.json:" + k, "unknown field");
    }
  }
  if (!ix.contains("version") || !ix["version"].is_string() ||
      ix["version"].get<std::string>().empty()) {
    return bad("catalogue.json:version", "expected a version string");
  }
  cat.version_ = ix["version"].get<std::string>();
  if (!ix.contains("sections") || !ix["sections"].is_array()) {
    return bad("catalogue.json:sections", "expected a list of sections");
  }
  for (std::size_t i = 0; i < ix["sections"].size(); ++i) {
    const json& s = ix["sections"][i];
    const std::string at = "catalogue.json:sections[" + std::to_string(i) + "]";
    if (!s.is_object() || !s.contains("id") || !s["id"].is_string()) {
      return bad(at + ".id", "expected a section id");
    }
    for (const auto& [k, v] : s.items()) {
      if (k != "id" && k != "name") return bad(at + "." + k, "unknown field");
    }
    if (!s.contains("name")) return bad(at + ".name", "missing required field");
    auto name = read_local(s["name"], at + ".name");
    if (!name) return name.error();
    cat.sections_.push_back(Section{s["id"].get<std::string>(), std::move(name).value()});
  }

  // Rule files in a stable order so ids, listings and reports do not depend on the file system.
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json" &&
        entry.path().parent_path() != dir) {
      files.push_back(entry.path());
    }
  }
  if (ec) return Error{ErrorCode::kFileUnreadable, ec.message(), dir.string()};
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    const std::string shown = fs::relative(path, dir).generic_string();
    const std::string folder = path.parent_path().filename().string();
    if (path.parent_path().parent_path() != dir) {
      return bad(shown, "rule files live directly in rules/<section>/");
    }
    if (cat.section(folder) == nullptr) {
      return bad(shown, "folder \"" + folder + "\" is not a section in catalogue.json");
    }
    auto j = read_json(path, shown);
    if (!j) return j.error();
    auto rule = read_rule(j.value(), shown, folder, checks);
    if (!rule) return rule.error();
    if (const Rule* twin = cat.find(rule.value().id)) {
      return bad(shown + ":" + rule.value().id + ":id", "duplicate of " + twin->file);
    }
    cat.rules_.push_back(std::move(rule).value());
  }
  if (cat.rules_.empty()) return bad(dir.string(), "no rule files found");
  auto roles = read_page_roles(dir);
  if (!roles) return roles.error();
  cat.page_roles_ = std::move(roles).value();
  // Listings follow the Toetsingskader: section order from catalogue.json, then rule id.
  auto rank = [&](const Rule& r) {
    for (std::size_t i = 0; i < cat.sections_.size(); ++i) {
      if (cat.sections_[i].id == r.criterion.section) return i;
    }
    return cat.sections_.size();
  };
  std::stable_sort(cat.rules_.begin(), cat.rules_.end(), [&](const Rule& a, const Rule& b) {
    return rank(a) != rank(b) ? rank(a) < rank(b) : a.id < b.id;
  });
  return cat;
}

fs::path default_rules_dir(std::string_view explicit_dir) {
  if (!explicit_dir.empty()) return fs::path(explicit_dir);
  if (const char* env = std::getenv("KASSAWACHT_RULES"); env != nullptr && *env != '\0') {
    return fs::path(env);
  }
  std::error_code ec;
  // Next to the binary first (a relocated install: <prefix>/bin/../share/kassawacht/rules).
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  // A binary still in its build tree uses the rules of its source tree, never an older install.
  if (!ec && self.string().rfind(KASSAWACHT_BUILD_DIR, 0) == 0) return KASSAWACHT_SOURCE_RULES_DIR;
  if (!ec) {
    fs::path beside = self.parent_path().parent_path() / "share" / "kassawacht" / "rules";
    if (fs::exists(beside / "catalogue.json", ec)) return beside;
  }
  if (fs::exists(fs::path(KASSAWACHT_INSTALLED_RULES_DIR) / "catalogue.json", ec)) {
    return KASSAWACHT_INSTALLED_RULES_DIR;
  }
  return KASSAWACHT_SOURCE_RULES_DIR;
}

}  // namespace kw
