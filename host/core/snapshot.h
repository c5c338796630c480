// The one snapshot model: what the extension (or the HTML reader) tells the host about a page.
// The JSON form is the contract with the extension: docs/snapshot.md and
// schemas/snapshot.schema.json.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "result.h"

namespace kw {

// The snapshot format version this host reads ("schema": "kassawacht.snapshot/1").
inline constexpr int kSnapshotVersion = 1;
inline constexpr std::string_view kSnapshotSchemaId = "kassawacht.snapshot/1";

struct Box {
  double x = 0, y = 0, width = 0, height = 0;
};

// One element of the page. Nodes are in document order; a parent always comes before its children.
struct Node {
  std::string id;    // stable id the extension maps back to an element ("k17")
  int parent = -1;   // index into Snapshot::nodes, -1 for a root
  std::string tag;   // lower-case tag name ("button", "input", "span")
  std::string role;  // explicit or implicit ARIA role ("button", "checkbox", "link"), may be empty
  std::string name;  // accessible name as the browser computes it, may be empty
  std::string text;  // own visible text: the element's direct text children only
  // Where this element reads in its parent's `text`: the byte offset before which its text comes
  // ("Lees onze |<a>voorwaarden</a>| vooraf"). Unknown for older snapshots: then a child's text
  // reads after its parent's own.
  std::optional<std::size_t> at;
  std::map<std::string, std::string>
      attrs;                    // type, name, href, alt, id, for, value (buttons only), aria-*
  std::optional<bool> checked;  // current state of a checkbox, radio or switch
  std::optional<bool>
      default_checked;  // the state the shop put in the page (HTML `checked`, first seen)
  bool disabled = false;
  std::optional<bool> filled;  // text-like fields: filled or not. The value itself is never sent.
  bool visible = true;
  std::optional<Box> box;           // layout box in CSS pixels, when layout is known
  std::optional<double> font_size;  // computed font size in px, when known
  std::optional<int> font_weight;   // computed weight (400 normal, 700 bold), when known
  bool struck = false;              // text-decoration line-through (old price)

  std::string_view attr(std::string_view key) const;
  // Whether this is a top-level heading (<h1>, or role="heading" aria-level="1" in a shop built
  // of divs): the page's own name, which page roles and checks read as what the page is about.
  bool is_h1() const;
};

// A frame the snapshot could not look into (a cross-origin payment iframe).
struct Frame {
  int node = -1;    // the iframe's node index, -1 when unknown
  std::string src;  // its URL or origin
  bool inspected = false;
  std::string reason;  // "cross-origin", "sandboxed", …
};

struct Snapshot {
  std::string url;
  std::string lang;
  std::string title;
  bool layout = true;  // false when boxes/fonts/visibility are unknown (HTML read without CSS)
  std::string source;  // "extension", "html", "bench"…: where it came from, for reports
  std::vector<Node> nodes;
  std::vector<Frame> frames;
  // Names (never values) of the cookies the page has set, and host names of the external scripts
  // it loaded; nullopt when unknown (an empty list means none). See docs/snapshot.md.
  std::optional<std::vector<std::string>> cookie_names;
  std::optional<std::vector<std::string>> script_hosts;
};

// Limits that keep one snapshot's cost bounded; over them the snapshot is rejected, not truncated.
inline constexpr std::size_t kMaxSnapshotNodes = 250'000;
inline constexpr std::size_t kMaxNodeTextBytes = 64 * 1024;
inline constexpr std::size_t kMaxSnapshotListItems = 1000;  // cookieNames, scriptHosts
inline constexpr std::size_t kMaxListItemBytes = 256;

// Returns the snapshot in `j`, or an error naming the field and node ("/nodes/12/checked: expected
// a boolean"). Unknown fields are ignored (newer extensions may send more); missing required ones
// are errors.
Result<Snapshot> snapshot_from_json(const nlohmann::json& j);

// Returns the JSON form of `s`, which snapshot_from_json reads back unchanged.
nlohmann::json snapshot_to_json(const Snapshot& s);

}  // namespace kw
