// Checks registered manifests and the host behind them (see doctor.h).
#include "doctor.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "host_probe.h"

namespace kw::install {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Collects the outcome of one manifest's checks.
class Checklist {
 public:
  explicit Checklist(std::ostream& out) : out_(out) {}
  void ok(const std::string& what) { out_ << "  ok       " << what << "\n"; }
  void problem(const std::string& what, const std::string& fix) {
    out_ << "  PROBLEM  " << what << "\n";
    if (!fix.empty()) out_ << "           fix: " << fix << "\n";
    ++problems_;
  }
  int problems() const { return problems_; }

 private:
  std::ostream& out_;
  int problems_ = 0;
};

std::string install_command(const Browser& b, Scope scope) {
  if (scope == Scope::kSystem) {
    return "run: sudo kassawacht install --system --browser " + std::string(b.name) +
           " (or reinstall the kassawacht package)";
  }
  return "run: kassawacht install --browser " + std::string(b.name);
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A string member of `j`, or "" when missing or not a string (a broken manifest must not throw).
std::string text_of(const json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_string()) return {};
  return j[key].get<std::string>();
}

bool contains_string(const json& list, const std::string& want) {
  if (!list.is_array()) return false;
  return std::any_of(list.begin(), list.end(),
                     [&](const json& v) { return v.is_string() && v.get<std::string>() == want; });
}

// Checks the hello reply: our host, protocol 1, catalogue loaded.
void check_reply(const std::string& reply, const fs::path& host, Checklist& c) {
  json j = json::parse(reply, nullptr, false);
  const std::string reinstall =
      "reinstall kassawacht, or run: kassawacht install to point the "
      "manifest at a working build";
  if (!j.is_object() || text_of(j, "type") != "hello") {
    c.problem("the host answered, but not with a hello: " + reply.substr(0, 200), reinstall);
    return;
  }
  if (!j.contains("protocol") || j["protocol"] != 1) {
    c.problem("the host speaks protocol " + (j.contains("protocol") ? j["protocol"].dump() : "?") +
                  ", the extension expects 1",
              "install a kassawacht host that matches the extension");
    return;
  }
  const json cat = j.value("catalogue", json::object());
  if (cat.contains("error") || text_of(cat, "version").empty()) {
    c.problem("the host's rule catalogue did not load: " +
                  (cat.contains("error") ? cat["error"].dump() : std::string("no catalogue")),
              "reinstall kassawacht (the rules belong in <prefix>/share/kassawacht/rules next to " +
                  host.string() + ") or set KASSAWACHT_RULES to a rules directory");
    return;
  }
  c.ok("the host answers hello: " + text_of(j, "host") + " " + text_of(j, "version") +
       ", protocol 1, catalogue " + text_of(cat, "version") + " (" +
       cat.value("rules", json(0)).dump() + " rules)");
}

// All checks of one registered manifest file.
void check_manifest(const Browser& b, Scope scope, const fs::path& file, const Ids& ids,
                    std::chrono::milliseconds timeout, Checklist& c) {
  const std::string fix = install_command(b, scope);
  json m = json::parse(read_file(file), nullptr, false);
  if (!m.is_object()) {
    c.problem("the manifest is not valid JSON", fix);
    return;
  }
  if (m.value("name", json()).is_string() && m["name"] == ids.host_name) {
    c.ok("manifest is JSON named " + ids.host_name);
  } else {
    c.problem("the manifest's name is " + m.value("name", json()).dump() + ", not \"" +
                  ids.host_name + "\" (browsers reject it)",
              fix);
  }
  if (text_of(m, "type") != "stdio") {
    c.problem("the manifest's type is " + m.value("type", json()).dump() + ", not \"stdio\"", fix);
  }

  bool runnable = false;
  fs::path host;
  if (!m.contains("path") || !m["path"].is_string() || m["path"].get<std::string>().empty()) {
    c.problem("missing path: the manifest does not say where the host is", fix);
  } else {
    host = m["path"].get<std::string>();
    std::error_code ec;
    if (!host.is_absolute()) {
      c.problem("path " + host.string() + " is not absolute (browsers need an absolute path)", fix);
    } else if (!fs::exists(host, ec)) {
      c.problem("missing path: " + host.string() + " does not exist", fix);
    } else if (!fs::is_regular_file(host, ec)) {
      c.problem("path " + host.string() + " is not a file", fix);
    } else if (access(host.c_str(), X_OK) != 0) {
      c.problem("path " + host.string() + " is not executable",
                "run: chmod +x " + host.string() + ", or " + fix);
    } else {
      c.ok("path " + host.string() + " is an executable file");
      runnable = true;
    }
  }

  std::vector<std::string> args;
  if (b.family == Family::kFirefox) {
    const json list = m.value("allowed_extensions", json());
    if (contains_string(list, ids.firefox_id)) {
      c.ok("allowed_extensions contains " + ids.firefox_id);
    } else {
      c.problem("wrong add-on id: allowed_extensions is " + list.dump() + ", it must contain \"" +
                    ids.firefox_id + "\"",
                fix);
    }
    args = {file.string(), ids.firefox_id};  // how Firefox starts a host
  } else {
    const std::string origin = chromium_origin(ids.chrome_id);
    const json list = m.value("allowed_origins", json());
    if (contains_string(list, origin)) {
      c.ok("allowed_origins contains " + origin);
    } else {
      c.problem("wrong origin: allowed_origins is " + list.dump() + ", it must contain \"" +
                    origin + "\"",
                fix);
    }
    args = {origin};  // how the Chromium family starts a host
  }

  if (!runnable) return;
  ProbeResult p = probe_host(host, args, timeout);
  if (!p.answered) {
    std::string what = "the host " + p.problem;
    if (!p.stderr_text.empty()) {
      std::string tail = p.stderr_text.substr(0, 300);
      while (!tail.empty() && tail.back() == '\n') tail.pop_back();
      what += "; it said: " + tail;
    }
    c.problem(what, "reinstall kassawacht, or " + fix + " to use a working binary");
    return;
  }
  check_reply(p.reply, host, c);
}

}  // namespace

int doctor(const DoctorRequest& r, std::ostream& out) {
  std::vector<const Browser*> list = r.browsers;
  if (list.empty()) {
    for (const Browser& b : browsers()) list.push_back(&b);
  }
  int registered = 0, broken = 0;
  for (const Browser* b : list) {
    for (Scope scope : {Scope::kUser, Scope::kSystem}) {
      const fs::path file = manifest_file(*b, scope, r.loc, r.ids.host_name);
      std::error_code ec;
      out << b->name << " (" << scope_name(scope) << "): ";
      if (!fs::exists(file, ec)) {
        out << "not registered (" << file.string() << ")\n";
        continue;
      }
      out << file.string() << "\n";
      ++registered;
      Checklist c(out);
      check_manifest(*b, scope, file, r.ids, r.timeout, c);
      if (c.problems() > 0) ++broken;
    }
  }
  out << "\n";
  if (registered == 0) {
    out << "kassawacht is not registered with any browser.\n"
           "fix: run: kassawacht install (or kassawacht install --browser chromium)\n";
    return 1;
  }
  if (broken > 0) {
    out << broken << " of " << registered << " registered manifests have problems; see above.\n";
    return 1;
  }
  out << "all " << registered << " registered manifests work.\n";
  return 0;
}

}  // namespace kw::install
