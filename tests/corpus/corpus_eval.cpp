// The accuracy harness (docs/accuracy.md): runs the real catalogue over the labelled corpus in
// tests/corpus — short strings placed on a small shop page (strings/*.json) and whole pages
// (pages/*.html with *.expected.json) — and compares, per labelled rule, the worst outcome the rule
// gave with the label. Prints per-rule and per-family accuracy, precision and recall and every
// mismatch; exits 1 when the corpus falls below tests/corpus/thresholds.json, 2 when a corpus or
// threshold file is malformed (the error names file and case).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalogue/catalogue.h"
#include "engine/engine.h"
#include "engine/report.h"
#include "html_snapshot.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// ---- outcomes ---------------------------------------------------------------------------------

// Worst first is the larger number: none < pass < needs-review < warning < violation.
enum class Outcome { kNone = 0, kPass = 1, kNeedsReview = 2, kWarning = 3, kViolation = 4 };

constexpr std::string_view kOutcomeNames[] = {"none", "pass", "needs-review", "warning",
                                              "violation"};

std::string_view outcome_name(Outcome o) {
  return kOutcomeNames[static_cast<int>(o)];
}

std::optional<Outcome> outcome_from_name(std::string_view s) {
  for (int i = 0; i < 5; ++i) {
    if (kOutcomeNames[i] == s) return static_cast<Outcome>(i);
  }
  return std::nullopt;
}

Outcome outcome_of(kw::Severity s) {
  switch (s) {
    case kw::Severity::kPass:
      return Outcome::kPass;
    case kw::Severity::kNeedsReview:
      return Outcome::kNeedsReview;
    case kw::Severity::kWarning:
      return Outcome::kWarning;
    case kw::Severity::kViolation:
      return Outcome::kViolation;
  }
  return Outcome::kNone;
}

bool positive(Outcome o) {
  return o == Outcome::kViolation || o == Outcome::kWarning;
}

// ---- corpus model -----------------------------------------------------------------------------

struct Case {
  std::string file;    // relative to the corpus dir: "strings/identity.json", "pages/x.html"
  std::string id;      // the case id; for a page, its file stem
  std::string family;  // the string file's family, or the page's
  std::string url;
  std::string html;  // the whole page that is analysed
  // Earlier pages of the same checkout, analysed first in one session (url, html): a page's
  // "before" list, for the rules that compare steps (late-extra-cost, sneak-into-basket).
  std::vector<std::pair<std::string, std::string>> before;
  std::map<std::string, Outcome> expect;  // rule id -> label
};

// A malformed corpus file: reported with file and case, exit 2.
struct CorpusError {
  std::string where;
  std::string message;
};

[[noreturn]] void fail(const std::string& where, const std::string& message) {
  throw CorpusError{where, message};
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) fail(p.string(), "cannot read the file");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

json parse_json(const fs::path& p, const std::string& shown) {
  try {
    return json::parse(read_file(p));
  } catch (const json::parse_error& e) {
    fail(shown, std::string("not valid JSON: ") + e.what());
  }
}

