// The snapshot JSON contract (docs/snapshot.md): what the host accepts, what it refuses and with
// which pointer and message, and that what it writes reads back unchanged.
#include <catch2/catch.hpp>

#include <fstream>
#include <limits>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "snapshot.h"

using nlohmann::json;

namespace {

json example() {
  return json::parse(R"({
    "schema": "kassawacht.snapshot/1",
    "url": "https://shop.example/checkout", "lang": "nl", "title": "Afrekenen – Shop",
    "layout": true, "source": "extension",
    "nodes": [
      { "id": "k0", "parent": -1, "tag": "body" },
      { "id": "k1", "parent": 0, "tag": "button", "role": "button", "name": "Bestellen en betalen",
        "text": "Bestellen en betalen", "attrs": { "type": "submit", "name": "place_order" },
        "disabled": false, "visible": true, "box": [10, 20.5, 300, 48],
        "font": { "size": 16, "weight": 700 }, "struck": false },
      { "id": "k2", "parent": 0, "tag": "input", "role": "checkbox", "name": "Verzendverzekering + € 2,95",
        "attrs": { "type": "checkbox", "name": "insurance" }, "checked": true, "defaultChecked": true },
      { "id": "k3", "parent": 0, "tag": "input", "role": "textbox", "attrs": { "type": "email" }, "filled": true },
      { "id": "k4", "parent": 3, "tag": "span", "text": "€ 49,95", "struck": true, "visible": false,
        "disabled": true },
      { "id": "k5", "parent": 0, "tag": "iframe" }
    ],
    "frames": [ { "node": 5, "src": "https://pay.example", "inspected": false, "reason": "cross-origin" } ]
  })");
}

kw::Error error_of(const json& j) {
  auto r = kw::snapshot_from_json(j);
  REQUIRE_FALSE(r.ok());
  return r.error();
}

// Replaces the node at `index` of the example with `node`.
json with_node(std::size_t index, json node) {
  json j = example();
  j["nodes"][index] = std::move(node);
  return j;
}

void require_same(const kw::Snapshot& a, const kw::Snapshot& b) {
  CHECK(a.url == b.url);
  CHECK(a.lang == b.lang);
  CHECK(a.title == b.title);
  CHECK(a.layout == b.layout);
  CHECK(a.source == b.source);
  REQUIRE(a.nodes.size() == b.nodes.size());
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    const kw::Node& x = a.nodes[i];
    const kw::Node& y = b.nodes[i];
    INFO("node " << i);
    CHECK(x.id == y.id);
    CHECK(x.parent == y.parent);
    CHECK(x.tag == y.tag);
    CHECK(x.role == y.role);
    CHECK(x.name == y.name);
    CHECK(x.text == y.text);
    CHECK(x.attrs == y.attrs);
    CHECK(x.checked == y.checked);
    CHECK(x.default_checked == y.default_checked);
    CHECK(x.disabled == y.disabled);
    CHECK(x.filled == y.filled);
    CHECK(x.visible == y.visible);
    CHECK(x.box.has_value() == y.box.has_value());
    if (x.box && y.box) {
      CHECK(x.box->x == y.box->x);
      CHECK(x.box->y == y.box->y);
      CHECK(x.box->width == y.box->width);
      CHECK(x.box->height == y.box->height);
    }
    CHECK(x.font_size == y.font_size);
    CHECK(x.font_weight == y.font_weight);
    CHECK(x.struck == y.struck);
  }
  REQUIRE(a.frames.size() == b.frames.size());
  for (std::size_t i = 0; i < a.frames.size(); ++i) {
    CHECK(a.frames[i].node == b.frames[i].node);
    CHECK(a.frames[i].src == b.frames[i].src);
    CHECK(a.frames[i].inspected == b.frames[i].inspected);
    CHECK(a.frames[i].reason == b.frames[i].reason);
  }
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("a valid snapshot is read field by field", "[snapshot]") {
  auto r = kw::snapshot_from_json(example());
  REQUIRE(r.ok());
  const kw::Snapshot& s = r.value();

  SECTION("The top-level fields are read.") {
    CHECK(s.url == "https://shop.example/checkout");
    CHECK(s.lang == "nl");
    CHECK(s.title == "Afrekenen – Shop");
    CHECK(s.layout);
    CHECK(s.source == "extension");
    CHECK(s.nodes.size() == 6);
  }
  SECTION("A button node carries its role, name, text, attributes, box and font.") {
    const kw::Node& b = s.nodes[1];
    CHECK(b.id == "k1");
    CHECK(b.parent == 0);
    CHECK(b.tag == "button");
    CHECK(b.role == "button");
    CHECK(b.name == "Bestellen en betalen");
    CHECK(b.text == "Bestellen en betalen");
    CHECK(b.attr("type") == "submit");
    CHECK(b.attr("name") == "place_order");
    REQUIRE(b.box);
    CHECK(b.box->x == 10);
    CHECK(b.box->y == 20.5);
    CHECK(b.box->width == 300);
    CHECK(b.box->height == 48);
    CHECK(b.font_size == 16.0);
    CHECK(b.font_weight == 700);
    CHECK_FALSE(b.struck);
    CHECK_FALSE(b.disabled);
    CHECK(b.visible);
  }
  SECTION("A checkbox node carries its current and default state.") {
    CHECK(s.nodes[2].checked == true);
    CHECK(s.nodes[2].default_checked == true);
    CHECK_FALSE(s.nodes[2].filled.has_value());
  }
  SECTION("A text field says only whether it is filled.") {
    CHECK(s.nodes[3].filled == true);
    CHECK(s.nodes[3].attr("value").empty());
  }
  SECTION("Non-default booleans are read.") {
    CHECK(s.nodes[4].struck);
    CHECK_FALSE(s.nodes[4].visible);
    CHECK(s.nodes[4].disabled);
  }
  SECTION("Frames are read.") {
    REQUIRE(s.frames.size() == 1);
    CHECK(s.frames[0].node == 5);
    CHECK(s.frames[0].src == "https://pay.example");
    CHECK_FALSE(s.frames[0].inspected);
    CHECK(s.frames[0].reason == "cross-origin");
  }
}

