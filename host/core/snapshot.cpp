// Reads and writes the snapshot JSON (docs/snapshot.md). The reader is the host's side of the
// contract: it checks every type before touching a value, so a bad snapshot is an Error naming
// field and node.
#include "snapshot.h"

#include <cmath>
#include <cstdint>
#include <exception>
#include <limits>
#include <string>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "text/normalize.h"

namespace kw {

using text::lower_ascii;

std::string_view Node::attr(std::string_view key) const {
  auto it = attrs.find(std::string(key));
  if (it == attrs.end()) return {};
  return it->second;
}

bool Node::is_h1() const {
  return tag == "h1" || (role == "heading" && attr("aria-level") == "1");
}

namespace {

using json = nlohmann::json;

constexpr std::string_view kSchemaPrefix = "kassawacht.snapshot/";

// What a JSON value is, in the words of the error messages ("expected a boolean, got string").
std::string type_word(const json& v) {
  switch (v.type()) {
    case json::value_t::null:
      return "null";
    case json::value_t::boolean:
      return "boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return "integer";
    case json::value_t::number_float:
      return "number";
    case json::value_t::string:
      return "string";
    case json::value_t::array:
      return "array";
    case json::value_t::object:
      return "object";
    default:
      return v.type_name();
  }
}

// One JSON pointer token (RFC 6901): "~" and "/" are escaped.
std::string pointer_token(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

bool is_button_like(const Node& n) {
  if (n.tag == "button") return true;
  if (n.tag != "input") return false;
  const std::string type = lower_ascii(n.attr("type"));
  return type == "submit" || type == "button" || type == "reset" || type == "image";
}

// Reads the fields of one JSON object; every failure becomes an Error at `base` + "/" + field.
// `suffix` is added to each message (" (node k12)") so the extension can find the element.
class Fields {
 public:
  Fields(const json& obj, std::string base, std::string suffix = {})
      : obj_(obj), base_(std::move(base)), suffix_(std::move(suffix)) {}

  std::string where(std::string_view key) const { return base_ + "/" + pointer_token(key); }
  const std::string& suffix() const { return suffix_; }

  Error error(std::string_view key, std::string message) const {
    return Error{ErrorCode::kSnapshotInvalid, std::move(message) + suffix_, where(key)};
  }

  Error expected(std::string_view key, std::string_view what, const json& got) const {
    return error(key, "expected " + std::string(what) + ", got " + type_word(got));
  }

  // Returns the member or nullptr when it is absent.
  const json* find(std::string_view key) const {
    auto it = obj_.find(key);
    return it == obj_.end() ? nullptr : &*it;
  }

  std::optional<Error> required_present(std::string_view key) const {
    if (find(key) == nullptr)
      return error(key, "missing required field \"" + std::string(key) + "\"");
    return std::nullopt;
  }

  // A string member; absent leaves `out` unchanged.
  std::optional<Error> string(std::string_view key, std::string& out, bool required = false) const {
    const json* v = find(key);
    if (v == nullptr) return required ? required_present(key) : std::nullopt;
    if (!v->is_string()) return expected(key, "a string", *v);
    out = v->get_ref<const std::string&>();
    return std::nullopt;
  }

  std::optional<Error> boolean(std::string_view key, bool& out) const {
    const json* v = find(key);
    if (v == nullptr) return std::nullopt;
    if (!v->is_boolean()) return expected(key, "a boolean", *v);
    out = v->get<bool>();
    return std::nullopt;
  }

  std::optional<Error> boolean(std::string_view key, std::optional<bool>& out) const {
    bool b = false;
    const json* v = find(key);
    if (v == nullptr) return std::nullopt;
    if (auto e = boolean(key, b)) return e;
    out = b;
    return std::nullopt;
  }

  // An integer member in [lo, hi]; `range` describes the bounds for the message.
  std::optional<Error> integer(std::string_view key, std::int64_t& out, std::int64_t lo,
                               std::int64_t hi, std::string_view range, bool required) const {
    const json* v = find(key);
    if (v == nullptr) return required ? required_present(key) : std::nullopt;
    if (!v->is_number_integer()) return expected(key, "an integer", *v);
    std::int64_t value = 0;
    bool in_range = true;
    if (v->is_number_unsigned()) {
      const auto u = v->get<std::uint64_t>();
      in_range = u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
      if (in_range) value = static_cast<std::int64_t>(u);
    } else {
      value = v->get<std::int64_t>();
    }
    if (!in_range || value < lo || value > hi) {
      return error(key, v->dump() + " is out of range: " + std::string(range));
    }
    out = value;
    return std::nullopt;
  }

  // The length limit on a text field.
  std::optional<Error> limit(std::string_view key, const std::string& s) const {
    if (s.size() <= kMaxNodeTextBytes) return std::nullopt;
    return error(key, std::string(key) + " is " + std::to_string(s.size()) +
                          " bytes; the limit is " + std::to_string(kMaxNodeTextBytes));
  }

 private:
  const json& obj_;
  std::string base_;
  std::string suffix_;
};

std::optional<Error> read_attrs(const json& v, const Fields& f, Node& node) {
  if (!v.is_object()) return f.expected("attrs", "an object", v);
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (!it.value().is_string()) {
      return Error{ErrorCode::kSnapshotInvalid,
                   "attribute \"" + it.key() + "\": expected a string, got " +
                       type_word(it.value()) + f.suffix(),
                   f.where("attrs") + "/" + pointer_token(it.key())};
    }
    node.attrs.emplace(it.key(), it.value().get<std::string>());
  }
  return std::nullopt;
}

std::optional<Error> read_box(const json& v, const Fields& f, Node& node) {
  if (!v.is_array()) return f.expected("box", "an array of 4 numbers", v);
  if (v.size() != 4) {
    return f.error("box",
                   "expected 4 numbers [x, y, width, height], got " + std::to_string(v.size()));
  }
  double d[4];
  for (std::size_t i = 0; i < 4; ++i) {
    const json& e = v[i];
    const std::string where = f.where("box") + "/" + std::to_string(i);
    if (!e.is_number()) {
      return Error{ErrorCode::kSnapshotInvalid,
                   "expected a number, got " + type_word(e) + f.suffix(), where};
    }
    d[i] = e.get<double>();
    if (!std::isfinite(d[i])) {
      return Error{ErrorCode::kSnapshotInvalid, "expected a finite number" + f.suffix(), where};
    }
  }
  if (d[2] < 0) {
    return Error{ErrorCode::kSnapshotInvalid, "the box width must not be negative" + f.suffix(),
                 f.where("box") + "/2"};
  }
  if (d[3] < 0) {
    return Error{ErrorCode::kSnapshotInvalid, "the box height must not be negative" + f.suffix(),
                 f.where("box") + "/3"};
  }
  node.box = Box{d[0], d[1], d[2], d[3]};
  return std::nullopt;
}

std::optional<Error> read_font(const json& v, const Fields& outer, Node& node) {
  if (!v.is_object()) return outer.expected("font", "an object", v);
  const Fields f(v, outer.where("font"), outer.suffix());
  if (const json* size = f.find("size")) {
    if (!size->is_number()) return f.expected("size", "a number", *size);
    const double s = size->get<double>();
    if (!std::isfinite(s) || s <= 0) return f.error("size", "font size must be a positive number");
    node.font_size = s;
  }
  if (f.find("weight") != nullptr) {
    std::int64_t weight = 0;
    if (auto e = f.integer("weight", weight, 1, 1000, "a font weight is 1..1000", false)) return e;
    node.font_weight = static_cast<int>(weight);
  }
  return std::nullopt;
}

std::optional<Error> read_node(const json& v, std::size_t index, const std::vector<Node>& nodes,
                               Node& node) {
  const std::string base = "/nodes/" + std::to_string(index);
  if (!v.is_object()) {
    return Error{ErrorCode::kSnapshotInvalid, "expected a node object, got " + type_word(v), base};
  }
  // The id first, so that every later message can name the node.
  {
    const Fields f(v, base);
    if (auto e = f.string("id", node.id, true)) return e;
    if (node.id.empty()) return f.error("id", "a node id must not be empty");
  }
  const Fields f(v, base, " (node " + node.id + ")");

  std::int64_t parent = -1;
  const auto own = static_cast<std::int64_t>(index);
  if (auto e = f.integer(
          "parent", parent, -1, own - 1,
          "a parent is -1 or the index of an earlier node (below " + std::to_string(own) + ")",
          true)) {
    return e;
  }
  node.parent = static_cast<int>(parent);

  if (auto e = f.string("tag", node.tag, true)) return e;
  if (node.tag.empty()) return f.error("tag", "a tag must not be empty");
  node.tag = lower_ascii(node.tag);

  if (auto e = f.string("role", node.role)) return e;
  if (auto e = f.string("name", node.name)) return e;
  if (auto e = f.limit("name", node.name)) return e;
  if (auto e = f.string("text", node.text)) return e;
  if (auto e = f.limit("text", node.text)) return e;
  if (f.find("at") != nullptr) {
    if (node.parent < 0) return f.error("at", "a root node has no parent text to sit in");
    std::int64_t at = 0;
    const auto parent_text =
        static_cast<std::int64_t>(nodes[static_cast<std::size_t>(node.parent)].text.size());
    if (auto e = f.integer("at", at, 0, parent_text,
                           "a place in the parent's text, 0 to its length in bytes (" +
                               std::to_string(parent_text) + ")",
                           false)) {
      return e;
    }
    node.at = static_cast<std::size_t>(at);
  }

  if (const json* a = f.find("attrs")) {
    if (auto e = read_attrs(*a, f, node)) return e;
  }
  if (!is_button_like(node)) {
    for (const auto& [key, value] : node.attrs) {
      if (lower_ascii(key) == "value") {
        return Error{ErrorCode::kSnapshotInvalid,
                     "value of a form field must not be sent; send filled" + f.suffix(),
                     f.where("attrs") + "/" + pointer_token(key)};
      }
    }
  }

  if (auto e = f.boolean("checked", node.checked)) return e;
  if (auto e = f.boolean("defaultChecked", node.default_checked)) return e;
  if (auto e = f.boolean("disabled", node.disabled)) return e;
  if (auto e = f.boolean("visible", node.visible)) return e;
  if (auto e = f.boolean("filled", node.filled)) return e;
  if (auto e = f.boolean("struck", node.struck)) return e;

  if (const json* b = f.find("box")) {
    if (auto e = read_box(*b, f, node)) return e;
  }
  if (const json* fo = f.find("font")) {
    if (auto e = read_font(*fo, f, node)) return e;
  }
  return std::nullopt;
}

std::optional<Error> read_frame(const json& v, std::size_t index, std::size_t node_count,
                                Frame& frame) {
  const std::string base = "/frames/" + std::to_string(index);
  if (!v.is_object()) {
    return Error{ErrorCode::kSnapshotInvalid, "expected a frame object, got " + type_word(v), base};
  }
  const Fields f(v, base);
  std::int64_t node = -1;
  if (auto e = f.integer(
          "node", node, -1, static_cast<std::int64_t>(node_count) - 1,
          "a frame's node is -1 or the index of a node (below " + std::to_string(node_count) + ")",
          false)) {
    return e;
  }
  frame.node = static_cast<int>(node);
  if (auto e = f.string("src", frame.src)) return e;
  if (auto e = f.boolean("inspected", frame.inspected)) return e;
  if (auto e = f.string("reason", frame.reason)) return e;
  return std::nullopt;
}

// cookieNames / scriptHosts: an array of short non-empty strings, none holding a character in
// `banned` (a cookie's value, a script's path), which `banned_message` explains.
std::optional<Error> read_name_list(const Fields& top, std::string_view key,
                                    std::string_view banned, std::string_view banned_message,
                                    std::optional<std::vector<std::string>>& out) {
  const json* v = top.find(key);
  if (v == nullptr) return std::nullopt;
  if (!v->is_array()) return top.expected(key, "an array of strings", *v);
  if (v->size() > kMaxSnapshotListItems) {
    return top.error(key, "too many entries: " + std::to_string(v->size()) + "; the limit is " +
                              std::to_string(kMaxSnapshotListItems));
  }
  std::vector<std::string> list;
  list.reserve(v->size());
  for (std::size_t i = 0; i < v->size(); ++i) {
    const json& e = (*v)[i];
    const std::string where = top.where(key) + "/" + std::to_string(i);
    if (!e.is_string()) {
      return Error{ErrorCode::kSnapshotInvalid, "expected a string, got " + type_word(e), where};
    }
    const auto& s = e.get_ref<const std::string&>();
    if (s.empty() || s.size() > kMaxListItemBytes) {
      return Error{ErrorCode::kSnapshotInvalid,
                   "expected 1 to " + std::to_string(kMaxListItemBytes) + " bytes, got " +
                       std::to_string(s.size()),
                   where};
    }
    for (char c : s) {
      if (banned.find(c) != std::string_view::npos) {
        return Error{ErrorCode::kSnapshotInvalid, std::string(banned_message), where};
      }
    }
    list.push_back(s);
  }
  out = std::move(list);
  return std::nullopt;
}

std::optional<Error> check_schema(const Fields& top) {
  const json* v = top.find("schema");
  if (v == nullptr) {
    return top.error("schema", "missing required field \"schema\" (expected \"" +
                                   std::string(kSnapshotSchemaId) + "\")");
  }
  if (!v->is_string()) return top.expected("schema", "a string", *v);
  const auto& id = v->get_ref<const std::string&>();
  if (id == kSnapshotSchemaId) return std::nullopt;
  const std::string_view rest =
      std::string_view(id).substr(id.starts_with(kSchemaPrefix) ? kSchemaPrefix.size() : 0);
  const bool versioned = id.starts_with(kSchemaPrefix) && !rest.empty() && rest.size() <= 9 &&
                         rest.find_first_not_of("0123456789") == std::string_view::npos;
  if (versioned) {
    return Error{ErrorCode::kSnapshotVersion,
                 "snapshot version " + std::string(rest) + " is not supported; this host reads \"" +
                     std::string(kSnapshotSchemaId) + "\"",
                 "/schema"};
  }
  return top.error("schema", "unknown schema \"" + id + "\" (expected \"" +
                                 std::string(kSnapshotSchemaId) + "\")");
}

Result<Snapshot> read_snapshot(const json& j) {
  if (!j.is_object()) {
    return Error{ErrorCode::kSnapshotInvalid, "expected a snapshot object, got " + type_word(j),
                 ""};
  }
  const Fields top(j, "");
  if (auto e = check_schema(top)) return *e;

  Snapshot s;
  if (auto e = top.string("url", s.url, true)) return *e;
  if (auto e = top.string("lang", s.lang)) return *e;
  if (auto e = top.string("title", s.title)) return *e;
  if (auto e = top.boolean("layout", s.layout)) return *e;
  if (auto e = top.string("source", s.source)) return *e;

  const json* nodes = top.find("nodes");
  if (nodes == nullptr) return *top.required_present("nodes");
  if (!nodes->is_array()) return top.expected("nodes", "an array", *nodes);
  if (nodes->size() > kMaxSnapshotNodes) {
    return top.error("nodes", "too many nodes: " + std::to_string(nodes->size()) +
                                  "; the limit is " + std::to_string(kMaxSnapshotNodes));
  }
  s.nodes.resize(nodes->size());
  std::unordered_map<std::string_view, std::size_t> seen;
  seen.reserve(nodes->size());
  for (std::size_t i = 0; i < nodes->size(); ++i) {
    if (auto e = read_node((*nodes)[i], i, s.nodes, s.nodes[i])) return *e;
    auto [it, inserted] = seen.emplace(s.nodes[i].id, i);
    if (!inserted) {
      return Error{ErrorCode::kSnapshotInvalid,
                   "duplicate node id: nodes " + std::to_string(it->second) + " and " +
                       std::to_string(i) + " are both \"" + s.nodes[i].id + "\" (node " +
                       s.nodes[i].id + ")",
                   "/nodes/" + std::to_string(i) + "/id"};
    }
  }

  if (const json* frames = top.find("frames")) {
    if (!frames->is_array()) return top.expected("frames", "an array", *frames);
    s.frames.resize(frames->size());
    for (std::size_t i = 0; i < frames->size(); ++i) {
      if (auto e = read_frame((*frames)[i], i, s.nodes.size(), s.frames[i])) return *e;
    }
  }
  if (auto e = read_name_list(top, "cookieNames", "=;",
                              "cookie values must not be sent; send names only", s.cookie_names)) {
    return *e;
  }
  if (auto e = read_name_list(top, "scriptHosts", "/?#@ \t\r\n",
                              "send the host name only, not a URL", s.script_hosts)) {
    return *e;
  }
  return s;
}

}  // namespace

Result<Snapshot> snapshot_from_json(const json& j) {
  try {
    return read_snapshot(j);
  } catch (const std::exception& e) {
    // Every access above is type-checked; reaching this is a bug (or memory exhaustion), not bad
    // input.
    return Error{ErrorCode::kInternal, std::string("reading the snapshot failed: ") + e.what(), ""};
  }
}

json snapshot_to_json(const Snapshot& s) {
  json j = json::object();
  j["schema"] = kSnapshotSchemaId;
  j["url"] = s.url;
  j["lang"] = s.lang;
  j["title"] = s.title;
  j["layout"] = s.layout;
  if (!s.source.empty()) j["source"] = s.source;

  json nodes = json::array();
  for (const Node& n : s.nodes) {
    json o = json::object();
    o["id"] = n.id;
    o["parent"] = n.parent;
    o["tag"] = n.tag;
    if (!n.role.empty()) o["role"] = n.role;
    if (!n.name.empty()) o["name"] = n.name;
    if (!n.text.empty()) o["text"] = n.text;
    if (n.at) o["at"] = *n.at;
    if (!n.attrs.empty()) o["attrs"] = n.attrs;
    if (n.checked) o["checked"] = *n.checked;
    if (n.default_checked) o["defaultChecked"] = *n.default_checked;
    if (n.disabled) o["disabled"] = true;
    if (!n.visible) o["visible"] = false;
    if (n.filled) o["filled"] = *n.filled;
    if (n.box) o["box"] = json::array({n.box->x, n.box->y, n.box->width, n.box->height});
    if (n.font_size || n.font_weight) {
      json font = json::object();
      if (n.font_size) font["size"] = *n.font_size;
      if (n.font_weight) font["weight"] = *n.font_weight;
      o["font"] = std::move(font);
    }
    if (n.struck) o["struck"] = true;
    nodes.push_back(std::move(o));
  }
  j["nodes"] = std::move(nodes);

  json frames = json::array();
  for (const Frame& f : s.frames) {
    frames.push_back(
        {{"node", f.node}, {"src", f.src}, {"inspected", f.inspected}, {"reason", f.reason}});
  }
  j["frames"] = std::move(frames);
  if (s.cookie_names) j["cookieNames"] = *s.cookie_names;
  if (s.script_hosts) j["scriptHosts"] = *s.script_hosts;
  return j;
}

}  // namespace kw
