// `kassawacht install | uninstall | doctor` as a user runs them: the real binary, with
// KASSAWACHT_INSTALL_ROOT pointing every manifest location into a temporary directory.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "host_process.h"

namespace fs = std::filesystem;
using kwtest::HostProcess;
using nlohmann::json;

namespace {

struct Run {
  int code;
  std::string out;
  std::string err;
};

struct TempRoot {
  TempRoot() {
    std::string tmpl = (fs::temp_directory_path() / "kw-doctor-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp");
    path = tmpl;
  }
  ~TempRoot() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  // What $HOME becomes under the root.
  fs::path home() const {
    const char* h = std::getenv("HOME");
    return path / fs::path(h != nullptr ? h : "/").relative_path();
  }
  fs::path chromium_manifest() const {
    return home() / ".config/chromium/NativeMessagingHosts/nl.kassawacht.host.json";
  }
  Run run(std::vector<std::string> args) const {
    HostProcess p(std::move(args), {"KASSAWACHT_INSTALL_ROOT=" + path.string()});
    p.close_input();
    Run r;
    std::tie(r.out, r.err) = p.read_output_to_end();
    r.code = p.wait_exit();
    return r;
  }
  fs::path path;
};

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::string manifest(const std::string& path, const std::string& origin) {
  return json{{"name", "nl.kassawacht.host"},
              {"description", "test"},
              {"path", path},
              {"type", "stdio"},
              {"allowed_origins", {origin}}}
      .dump();
}

const std::string kOrigin = "chrome-extension://ckkiddkipmlfnmegnidepphacpnghffd/";

}  // namespace

TEST_CASE("install, doctor and uninstall round trip", "[doctor][pipe]") {
  TempRoot t;
  Run i = t.run({"install", "--browser", "chromium,firefox"});
  INFO(i.out << i.err);
  REQUIRE(i.code == 0);
  CHECK_THAT(i.out, Catch::Contains("wrote   " + t.chromium_manifest().string()));
  json m = json::parse(std::ifstream(t.chromium_manifest()));
  CHECK(m["path"] == fs::canonical(KW_BINARY).string());  // /proc/self/exe, resolved

  Run d = t.run({"doctor"});
  INFO(d.out << d.err);
  CHECK(d.code == 0);
  CHECK_THAT(d.out, Catch::Contains("the host answers hello: kassawacht"));
  CHECK_THAT(d.out, Catch::Contains("allowed_extensions contains kassawacht@kassawacht.nl"));
  CHECK_THAT(d.out, Catch::Contains("all 2 registered manifests work"));

  Run u = t.run({"uninstall"});
  CHECK(u.code == 0);
  CHECK_THAT(u.out, Catch::Contains("removed " + t.chromium_manifest().string()));
  CHECK_FALSE(fs::exists(t.chromium_manifest()));
  CHECK(t.run({"doctor"}).code == 1);
}

TEST_CASE("install --system under a test root writes the system locations", "[doctor][pipe]") {
  TempRoot t;
  Run i = t.run({"install", "--system", "--browser", "chrome", "--host-path", KW_BINARY});
  INFO(i.err);
  REQUIRE(i.code == 0);
  CHECK(fs::exists(t.path / "etc/opt/chrome/native-messaging-hosts/nl.kassawacht.host.json"));
  CHECK(t.run({"doctor", "--browser", "chrome"}).code == 0);
  CHECK(t.run({"uninstall", "--system"}).code == 0);
  CHECK_FALSE(fs::exists(t.path / "etc/opt/chrome/native-messaging-hosts/nl.kassawacht.host.json"));
}

TEST_CASE("doctor names what is broken and how to fix it", "[doctor][pipe]") {
  TempRoot t;
  SECTION("not executable") {
    const fs::path plain = t.path / "kassawacht";
    write(plain, "not a program");
    fs::permissions(plain, fs::perms::owner_read | fs::perms::owner_write);
    write(t.chromium_manifest(), manifest(plain.string(), kOrigin));
    Run d = t.run({"doctor"});
    CHECK(d.code == 1);
    CHECK_THAT(d.out, Catch::Contains("is not executable"));
    CHECK_THAT(d.out, Catch::Contains("fix: run: chmod +x"));
  }
  SECTION("missing path") {
    write(t.chromium_manifest(), manifest("/nonexistent/kassawacht", kOrigin));
    Run d = t.run({"doctor"});
    CHECK(d.code == 1);
    CHECK_THAT(d.out, Catch::Contains("missing path: /nonexistent/kassawacht does not exist"));
    CHECK_THAT(d.out, Catch::Contains("fix: run: kassawacht install --browser chromium"));
  }
  SECTION("wrong origin") {
    write(t.chromium_manifest(),
          manifest(KW_BINARY, "chrome-extension://abcdefghijklmnopabcdefghijklmnop/"));
    Run d = t.run({"doctor"});
    CHECK(d.code == 1);
    CHECK_THAT(d.out, Catch::Contains("wrong origin"));
    CHECK_THAT(d.out, Catch::Contains(kOrigin));
    CHECK_THAT(d.out, Catch::Contains("fix: run: kassawacht install --browser chromium"));
  }
  SECTION("not JSON") {
    write(t.chromium_manifest(), "{ broken");
    Run d = t.run({"doctor", "--browser", "chromium"});
    CHECK(d.code == 1);
    CHECK_THAT(d.out, Catch::Contains("not valid JSON"));
  }
}

TEST_CASE("install, uninstall and doctor reject bad arguments with exit 2", "[doctor][pipe]") {
  TempRoot t;
  struct Bad {
    std::vector<std::string> args;
    const char* says;
  };
  const Bad bad[] = {
      {{"install", "--browser", "opera"}, "unknown browser \"opera\""},
      {{"install", "--browser"}, "--browser takes a browser name"},
      {{"install", "--extension-id", "xyz"}, "neither a Chromium id"},
      {{"install", "--frobnicate"}, "unknown option --frobnicate"},
      {{"install", "--host-path"}, "--host-path takes"},
      {{"uninstall", "--host-path", "/x"}, "unknown option --host-path"},
      {{"uninstall", "chrome"}, "unexpected argument chrome"},
      {{"doctor", "--system"}, "unknown option --system"},
  };
  for (const Bad& b : bad) {
    INFO(b.args[0] << " " << b.args.back());
    Run r = t.run(b.args);
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains(b.says));
    CHECK_THAT(r.err, Catch::Contains("--help"));
  }
  CHECK(fs::is_empty(t.path));  // nothing written
  for (const char* cmd : {"install", "uninstall", "doctor"}) {
    Run h = t.run({cmd, "--help"});
    CHECK(h.code == 0);
    CHECK_THAT(h.out, Catch::Contains(std::string("usage: kassawacht ") + cmd));
  }
}
