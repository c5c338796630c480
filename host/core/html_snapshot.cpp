// Turns a plain HTML page into the snapshot model with gumbo, so the CLI can judge saved checkouts
// and fixtures with the same rules as live pages. No CSS: only inline hints decide visibility and
// strike-through.
#include "html_snapshot.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/normalize.h"

namespace kw {

using text::lower_ascii;

namespace {

constexpr std::size_t kMaxClassBytes = 200;
constexpr std::string_view kFrameReason = "not inspected (HTML input)";

struct OutputDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};
using OutputPtr = std::unique_ptr<GumboOutput, OutputDeleter>;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

bool is_element(const GumboNode* g) {
  return g->type == GUMBO_NODE_ELEMENT;
}

bool is_text(const GumboNode* g) {
  return g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
         g->type == GUMBO_NODE_CDATA;
}

const GumboAttribute* find_attr(const GumboNode* g, const char* name) {
  return gumbo_get_attribute(&g->v.element.attributes, name);
}

bool has_attr(const GumboNode* g, const char* name) {
  return find_attr(g, name) != nullptr;
}

std::string_view attr_value(const GumboNode* g, const char* name) {
  const GumboAttribute* a = find_attr(g, name);
  return a == nullptr ? std::string_view{} : std::string_view(a->value);
}

std::string tag_name(const GumboNode* g) {
  const GumboElement& e = g->v.element;
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece piece = e.original_tag;
  if (piece.length == 0) return "unknown";
  gumbo_tag_from_original_text(&piece);
  std::string name = lower_ascii(std::string_view(piece.data, piece.length));
  return name.empty() ? "unknown" : name;
}

// Elements whose content is not page text: left out of the snapshot with everything in them.
bool is_skipped(const GumboNode* g) {
  if (g->type == GUMBO_NODE_TEMPLATE) return true;
  switch (g->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
      return true;
    default:
      return false;
  }
}

// Elements the name-from-content walk surrounds with a space (block boxes in the default style
// sheet).
bool is_block(std::string_view tag) {
  static const char* const kBlocks[] = {
      "address", "article", "aside",   "blockquote", "dd",         "details", "dialog",
      "div",     "dl",      "dt",      "fieldset",   "figcaption", "figure",  "footer",
      "form",    "h1",      "h2",      "h3",         "h4",         "h5",      "h6",
      "header",  "hr",      "li",      "main",       "nav",        "ol",      "p",
      "pre",     "section", "summary", "table",      "tbody",      "td",      "tfoot",
      "th",      "thead",   "tr",      "ul",         "caption",    "option",  "legend"};
  return std::any_of(std::begin(kBlocks), std::end(kBlocks),
                     [&](const char* b) { return tag == b; });
}

bool is_button_input_type(std::string_view type) {
  return type == "submit" || type == "button" || type == "reset" || type == "image";
}

// Input types that are not typed into: everything else (including unknown types, which browsers
// treat as "text") is a text field.
bool is_text_input_type(std::string_view type) {
  static const char* const kNotText[] = {"checkbox", "radio",          "submit", "button", "reset",
                                         "image",    "hidden",         "file",   "color",  "range",
                                         "date",     "datetime-local", "month",  "week",   "time"};
  return std::none_of(std::begin(kNotText), std::end(kNotText),
                      [&](const char* t) { return type == t; });
}

std::string implicit_role(std::string_view tag, std::string_view type, const GumboNode* g) {
  if (tag == "button") return "button";
  if (tag == "a" || tag == "area") return has_attr(g, "href") ? "link" : "";
  if (tag == "input") {
    if (type == "checkbox") return "checkbox";
    if (type == "radio") return "radio";
    if (is_button_input_type(type)) return "button";
    if (is_text_input_type(type)) return "textbox";
    return "";
  }
  if (tag == "select") return "combobox";
  if (tag == "textarea") return "textbox";
  if (tag == "img") return "img";
  if (tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6') return "heading";
  if (tag == "nav") return "navigation";
  if (tag == "form") return "form";
  if (tag == "table") return "table";
  if (tag == "li") return "listitem";
  if (tag == "ul" || tag == "ol") return "list";
  if (tag == "option") return "option";
  if (tag == "main") return "main";
  if (tag == "dialog") return "dialog";
  return "";
}

// Roles (and tags) whose accessible name comes from their content.
bool name_from_content(std::string_view tag, std::string_view role) {
  static const char* const kTags[] = {"button", "a",  "summary", "option", "h1",
                                      "h2",     "h3", "h4",      "h5",     "h6"};
  static const char* const kRoles[] = {
      "button", "link",     "option",           "heading",       "checkbox", "radio",
      "switch", "menuitem", "menuitemcheckbox", "menuitemradio", "tab",      "treeitem",
      "cell",   "gridcell", "columnheader",     "rowheader",     "tooltip"};
  return std::any_of(std::begin(kTags), std::end(kTags), [&](const char* t) { return tag == t; }) ||
         std::any_of(std::begin(kRoles), std::end(kRoles),
                     [&](const char* r) { return role == r; });
}

struct InlineStyle {
  bool hidden = false;
  bool struck = false;
};

// The few inline declarations that matter without a style sheet; a simple, case-insensitive
// reading.
InlineStyle read_style(std::string_view style) {
  InlineStyle out;
  const std::string s = lower_ascii(style);
  std::size_t pos = 0;
  while (pos <= s.size()) {
    std::size_t end = s.find(';', pos);
    if (end == std::string::npos) end = s.size();
    const std::string_view decl(s.data() + pos, end - pos);
    const std::size_t colon = decl.find(':');
    if (colon != std::string_view::npos) {
      const std::string_view prop = trim(decl.substr(0, colon));
      const std::string_view value = trim(decl.substr(colon + 1));
      if (prop == "display" && value.starts_with("none")) out.hidden = true;
      if (prop == "visibility" && (value.starts_with("hidden") || value.starts_with("collapse")))
        out.hidden = true;
      if (prop.starts_with("text-decoration") &&
          value.find("line-through") != std::string_view::npos) {
        out.struck = true;
      }
    }
    pos = end + 1;
  }
  return out;
}

// Cuts `s` to at most `max` bytes on a code point boundary.
std::string cut_utf8(std::string s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  s.resize(n);
  return s;
}

// Text for a snapshot field: white space collapsed, within the contract's length limit.
std::string field_text(std::string_view raw) {
  std::string s = text::collapse_space(raw);
  if (s.size() > kMaxNodeTextBytes) s = text::truncate_utf8(s, kMaxNodeTextBytes - 3);
  if (s.size() > kMaxNodeTextBytes) s = cut_utf8(std::move(s), kMaxNodeTextBytes);
  return s;
}

// Own text for a snapshot: like field_text, keeping line breaks (docs/snapshot.md, `text`).
std::string field_lines(std::string_view raw) {
  std::string s = text::collapse_lines(raw);
  if (s.size() > kMaxNodeTextBytes) s = text::truncate_utf8(s, kMaxNodeTextBytes - 3);
  if (s.size() > kMaxNodeTextBytes) s = cut_utf8(std::move(s), kMaxNodeTextBytes);
  return s;
}

// Marks where a child element sits in its parent's own text while that text is collapsed; a
// control character no page text keeps (text nodes drop it).
constexpr char kChildMark = '\x01';

// `marked` (own text after field_lines, with kChildMark where each child element sat) without
// its marks, as field_lines would have made it without them; `at` gets each mark's byte offset
// in the result, in order. A mark alone between spaces takes one of them along, and a line that
// held only marks goes, so the text is exactly the one without marks.
std::string take_marks(std::string_view marked, std::vector<std::size_t>& at) {
  std::string out;
  out.reserve(marked.size());
  for (std::size_t i = 0; i < marked.size(); ++i) {
    const char c = marked[i];
    if (c == kChildMark) {
      const bool line_start = out.empty() || out.back() == '\n';
      const char next = i + 1 < marked.size() ? marked[i + 1] : '\n';
      if (next == ' ' && (line_start || out.back() == ' ')) {
        ++i;  // "onze \x01 vooraf": one of the two spaces goes with the mark
      } else if (!line_start && out.back() == ' ' && next == '\n') {
        out.pop_back();  // the mark ended the line
      }
      at.push_back(out.size());
      continue;
    }
    if (c == '\n' && (out.empty() || out.back() == '\n')) continue;  // a line of marks only
    out += c;
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  // Two marks side by side ("a <i></i><b>x</b> b") share one place: never one past the next.
  for (std::size_t k = at.size(); k-- > 0;) {
    at[k] = std::min(at[k], k + 1 < at.size() ? at[k + 1] : out.size());
  }
  return out;
}

// The attributes a snapshot keeps: what rules and reports use. A `value` only on button inputs: a
// field's value is what the user typed and never leaves the page.
bool keep_attr(std::string_view name, bool button_input) {
  static const char* const kKept[] = {"type",         "name",        "id",          "for",  "href",
                                      "alt",          "title",       "placeholder", "role", "class",
                                      "autocomplete", "data-testid", "action"};
  if (name == "value") return button_input;
  if (name.starts_with("aria-")) return true;
  return std::any_of(std::begin(kKept), std::end(kKept), [&](const char* k) { return name == k; });
}

// The text of the first <title> child of `g` (the document title in <head>, an SVG's title).
std::optional<std::string> title_child(const GumboNode* g) {
  const GumboVector& children = g->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* c = static_cast<const GumboNode*>(children.data[i]);
    if (!is_element(c) || tag_name(c) != "title") continue;
    std::string raw;
    const GumboVector& parts = c->v.element.children;
    for (unsigned k = 0; k < parts.length; ++k) {
      const auto* t = static_cast<const GumboNode*>(parts.data[k]);
      if (is_text(t)) raw += t->v.text.text;
    }
    return field_text(raw);
  }
  return std::nullopt;
}

// A saved page's own address: <link rel="canonical" href="https://…"> in <head>. Rules that read
// the address (a cart at /winkelwagen, a checkout at /checkout) need it more than the file's path.
std::optional<std::string> canonical_url(const GumboNode* head) {
  const GumboVector& children = head->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* c = static_cast<const GumboNode*>(children.data[i]);
    if (!is_element(c) || tag_name(c) != "link") continue;
    const std::string rel = text::lower_ascii(trim(attr_value(c, "rel")));
    const std::string href(trim(attr_value(c, "href")));
    if (rel == "canonical" && (href.rfind("https://", 0) == 0 || href.rfind("http://", 0) == 0)) {
      return href;
    }
  }
  return std::nullopt;
}

// The host of an external script the page loads: <script src="https://host/…"> of a JavaScript
// type. A script of another type ("text/plain", as consent managers park blocked scripts) does not
// run, so it does not count. Empty when there is none.
std::string script_host(const GumboNode* g) {
  if (g->v.element.tag != GUMBO_TAG_SCRIPT) return {};
  const std::string type = lower_ascii(trim(attr_value(g, "type")));
  if (!type.empty() && type != "text/javascript" && type != "module" &&
      type != "application/javascript") {
    return {};
  }
  std::string src = lower_ascii(trim(attr_value(g, "src")));
  std::size_t start = 0;
  if (src.rfind("https://", 0) == 0) {
    start = 8;
  } else if (src.rfind("http://", 0) == 0) {
    start = 7;
  } else if (src.rfind("//", 0) == 0) {
    start = 2;
  } else {
    return {};
  }
  std::size_t end = src.find_first_of("/?#:", start);
  std::string host = src.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (const std::size_t at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
  if (host.empty() || host.size() > kMaxListItemBytes ||
      host.find_first_of(" \t\r\n?#/") != std::string::npos) {
    return {};
  }
  return host;
}

class Reader {
 public:
  Reader(const GumboOutput& out, std::string_view url) : out_(out) {
    snap_.url = std::string(url);
    snap_.layout = false;
    snap_.source = "html";
  }

  Result<Snapshot> run() {
    const GumboNode* root = out_.root;
    if (root == nullptr || !is_element(root)) return std::move(snap_);
    snap_.lang = std::string(trim(attr_value(root, "lang")));
    snap_.script_hosts.emplace();  // known from the markup: the scripts it loads
    if (auto e = collect(root)) return *e;
    index_ids();
    for (std::size_t i = snap_.nodes.size(); i-- > 0;) snap_.nodes[i].name = field_text(name_of(i));
    return std::move(snap_);
  }

 private:
  struct Pending {
    const GumboNode* g;
    int parent;
  };

  // Walks the tree in document order (explicitly, so deep pages cannot overflow the stack) and
  // makes one node per element.
  std::optional<Error> collect(const GumboNode* root) {
    std::vector<Pending> stack{{root, -1}};
    while (!stack.empty()) {
      const Pending p = stack.back();
      stack.pop_back();
      const GumboNode* g = p.g;
      if (!is_element(g)) continue;
      if (is_skipped(g)) {
        note_script(g);
        continue;
      }
      if (g->v.element.tag == GUMBO_TAG_HEAD) {
        if (snap_.title.empty()) {
          if (auto t = title_child(g)) snap_.title = *t;
        }
        if (auto canonical = canonical_url(g)) snap_.url = *canonical;
        const GumboVector& head = g->v.element.children;
        for (unsigned i = 0; i < head.length; ++i) {
          const auto* c = static_cast<const GumboNode*>(head.data[i]);
          if (is_element(c)) note_script(c);
        }
        continue;
      }
      if (snap_.nodes.size() >= kMaxSnapshotNodes) {
        return Error{ErrorCode::kHtmlUnreadable,
                     "the page has more than " + std::to_string(kMaxSnapshotNodes) + " elements",
                     snap_.url};
      }
      const int index = add_node(g, p.parent);
      if (g->v.element.tag == GUMBO_TAG_SVG || g->v.element.tag == GUMBO_TAG_IFRAME) continue;
      const GumboVector& children = g->v.element.children;
      for (unsigned i = children.length; i-- > 0;) {
        stack.push_back({static_cast<const GumboNode*>(children.data[i]), index});
      }
    }
    return std::nullopt;
  }

  // Adds the host of an external script (script_host) to the snapshot's scriptHosts, once.
  void note_script(const GumboNode* g) {
    std::string host = script_host(g);
    if (host.empty()) return;
    auto& hosts = *snap_.script_hosts;
    if (hosts.size() >= kMaxSnapshotListItems) return;
    if (std::find(hosts.begin(), hosts.end(), host) == hosts.end())
      hosts.push_back(std::move(host));
  }

  int add_node(const GumboNode* g, int parent) {
    const int index = static_cast<int>(snap_.nodes.size());
    Node n;
    n.id = "h" + std::to_string(index);
    n.parent = parent;
    n.tag = tag_name(g);
    if (auto it = child_at_.find(g); it != child_at_.end()) n.at = it->second;
    const std::string type = lower_ascii(trim(attr_value(g, "type")));
    const bool input = n.tag == "input";
    const bool button_input = input && is_button_input_type(type);

    const GumboVector& attrs = g->v.element.attributes;
    for (unsigned i = 0; i < attrs.length; ++i) {
      const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
      const std::string_view name(a->name);
      if (!keep_attr(name, button_input)) continue;
      if (name == "class") {
        n.attrs[std::string(name)] = cut_utf8(text::collapse_space(a->value), kMaxClassBytes);
      } else {
        n.attrs[std::string(name)] = a->value;
      }
    }

    std::string_view explicit_role = trim(attr_value(g, "role"));
    explicit_role = explicit_role.substr(
        0, std::min(explicit_role.size(), explicit_role.find_first_of(" \t\n\r\f")));
    n.role = explicit_role.empty() ? implicit_role(n.tag, type, g) : lower_ascii(explicit_role);

    const std::string aria_checked = lower_ascii(trim(attr_value(g, "aria-checked")));
    if (input && (type == "checkbox" || type == "radio")) {
      n.checked = n.default_checked = has_attr(g, "checked");
    } else if ((n.role == "checkbox" || n.role == "switch" || n.role == "radio") &&
               has_attr(g, "aria-checked")) {
      n.checked = n.default_checked = aria_checked == "true";
    }

    n.disabled =
        has_attr(g, "disabled") || lower_ascii(trim(attr_value(g, "aria-disabled"))) == "true";

    if (input && is_text_input_type(type) && type != "hidden") {
      n.filled = !attr_value(g, "value").empty();
    }

    const InlineStyle style = read_style(attr_value(g, "style"));
    const bool hidden = has_attr(g, "hidden") || (input && type == "hidden") ||
                        lower_ascii(trim(attr_value(g, "aria-hidden"))) == "true" || style.hidden;
    const bool struck = n.tag == "s" || n.tag == "del" || n.tag == "strike" || style.struck;
    const Node* up = parent >= 0 ? &snap_.nodes[static_cast<std::size_t>(parent)] : nullptr;
    n.visible = !hidden && (up == nullptr || up->visible);
    n.struck = struck || (up != nullptr && up->struck);

    // Own text; never the content of a textarea (what the user typed) or an iframe's fallback
    // markup.
    std::string own;
    std::vector<const GumboNode*> marked;  // the child elements, in the order of their marks
    const GumboVector& children = g->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(children.data[i]);
      if (is_text(c)) {
        // A newline in the markup is white space; only <br> makes a line.
        for (const char* p = c->v.text.text; *p != '\0'; ++p) {
          if (*p != kChildMark) own += (*p == '\n' || *p == '\r') ? ' ' : *p;
        }
      } else if (is_element(c) && c->v.element.tag == GUMBO_TAG_BR) {
        own += '\n';  // a line break ("Dorpsstraat 12<br>3511 AB") stays one in the snapshot
      } else if (is_element(c)) {
        own += kChildMark;
        marked.push_back(c);
      }
    }
    if (n.tag == "textarea") {
      n.filled = own.find_first_not_of(kChildMark) != std::string::npos;
    } else if (n.tag != "iframe" && n.tag != "svg") {
      std::vector<std::size_t> at;
      n.text = take_marks(field_lines(own), at);
      // Where each child reads in this text ("Lees onze <a>voorwaarden</a> vooraf"); with no own
      // text there is nothing to place them in.
      for (std::size_t k = 0; !n.text.empty() && k < marked.size(); ++k) {
        child_at_[marked[k]] = k < at.size() ? at[k] : n.text.size();
      }
    }

    // The wrapping <label> without `for` labels its first labelable descendant.
    int label_above = parent >= 0 ? label_ancestor_[static_cast<std::size_t>(parent)] : -1;
    int wrapped_by = -1;
    if (labelable(n.tag, type) && label_above >= 0 &&
        !label_claimed_[static_cast<std::size_t>(label_above)] &&
        !has_attr(gnode_[static_cast<std::size_t>(label_above)], "for")) {
      label_claimed_[static_cast<std::size_t>(label_above)] = true;
      wrapped_by = label_above;
    }
    if (n.tag == "label") label_above = index;

    if (n.tag == "iframe") {
      snap_.frames.push_back(
          Frame{index, std::string(attr_value(g, "src")), false, std::string(kFrameReason)});
    }

    snap_.nodes.push_back(std::move(n));
    gnode_.push_back(g);
    index_of_.emplace(g, index);
    own_hidden_.push_back(hidden);
    label_ancestor_.push_back(label_above);
    label_claimed_.push_back(false);
    wrapping_label_.push_back(wrapped_by);
    return index;
  }

  static bool labelable(std::string_view tag, std::string_view type) {
    if (tag == "input") return type != "hidden";
    return tag == "select" || tag == "textarea" || tag == "button" || tag == "meter" ||
           tag == "output" || tag == "progress";
  }

  // The id → element map (first wins, as getElementById) and the label[for] lists, built once.
  void index_ids() {
    for (std::size_t i = 0; i < snap_.nodes.size(); ++i) {
      const std::string_view id = snap_.nodes[i].attr("id");
      if (!id.empty()) by_id_.emplace(std::string(id), static_cast<int>(i));
      if (snap_.nodes[i].tag == "label") {
        const std::string_view f = attr_value(gnode_[i], "for");
        if (!f.empty()) labels_for_[std::string(f)].push_back(static_cast<int>(i));
      }
    }
  }

  int element_by_id(std::string_view id) const {
    auto it = by_id_.find(std::string(id));
    return it == by_id_.end() ? -1 : it->second;
  }

  // A non-blank aria-label, or nullopt.
  static std::optional<std::string> aria_label(const GumboNode* g) {
    const GumboAttribute* a = find_attr(g, "aria-label");
    if (a == nullptr || trim(a->value).empty()) return std::nullopt;
    return std::string(a->value);
  }

  std::string svg_title(std::size_t i) const {
    auto t = title_child(gnode_[i]);
    return t ? *t : std::string();
  }

  // The accessible name of node `i`, the simple way (accname-lite): aria-labelledby, aria-label, an
  // SVG's <title>, <label>s, a button input's value, alt, content for roles named from content,
  // title, placeholder.
  std::string name_of(std::size_t i) {
    const Node& n = snap_.nodes[i];
    const GumboNode* g = gnode_[i];

    if (const GumboAttribute* ids = find_attr(g, "aria-labelledby")) {
      std::string joined;
      std::string_view rest = ids->value;
      while (!(rest = trim(rest)).empty()) {
        std::size_t end = 0;
        while (end < rest.size() && !is_space(rest[end])) ++end;
        const int target = element_by_id(rest.substr(0, end));
        rest.remove_prefix(end);
        if (target < 0) continue;
        auto label = aria_label(gnode_[static_cast<std::size_t>(target)]);
        joined += ' ';
        joined += label ? *label : content(static_cast<std::size_t>(target));
      }
      if (!trim(joined).empty()) return joined;
    }
    if (auto label = aria_label(g)) return *label;
    if (n.tag == "svg") {
      if (std::string t = svg_title(i); !t.empty()) return t;
    }

    const std::string type = lower_ascii(trim(n.attr("type")));
    if (labelable(n.tag, type)) {
      std::string joined;
      const std::string_view id = n.attr("id");
      if (!id.empty()) {
        if (auto it = labels_for_.find(std::string(id)); it != labels_for_.end()) {
          for (int l : it->second) joined += ' ' + content(static_cast<std::size_t>(l));
        }
      }
      if (wrapping_label_[i] >= 0)
        joined += ' ' + content(static_cast<std::size_t>(wrapping_label_[i]));
      if (!trim(joined).empty()) return joined;
    }
    if (n.tag == "input" && (type == "submit" || type == "button" || type == "reset")) {
      const std::string_view value = attr_value(g, "value");
      if (!trim(value).empty()) return std::string(value);
    }
    if ((n.tag == "input" && type == "image") || n.tag == "img") {
      const std::string_view alt = attr_value(g, "alt");
      if (!trim(alt).empty()) return std::string(alt);
    }
    if (name_from_content(n.tag, n.role)) {
      std::string c = content(i);
      if (!c.empty()) return c;
    }
    const std::string_view title = attr_value(g, "title");
    if (!trim(title).empty()) return std::string(title);
    if ((n.tag == "input" && is_text_input_type(type)) || n.tag == "textarea") {
      return std::string(attr_value(g, "placeholder"));
    }
    return {};
  }

  // The text of the subtree of node `i` as a name from content: text, the alt of images, the
  // aria-label of descendants, button values; hidden descendants and form field values left out.
  // Memoised, and computed bottom-up by the caller, so nested named elements are walked once.
  const std::string& content(std::size_t i) {
    if (auto it = content_memo_.find(i); it != content_memo_.end()) return it->second;
    std::string out;
    struct Item {
      const GumboNode* g;  // nullptr: a block's end, a space
    };
    std::vector<Item> stack;
    auto push_children = [&stack](const GumboNode* g) {
      const GumboVector& children = g->v.element.children;
      for (unsigned k = children.length; k-- > 0;)
        stack.push_back({static_cast<const GumboNode*>(children.data[k])});
    };
    if (!append_leaf(i, out)) push_children(gnode_[i]);
    while (!stack.empty()) {
      const GumboNode* g = stack.back().g;
      stack.pop_back();
      if (g == nullptr) {
        out += ' ';
        continue;
      }
      if (is_text(g)) {
        out += g->v.text.text;
        continue;
      }
      auto found = index_of_.find(g);
      if (found == index_of_.end()) continue;  // script, style, template, …
      const auto k = static_cast<std::size_t>(found->second);
      if (own_hidden_[k]) continue;
      if (auto label = aria_label(g)) {
        out += ' ' + *label + ' ';
        continue;
      }
      if (append_leaf(k, out)) continue;
      const bool block = is_block(snap_.nodes[k].tag);
      if (block) out += ' ';
      if (auto memo = content_memo_.find(k); memo != content_memo_.end()) {
        out += memo->second;
        if (block) out += ' ';
        continue;
      }
      if (block) stack.push_back({nullptr});
      push_children(g);
    }
    return content_memo_.emplace(i, text::collapse_space(out)).first->second;
  }

  // Appends what element `k` adds to a name from content when it is a leaf there (an image's alt, a
  // button input's value, an SVG's title; nothing for a field, whose value is the user's) and
  // returns true; returns false when its children are to be walked instead.
  bool append_leaf(std::size_t k, std::string& out) const {
    const Node& n = snap_.nodes[k];
    const GumboNode* g = gnode_[k];
    const std::string type = n.tag == "input" ? lower_ascii(trim(n.attr("type"))) : std::string();
    if (n.tag == "img" || (n.tag == "input" && type == "image")) {
      out += ' ' + std::string(attr_value(g, "alt")) + ' ';
    } else if (n.tag == "input") {
      if (type == "submit" || type == "button" || type == "reset")
        out += ' ' + std::string(attr_value(g, "value")) + ' ';
    } else if (n.tag == "svg") {
      out += ' ' + svg_title(k) + ' ';
    } else if (n.tag == "br") {
      out += ' ';
    } else if (!(n.tag == "textarea" || n.tag == "select" || n.tag == "iframe")) {
      return false;
    }
    return true;
  }

  const GumboOutput& out_;
  Snapshot snap_;
  std::vector<const GumboNode*> gnode_;
  std::unordered_map<const GumboNode*, std::size_t> child_at_;  // an element's place, set by
                                                                // its parent (Node::at)
  std::unordered_map<const GumboNode*, int> index_of_;
  std::vector<bool> own_hidden_;
  std::vector<int> label_ancestor_;
  std::vector<bool> label_claimed_;
  std::vector<int> wrapping_label_;
  std::unordered_map<std::string, int> by_id_;
  std::unordered_map<std::string, std::vector<int>> labels_for_;
  std::unordered_map<std::size_t, std::string> content_memo_;
};

}  // namespace

Result<Snapshot> snapshot_from_html(std::string_view html, std::string_view url) {
  if (const std::size_t bad = text::find_invalid_utf8(html); bad != std::string_view::npos) {
    return Error{ErrorCode::kHtmlUnreadable, "not valid UTF-8 at byte " + std::to_string(bad),
                 std::string(url)};
  }
  const char* data = html.empty() ? "" : html.data();
  OutputPtr out(gumbo_parse_with_options(&kGumboDefaultOptions, data, html.size()));
  if (!out)
    return Error{ErrorCode::kHtmlUnreadable, "the HTML parser gave no document", std::string(url)};
  try {
    return Reader(*out, url).run();
  } catch (const std::exception& e) {
    return Error{ErrorCode::kInternal, std::string("reading the HTML failed: ") + e.what(),
                 std::string(url)};
  }
}

}  // namespace kw
