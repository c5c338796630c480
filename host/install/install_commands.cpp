// Parses the options of install / uninstall / doctor and calls the library (see
// install_commands.h).
#include "install_commands.h"

#include <unistd.h>

#include <algorithm>
#include <optional>
#include <sstream>

#include "doctor.h"
#include "installer.h"

namespace kw::install {

namespace fs = std::filesystem;

namespace {

constexpr int kUsage = 2;

constexpr const char* kBrowserHelp =
    "      --browser NAME          chrome, chromium, edge, brave, vivaldi, firefox or all; repeat "
    "or\n"
    "                              separate with commas\n";
constexpr const char* kIdHelp =
    "      --extension-id ID       allow this extension instead of the built-in one: a Chromium "
    "id\n"
    "                              (32 letters a-p) or a Firefox add-on id (name@domain or "
    "{uuid});\n"
    "                              give it twice to override both\n";

const std::string kInstallHelp =
    std::string(R"(usage: kassawacht install [options]
Writes the native-messaging host manifest nl.kassawacht.host.json for each browser, so the
Kassawacht extension can start this binary. Without --browser: every browser whose profile
directory exists (~/.config/chromium, ~/.mozilla, ...), or all six if none does.
)") +
    kBrowserHelp +
    R"(      --system                system-wide locations (/etc/..., /usr/lib/mozilla); needs root
      --host-path PATH        the binary the manifests point at (default: this one)
)" + kIdHelp +
    "exit codes: 0 written, 1 a manifest could not be written, 2 usage error\n";

const std::string kUninstallHelp = std::string(R"(usage: kassawacht uninstall [options]
Removes the manifests install wrote: only files named nl.kassawacht.host.json whose "name" is
nl.kassawacht.host. A file of that name that is not ours is left alone (exit 1). Directories are
never removed. Without --browser: all six browsers.
)") + kBrowserHelp + R"(      --system                system-wide locations; needs root
exit codes: 0 done, 1 something was left or could not be removed, 2 usage error
)";

const std::string kDoctorHelp = std::string(R"(usage: kassawacht doctor [options]
For each browser, user and system level: is a manifest registered, is it valid, does its path
exist and run, does it allow the extension, and does the host answer a hello with a loaded rule
catalogue. Says what to run to fix each problem.
)") + kBrowserHelp + kIdHelp +
                                "exit codes: 0 all registered manifests work, 1 a problem or "
                                "nothing registered, 2 usage error\n";

struct Parsed {
  std::vector<const Browser*> browsers;
  bool system = false;
  bool help = false;
  std::string host_path;
  Ids ids = default_ids();
};

// Adds the browsers of a --browser value (comma-separated names or "all"); error text or empty.
std::string add_browsers(const std::string& value, std::vector<const Browser*>& out) {
  std::stringstream s(value);
  std::string name;
  bool any = false;
  while (std::getline(s, name, ',')) {
    if (name.empty()) continue;
    any = true;
    auto add = [&](const Browser* b) {
      if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
    };
    if (name == "all") {
      for (const Browser& b : browsers()) add(&b);
      continue;
    }
    const Browser* b = find_browser(name);
    if (b == nullptr) {
      return "unknown browser \"" + name +
             "\" (use chrome, chromium, edge, brave, vivaldi, firefox or all)";
    }
    add(b);
  }
  if (!any) return "--browser takes a browser name";
  return {};
}

// Parses the options allowed for one subcommand; returns an error message or empty.
std::string parse(const std::vector<std::string>& args, bool allow_system, bool allow_host_path,
                  bool allow_id, Parsed& p) {
  for (std::size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--help" || a == "-h") {
      p.help = true;
    } else if (a == "--browser") {
      if (!has_value) return "--browser takes a browser name";
      if (std::string e = add_browsers(args[++i], p.browsers); !e.empty()) return e;
    } else if (a == "--system" && allow_system) {
      p.system = true;
    } else if (a == "--host-path" && allow_host_path) {
      if (!has_value || args[i + 1].empty()) return "--host-path takes the path of the binary";
      p.host_path = args[++i];
    } else if (a == "--extension-id" && allow_id) {
      if (!has_value) return "--extension-id takes an extension id";
      const std::string& id = args[++i];
      if (is_chromium_id(id)) {
        p.ids.chrome_id = id;
      } else if (is_firefox_id(id)) {
        p.ids.firefox_id = id;
      } else {
        return "--extension-id \"" + id +
               "\" is neither a Chromium id (32 letters a-p) nor a Firefox add-on id "
               "(name@domain or {uuid})";
      }
    } else if (!a.empty() && a[0] == '-') {
      return "unknown option " + a;
    } else {
      return "unexpected argument " + a;
    }
  }
  return {};
}