TEST_CASE("optional fields take their defaults", "[snapshot]") {
  auto r = kw::snapshot_from_json(json::parse(R"({
    "schema": "kassawacht.snapshot/1", "url": "u",
    "nodes": [ { "id": "a", "parent": -1, "tag": "DIV" } ] })"));
  REQUIRE(r.ok());
  const kw::Snapshot& s = r.value();
  SECTION("The top level defaults to an empty language and title, with layout.") {
    CHECK(s.lang.empty());
    CHECK(s.title.empty());
    CHECK(s.layout);
    CHECK(s.source.empty());
    CHECK(s.frames.empty());
  }
  SECTION("A node defaults to visible, enabled, not struck, with unknown states.") {
    const kw::Node& n = s.nodes[0];
    CHECK(n.tag == "div");
    CHECK(n.role.empty());
    CHECK(n.name.empty());
    CHECK(n.text.empty());
    CHECK(n.attrs.empty());
    CHECK_FALSE(n.checked);
    CHECK_FALSE(n.default_checked);
    CHECK_FALSE(n.filled);
    CHECK_FALSE(n.box);
    CHECK_FALSE(n.font_size);
    CHECK_FALSE(n.font_weight);
    CHECK(n.visible);
    CHECK_FALSE(n.disabled);
    CHECK_FALSE(n.struck);
  }
  SECTION("An empty node list is a valid snapshot.") {
    auto e = kw::snapshot_from_json(
        json::parse(R"({"schema":"kassawacht.snapshot/1","url":"","nodes":[]})"));
    REQUIRE(e.ok());
    CHECK(e.value().nodes.empty());
  }
}

TEST_CASE("unknown fields are ignored", "[snapshot]") {
  json j = example();
  j["futureField"] = {{"x", 1}};
  j["nodes"][1]["shadow"] = "open";
  j["nodes"][1]["font"]["family"] = "Inter";
  j["frames"][0]["sandbox"] = true;
  auto r = kw::snapshot_from_json(j);
  REQUIRE(r.ok());
  CHECK(r.value().nodes[1].font_weight == 700);
}

