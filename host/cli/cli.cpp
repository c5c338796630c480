// Command-line front end (see cli.h). Each command parses its options, calls the core and formats.
#include "cli.h"

#include <unistd.h>

#include <iostream>
#include <map>

#include <nlohmann/json.hpp>

#include "catalogue/catalogue.h"
#include "engine/engine.h"
#include "engine/report.h"
#include "input_file.h"
#include "install_commands.h"
#include "text/url.h"
#include "text_report.h"

namespace kw::cli {

using nlohmann::json;

namespace {

constexpr const char* kUsage =
    R"(kassawacht — checks a Dutch webshop checkout against consumer law and the
Thuiswinkel Waarborg criteria.

usage:
  kassawacht check [options] FILE...     judge snapshot JSON or HTML files
      --flow                  the files are the steps of one checkout, in order (pages of
                              different sites in one run are kept apart, as in the browser)
      --url URL               the address of the next FILE (a saved page without
                              <link rel="canonical">); rules read it (/winkelwagen, /checkout)
      --format text|json      output format (default text)
      --lang nl|en            language of messages (default nl)
      --today YYYY-MM-DD      judge as of this date (default today)
      --rules DIR             rule catalogue directory
  kassawacht rules [--format text|json] [--lang nl|en] [--rules DIR]
                                          list the rule catalogue
  kassawacht snapshot FILE.html           print the snapshot JSON the host reads from an HTML page
  kassawacht native                       serve native messaging on stdin/stdout (browsers start
                                          the host this way with their own arguments)
  kassawacht install [--browser NAME] [--system] [--host-path PATH] [--extension-id ID]
                                          register the host with browsers (writes manifests)
  kassawacht uninstall [--browser NAME] [--system]
                                          remove the manifests install wrote
  kassawacht doctor [--browser NAME] [--extension-id ID]
                                          check the registrations and that the host answers
  kassawacht version | help              (also: kassawacht COMMAND --help)

exit codes: 0 no violation, 1 a violation found, 2 usage or input error
)";

// A file to judge, and the page address given for it with --url (empty: the file's own).
struct InputArg {
  std::string path;
  std::string url;
};

struct Options {
  std::string format = "text";
  Lang lang = Lang::kNl;
  std::string today;
  std::string rules;
  bool flow = false;
  std::vector<InputArg> files;
};

bool asks_help(const std::vector<std::string>& args) {
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--help" || args[i] == "-h") return true;
  }
  return false;
}

// Parses options common to the commands; returns an error message or empty.
std::string parse_options(const std::vector<std::string>& args, std::size_t from, Options& o,
                          bool files_allowed) {
  std::string pending_url;  // --url waits for the FILE it names
  for (std::size_t i = from; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* name) -> const std::string* {
      if (i + 1 >= args.size()) return nullptr;
      (void)name;
      return &args[++i];
    };
    if (a == "--flow" && files_allowed) {
      o.flow = true;
    } else if (a == "--format") {
      const std::string* v = value("--format");
      if (v == nullptr || (*v != "text" && *v != "json")) return "--format takes text or json";
      o.format = *v;
    } else if (a == "--lang") {
      const std::string* v = value("--lang");
      auto l = v != nullptr ? lang_from_name(*v) : std::nullopt;
      if (!l) return "--lang takes nl or en";
      o.lang = *l;
    } else if (a == "--today" && files_allowed) {
      const std::string* v = value("--today");
      if (v == nullptr || v->size() != 10) return "--today takes a date YYYY-MM-DD";
      o.today = *v;
    } else if (a == "--rules") {
      const std::string* v = value("--rules");
      if (v == nullptr) return "--rules takes a directory";
      o.rules = *v;
    } else if (a == "--url" && files_allowed) {
      const std::string* v = value("--url");
      if (v == nullptr || !(v->starts_with("https://") || v->starts_with("http://"))) {
        return "--url takes an http:// or https:// address";
      }
      if (!pending_url.empty()) return "--url " + pending_url + " names no FILE";
      pending_url = *v;
    } else if (a.size() > 1 && a[0] == '-') {
      return "unknown option " + a + " (see kassawacht help)";
    } else if (files_allowed) {
      o.files.push_back({a, pending_url});
      pending_url.clear();
    } else {
      return "unexpected argument " + a;
    }
  }
  if (!pending_url.empty())
    return "--url " + pending_url + " names no FILE (put it before the file)";
  return {};
}

Result<Catalogue> load_catalogue(const std::string& dir) {
  return Catalogue::load(default_rules_dir(dir), all_check_specs());
}