bool unsupported_platform(const std::string& cmd, std::ostream& err) {
#ifdef _WIN32
  err << "kassawacht " << cmd
      << ": not supported yet on Windows (hosts are registered in the registry there; see "
         "docs/install.md)\n";
  return true;
#else
  (void)cmd;
  (void)err;
  return false;
#endif
}

int usage_error(const std::string& cmd, const std::string& message, std::ostream& err) {
  err << "kassawacht " << cmd << ": " << message << " (see kassawacht " << cmd << " --help)\n";
  return kUsage;
}

// What install and uninstall both need from the options: browsers, scope, ids and where manifests
// go. Says on `err` why not (no $HOME for a user install, a system scope this user cannot write).
std::optional<Request> request_from(const Parsed& p, const std::string& cmd, std::ostream& err) {
  Request r;
  r.browsers = p.browsers;
  r.scope = p.system ? Scope::kSystem : Scope::kUser;
  r.ids = p.ids;
  r.loc = locations_from_environment();
  if (!p.system && r.loc.home.empty()) {
    err << "kassawacht " << cmd
        << ": $HOME is not set, so the user-level directories are unknown\n";
    return std::nullopt;
  }
  if (p.system) {
    if (std::string e = system_scope_error(r.loc, geteuid() == 0); !e.empty()) {
      err << "kassawacht " << cmd << ": " << e << "\n";
      return std::nullopt;
    }
  }
  return r;
}

}  // namespace

int install_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Parsed p;
  if (std::string e = parse(args, true, true, true, p); !e.empty()) {
    return usage_error("install", e, err);
  }
  if (p.help) {
    out << kInstallHelp;
    return 0;
  }
  if (unsupported_platform("install", err)) return kUsage;
  std::optional<Request> req = request_from(p, "install", err);
  if (!req) return 1;
  Request& r = *req;
  std::error_code ec;
  r.host_path = p.host_path.empty() ? current_executable() : fs::absolute(p.host_path, ec);
  if (r.host_path.empty()) {
    err << "kassawacht install: cannot tell where this binary is; give --host-path\n";
    return 1;
  }
  if (!fs::is_regular_file(r.host_path, ec) || access(r.host_path.c_str(), X_OK) != 0) {
    err << "kassawacht install: warning: " << r.host_path.string()
        << " is not an executable file (yet); browsers cannot start it until it is\n";
  }
  return install(r, out, err);
}

int uninstall_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Parsed p;
  if (std::string e = parse(args, true, false, false, p); !e.empty()) {
    return usage_error("uninstall", e, err);
  }
  if (p.help) {
    out << kUninstallHelp;
    return 0;
  }
  if (unsupported_platform("uninstall", err)) return kUsage;
  std::optional<Request> req = request_from(p, "uninstall", err);
  if (!req) return 1;
  Request& r = *req;
  return uninstall(r, out, err);
}

int doctor_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  Parsed p;
  if (std::string e = parse(args, false, false, true, p); !e.empty()) {
    return usage_error("doctor", e, err);
  }
  if (p.help) {
    out << kDoctorHelp;
    return 0;
  }
  if (unsupported_platform("doctor", err)) return kUsage;
  DoctorRequest r;
  r.browsers = p.browsers;
  r.ids = p.ids;
  r.loc = locations_from_environment();
  return doctor(r, out);
}

}  // namespace kw::install