std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The host part of an address, for the page title ("www.shop.example").
std::string host_of(const std::string& url) {
  auto start = url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  auto end = url.find_first_of("/?#", start);
  return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

const std::set<std::string, std::less<>> kAsKinds = {
    "text", "heading", "button", "link", "checkbox", "checkbox-checked", "struck", "html"};

// The body content for a string case, as `as` says it is shown.
std::string fragment_for(const std::string& as, const std::string& text, const std::string& href) {
  const std::string t = escape_html(text);
  if (as == "text") return "<p>" + t + "</p>";
  if (as == "heading") return "<h2>" + t + "</h2>";
  if (as == "button") {
    return "<form method=\"post\"><button type=\"submit\">" + t + "</button></form>";
  }
  if (as == "link") return "<a href=\"" + escape_html(href) + "\">" + t + "</a>";
  if (as == "checkbox") {
    return "<form method=\"post\"><label><input type=\"checkbox\" name=\"optie\"> " + t +
           "</label></form>";
  }
  if (as == "checkbox-checked") {
    return "<form method=\"post\"><label><input type=\"checkbox\" name=\"optie\" checked> " + t +
           "</label></form>";
  }
  if (as == "struck") return "<p><s>" + t + "</s></p>";
  return text;  // html: the fragment as is
}

// The minimal shop page a string case is put on: Dutch, a title naming the shop, one <main>.
std::string shop_page(const std::string& url, const std::string& fragment) {
  return "<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>" +
         escape_html(host_of(url)) + "</title></head>\n<body><main>\n" + fragment +
         "\n</main></body></html>\n";
}

std::string require_string(const json& obj, const char* field, const std::string& where) {
  auto it = obj.find(field);
  if (it == obj.end()) fail(where, std::string("missing field \"") + field + "\"");
  if (!it->is_string()) fail(where, std::string("\"") + field + "\" must be a string");
  std::string v = it->get<std::string>();
  if (v.empty()) fail(where, std::string("\"") + field + "\" must not be empty");
  return v;
}

void check_fields(const json& obj, const std::set<std::string, std::less<>>& allowed,
                  const std::string& where) {
  if (!obj.is_object()) fail(where, "expected an object");
  for (const auto& [key, _] : obj.items()) {
    if (!allowed.contains(key)) fail(where, "unknown field \"" + key + "\"");
  }
}

void check_url(const std::string& url, const std::string& where) {
  if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0) {
    fail(where, "\"url\" must be an http(s) address, got \"" + url + "\"");
  }
}

std::map<std::string, Outcome> read_expect(const json& obj, const kw::Catalogue& cat,
                                           const std::string& where) {
  auto it = obj.find("expect");
  if (it == obj.end()) fail(where, "missing field \"expect\"");
  if (!it->is_object() || it->empty()) fail(where, "\"expect\" must be a non-empty object");
  std::map<std::string, Outcome> out;
  for (const auto& [rule, label] : it->items()) {
    if (cat.find(rule) == nullptr) fail(where, "unknown rule id \"" + rule + "\" in \"expect\"");
    if (!label.is_string()) fail(where, "label of \"" + rule + "\" must be a string");
    auto o = outcome_from_name(label.get<std::string>());
    if (!o) {
      fail(where, "label of \"" + rule + "\" is \"" + label.get<std::string>() +
                      "\"; expected violation, warning, needs-review, pass or none");
    }
    out[rule] = *o;
  }
  return out;
}

std::vector<fs::path> files_in(const fs::path& dir, std::string_view ext) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Case> load_strings(const fs::path& corpus, const kw::Catalogue& cat,
                               std::set<std::string>& families) {
  std::vector<Case> cases;
  std::map<std::string, std::string> seen;  // case id -> file
  for (const fs::path& p : files_in(corpus / "strings", ".json")) {
    const std::string file = "strings/" + p.filename().string();
    json doc = parse_json(p, file);
    check_fields(doc, {"family", "note", "cases"}, file);
    const std::string family = require_string(doc, "family", file);
    families.insert(family);
    auto cs = doc.find("cases");
    if (cs == doc.end() || !cs->is_array() || cs->empty()) {
      fail(file, "\"cases\" must be a non-empty array");
    }
    int index = 0;
    for (const json& c : *cs) {
      std::string where = file + " case #" + std::to_string(index++);
      if (c.is_object() && c.contains("id") && c["id"].is_string()) {
        where = file + " case \"" + c["id"].get<std::string>() + "\"";
      }
      check_fields(c, {"id", "url", "as", "text", "href", "expect", "note"}, where);
      Case k;
      k.file = file;
      k.id = require_string(c, "id", where);
      where = file + " case \"" + k.id + "\"";
      if (auto [it, fresh] = seen.emplace(k.id, file); !fresh) {
        fail(where, "duplicate case id (also in " + it->second + ")");
      }
      k.family = family;
      k.url = require_string(c, "url", where);
      check_url(k.url, where);
      const std::string as = require_string(c, "as", where);
      if (!kAsKinds.contains(as)) {
        fail(where, "unknown \"as\": \"" + as +
                        "\"; expected text, heading, button, link, checkbox, checkbox-checked, "
                        "struck or html");
      }
      const std::string text = require_string(c, "text", where);
      std::string href;
      if (as == "link") {
        href = require_string(c, "href", where);
      } else if (c.contains("href")) {
        fail(where, "\"href\" is only for \"as\": \"link\"");
      }
      k.expect = read_expect(c, cat, where);
      k.html = shop_page(k.url, fragment_for(as, text, href));
      cases.push_back(std::move(k));
    }
  }
  return cases;
}