int check(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (asks_help(args)) {
    out << kUsage;
    return kExitOk;
  }
  Options o;
  if (std::string e = parse_options(args, 1, o, true); !e.empty()) {
    err << "kassawacht check: " << e << "\n";
    return kExitUsage;
  }
  if (o.files.empty()) {
    err << "kassawacht check: no input files (see kassawacht help)\n";
    return kExitUsage;
  }
  auto cat = load_catalogue(o.rules);
  if (!cat) {
    err << "kassawacht: rule catalogue: " << cat.error().describe() << "\n";
    return kExitUsage;
  }
  AnalyzeOptions options;
  options.today = o.today;
  std::map<std::string, SessionMemory> flow_sessions;  // --flow: one session per site
  json results = json::array();
  bool any_violation = false, any_error = false;
  for (const InputArg& input : o.files) {
    const std::string& file = input.path;
    json result = {{"file", file}};
    auto snap = read_input(file);
    if (snap && !input.url.empty()) snap.value().url = input.url;
    if (!snap) {
      any_error = true;
      err << "kassawacht: " << snap.error().describe() << "\n";
      result["error"] = {{"code", static_cast<int>(snap.error().code)},
                         {"name", std::string(error_name(snap.error().code))},
                         {"message", snap.error().describe()}};
      results.push_back(result);
      continue;
    }
    SessionMemory single;
    // With --flow, one session per site (text::url_host; "" for a file path), as the extension
    // keeps one per tab and site.
    SessionMemory* session = o.flow ? &flow_sessions[text::url_host(snap.value().url)] : &single;
    Analysis a = analyze(snap.value(), cat.value(), session, options);
    json findings = json::array();
    for (const Finding& f : a.findings) {
      findings.push_back(finding_to_json(f, cat.value(), snap.value(), o.lang));
      if (f.severity == Severity::kViolation && !f.resolved_by_user) any_violation = true;
    }
    result["url"] = snap.value().url;
    result["step"] = a.step;
    result["page"] = page_roles_to_json(a.page);
    result["counts"] = severity_counts(a.findings);
    result["findings"] = std::move(findings);
    results.push_back(std::move(result));
  }
  if (o.format == "json") {
    json report = {{"tool", "kassawacht"},
                   {"version", KASSAWACHT_VERSION},
                   {"catalogue", cat.value().version()},
                   {"flow", o.flow},
                   {"results", std::move(results)}};
    out << report.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
  } else {
    const bool color = &out == &std::cout && isatty(STDOUT_FILENO) != 0;
    for (const auto& r : results) write_text_result(r, o.lang, color, out);
  }
  if (any_error) return kExitUsage;
  return any_violation ? kExitViolation : kExitOk;
}

int rules(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (asks_help(args)) {
    out << kUsage;
    return kExitOk;
  }
  Options o;
  if (std::string e = parse_options(args, 1, o, false); !e.empty()) {
    err << "kassawacht rules: " << e << "\n";
    return kExitUsage;
  }
  auto cat = load_catalogue(o.rules);
  if (!cat) {
    err << "kassawacht: rule catalogue: " << cat.error().describe() << "\n";
    return kExitUsage;
  }
  if (o.format == "json") {
    json list = json::array();
    for (const Rule& r : cat.value().rules()) {
      list.push_back(
          {{"id", r.id},
           {"severity", std::string(severity_name(r.severity))},
           {"section", r.criterion.section},
           {"bullet", r.criterion.bullet},
           {"title", r.title.in(o.lang)},
           {"law", r.law},
           {"appliesFrom", r.applies_from},
           {"appliesUntil", r.applies_until.empty() ? json(nullptr) : json(r.applies_until)},
           {"file", r.file}});
    }
    out << json{{"version", cat.value().version()}, {"rules", list}}.dump(2) << "\n";
    return kExitOk;
  }
  out << (o.lang == Lang::kNl ? "Regelcatalogus " : "Rule catalogue ") << cat.value().version()
      << " (" << cat.value().rules().size()
      << (o.lang == Lang::kNl ? " regels)\n\n" : " rules)\n\n");
  for (const Rule& r : cat.value().rules()) {
    const Section* s = cat.value().section(r.criterion.section);
    out << r.id << "  [" << severity_name(r.severity) << "]\n  " << r.title.in(o.lang) << "\n  "
        << (s != nullptr ? s->name.in(o.lang) : r.criterion.section);
    if (r.criterion.bullet > 0) out << ", bullet " << r.criterion.bullet;
    out << "\n  ";
    for (std::size_t i = 0; i < r.law.size(); ++i) out << (i ? "; " : "") << r.law[i];
    out << "\n\n";
  }
  return kExitOk;
}

int snapshot(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (asks_help(args)) {
    out << kUsage;
    return kExitOk;
  }
  if (args.size() != 2) {
    err << "kassawacht snapshot: takes one file\n";
    return kExitUsage;
  }
  auto snap = read_input(args[1]);
  if (!snap) {
    err << "kassawacht: " << snap.error().describe() << "\n";
    return kExitUsage;
  }
  out << snapshot_to_json(snap.value()).dump(1, ' ', false, json::error_handler_t::replace) << "\n";
  return kExitOk;
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    (args.empty() ? err : out) << kUsage;
    return args.empty() ? kExitUsage : kExitOk;
  }
  const std::string& cmd = args[0];
  if (cmd == "version" || cmd == "--version") {
    out << "kassawacht " << KASSAWACHT_VERSION << "\n";
    return kExitOk;
  }
  if (cmd == "check") return check(args, out, err);
  if (cmd == "rules") return rules(args, out, err);
  if (cmd == "snapshot") return snapshot(args, out, err);
  if (cmd == "install") return install::install_command(args, out, err);
  if (cmd == "uninstall") return install::uninstall_command(args, out, err);
  if (cmd == "doctor") return install::doctor_command(args, out, err);
  err << "kassawacht: unknown command \"" << cmd << "\"\n\n" << kUsage;
  return kExitUsage;
}

}  // namespace kw::cli
