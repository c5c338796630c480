// The command line as a user runs it: the real binary, its output formats and its exit codes.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <tuple>

#include <nlohmann/json.hpp>

#include "host_process.h"

using kwtest::HostProcess;
using nlohmann::json;

namespace {

struct Run {
  int code;
  std::string out;
  std::string err;
};

Run run(std::vector<std::string> args) {
  HostProcess p(std::move(args));
  p.close_input();
  Run r;
  std::tie(r.out, r.err) = p.read_output_to_end();
  r.code = p.wait_exit();
  return r;
}

const std::string kFixtures = std::string(KW_TEST_SOURCE_DIR) + "/fixtures/";
const std::string kDemo = std::string(KW_TEST_SOURCE_DIR) + "/../examples/demo-checkout.html";

}  // namespace

TEST_CASE("check on the demo checkout finds violations and exits 1", "[cli]") {
  Run r = run({"check", kDemo});
  CHECK(r.code == 1);
  CHECK_THAT(r.out, Catch::Contains("OVERTREDING"));
  CHECK_THAT(r.out, Catch::Contains("order-button-wording"));
  CHECK_THAT(r.out, Catch::Contains("Zo kan het wel"));
}

TEST_CASE("JSON output gives one result per input with findings", "[cli]") {
  Run r = run({"check", "--format", "json", "--lang", "en", kDemo});
  CHECK(r.code == 1);
  json j = json::parse(r.out);
  REQUIRE(j["results"].size() == 1);
  const json& findings = j["results"][0]["findings"];
  REQUIRE_FALSE(findings.empty());
  for (const json& f : findings) {
    for (const char* key : {"rule", "severity", "evidence", "node", "message", "law"}) {
      INFO(key);
      CHECK(f.contains(key));
    }
  }
  CHECK(findings[0]["message"] == findings[0]["i18n"]["en"]["message"]);
}

TEST_CASE("A compliant checkout exits 0", "[cli]") {
  Run r = run({"check", "--flow", kFixtures + "woocommerce/compliant/01-cart.html",
               kFixtures + "woocommerce/compliant/02-checkout.html"});
  INFO(r.out << r.err);
  CHECK(r.code == 0);
}

TEST_CASE("Input errors exit 2 and name the file and the problem", "[cli]") {
  SECTION("a missing file") {
    Run r = run({"check", "/no/such/page.html"});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("/no/such/page.html") && Catch::Contains("cannot open"));
  }
  SECTION("a snapshot that breaks the contract") {
    const std::string path = "/tmp/kw-bad-snapshot-" + std::to_string(getpid()) + ".json";
    std::ofstream(path)
        << R"({"schema":"kassawacht.snapshot/1","url":"x","nodes":[{"id":"a","parent":-1,"tag":"body","checked":"yes"}]})";
    Run r = run({"check", path});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains(path) && Catch::Contains("/nodes/0/checked"));
    std::remove(path.c_str());
  }
  SECTION("bad JSON names the byte") {
    const std::string path = "/tmp/kw-bad-json-" + std::to_string(getpid()) + ".json";
    std::ofstream(path) << "{\"schema\": ";
    Run r = run({"check", path});
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("byte"));
    std::remove(path.c_str());
  }
  SECTION("usage errors") {
    CHECK(run({"check"}).code == 2);
    CHECK(run({"check", "--format", "xml", kDemo}).code == 2);
    CHECK(run({"frobnicate"}).code == 2);
  }
}

TEST_CASE("rules lists the catalogue with id, severity, section and law", "[cli]") {
  Run r = run({"rules"});
  CHECK(r.code == 0);
  CHECK_THAT(r.out, Catch::Contains("order-button-wording") && Catch::Contains("6:230v"));
  Run j = run({"rules", "--format", "json"});
  json list = json::parse(j.out);
  CHECK(list["rules"].size() >= 6);
  CHECK(list["rules"][0].contains("law"));
}

TEST_CASE("A flow carries costs from one step to the next (--flow)", "[cli]") {
  const std::string dir = kFixtures + "woocommerce/compliant/";
  Run r =
      run({"check", "--flow", "--format", "json", dir + "01-cart.html", dir + "02-checkout.html"});
  json j = json::parse(r.out);
  CHECK(j["flow"] == true);
  CHECK(j["results"][1]["step"] == 1);
}