// A page's family: its "family" field, else the longest family of the string files that its file
// name starts with, after an optional "corpus-" ("corpus-payment-delivery-x.html" ->
// payment-delivery), else the name's first word ("privacy-checkout-ok.html" -> privacy).
std::string page_family(const json& doc, const std::string& stem,
                        const std::set<std::string>& families, const std::string& where) {
  if (doc.contains("family")) return require_string(doc, "family", where);
  std::string name = stem.rfind("corpus-", 0) == 0 ? stem.substr(7) : stem;
  std::string best;
  for (const std::string& f : families) {
    if (name.rfind(f + "-", 0) == 0 && f.size() > best.size()) best = f;
  }
  if (best.empty()) best = name.substr(0, name.find('-'));
  if (best.empty()) fail(where, "no \"family\" field and no family prefix in the file name");
  return best;
}

std::vector<Case> load_pages(const fs::path& corpus, const kw::Catalogue& cat,
                             const std::set<std::string>& families) {
  std::vector<Case> cases;
  const fs::path dir = corpus / "pages";
  for (const fs::path& p : files_in(dir, ".json")) {
    const std::string name = p.filename().string();
    const std::string suffix = ".expected.json";
    if (name.size() <= suffix.size() || name.substr(name.size() - suffix.size()) != suffix) {
      fail("pages/" + name, "a JSON file in pages/ must be <name>.expected.json");
    }
    const std::string stem = name.substr(0, name.size() - suffix.size());
    if (!fs::exists(dir / (stem + ".html"))) {
      fail("pages/" + name, "no page pages/" + stem + ".html for these labels");
    }
  }
  for (const fs::path& p : files_in(dir, ".html")) {
    const std::string stem = p.stem().string();
    const std::string file = "pages/" + p.filename().string();
    const fs::path labels = dir / (stem + ".expected.json");
    const std::string where = "pages/" + stem + ".expected.json";
    if (!fs::exists(labels)) fail(file, "no labels: " + where + " is missing");
    json doc = parse_json(labels, where);
    check_fields(doc, {"url", "family", "expect", "note", "before"}, where);
    Case k;
    k.file = file;
    k.id = stem;
    k.url = require_string(doc, "url", where);
    check_url(k.url, where);
    k.family = page_family(doc, stem, families, where);
    k.expect = read_expect(doc, cat, where);
    k.html = read_file(p);
    if (doc.contains("before")) {
      if (!doc["before"].is_array() || doc["before"].empty()) {
        fail(where, "\"before\" must be a non-empty list of {\"url\", \"file\"}");
      }
      for (std::size_t i = 0; i < doc["before"].size(); ++i) {
        const json& step = doc["before"][i];
        const std::string at = where + " before[" + std::to_string(i) + "]";
        if (!step.is_object()) fail(at, "must be an object {\"url\", \"file\"}");
        check_fields(step, {"url", "file"}, at);
        const std::string url = require_string(step, "url", at);
        check_url(url, at);
        const std::string file = require_string(step, "file", at);
        // Earlier steps live in pages/flows/ and carry no labels of their own.
        if (file.find("..") != std::string::npos || file.rfind("flows/", 0) != 0) {
          fail(at, "\"file\" must name a page under pages/flows/, got \"" + file + "\"");
        }
        if (!fs::exists(dir / file)) fail(at, "no page pages/" + file);
        k.before.emplace_back(url, read_file(dir / file));
      }
    }
    cases.push_back(std::move(k));
  }
  return cases;
}

// ---- evaluation -------------------------------------------------------------------------------

struct Judgement {
  const Case* c;
  bool page;
  std::string rule;
  Outcome expected;
  Outcome got;
  std::string evidence;     // of the worst finding of the rule
  std::string message_key;  // of the worst finding of the rule
};

struct Tally {
  int cases = 0, exact = 0, tp = 0, fp = 0, fn = 0, false_violations = 0;