TEST_CASE("the schema id is checked", "[snapshot]") {
  SECTION("A missing schema is an invalid snapshot.") {
    json j = example();
    j.erase("schema");
    const auto e = error_of(j);
    CHECK(e.code == kw::ErrorCode::kSnapshotInvalid);
    CHECK(e.where == "/schema");
    CHECK_THAT(e.message, Catch::Contains("missing required field"));
  }
  SECTION("Another major version is a version error that names the version.") {
    json j = example();
    j["schema"] = "kassawacht.snapshot/2";
    const auto e = error_of(j);
    CHECK(e.code == kw::ErrorCode::kSnapshotVersion);
    CHECK(e.where == "/schema");
    CHECK_THAT(e.message, Catch::Contains("version 2") && Catch::Contains("kassawacht.snapshot/1"));
  }
  SECTION("An unrelated schema id is an invalid snapshot.") {
    for (const char* id : {"other/1", "kassawacht.snapshot/", "kassawacht.snapshot/1.1",
                           "kassawacht.snapshot/x", "KASSAWACHT.SNAPSHOT/1"}) {
      json j = example();
      j["schema"] = id;
      INFO(id);
      CHECK(error_of(j).code == kw::ErrorCode::kSnapshotInvalid);
    }
  }
  SECTION("A schema that is not a string is an invalid snapshot.") {
    json j = example();
    j["schema"] = 1;
    const auto e = error_of(j);
    CHECK(e.code == kw::ErrorCode::kSnapshotInvalid);
    CHECK(e.message == "expected a string, got integer");
  }
}

TEST_CASE("the top level is checked", "[snapshot]") {
  SECTION("Something other than an object is refused at the root pointer.") {
    for (const json& j : {json(nullptr), json::array(), json(3), json("snapshot"), json(true)}) {
      const auto e = error_of(j);
      CHECK(e.code == kw::ErrorCode::kSnapshotInvalid);
      CHECK(e.where.empty());
    }
  }
  SECTION("A missing url is an error at /url.") {
    json j = example();
    j.erase("url");
    CHECK(error_of(j).where == "/url");
  }
  SECTION("A url of the wrong type is an error at /url.") {
    json j = example();
    j["url"] = nullptr;
    const auto e = error_of(j);
    CHECK(e.where == "/url");
    CHECK(e.message == "expected a string, got null");
  }
  SECTION("Missing nodes are an error at /nodes.") {
    json j = example();
    j.erase("nodes");
    CHECK(error_of(j).where == "/nodes");
  }
  SECTION("Nodes that are not an array are an error at /nodes.") {
    json j = example();
    j["nodes"] = json::object();
    CHECK(error_of(j).message == "expected an array, got object");
  }
  SECTION("Optional top-level fields of the wrong type are errors.") {
    for (const char* key : {"lang", "title", "source"}) {
      json j = example();
      j[key] = 5;
      CHECK(error_of(j).where == std::string("/") + key);
    }
    json j = example();
    j["layout"] = "false";
    CHECK(error_of(j).message == "expected a boolean, got string");
    j = example();
    j["frames"] = json::object();
    CHECK(error_of(j).where == "/frames");
  }
  SECTION("Layout false is read.") {
    json j = example();
    j["layout"] = false;
    auto r = kw::snapshot_from_json(j);
    REQUIRE(r.ok());
    CHECK_FALSE(r.value().layout);
  }
}

