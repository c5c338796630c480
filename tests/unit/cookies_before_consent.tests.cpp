// cookies-before-consent: trackers running while the cookie banner is unanswered.
#include <nlohmann/json.hpp>

#include "analysis_helpers.h"
#include "snapshot.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
const std::string kBanner =
    "<div id=\"cookie\"><p>Wij gebruiken cookies om je de beste ervaring te geven.</p>"
    "<button>Alles accepteren</button><button>Instellingen</button></div>";

std::vector<kw::Finding> json_page(const std::vector<std::string>& cookies,
                                   const std::vector<std::string>& hosts, bool banner = true) {
  auto snap = kw::snapshot_from_html(page(banner ? kBanner : "<h1>Welkom</h1>", "Home"),
                                     "https://shop.example/");
  REQUIRE(snap.ok());
  kw::Snapshot s = snap.value();
  s.cookie_names = cookies;
  s.script_hosts = hosts;
  kw::AnalyzeOptions o;
  o.today = "2026-11-24";
  kw::SessionMemory fresh;
  return of_rule(kw::analyze(s, kwtest::catalogue(), &fresh, o).findings, "cookies-before-consent");
}
}  // namespace

TEST_CASE("Tracking cookies under an open banner are a violation", "[cookies-before-consent]") {
  auto fs = json_page({"PHPSESSID", "_ga", "_ga_ABC123", "_fbp"}, {});
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
  CHECK(fs[0].evidence == "_ga, _ga_ABC123, _fbp");
}

TEST_CASE("Tracker scripts under an open banner are a violation", "[cookies-before-consent]") {
  auto fs = json_page({}, {"cdn.shop.example", "connect.facebook.net", "static.hotjar.com"});
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].evidence == "connect.facebook.net, static.hotjar.com");
}

TEST_CASE("The HTML reader's script hosts count; parked scripts do not",
          "[cookies-before-consent]") {
  auto loaded = of_rule(
      page("<script src=\"https://www.google-analytics.com/analytics.js\"></script>" + kBanner),
      "https://shop.example/", "cookies-before-consent");
  REQUIRE(loaded.size() == 1);
  CHECK(loaded[0].severity == Severity::kViolation);
  auto parked = of_rule(page("<script type=\"text/plain\" "
                             "src=\"https://www.google-analytics.com/analytics.js\"></script>" +
                             kBanner),
                        "https://shop.example/", "cookies-before-consent");
  REQUIRE(parked.size() == 1);
  CHECK(parked[0].severity == Severity::kPass);
}

TEST_CASE("Functional cookies, no banner, or unknown cookies say nothing or pass",
          "[cookies-before-consent]") {
  auto fs = json_page({"PHPSESSID", "cart", "cookieconsent_status"}, {"cdn.shop.example"});
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  CHECK(json_page({"_ga"}, {"connect.facebook.net"}, false).empty());
  auto snap = kw::snapshot_from_json(nlohmann::json{
      {"schema", "kassawacht.snapshot/1"},
      {"url", "https://shop.example/"},
      {"nodes",
       nlohmann::json::array(
           {{{"id", "k0"}, {"parent", -1}, {"tag", "p"}, {"text", "Wij gebruiken cookies."}}})}});
  REQUIRE(snap.ok());
  kw::AnalyzeOptions o;
  o.today = "2026-11-24";
  kw::SessionMemory fresh;
  CHECK(of_rule(kw::analyze(snap.value(), kwtest::catalogue(), &fresh, o).findings,
                "cookies-before-consent")
            .empty());
}

TEST_CASE("Pre-ticked cookie categories are judged by prechecked-consent, once",
          "[cookies-before-consent]") {
  const std::string banner =
      "<div><p>Wij gebruiken cookies.</p><label><input type=\"checkbox\" checked disabled> "
      "Noodzakelijk</label><label><input type=\"checkbox\" checked> Statistieken</label><label>"
      "<input type=\"checkbox\"> Marketing</label><button>Accepteren</button></div>";
  const auto all = kwtest::analyse_html(page(banner, "Home"), "https://shop.example/");
  auto consent = of_rule(all, "prechecked-consent");
  REQUIRE(consent.size() == 1);
  CHECK(consent[0].severity == Severity::kViolation);
  CHECK(consent[0].evidence == "Statistieken");
  for (const auto& f : of_rule(all, "cookies-before-consent")) {
    CHECK(f.severity != Severity::kViolation);
  }
}