  void add(const Judgement& j) {
    ++cases;
    if (j.expected == j.got) ++exact;
    const bool e = positive(j.expected), g = positive(j.got);
    if (e && g) ++tp;
    if (!e && g) ++fp;
    if (e && !g) ++fn;
    if ((j.expected == Outcome::kNone || j.expected == Outcome::kPass) &&
        j.got == Outcome::kViolation) {
      ++false_violations;
    }
  }
  double accuracy() const { return cases == 0 ? 1.0 : static_cast<double>(exact) / cases; }
  // Precision and recall are undefined without predicted / labelled positives.
  std::optional<double> precision() const {
    if (tp + fp == 0) return std::nullopt;
    return static_cast<double>(tp) / (tp + fp);
  }
  std::optional<double> recall() const {
    if (tp + fn == 0) return std::nullopt;
    return static_cast<double>(tp) / (tp + fn);
  }
};

// Analyses a case as the extension would: its earlier steps first, in one session, then the page.
// The one way both the evaluation and --explain read a case.
kw::Analysis analyse_case(const Case& c, const kw::Catalogue& cat,
                          const kw::AnalyzeOptions& options) {
  auto snap = kw::snapshot_from_html(c.html, c.url);
  if (!snap) fail(c.file + " case \"" + c.id + "\"", "unreadable page: " + snap.error().describe());
  kw::SessionMemory session;
  for (const auto& [url, html] : c.before) {
    auto earlier = kw::snapshot_from_html(html, url);
    if (!earlier) {
      fail(c.file + " case \"" + c.id + "\"",
           "unreadable earlier page " + url + ": " + earlier.error().describe());
    }
    kw::analyze(earlier.value(), cat, &session, options);
  }
  return kw::analyze(snap.value(), cat, c.before.empty() ? nullptr : &session, options);
}

std::vector<Judgement> evaluate(const std::vector<Case>& cases, bool pages,
                                const kw::Catalogue& cat, const std::string& today) {
  std::vector<Judgement> out;
  kw::AnalyzeOptions options;
  options.today = today;
  for (const Case& c : cases) {
    const kw::Analysis a = analyse_case(c, cat, options);
    for (const auto& [rule, expected] : c.expect) {
      Judgement j{&c, pages, rule, expected, Outcome::kNone, "", ""};
      for (const kw::Finding& f : a.findings) {
        if (f.rule != rule) continue;
        Outcome o = outcome_of(f.severity);
        if (o > j.got) {
          j.got = o;
          j.evidence = f.evidence;
          j.message_key = f.message_key;
        }
      }
      out.push_back(std::move(j));
    }
  }
  return out;
}

// ---- thresholds -------------------------------------------------------------------------------

struct Limits {
  std::optional<double> min_recall, min_precision, min_accuracy;
};

struct Thresholds {
  int max_false_violations = 0;
  std::optional<int> min_string_cases, min_pages;
  std::optional<double> min_accuracy;
  Limits family_default;
  std::map<std::string, Limits> families;
};

std::optional<double> read_ratio(const json& obj, const char* field, const std::string& where) {
  auto it = obj.find(field);
  if (it == obj.end()) return std::nullopt;
  if (!it->is_number() || it->get<double>() < 0 || it->get<double>() > 1) {
    fail(where, std::string("\"") + field + "\" must be a number from 0 to 1");
  }
  return it->get<double>();
}

std::optional<int> read_count(const json& obj, const char* field, const std::string& where) {
  auto it = obj.find(field);
  if (it == obj.end()) return std::nullopt;
  if (!it->is_number_integer() || it->get<int>() < 0) {
    fail(where, std::string("\"") + field + "\" must be a whole number >= 0");
  }
  return it->get<int>();
}

Limits read_limits(const json& obj, const std::string& where) {
  check_fields(obj, {"minRecall", "minPrecision", "minAccuracy", "note"}, where);
  return Limits{read_ratio(obj, "minRecall", where), read_ratio(obj, "minPrecision", where),
                read_ratio(obj, "minAccuracy", where)};
}

