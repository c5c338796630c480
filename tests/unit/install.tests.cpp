// The installer library on a temporary root: where each browser's manifest goes, what it says,
// that uninstall removes only what is ours, and that doctor tells a working registration from a
// broken one. Nothing here touches the real home directory or /etc.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "browser_table.h"
#include "doctor.h"
#include "host_manifest.h"
#include "installer.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace kw::install;

namespace {

// A fresh directory under /tmp, removed at the end of the test.
struct TempRoot {
  TempRoot() {
    std::string tmpl = (fs::temp_directory_path() / "kw-install-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp");
    path = tmpl;
  }
  ~TempRoot() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  Locations loc(Os os = Os::kLinux) const { return {os, path, "/home/tester"}; }
  fs::path path;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

Request request(const TempRoot& t, std::vector<std::string> names, Scope scope = Scope::kUser) {
  Request r;
  for (const auto& n : names) r.browsers.push_back(find_browser(n));
  r.scope = scope;
  r.host_path = KW_BINARY;
  r.ids = default_ids();
  r.loc = t.loc();
  return r;
}

std::vector<fs::path> files_under(const fs::path& root) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (e.is_regular_file()) out.push_back(fs::relative(e.path(), root));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("the ids come from manifests/ids.json", "[install]") {
  json ids = json::parse(slurp(std::string(KW_TEST_SOURCE_DIR) + "/../manifests/ids.json"));
  const Ids d = default_ids();
  CHECK(d.host_name == ids["hostName"]);
  CHECK(d.chrome_id == ids["chromeExtensionId"]);
  CHECK(d.firefox_id == ids["firefoxAddonId"]);
  CHECK(is_chromium_id(d.chrome_id));
  CHECK(is_firefox_id(d.firefox_id));
}

TEST_CASE("extension ids are recognised by shape", "[install]") {
  CHECK(is_chromium_id("abcdefghijklmnopabcdefghijklmnop"));
  CHECK_FALSE(is_chromium_id("abcdefghijklmnopabcdefghijklmnoq"));  // q is not a-p
  CHECK_FALSE(is_chromium_id("abcdefghijklmnop"));
  CHECK(is_firefox_id("kassawacht@kassawacht.nl"));
  CHECK(is_firefox_id("{12345678-9abc-def0-1234-56789abcdef0}"));
  CHECK_FALSE(is_firefox_id("{not-a-uuid}"));
  CHECK_FALSE(is_firefox_id("no-at-sign"));
  CHECK_FALSE(is_firefox_id("a@b@c"));
  CHECK_FALSE(is_firefox_id("@kassawacht.nl"));
}

TEST_CASE("the browser table has the documented locations", "[install]") {
  REQUIRE(browsers().size() == 6);
  const Locations linux_loc{Os::kLinux, {}, "/home/u"};
  const Locations mac{Os::kMacOs, {}, "/Users/u"};
  struct Row {
    const char *name, *linux_user, *linux_system, *mac_user, *mac_system;
  };
  const Row rows[] = {
      {"chrome", "/home/u/.config/google-chrome/NativeMessagingHosts",
       "/etc/opt/chrome/native-messaging-hosts",
       "/Users/u/Library/Application Support/Google/Chrome/NativeMessagingHosts",
       "/Library/Google/Chrome/NativeMessagingHosts"},
      {"chromium", "/home/u/.config/chromium/NativeMessagingHosts",
       "/etc/chromium/native-messaging-hosts",
       "/Users/u/Library/Application Support/Chromium/NativeMessagingHosts",
       "/Library/Application Support/Chromium/NativeMessagingHosts"},
      {"edge", "/home/u/.config/microsoft-edge/NativeMessagingHosts",
       "/etc/opt/edge/native-messaging-hosts",
       "/Users/u/Library/Application Support/Microsoft Edge/NativeMessagingHosts",
       "/Library/Microsoft/Edge/NativeMessagingHosts"},
      {"brave", "/home/u/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts",
       "/etc/opt/brave/native-messaging-hosts",
       "/Users/u/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts",
       "/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts"},
      {"vivaldi", "/home/u/.config/vivaldi/NativeMessagingHosts",
       "/etc/opt/vivaldi/native-messaging-hosts",
       "/Users/u/Library/Application Support/Vivaldi/NativeMessagingHosts",
       "/Library/Application Support/Vivaldi/NativeMessagingHosts"},
      {"firefox", "/home/u/.mozilla/native-messaging-hosts",
       "/usr/lib/mozilla/native-messaging-hosts",
       "/Users/u/Library/Application Support/Mozilla/NativeMessagingHosts",
       "/Library/Application Support/Mozilla/NativeMessagingHosts"},
  };
  for (const Row& row : rows) {
    INFO(row.name);
    const Browser* b = find_browser(row.name);
    REQUIRE(b != nullptr);
    CHECK(manifest_dir(*b, Scope::kUser, linux_loc) == row.linux_user);
    CHECK(manifest_dir(*b, Scope::kSystem, linux_loc) == row.linux_system);
    CHECK(manifest_dir(*b, Scope::kUser, mac) == row.mac_user);
    CHECK(manifest_dir(*b, Scope::kSystem, mac) == row.mac_system);
  }
  CHECK(find_browser("opera") == nullptr);
  const Locations rooted{Os::kLinux, "/tmp/r", "/home/u"};
  CHECK(manifest_dir(*find_browser("chromium"), Scope::kSystem, rooted) ==
        "/tmp/r/etc/chromium/native-messaging-hosts");
  CHECK(manifest_dir(*find_browser("firefox"), Scope::kUser, rooted) ==
        "/tmp/r/home/u/.mozilla/native-messaging-hosts");
}

TEST_CASE("install writes one manifest per browser, in its place, with the right content",
          "[install]") {
  for (const Browser& b : browsers()) {
    for (Scope scope : {Scope::kUser, Scope::kSystem}) {
      INFO(b.name << " " << scope_name(scope));
      TempRoot t;
      std::ostringstream out, err;
      REQUIRE(install(request(t, {std::string(b.name)}, scope), out, err) == 0);
      const fs::path file = manifest_file(b, scope, t.loc(), "nl.kassawacht.host");
      CHECK_THAT(out.str(), Catch::Contains(file.string()));
      REQUIRE(files_under(t.path) == std::vector<fs::path>{fs::relative(file, t.path)});
      json m = json::parse(slurp(file));
      CHECK(m["name"] == "nl.kassawacht.host");
      CHECK(m["type"] == "stdio");
      CHECK(m["path"] == KW_BINARY);
      CHECK_FALSE(m["description"].get<std::string>().empty());
      if (b.family == Family::kFirefox) {
        CHECK(m["allowed_extensions"] == json::array({"kassawacht@kassawacht.nl"}));
        CHECK_FALSE(m.contains("allowed_origins"));
      } else {
        CHECK(m["allowed_origins"] ==
              json::array({"chrome-extension://ckkiddkipmlfnmegnidepphacpnghffd/"}));
        CHECK_FALSE(m.contains("allowed_extensions"));
      }
      CHECK((fs::status(file).permissions() & fs::perms::others_read) != fs::perms::none);
    }
  }
}

TEST_CASE("install without --browser picks the browsers in use, else all six", "[install]") {
  TempRoot t;
  std::ostringstream out, err;
  Request r = request(t, {});
  REQUIRE(install(r, out, err) == 0);
  CHECK(files_under(t.path).size() == 6);

  TempRoot t2;
  fs::create_directories(t2.path / "home/tester/.mozilla");
  fs::create_directories(t2.path / "home/tester/.config/chromium");
  Request r2 = request(t2, {});
  REQUIRE(install(r2, out, err) == 0);
  CHECK(
      files_under(t2.path) ==
      std::vector<fs::path>{"home/tester/.config/chromium/NativeMessagingHosts/"
                            "nl.kassawacht.host.json",
                            "home/tester/.mozilla/native-messaging-hosts/nl.kassawacht.host.json"});
}

TEST_CASE("install again replaces our manifest, and an overridden id is written", "[install]") {
  TempRoot t;
  std::ostringstream out, err;
  Request r = request(t, {"chromium", "firefox"});
  REQUIRE(install(r, out, err) == 0);
  r.ids.chrome_id = "abcdefghijklmnopabcdefghijklmnop";
  r.ids.firefox_id = "{12345678-9abc-def0-1234-56789abcdef0}";
  REQUIRE(install(r, out, err) == 0);
  CHECK(files_under(t.path).size() == 2);  // no temporary file left behind
  json c = json::parse(
      slurp(manifest_file(*find_browser("chromium"), Scope::kUser, t.loc(), "nl.kassawacht.host")));
  CHECK(c["allowed_origins"][0] == "chrome-extension://abcdefghijklmnopabcdefghijklmnop/");
  json f = json::parse(
      slurp(manifest_file(*find_browser("firefox"), Scope::kUser, t.loc(), "nl.kassawacht.host")));
  CHECK(f["allowed_extensions"][0] == "{12345678-9abc-def0-1234-56789abcdef0}");
}

TEST_CASE("uninstall removes exactly the manifests install wrote", "[install]") {
  TempRoot t;
  std::ostringstream out, err;
  const fs::path neighbour =
      t.path / "home/tester/.config/chromium/NativeMessagingHosts/com.other.host.json";
  write(neighbour, R"({"name":"com.other.host"})");
  Request r = request(t, {"chromium", "firefox"});
  REQUIRE(install(r, out, err) == 0);
  CHECK(files_under(t.path).size() == 3);
  std::ostringstream uout, uerr;
  REQUIRE(uninstall(request(t, {}), uout, uerr) == 0);
  CHECK(files_under(t.path) == std::vector<fs::path>{fs::relative(neighbour, t.path)});
  CHECK_THAT(uout.str(), Catch::Contains("removed") && Catch::Contains("firefox, user"));
  CHECK(fs::is_directory(t.path / "home/tester/.mozilla/native-messaging-hosts"));  // kept
  std::ostringstream again, again_err;
  CHECK(uninstall(request(t, {}), again, again_err) == 0);
  CHECK_THAT(again.str(), Catch::Contains("nothing to remove"));
}

TEST_CASE("a foreign file of our name is neither overwritten nor removed", "[install]") {
  TempRoot t;
  const fs::path file =
      manifest_file(*find_browser("chromium"), Scope::kUser, t.loc(), "nl.kassawacht.host");
  const std::string foreign = R"({"name":"com.somebody.else","path":"/opt/x"})";
  write(file, foreign);
  std::ostringstream out, err;
  CHECK(uninstall(request(t, {"chromium"}), out, err) == 1);
  CHECK_THAT(err.str(), Catch::Contains("is not a manifest of nl.kassawacht.host"));
  CHECK(slurp(file) == foreign);
  std::ostringstream iout, ierr;
  CHECK(install(request(t, {"chromium"}), iout, ierr) == 1);
  CHECK_THAT(ierr.str(), Catch::Contains("left it alone"));
  CHECK(slurp(file) == foreign);
  write(file, "not json at all");
  CHECK(uninstall(request(t, {"chromium"}), out, err) == 1);
  CHECK(fs::exists(file));
}

TEST_CASE("system scope needs root unless a test root redirects it", "[install]") {
  const Locations real{Os::kLinux, {}, "/home/u"};
  CHECK_THAT(system_scope_error(real, false), Catch::Contains("needs root"));
  CHECK(system_scope_error(real, true).empty());
  CHECK(system_scope_error({Os::kLinux, "/tmp/r", "/home/u"}, false).empty());
}

TEST_CASE("the .deb's system manifests match what install writes", "[install]") {
  const fs::path build = fs::path(KW_BINARY).parent_path().parent_path();
  for (const char* name : {"chromium", "firefox"}) {
    INFO(name);
    const fs::path configured = build / "manifests/system" / name / "nl.kassawacht.host.json";
    REQUIRE(fs::exists(configured));
    const Browser& b = *find_browser(name);
    CHECK(json::parse(slurp(configured)) ==
          build_manifest(b.family, "/usr/bin/kassawacht", default_ids()));
  }
}

TEST_CASE("doctor: a fresh install works, broken manifests are named", "[install][doctor]") {
  TempRoot t;
  std::ostringstream out, err;
  REQUIRE(install(request(t, {"chromium", "firefox"}), out, err) == 0);
  DoctorRequest d{{}, default_ids(), t.loc(), std::chrono::seconds(5)};
  std::ostringstream report;
  CHECK(doctor(d, report) == 0);
  INFO(report.str());
  CHECK_THAT(report.str(), Catch::Contains("the host answers hello"));
  CHECK_THAT(report.str(), Catch::Contains("all 2 registered manifests work"));
  CHECK_THAT(report.str(), Catch::Contains("edge (user): not registered"));

  SECTION("a host that never answers is killed after the timeout") {
    const fs::path sleeper = t.path / "sleeper.sh";
    write(sleeper, "#!/bin/sh\nexec sleep 30\n");
    fs::permissions(sleeper, fs::perms::owner_all);
    Request r = request(t, {"chromium"});
    r.host_path = sleeper;
    REQUIRE(install(r, out, err) == 0);
    DoctorRequest quick{
        {find_browser("chromium")}, default_ids(), t.loc(), std::chrono::milliseconds(500)};
    std::ostringstream rep;
    const auto start = std::chrono::steady_clock::now();
    CHECK(doctor(quick, rep) == 1);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    CHECK_THAT(rep.str(), Catch::Contains("no answer within"));
  }
  SECTION("a host that exits without answering") {
    Request r = request(t, {"firefox"});
    r.host_path = "/bin/false";
    REQUIRE(install(r, out, err) == 0);
    DoctorRequest one{{find_browser("firefox")}, default_ids(), t.loc(), std::chrono::seconds(5)};
    std::ostringstream rep;
    CHECK(doctor(one, rep) == 1);
    CHECK_THAT(rep.str(), Catch::Contains("exited with code 1 without answering"));
    CHECK_THAT(rep.str(), Catch::Contains("fix: reinstall kassawacht, or run: kassawacht install "
                                          "--browser firefox"));
  }
  SECTION("doctor checks an overridden extension id") {
    Ids other = default_ids();
    other.chrome_id = "abcdefghijklmnopabcdefghijklmnop";
    DoctorRequest d2{{find_browser("chromium")}, other, t.loc(), std::chrono::seconds(5)};
    std::ostringstream rep;
    CHECK(doctor(d2, rep) == 1);
    CHECK_THAT(rep.str(), Catch::Contains("wrong origin"));
  }
}

TEST_CASE("doctor with nothing registered says how to install", "[install][doctor]") {
  TempRoot t;
  DoctorRequest d{{}, default_ids(), t.loc(), std::chrono::seconds(5)};
  std::ostringstream report;
  CHECK(doctor(d, report) == 1);
  CHECK_THAT(report.str(), Catch::Contains("not registered with any browser"));
  CHECK_THAT(report.str(), Catch::Contains("run: kassawacht install"));
}