TEST_CASE("node identity and order are checked", "[snapshot]") {
  SECTION("A node that is not an object is refused.") {
    const auto e = error_of(with_node(2, "k2"));
    CHECK(e.where == "/nodes/2");
    CHECK(e.message == "expected a node object, got string");
  }
  SECTION("A missing id is an error at the id.") {
    const auto e = error_of(with_node(2, {{"parent", 0}, {"tag", "p"}}));
    CHECK(e.where == "/nodes/2/id");
    CHECK_THAT(e.message, Catch::Contains("missing required field \"id\""));
  }
  SECTION("An empty id is an error.") {
    CHECK(error_of(with_node(2, {{"id", ""}, {"parent", 0}, {"tag", "p"}})).where == "/nodes/2/id");
  }
  SECTION("A duplicate id names both indices and the id.") {
    const auto e = error_of(with_node(4, {{"id", "k2"}, {"parent", 0}, {"tag", "p"}}));
    CHECK(e.code == kw::ErrorCode::kSnapshotInvalid);
    CHECK(e.where == "/nodes/4/id");
    CHECK_THAT(e.message, Catch::Contains("2") && Catch::Contains("4") && Catch::Contains("k2"));
  }
  SECTION("A parent that is not earlier is refused.") {
    for (int parent : {3, 4, 5, -2}) {
      INFO(parent);
      const auto e = error_of(with_node(3, {{"id", "k3"}, {"parent", parent}, {"tag", "p"}}));
      CHECK(e.where == "/nodes/3/parent");
      CHECK_THAT(e.message, Catch::Contains("node k3"));
    }
  }
  SECTION("A parent that is not an integer is refused.") {
    for (const json& parent : {json(1.5), json(1.0), json("0"), json(nullptr)}) {
      const auto e = error_of(with_node(3, {{"id", "k3"}, {"parent", parent}, {"tag", "p"}}));
      CHECK(e.where == "/nodes/3/parent");
      CHECK_THAT(e.message, Catch::StartsWith("expected an integer"));
    }
  }
  SECTION("A huge parent is out of range, not wrapped.") {
    json big = std::numeric_limits<std::uint64_t>::max();
    CHECK(error_of(with_node(3, {{"id", "k3"}, {"parent", big}, {"tag", "p"}})).where ==
          "/nodes/3/parent");
    json low = std::numeric_limits<std::int64_t>::min();
    CHECK(error_of(with_node(3, {{"id", "k3"}, {"parent", low}, {"tag", "p"}})).where ==
          "/nodes/3/parent");
  }
  SECTION("A missing parent is an error.") {
    CHECK(error_of(with_node(3, {{"id", "k3"}, {"tag", "p"}})).where == "/nodes/3/parent");
  }
  SECTION("A missing or empty tag is an error.") {
    CHECK(error_of(with_node(3, {{"id", "k3"}, {"parent", 0}})).where == "/nodes/3/tag");
    CHECK(error_of(with_node(3, {{"id", "k3"}, {"parent", 0}, {"tag", ""}})).where ==
          "/nodes/3/tag");
    CHECK(error_of(with_node(3, {{"id", "k3"}, {"parent", 0}, {"tag", 1}})).where ==
          "/nodes/3/tag");
  }
  SECTION("A tag is lower-cased.") {
    auto r = kw::snapshot_from_json(with_node(3, {{"id", "k3"}, {"parent", 0}, {"tag", "BuTTon"}}));
    REQUIRE(r.ok());
    CHECK(r.value().nodes[3].tag == "button");
  }
}

TEST_CASE("node field types are checked", "[snapshot]") {
  SECTION("A boolean of the wrong type names the field, the type and the node.") {
    json j = example();
    j["nodes"][2]["checked"] = "true";
    const auto e = error_of(j);
    CHECK(e.code == kw::ErrorCode::kSnapshotInvalid);
    CHECK(e.where == "/nodes/2/checked");
    CHECK(e.message == "expected a boolean, got string (node k2)");
  }
  SECTION("Every boolean field is checked.") {
    for (const char* key :
         {"checked", "defaultChecked", "disabled", "visible", "filled", "struck"}) {
      json j = example();
      j["nodes"][1][key] = 1;
      INFO(key);
      CHECK(error_of(j).where == std::string("/nodes/1/") + key);
    }
  }
  SECTION("Every string field is checked.") {
    for (const char* key : {"role", "name", "text"}) {
      json j = example();
      j["nodes"][1][key] = json::array();
      INFO(key);
      const auto e = error_of(j);
      CHECK(e.where == std::string("/nodes/1/") + key);
      CHECK(e.message == "expected a string, got array (node k1)");
    }
  }
  SECTION("Attributes must be an object of strings.") {
    json j = example();
    j["nodes"][1]["attrs"] = json::array();
    CHECK(error_of(j).where == "/nodes/1/attrs");
    j = example();
    j["nodes"][1]["attrs"]["tabindex"] = 0;
    const auto e = error_of(j);
    CHECK(e.where == "/nodes/1/attrs/tabindex");
    CHECK_THAT(e.message,
               Catch::Contains("expected a string, got integer") && Catch::Contains("node k1"));
  }
  SECTION("An attribute name is escaped in the pointer.") {
    json j = example();
    j["nodes"][1]["attrs"]["a/b~c"] = false;
    CHECK(error_of(j).where == "/nodes/1/attrs/a~1b~0c");
  }
  SECTION("Name and text over the limit are refused.") {
    const std::string long_text(kw::kMaxNodeTextBytes + 1, 'x');
    for (const char* key : {"name", "text"}) {
      json j = example();
      j["nodes"][1][key] = long_text;
      INFO(key);
      CHECK(error_of(j).where == std::string("/nodes/1/") + key);
    }
    json j = example();
    j["nodes"][1]["text"] = std::string(kw::kMaxNodeTextBytes, 'x');
    CHECK(kw::snapshot_from_json(j).ok());
  }
}