Thresholds load_thresholds(const fs::path& p) {
  const std::string file = p.filename().string();
  json doc = parse_json(p, file);
  check_fields(doc,
               {"note", "maxFalseViolations", "minStringCases", "minPages", "minAccuracy",
                "familyDefault", "families"},
               file);
  Thresholds t;
  t.max_false_violations = read_count(doc, "maxFalseViolations", file).value_or(0);
  t.min_string_cases = read_count(doc, "minStringCases", file);
  t.min_pages = read_count(doc, "minPages", file);
  t.min_accuracy = read_ratio(doc, "minAccuracy", file);
  if (doc.contains("familyDefault")) {
    t.family_default = read_limits(doc["familyDefault"], file + " familyDefault");
  }
  if (doc.contains("families")) {
    if (!doc["families"].is_object()) fail(file, "\"families\" must be an object");
    for (const auto& [name, limits] : doc["families"].items()) {
      t.families[name] = read_limits(limits, file + " families." + name);
    }
  }
  return t;
}

// ---- report -----------------------------------------------------------------------------------

std::string pct(std::optional<double> v) {
  if (!v) return "-";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", *v);
  return buf;
}

json ratio_json(std::optional<double> v) {
  return v ? json(*v) : json(nullptr);
}

json tally_json(const Tally& t) {
  return {{"cases", t.cases},
          {"exact", t.exact},
          {"accuracy", t.accuracy()},
          {"tp", t.tp},
          {"fp", t.fp},
          {"fn", t.fn},
          {"precision", ratio_json(t.precision())},
          {"recall", ratio_json(t.recall())},
          {"falseViolations", t.false_violations}};
}

struct Options {
  fs::path corpus = KW_CORPUS_DIR;
  fs::path rules = KW_RULES_DIR;
  fs::path thresholds;
  std::string today = "2026-11-24";
  bool json = false;
  bool check = true;
  std::string only_rule, only_family;
  std::string explain;  // a case id: print its page, roles and every finding, then stop
};

void usage(std::ostream& os) {
  os << "usage: kassawacht_corpus [--json] [--corpus DIR] [--rules DIR] [--thresholds FILE]\n"
        "                         [--no-thresholds] [--today YYYY-MM-DD] [--rule ID]\n"
        "                         [--family NAME] [--explain CASE-ID]\n"
        "Runs the rule catalogue over the labelled corpus and reports accuracy "
        "(docs/accuracy.md).\n"
        "Exit 0: at or above thresholds; 1: below; 2: malformed corpus or usage.\n";
}

std::string oneline(std::string s, std::size_t max) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (s.size() > max) {
    s.resize(max);
    while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
    if (!s.empty() && (static_cast<unsigned char>(s.back()) & 0x80) != 0) s.pop_back();
    s += "…";
  }
  return s;
}

// Prints one case as the engine saw it: the page, its roles and every finding, for diagnosis.
int explain(const Options& opt, const std::vector<Case>& strings, const std::vector<Case>& pages,
            const kw::Catalogue& cat) {
  const Case* c = nullptr;
  for (const auto* list : {&strings, &pages}) {
    for (const Case& k : *list) {
      if (k.id == opt.explain) c = &k;
    }
  }
  if (c == nullptr) {
    std::cerr << "no case \"" << opt.explain << "\"\n";
    return 2;
  }
  kw::AnalyzeOptions options;
  options.today = opt.today;
  const kw::Analysis a = analyse_case(*c, cat, options);
  std::printf("%s  %s  (family %s)\nurl: %s\n", c->file.c_str(), c->id.c_str(), c->family.c_str(),
              c->url.c_str());
  for (const auto& [url, html] : c->before) std::printf("after: %s\n", url.c_str());
  if (c->file.rfind("strings/", 0) == 0) std::printf("page:\n%s\n", c->html.c_str());
  std::printf("roles: %s\n", kw::page_roles_to_json(a.page).dump().c_str());
  std::printf("findings:\n");
  for (const kw::Finding& f : a.findings) {
    std::printf("  %-28s %-12s %-28s node %d \"%s\"\n", f.rule.c_str(),
                std::string(kw::severity_name(f.severity)).c_str(), f.message_key.c_str(), f.node,
                oneline(f.evidence, 100).c_str());
  }
  std::printf("labels:\n");
  for (const auto& [rule, o] : c->expect) {
    std::printf("  %-28s %s\n", rule.c_str(), std::string(outcome_name(o)).c_str());
  }
  return 0;
}

