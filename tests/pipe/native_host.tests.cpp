// The real kassawacht binary, started as a browser starts it, spoken to over pipes: framing,
// errors, the messages of the protocol, and the rule that stdout carries nothing but frames.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "host_process.h"

using kwtest::HostProcess;
using nlohmann::json;

namespace {

const std::vector<std::string> kChrome{"chrome-extension://knldjmfmopnpolahpmmgbagdohdnhkik/"};

json reply_of(HostProcess& host) {
  auto r = host.receive();
  REQUIRE(r.has_value());
  return json::parse(*r);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

json snapshot_with_button(const std::string& label) {
  return {{"schema", "kassawacht.snapshot/1"},
          {"url", "https://shop.example/checkout/review"},
          {"lang", "nl"},
          {"nodes",
           {{{"id", "k0"}, {"parent", -1}, {"tag", "body"}},
            {{"id", "k1"}, {"parent", 0}, {"tag", "h1"}, {"text", "Controleer je bestelling"}},
            {{"id", "k2"}, {"parent", 0}, {"tag", "form"}},
            {{"id", "k3"},
             {"parent", 2},
             {"tag", "button"},
             {"role", "button"},
             {"name", label},
             {"text", label},
             {"attrs", {{"type", "submit"}}}}}}};
}

}  // namespace

TEST_CASE("hello answers with versions and capabilities", "[native][pipe]") {
  HostProcess host(kChrome);
  host.send(R"({"type":"hello","id":1})");
  json r = reply_of(host);
  CHECK(r["type"] == "hello");
  CHECK(r["id"] == 1);
  CHECK(r["protocol"] == 1);
  CHECK(r["catalogue"]["rules"].get<int>() >= 6);
  CHECK(r["snapshotSchema"] == "kassawacht.snapshot/1");
  host.close_input();
  CHECK(host.wait_exit() == 0);
  CHECK(host.drain_stdout().empty());
}

TEST_CASE("Firefox's arguments start the native host too", "[native][pipe]") {
  HostProcess host({"/usr/lib/mozilla/native-messaging-hosts/nl.kassawacht.host.json",
                    "kassawacht@kassawacht.nl"});
  host.send(R"({"type":"hello"})");
  CHECK(reply_of(host)["type"] == "hello");
}

TEST_CASE("analyze returns findings with node ids, messages and timing", "[native][pipe]") {
  HostProcess host(kChrome);
  json req = {{"type", "analyze"},
              {"id", "a1"},
              {"session", "tab-1"},
              {"snapshot", snapshot_with_button("Bestelling plaatsen")}};
  host.send(req.dump());
  json r = reply_of(host);
  REQUIRE(r["type"] == "findings");
  CHECK(r["id"] == "a1");
  CHECK(r["truncated"] == false);
  CHECK(r["timing"].contains("analyzeMs"));
  // Other rules speak on this bare final step too (no contact details, no terms link …); this
  // test is about the shape of one finding.
  const json* button = nullptr;
  for (const json& x : r["findings"]) {
    if (x["rule"] == "order-button-wording") {
      REQUIRE(button == nullptr);
      button = &x;
    }
  }
  REQUIRE(button != nullptr);
  const json& f = *button;
  CHECK(f["severity"] == "violation");
  CHECK(f["node"] == "k3");
  CHECK(f["evidence"] == "Bestelling plaatsen");
  CHECK_FALSE(f["message"].get<std::string>().empty());
  CHECK_FALSE(f["i18n"]["en"]["message"].get<std::string>().empty());
  CHECK(f["law"].size() >= 1);
  CHECK(r["counts"]["violation"].get<int>() >= 1);
}

TEST_CASE("Back-to-back frames in one write are all answered, in order", "[native][pipe]") {
  HostProcess host(kChrome);
  std::string bytes;
  for (int i = 0; i < 5; ++i)
    bytes += HostProcess::frame(json{{"type", "hello"}, {"id", i}}.dump());
  host.write_raw(bytes);
  for (int i = 0; i < 5; ++i) CHECK(reply_of(host)["id"] == i);
}

TEST_CASE("A frame written one byte at a time is read whole", "[native][pipe]") {
  HostProcess host(kChrome);
  std::string f = HostProcess::frame(R"({"type":"hello","id":"slow"})");
  for (char c : f) host.write_raw(std::string(1, c));
  CHECK(reply_of(host)["id"] == "slow");
}

TEST_CASE("Invalid JSON and UTF-8 get an error naming the byte, and the host keeps serving",
          "[native][pipe]") {
  HostProcess host(kChrome);
  host.send(R"({"type": "hello", oops})");
  json e1 = reply_of(host);
  CHECK(e1["type"] == "error");
  CHECK(e1["error"]["name"] == "invalid-json");
  CHECK(e1["error"]["where"] == "byte 18");  // the "o" of oops, 0-based
  host.send(std::string("{\"type\":\"hel\xff\"}"));
  json e2 = reply_of(host);
  CHECK(e2["error"]["name"] == "invalid-utf8");
  CHECK(e2["error"]["where"] == "byte 12");
  host.send("");  // a zero-length frame is a frame: an error reply, then on
  CHECK(reply_of(host)["error"]["name"] == "invalid-json");
  host.send(R"({"type":"hello","id":2})");
  CHECK(reply_of(host)["id"] == 2);
}

TEST_CASE("Bad requests get errors that name the field", "[native][pipe]") {
  HostProcess host(kChrome);
  host.send(R"({"type":"fly"})");
  CHECK(reply_of(host)["error"]["name"] == "unknown-message");
  host.send(R"({"id":3})");
  CHECK(reply_of(host)["error"]["where"] == "/type");
  json bad = snapshot_with_button("Betalen");
  bad["nodes"][3]["parent"] = 7;
  host.send(json{{"type", "analyze"}, {"snapshot", bad}}.dump());
  json e = reply_of(host);
  CHECK(e["error"]["name"] == "snapshot-invalid");
  CHECK_THAT(e["error"]["where"].get<std::string>(), Catch::StartsWith("/snapshot/nodes/3"));
}

TEST_CASE("A declared length over the limit ends the host with its own exit code",
          "[native][pipe]") {
  HostProcess host(kChrome);
  std::uint32_t huge = 0xFFFFFFF0u;
  std::string header(4, '\0');
  std::memcpy(header.data(), &huge, 4);
  host.write_raw(header);
  json r = reply_of(host);
  CHECK(r["error"]["name"] == "frame-too-large");
  CHECK(host.wait_exit() == 3);
}

TEST_CASE("A stream that ends inside a frame ends the host with its own exit code",
          "[native][pipe]") {
  HostProcess host(kChrome);
  std::string f = HostProcess::frame(R"({"type":"hello"})");
  host.write_raw(f.substr(0, 10));
  host.close_input();
  json r = reply_of(host);
  CHECK(r["error"]["name"] == "frame-truncated");
  CHECK(host.wait_exit() == 4);
}

TEST_CASE("reset-session forgets what earlier pages disclosed", "[native][pipe]") {
  HostProcess host(kChrome);
  host.send(R"({"type":"reset-session","session":"tab-9","id":1})");
  json r = reply_of(host);
  CHECK(r["type"] == "session-reset");
  CHECK(r["existed"] == false);
  host.send(
      json{{"type", "analyze"}, {"session", "tab-9"}, {"snapshot", snapshot_with_button("Betalen")}}
          .dump());
  CHECK(reply_of(host)["type"] == "findings");
  host.send(R"({"type":"reset-session","session":"tab-9"})");
  CHECK(reply_of(host)["existed"] == true);
}

TEST_CASE("A reply never exceeds 1 MiB: findings are cut with a flag", "[native][pipe]") {
  // 4000 pre-ticked paid boxes make far more than 1 MiB of findings.
  json snap = {{"schema", "kassawacht.snapshot/1"}, {"url", "https://shop.example/checkout"}};
  json nodes = json::array({{{"id", "k0"}, {"parent", -1}, {"tag", "body"}}});
  for (int i = 0; i < 4000; ++i) {
    const std::string label = "Verzendverzekering nummer " + std::to_string(i) + " + € 2,95";
    nodes.push_back({{"id", "d" + std::to_string(i)}, {"parent", 0}, {"tag", "div"}});
    nodes.push_back({{"id", "c" + std::to_string(i)},
                     {"parent", static_cast<int>(nodes.size()) - 1},
                     {"tag", "input"},
                     {"role", "checkbox"},
                     {"name", label},
                     {"attrs", {{"type", "checkbox"}}},
                     {"checked", true},
                     {"defaultChecked", true}});
  }
  snap["nodes"] = nodes;
  HostProcess host(kChrome);
  host.send(json{{"type", "analyze"}, {"snapshot", snap}}.dump());
  auto raw = host.receive();
  REQUIRE(raw.has_value());
  CHECK(raw->size() <= 1024u * 1024u);
  json r = json::parse(*raw);
  CHECK(r["truncated"] == true);
  CHECK(r["omitted"].get<int>() > 0);
  // Every box is reported (kept or counted as omitted); a few page-level findings of other rules
  // (no contact details on this bare page) come on top.
  const std::size_t total = r["findings"].size() + r["omitted"].get<std::size_t>();
  CHECK(total >= 4000);
  CHECK(total < 4020);
  for (const json& f : r["findings"]) CHECK(f["severity"] == "violation");
}

TEST_CASE("Nothing but frames reaches stdout, even on errors; logs go to stderr",
          "[native][pipe]") {
  HostProcess host(kChrome);
  host.send("not json at all");
  reply_of(host);
  host.close_input();
  CHECK(host.wait_exit() == 0);
  CHECK(host.drain_stdout().empty());
}

TEST_CASE("A broken rule catalogue is reported to the browser, not hidden", "[native][pipe]") {
  HostProcess host({"native", "--rules", "/nonexistent/rules"});
  host.send(R"({"type":"hello"})");
  json hello = reply_of(host);
  CHECK(hello["catalogue"].contains("error"));
  host.send(json{{"type", "analyze"}, {"snapshot", snapshot_with_button("Betalen")}}.dump());
  json e = reply_of(host);
  CHECK(e["type"] == "error");
  CHECK_THAT(e["error"]["message"].get<std::string>(), Catch::Contains("rule catalogue"));
  host.close_input();
  CHECK_THAT(host.drain_stderr(), Catch::Contains("rule catalogue"));
}

TEST_CASE("In record mode the host keeps what it received, for privacy tests", "[native][pipe]") {
  const std::string path = "/tmp/kw-record-" + std::to_string(getpid()) + ".log";
  std::remove(path.c_str());
  {
    HostProcess host(kChrome, {"KASSAWACHT_RECORD=" + path});
    host.send(R"({"type":"hello","id":"rec"})");
    reply_of(host);
  }
  CHECK_THAT(read_file(path), Catch::Contains("\"id\":\"rec\""));
  std::remove(path.c_str());
}