TEST_CASE("boxes and fonts are checked", "[snapshot]") {
  auto box_error = [](json box) {
    json j = example();
    j["nodes"][1]["box"] = std::move(box);
    return error_of(j);
  };
  SECTION("A box must be an array of exactly four numbers.") {
    CHECK(box_error(json::object()).where == "/nodes/1/box");
    CHECK(box_error({1, 2, 3}).where == "/nodes/1/box");
    CHECK(box_error({1, 2, 3, 4, 5}).where == "/nodes/1/box");
    const auto e = box_error({1, "2", 3, 4});
    CHECK(e.where == "/nodes/1/box/1");
    CHECK(e.message == "expected a number, got string (node k1)");
  }
  SECTION("A box's width and height must not be negative.") {
    CHECK(box_error({1, 2, -3, 4}).where == "/nodes/1/box/2");
    CHECK(box_error({1, 2, 3, -0.5}).where == "/nodes/1/box/3");
  }
  SECTION("A box's numbers must be finite.") {
    CHECK(box_error({1, std::numeric_limits<double>::infinity(), 3, 4}).where == "/nodes/1/box/1");
    CHECK(box_error({std::numeric_limits<double>::quiet_NaN(), 2, 3, 4}).where == "/nodes/1/box/0");
  }
  SECTION("A box may have negative coordinates and zero size.") {
    json j = example();
    j["nodes"][1]["box"] = {-10, -2000.5, 0, 0};
    auto r = kw::snapshot_from_json(j);
    REQUIRE(r.ok());
    CHECK(r.value().nodes[1].box->y == -2000.5);
  }
  auto font_error = [](json font) {
    json j = example();
    j["nodes"][1]["font"] = std::move(font);
    return error_of(j);
  };
  SECTION("A font size must be a positive number.") {
    CHECK(font_error({{"size", 0}}).where == "/nodes/1/font/size");
    CHECK(font_error({{"size", -1}}).where == "/nodes/1/font/size");
    CHECK(font_error({{"size", "16px"}}).where == "/nodes/1/font/size");
  }
  SECTION("A font weight must be an integer from 1 to 1000.") {
    CHECK(font_error({{"weight", 0}}).where == "/nodes/1/font/weight");
    CHECK(font_error({{"weight", 1001}}).where == "/nodes/1/font/weight");
    CHECK(font_error({{"weight", 700.5}}).where == "/nodes/1/font/weight");
    CHECK_THAT(font_error({{"weight", "bold"}}).message, Catch::Contains("node k1"));
  }
  SECTION("A font that is not an object is refused.") {
    CHECK(font_error(16).where == "/nodes/1/font");
  }
  SECTION("Either font field may be absent.") {
    json j = example();
    j["nodes"][1]["font"] = {{"size", 12.5}};
    auto r = kw::snapshot_from_json(j);
    REQUIRE(r.ok());
    CHECK(r.value().nodes[1].font_size == 12.5);
    CHECK_FALSE(r.value().nodes[1].font_weight);
  }
}