namespace {

// A temporary file with `content`, removed when the test ends.
struct TempPage {
  std::string path;
  TempPage(const std::string& name, const std::string& content)
      : path("/tmp/kw-cli-" + std::to_string(::getpid()) + "-" + name) {
    std::ofstream(path) << content;
  }
  ~TempPage() { std::remove(path.c_str()); }
};

}  // namespace

TEST_CASE("A saved page gets its address from the --url before it", "[cli]") {
  TempPage saved("cart.html",
                 "<!doctype html><html><head><title>Mandje</title></head><body><h1>Contact</h1>"
                 "<p>Fietsenhuis Jansen B.V.</p></body></html>");
  Run r =
      run({"check", "--format", "json", "--url", "https://www.fietsenhuis.nl/contact", saved.path});
  json j = json::parse(r.out);
  CHECK(j["results"][0]["url"] == "https://www.fietsenhuis.nl/contact");
  CHECK(j["results"][0]["file"] == saved.path);

  Run late = run({"check", saved.path, "--url", "https://www.fietsenhuis.nl/contact"});
  CHECK(late.code == 2);
  CHECK_THAT(late.err, Catch::Contains("names no FILE"));
  Run bad = run({"check", "--url", "www.fietsenhuis.nl", saved.path});
  CHECK(bad.code == 2);
  CHECK_THAT(bad.err, Catch::Contains("http:// or https://"));
}

TEST_CASE("check --help prints the usage and exits 0", "[cli]") {
  for (const char* cmd : {"check", "rules", "snapshot"}) {
    INFO(cmd);
    Run r = run({cmd, "--help"});
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("--url URL"));
  }
}

TEST_CASE("A --flow keeps the sites it visits apart", "[cli]") {
  TempPage other("other.html",
                 "<!doctype html><html><head><title>Home</title></head><body>"
                 "<footer>Andere Winkel B.V. · KvK 12345678</footer></body></html>");
  TempPage contact("contact.html",
                   "<!doctype html><html><head><title>Contact</title></head><body>"
                   "<h1>Contact</h1><p>Mail ons via het formulier.</p></body></html>");
  Run r = run({"check", "--flow", "--format", "json", "--url", "https://www.anderewinkel.nl/",
               other.path, "--url", "https://www.fietsenhuis.nl/contact", contact.path});
  json j = json::parse(r.out);
  REQUIRE(j["results"].size() == 2);
  int judged = 0;  // the other site's name and KvK number do not count here
  for (const json& f : j["results"][1]["findings"]) {
    if (f["rule"] != "company-name" && f["rule"] != "kvk-number") continue;
    CHECK(f["outcome"] == "needs-review-missing");
    ++judged;
  }
  CHECK(judged == 2);
}

TEST_CASE("A page saved in windows-1252 is read in the charset it declares", "[cli]") {
  TempPage legacy("legacy.html",
                  "<!doctype html><html><head><meta charset=\"windows-1252\"><title>Contact</title>"
                  "<link rel=\"canonical\" href=\"https://www.cafenoord.nl/contact\"></head><body>"
                  "<h1>Contact</h1><p>Caf\xE9 Noord B.V.</p></body></html>");
  Run r = run({"check", "--format", "json", legacy.path});
  REQUIRE(r.code != 2);
  json j = json::parse(r.out);
  CHECK(j["results"][0]["url"] == "https://www.cafenoord.nl/contact");
  bool named = false;
  for (const json& f : j["results"][0]["findings"]) {
    if (f["rule"] == "company-name") named = f["evidence"] == "Caf\xC3\xA9 Noord B.V.";
  }
  CHECK(named);

  TempPage undeclared("undeclared.html", "<p>Caf\xE9</p>");
  Run bad = run({"check", undeclared.path});
  CHECK(bad.code == 2);
  CHECK_THAT(bad.err, Catch::Contains("not valid UTF-8 at byte 6"));
  CHECK_THAT(bad.err, Catch::Contains("save the page as UTF-8"));
}

TEST_CASE("A byte-order mark does not hide the page's canonical address", "[cli]") {
  TempPage bom("bom.html",
               "\xEF\xBB\xBF<!doctype html><html><head><title>Winkelwagen</title>"
               "<link rel=\"canonical\" href=\"https://www.fietsenhuis.nl/winkelwagen\"></head>"
               "<body><h1>Winkelwagen</h1></body></html>");
  Run r = run({"check", "--format", "json", bom.path});
  json j = json::parse(r.out);
  CHECK(j["results"][0]["url"] == "https://www.fietsenhuis.nl/winkelwagen");
}