int run(const Options& opt) {
  auto cat = kw::Catalogue::load(opt.rules, kw::all_check_specs());
  if (!cat) {
    std::cerr << "rule catalogue: " << cat.error().describe() << "\n";
    return 2;
  }
  std::set<std::string> families;
  std::vector<Case> strings = load_strings(opt.corpus, cat.value(), families);
  std::vector<Case> pages = load_pages(opt.corpus, cat.value(), families);
  if (!opt.explain.empty()) return explain(opt, strings, pages, cat.value());
  Thresholds th;
  const fs::path th_path = opt.thresholds.empty() ? opt.corpus / "thresholds.json" : opt.thresholds;
  if (opt.check) th = load_thresholds(th_path);

  std::vector<Judgement> all = evaluate(strings, false, cat.value(), opt.today);
  std::vector<Judgement> page_j = evaluate(pages, true, cat.value(), opt.today);
  all.insert(all.end(), page_j.begin(), page_j.end());
  if (!opt.only_rule.empty() || !opt.only_family.empty()) {
    std::erase_if(all, [&](const Judgement& j) {
      return (!opt.only_rule.empty() && j.rule != opt.only_rule) ||
             (!opt.only_family.empty() && j.c->family != opt.only_family);
    });
  }

  Tally total, string_total, page_total;
  std::map<std::string, Tally> by_rule, by_family;
  std::vector<const Judgement*> mismatches;
  for (const Judgement& j : all) {
    total.add(j);
    (j.page ? page_total : string_total).add(j);
    by_rule[j.rule].add(j);
    by_family[j.c->family].add(j);
    if (j.expected != j.got) mismatches.push_back(&j);
  }

  // Thresholds.
  std::vector<std::string> failures;
  if (opt.check) {
    if (total.false_violations > th.max_false_violations) {
      failures.push_back(
          "false violations on compliant cases: " + std::to_string(total.false_violations) +
          " > maxFalseViolations " + std::to_string(th.max_false_violations));
    }
    if (th.min_string_cases && static_cast<int>(strings.size()) < *th.min_string_cases) {
      failures.push_back("string cases: " + std::to_string(strings.size()) + " < minStringCases " +
                         std::to_string(*th.min_string_cases));
    }
    if (th.min_pages && static_cast<int>(pages.size()) < *th.min_pages) {
      failures.push_back("pages: " + std::to_string(pages.size()) + " < minPages " +
                         std::to_string(*th.min_pages));
    }
    if (th.min_accuracy && total.accuracy() < *th.min_accuracy) {
      failures.push_back("exact accuracy " + pct(total.accuracy()) + " < minAccuracy " +
                         pct(th.min_accuracy));
    }
    for (const auto& [fam, t] : by_family) {
      auto it = th.families.find(fam);
      const Limits& l = it != th.families.end() ? it->second : th.family_default;
      auto below = [&](std::optional<double> v, std::optional<double> min, const char* what) {
        if (min && v && *v + 1e-9 < *min) {
          failures.push_back("family " + fam + ": " + what + " " + pct(v) + " < " + pct(min));
        }
      };
      below(t.recall(), l.min_recall, "recall");
      below(t.precision(), l.min_precision, "precision");
      below(t.accuracy(), l.min_accuracy, "accuracy");
    }
    for (const auto& [fam, _] : th.families) {
      if (!by_family.contains(fam) && opt.only_family.empty() && opt.only_rule.empty()) {
        failures.push_back("thresholds name family \"" + fam + "\", which has no cases");
      }
    }
  }

  std::vector<std::string> unlabelled;  // rules of the catalogue no case labels
  for (const kw::Rule& r : cat.value().rules()) {
    if (!by_rule.contains(r.id)) unlabelled.push_back(r.id);
  }
  std::sort(unlabelled.begin(), unlabelled.end());

  if (opt.json) {
    json out;
    out["unlabelledRules"] = unlabelled;
    out["today"] = opt.today;
    out["corpus"] = {{"stringCases", strings.size()},
                     {"pages", pages.size()},
                     {"labels", all.size()},
                     {"families", by_family.size()},
                     {"rules", by_rule.size()}};
    out["total"] = tally_json(total);
    out["strings"] = tally_json(string_total);
    out["pages"] = tally_json(page_total);
    for (const auto& [f, t] : by_family) out["families"][f] = tally_json(t);
    for (const auto& [r, t] : by_rule) out["rules"][r] = tally_json(t);
    out["mismatches"] = json::array();
    for (const Judgement* j : mismatches) {
      out["mismatches"].push_back({{"file", j->c->file},
                                   {"case", j->c->id},
                                   {"family", j->c->family},
                                   {"rule", j->rule},
                                   {"expected", outcome_name(j->expected)},
                                   {"got", outcome_name(j->got)},
                                   {"messageKey", j->message_key},
                                   {"evidence", j->evidence}});
    }
    out["thresholds"] = {
        {"checked", opt.check}, {"passed", failures.empty()}, {"failures", failures}};
    std::cout << out.dump(2) << "\n";
  } else {
    std::printf("Kassawacht corpus accuracy (today %s)\n", opt.today.c_str());
    std::printf("%zu string cases, %zu pages, %zu labels, %zu families, %zu rules\n\n",
                strings.size(), pages.size(), all.size(), by_family.size(), by_rule.size());
    auto row = [](const std::string& name, const Tally& t) {
      std::printf("%-28s %6d %6s %4d %4d %4d %6s %6s %4d\n", name.c_str(), t.cases,
                  pct(t.accuracy()).c_str(), t.tp, t.fp, t.fn, pct(t.precision()).c_str(),
                  pct(t.recall()).c_str(), t.false_violations);
    };
    auto header = [](const char* what) {
      std::printf("%-28s %6s %6s %4s %4s %4s %6s %6s %4s\n", what, "labels", "acc", "TP", "FP",
                  "FN", "prec", "recall", "FV");
    };
    header("family");
    for (const auto& [f, t] : by_family) row(f, t);
    row("(strings)", string_total);
    row("(pages)", page_total);
    row("TOTAL", total);
    std::printf("\n");
    header("rule");
    for (const auto& [r, t] : by_rule) row(r, t);
    std::printf(
        "\nacc = exact outcome; positive = violation or warning; FV = violation on a case "
        "labelled none/pass\n");
    std::printf("\nrules without labels (%zu):", unlabelled.size());
    for (const std::string& r : unlabelled) std::printf(" %s", r.c_str());
    std::printf("\n\n%zu mismatches\n", mismatches.size());
    for (const Judgement* j : mismatches) {
      std::printf("  %s  %s  %s: expected %s, got %s", j->c->file.c_str(), j->c->id.c_str(),
                  j->rule.c_str(), std::string(outcome_name(j->expected)).c_str(),
                  std::string(outcome_name(j->got)).c_str());
      if (!j->message_key.empty()) {
        std::printf(" [%s] \"%s\"", j->message_key.c_str(), oneline(j->evidence, 90).c_str());
      }
      std::printf("\n");
    }
    if (opt.check) {
      if (failures.empty()) {
        std::printf("\nthresholds (%s): met\n", th_path.filename().string().c_str());
      } else {
        std::printf("\nthresholds (%s): NOT met\n", th_path.filename().string().c_str());
        for (const std::string& f : failures) std::printf("  - %s\n", f.c_str());
      }
    }
  }
  return failures.empty() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  std::vector<std::string> args(argv + 1, argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= args.size()) {
        std::cerr << a << " needs a value\n";
        usage(std::cerr);
        std::exit(2);
      }
      return args[++i];
    };
    if (a == "--json") {
      opt.json = true;
    } else if (a == "--corpus") {
      opt.corpus = value();
    } else if (a == "--rules") {
      opt.rules = value();
    } else if (a == "--thresholds") {
      opt.thresholds = value();
    } else if (a == "--no-thresholds") {
      opt.check = false;
    } else if (a == "--today") {
      opt.today = value();
    } else if (a == "--rule") {
      opt.only_rule = value();
    } else if (a == "--family") {
      opt.only_family = value();
    } else if (a == "--explain") {
      opt.explain = value();
    } else if (a == "-h" || a == "--help") {
      usage(std::cout);
      return 0;
    } else {
      std::cerr << "unknown argument: " << a << "\n";
      usage(std::cerr);
      return 2;
    }
  }
  if (!opt.only_rule.empty() || !opt.only_family.empty()) opt.check = false;  // a partial view
  try {
    return run(opt);
  } catch (const CorpusError& e) {
    std::cerr << "corpus error: " << e.where << ": " << e.message << "\n";
    return 2;
  }
}