TEST_CASE("typed values are refused", "[snapshot]") {
  auto with_value = [](json node) {
    json j = example();
    j["nodes"][3] = std::move(node);
    return j;
  };
  SECTION("A text field's value is refused with the privacy message.") {
    const auto e = error_of(with_value({{"id", "k3"},
                                        {"parent", 0},
                                        {"tag", "input"},
                                        {"attrs", {{"type", "email"}, {"value", "a@b.nl"}}}}));
    CHECK(e.code == kw::ErrorCode::kSnapshotInvalid);
    CHECK(e.where == "/nodes/3/attrs/value");
    CHECK_THAT(e.message, Catch::Contains("value of a form field must not be sent; send filled") &&
                              Catch::Contains("node k3"));
  }
  SECTION("A value in another case is refused too.") {
    CHECK(error_of(
              with_value(
                  {{"id", "k3"}, {"parent", 0}, {"tag", "textarea"}, {"attrs", {{"VALUE", "x"}}}}))
              .where == "/nodes/3/attrs/VALUE");
  }
  SECTION("A value on any non-button node is refused.") {
    for (const char* tag : {"div", "select", "textarea", "option"}) {
      INFO(tag);
      CHECK_FALSE(
          kw::snapshot_from_json(
              with_value({{"id", "k3"}, {"parent", 0}, {"tag", tag}, {"attrs", {{"value", "x"}}}}))
              .ok());
    }
    CHECK_FALSE(
        kw::snapshot_from_json(
            with_value(
                {{"id", "k3"}, {"parent", 0}, {"tag", "input"}, {"attrs", {{"value", "x"}}}}))
            .ok());
  }
  SECTION("A button's value is allowed.") {
    CHECK(kw::snapshot_from_json(
              with_value(
                  {{"id", "k3"}, {"parent", 0}, {"tag", "button"}, {"attrs", {{"value", "pay"}}}}))
              .ok());
    for (const char* type : {"submit", "button", "reset", "image", "SUBMIT"}) {
      INFO(type);
      CHECK(
          kw::snapshot_from_json(with_value({{"id", "k3"},
                                             {"parent", 0},
                                             {"tag", "INPUT"},
                                             {"attrs", {{"type", type}, {"value", "Bestellen"}}}}))
              .ok());
    }
  }
}

TEST_CASE("frames are checked", "[snapshot]") {
  SECTION("A frame's node must be -1 or a node index.") {
    json j = example();
    j["frames"][0]["node"] = 6;
    CHECK(error_of(j).where == "/frames/0/node");
    j["frames"][0]["node"] = -1;
    CHECK(kw::snapshot_from_json(j).ok());
  }
  SECTION("A frame's fields are type-checked.") {
    json j = example();
    j["frames"][0]["inspected"] = "no";
    CHECK(error_of(j).where == "/frames/0/inspected");
    j = example();
    j["frames"] = {1};
    CHECK(error_of(j).where == "/frames/0");
  }
  SECTION("A frame's fields default when absent.") {
    json j = example();
    j["frames"] = {json::object()};
    auto r = kw::snapshot_from_json(j);
    REQUIRE(r.ok());
    CHECK(r.value().frames[0].node == -1);
    CHECK(r.value().frames[0].src.empty());
    CHECK_FALSE(r.value().frames[0].inspected);
  }
}

TEST_CASE("the node limit is enforced", "[snapshot]") {
  SECTION("More nodes than the limit are refused before they are read.") {
    json j = example();
    j["nodes"] = json::array();
    j["nodes"].get_ref<json::array_t&>().resize(kw::kMaxSnapshotNodes + 1);
    const auto e = error_of(j);
    CHECK(e.where == "/nodes");
    CHECK_THAT(e.message, Catch::Contains("250000"));
  }
}

