// Tests for the snapshot fields cookieNames and scriptHosts (docs/snapshot.md) and the form
// `action` attribute: the reader validates them (names only, hosts only), the writer round-trips
// them, and the HTML reader fills scriptHosts from <script src>.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "html_snapshot.h"
#include "snapshot.h"

using nlohmann::json;

namespace {

json base() {
  return json{{"schema", "kassawacht.snapshot/1"},
              {"url", "https://shop.example/"},
              {"nodes", json::array({{{"id", "k0"}, {"parent", -1}, {"tag", "body"}}})}};
}

}  // namespace

TEST_CASE("cookieNames and scriptHosts are optional and round-trip", "[snapshot]") {
  auto none = kw::snapshot_from_json(base());
  REQUIRE(none.ok());
  CHECK_FALSE(none.value().cookie_names.has_value());
  CHECK_FALSE(none.value().script_hosts.has_value());
  CHECK_FALSE(kw::snapshot_to_json(none.value()).contains("cookieNames"));

  json j = base();
  j["cookieNames"] = {"_ga", "_fbp", "PHPSESSID"};
  j["scriptHosts"] = json::array();
  auto s = kw::snapshot_from_json(j);
  REQUIRE(s.ok());
  REQUIRE(s.value().cookie_names.has_value());
  CHECK(s.value().cookie_names->size() == 3);
  REQUIRE(s.value().script_hosts.has_value());
  CHECK(s.value().script_hosts->empty());
  auto back = kw::snapshot_from_json(kw::snapshot_to_json(s.value()));
  REQUIRE(back.ok());
  CHECK(kw::snapshot_to_json(back.value()) == kw::snapshot_to_json(s.value()));
}

TEST_CASE("A cookie value or a script URL makes the snapshot invalid", "[snapshot]") {
  json value = base();
  value["cookieNames"] = {"_ga", "_ga=GA1.2.3456"};
  auto v = kw::snapshot_from_json(value);
  REQUIRE_FALSE(v.ok());
  CHECK(v.error().where == "/cookieNames/1");
  CHECK(v.error().message == "cookie values must not be sent; send names only");

  json url = base();
  url["scriptHosts"] = {"https://connect.facebook.net/en_US/fbevents.js"};
  auto u = kw::snapshot_from_json(url);
  REQUIRE_FALSE(u.ok());
  CHECK(u.error().where == "/scriptHosts/0");

  json type = base();
  type["cookieNames"] = "_ga";
  auto t = kw::snapshot_from_json(type);
  REQUIRE_FALSE(t.ok());
  CHECK(t.error().where == "/cookieNames");

  json empty = base();
  empty["scriptHosts"] = {""};
  CHECK_FALSE(kw::snapshot_from_json(empty).ok());

  json many = base();
  many["cookieNames"] = json::array();
  for (int i = 0; i < 1001; ++i) many["cookieNames"].push_back("c" + std::to_string(i));
  CHECK_FALSE(kw::snapshot_from_json(many).ok());
}

TEST_CASE("The HTML reader lists external script hosts and keeps a form's action",
          "[html_snapshot]") {
  const std::string html =
      "<html><head><script src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>"
      "<script type=\"text/plain\" data-cookieconsent=\"marketing\" "
      "src=\"https://connect.facebook.net/en_US/fbevents.js\"></script></head><body>"
      "<form action=\"http://shop.example/login\" method=\"post\"><input type=\"password\"></form>"
      "<script src=\"//static.hotjar.com/c/hotjar-1.js\"></script><script src=\"/local.js\">"
      "</script><script>var x = 1;</script></body></html>";
  auto s = kw::snapshot_from_html(html, "https://shop.example/");
  REQUIRE(s.ok());
  REQUIRE(s.value().script_hosts.has_value());
  CHECK(*s.value().script_hosts ==
        std::vector<std::string>{"www.googletagmanager.com", "static.hotjar.com"});
  CHECK_FALSE(s.value().cookie_names.has_value());
  bool action = false;
  for (const kw::Node& n : s.value().nodes) {
    if (n.tag == "form") action = n.attr("action") == "http://shop.example/login";
  }
  CHECK(action);
}