TEST_CASE("a snapshot round-trips through JSON", "[snapshot]") {
  SECTION("Reading what was written gives the same snapshot.") {
    auto first = kw::snapshot_from_json(example());
    REQUIRE(first.ok());
    const json written = kw::snapshot_to_json(first.value());
    auto second = kw::snapshot_from_json(written);
    REQUIRE(second.ok());
    require_same(first.value(), second.value());
    CHECK(kw::snapshot_to_json(second.value()) == written);
  }
  SECTION("A snapshot built in code round-trips with every field set.") {
    kw::Snapshot s;
    s.url = "file:///tmp/x.html";
    s.lang = "nl-NL";
    s.title = "Kassa";
    s.layout = false;
    s.source = "html";
    kw::Node root;
    root.id = "r";
    root.tag = "html";
    kw::Node n;
    n.id = "n";
    n.parent = 0;
    n.tag = "div";
    n.role = "switch";
    n.name = "Verzekering";
    n.text = "Ja";
    n.attrs = {{"aria-checked", "false"}, {"class", "a b"}};
    n.checked = false;
    n.default_checked = true;
    n.disabled = true;
    n.filled = false;
    n.visible = false;
    n.box = kw::Box{1.25, 2, 3, 4};
    n.font_size = 13.5;
    n.font_weight = 600;
    n.struck = true;
    s.nodes = {root, n};
    s.frames = {kw::Frame{1, "https://pay.example", true, "same-origin"}};
    auto back = kw::snapshot_from_json(kw::snapshot_to_json(s));
    REQUIRE(back.ok());
    require_same(s, back.value());
  }
  SECTION("Unset optionals and defaults are left out of the JSON.") {
    kw::Snapshot s;
    s.url = "u";
    kw::Node n;
    n.id = "a";
    n.tag = "p";
    s.nodes = {n};
    const json j = kw::snapshot_to_json(s);
    CHECK(j["schema"] == "kassawacht.snapshot/1");
    CHECK_FALSE(j.contains("source"));
    CHECK(j["nodes"][0] == json({{"id", "a"}, {"parent", -1}, {"tag", "p"}}));
    CHECK(j["frames"] == json::array());
  }
}

TEST_CASE("Node::attr finds attributes", "[snapshot]") {
  kw::Node n;
  n.attrs = {{"type", "checkbox"}, {"aria-label", ""}};
  SECTION("A present attribute is returned.") {
    CHECK(n.attr("type") == "checkbox");
  }
  SECTION("A missing attribute is an empty view.") {
    CHECK(n.attr("name").empty());
    CHECK(n.attr("aria-label").empty());
  }
}

TEST_CASE("the documented example is a valid snapshot", "[snapshot]") {
  const std::string md = read_text(std::string(KW_TEST_SOURCE_DIR) + "/../docs/snapshot.md");
  const auto heading = md.find("## Full example");
  REQUIRE(heading != std::string::npos);
  const auto start = md.find("```json\n", heading);
  REQUIRE(start != std::string::npos);
  const auto body = start + 8;
  const auto end = md.find("```", body);
  REQUIRE(end != std::string::npos);
  const json j = json::parse(md.substr(body, end - body));

  SECTION("The example in docs/snapshot.md parses.") {
    auto r = kw::snapshot_from_json(j);
    REQUIRE(r.ok());
    CHECK(r.value().nodes.size() == 6);
    CHECK(r.value().frames.size() == 1);
  }
  SECTION("The JSON schema names the same version.") {
    const json schema = json::parse(
        read_text(std::string(KW_TEST_SOURCE_DIR) + "/../schemas/snapshot.schema.json"));
    CHECK(schema["properties"]["schema"]["const"] == std::string(kw::kSnapshotSchemaId));
    CHECK(schema["properties"]["nodes"]["maxItems"] == kw::kMaxSnapshotNodes);
  }
}

TEST_CASE("A child's place in its parent's text is read and checked", "[snapshot]") {
  json j = example();
  j["nodes"][0]["text"] = "Lees onze vooraf.";
  j["nodes"][1]["at"] = 10;
  auto r = kw::snapshot_from_json(j);
  REQUIRE(r.ok());
  REQUIRE(r.value().nodes[1].at);
  CHECK(*r.value().nodes[1].at == 10);
  CHECK_FALSE(r.value().nodes[2].at);

  j["nodes"][1]["at"] = 18;  // past the end of "Lees onze vooraf." (17 bytes)
  auto past = error_of(j);
  CHECK(past.where == "/nodes/1/at");
  CHECK(past.message.find("17") != std::string::npos);

  json root = example();
  root["nodes"][0]["at"] = 0;
  CHECK(error_of(root).where == "/nodes/0/at");
}
