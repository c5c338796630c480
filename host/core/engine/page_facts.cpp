// Derives, once per snapshot, the text and structure facts that every check reads (see
// page_facts.h).
#include "engine/page_facts.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

#include "text/normalize.h"

namespace kw {

using text::lower_ascii;

namespace {

constexpr std::size_t kMaxPageWordsBytes = 4u << 20;  // page wording beyond 4 MiB adds nothing
constexpr std::size_t kRowMaxBytes = 300;             // a "row" is a line a person reads at once
constexpr int kRowMaxClimb = 4;

bool has_form_ancestor(const Snapshot& s, int i) {
  for (int p = s.nodes[static_cast<std::size_t>(i)].parent; p >= 0;
       p = s.nodes[static_cast<std::size_t>(p)].parent) {
    if (s.nodes[static_cast<std::size_t>(p)].tag == "form") return true;
  }
  return false;
}

// Which kind of control a node is, if any: the tag first, then an explicit ARIA role.
std::optional<ControlKind> control_kind(const Node& n) {
  const std::string type = lower_ascii(std::string(n.attr("type")));
  if (n.tag == "input") {
    if (type == "checkbox")
      return n.role == "switch" ? ControlKind::kSwitch : ControlKind::kCheckbox;
    if (type == "radio") return ControlKind::kRadio;
    if (type == "submit" || type == "image" || type == "button" || type == "reset") {
      return ControlKind::kButton;
    }
    if (type == "hidden") return std::nullopt;
    return ControlKind::kTextField;
  }
  if (n.tag == "button") return ControlKind::kButton;
  if (n.tag == "select") return ControlKind::kSelect;
  if (n.tag == "textarea") return ControlKind::kTextField;
  if (n.role == "checkbox") return ControlKind::kCheckbox;
  if (n.role == "switch") return ControlKind::kSwitch;
  if (n.role == "radio") return ControlKind::kRadio;
  if (n.role == "button") return ControlKind::kButton;
  if (n.tag == "a" && (!n.attr("href").empty() || n.role == "link")) return ControlKind::kLink;
  if (n.role == "link") return ControlKind::kLink;
  return std::nullopt;
}

bool has_letter_word(std::string_view words) {
  // A label has words when a token holds a letter and is not just a currency word. After a leading
  // amount, the unit that follows it names nothing either: a cart's price cell "€ 17,95 per
  // levering" or "€ 9,95 p/st" belongs to the line its row names.
  static const std::set<std::string_view> kUnits = {"p", "st", "stuk", "stuks", "mnd", "maand"};
  std::size_t i = 0;
  bool amount_first = true;
  bool after_per = false;
  for (bool first = true; i < words.size(); first = false) {
    std::size_t j = words.find(' ', i);
    if (j == std::string_view::npos) j = words.size();
    const std::string_view tok = words.substr(i, j - i);
    i = j + 1;
    const bool letter = text::has_letter(tok);
    if (first) amount_first = !letter;
    const bool currency = tok == "eur" || tok == "euro" || tok == "euros";
    const bool note = amount_first && (tok == "per" || after_per || kUnits.count(tok) > 0);
    after_per = tok == "per";
    if (letter && !currency && !note) return true;
  }
  return false;
}

bool may_hold_amount(std::string_view s) {
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) return true;
  }
  return s.find("\xE2\x82\xAC") != std::string_view::npos;  // "€"
}

}  // namespace

PageFacts::PageFacts(const Snapshot& snap) : snap_(&snap) {
  derive_text();
  derive_controls();
  derive_price_rows();
}

void PageFacts::derive_text() {
  const std::size_t n = snap_->nodes.size();
  visible_.assign(n, 1);
  depth_.assign(n, 0);
  children_.assign(n, {});
  sibling_index_.assign(n, 0);
  own_.assign(n, {});
  own_words_.assign(n, {});
  for (std::size_t i = 0; i < n; ++i) {
    const Node& node = snap_->nodes[i];
    const int p = node.parent;
    bool vis = node.visible;
    if (p >= 0) {
      vis = vis && visible_[static_cast<std::size_t>(p)] != 0;
      depth_[i] = depth_[static_cast<std::size_t>(p)] + 1;
      auto& siblings = children_[static_cast<std::size_t>(p)];
      sibling_index_[i] = static_cast<int>(siblings.size());
      siblings.push_back(static_cast<int>(i));
    }
    visible_[i] = vis ? 1 : 0;
    std::string own = text::collapse_space(node.text);
    if (own.empty()) {
      const std::string type = lower_ascii(std::string(node.attr("type")));
      const bool named_alone =
          node.tag == "img" || node.tag == "svg" || node.tag == "area" || node.role == "img" ||
          (node.tag == "input" &&
           (type == "submit" || type == "button" || type == "image" || type == "reset"));
      if (named_alone) own = text::collapse_space(node.name);
    }
    if (!own.empty()) own_words_[i] = text::word_string(own);
    own_[i] = std::move(own);
  }
  // The page's words in reading order: "Lees onze <a>voorwaarden</a> vooraf" reads as one
  // sentence, not as "Lees onze vooraf voorwaarden".
  for (std::size_t i = 0; i < n && page_words_.size() < kMaxPageWordsBytes; ++i) {
    if (snap_->nodes[i].parent >= 0) continue;
    read_in_order(static_cast<int>(i), [&](int node, std::string_view piece, bool whole) {
      std::string part;  // only a piece of a node's text needs its own word string
      if (!whole) part = text::word_string(piece);
      const std::string& words = whole ? own_words_[static_cast<std::size_t>(node)] : part;
      if (!words.empty()) {
        if (!page_words_.empty()) page_words_ += ' ';
        page_words_ += words;
      }
      return page_words_.size() < kMaxPageWordsBytes;
    });
  }
  url_lower_ = lower_ascii(snap_->url);
}

void PageFacts::read_in_order(int root,
                              const std::function<bool(int, std::string_view, bool)>& piece) const {
  if (root < 0 || root >= size() || !visible(root)) return;
  struct Frame {
    int node;
    std::size_t kid = 0;  // the next child to read
    std::size_t pos = 0;  // how much of the node's own text was read
  };
  std::vector<Frame> stack{{root}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const std::string& own = own_[static_cast<std::size_t>(f.node)];
    // Places (Node::at) count in the snapshot's text; collapse_space keeps its length when the
    // text has no line breaks to fold, which a valid snapshot's text never has around them.
    const bool placed = own.size() == node(f.node).text.size();
    const auto& kids = children(f.node);
    if (f.kid < kids.size()) {
      const int k = kids[f.kid++];
      std::size_t at = own.size();
      if (placed && node(k).at) at = std::clamp(*node(k).at, f.pos, own.size());
      if (at > f.pos) {
        const bool whole = f.pos == 0 && at == own.size();
        if (!piece(f.node, std::string_view(own).substr(f.pos, at - f.pos), whole)) return;
        f.pos = at;
      }
      if (visible(k)) stack.push_back({k});  // `f` is not used after this
      continue;
    }
    if (f.pos < own.size() && !piece(f.node, std::string_view(own).substr(f.pos), f.pos == 0)) {
      return;
    }
    stack.pop_back();
  }
}

std::string PageFacts::subtree_text(int i, std::size_t max_bytes) const {
  std::string out;
  read_in_order(i, [&](int, std::string_view piece, bool) {
    const std::size_t b = piece.find_first_not_of(" \n");
    if (b == std::string_view::npos) return true;
    const bool spaced = b > 0;
    piece = piece.substr(b, piece.find_last_not_of(" \n") - b + 1);
    // "terugsturen (<a>zo werkt het</a>)." reads as "(zo werkt het)." without spaces inside.
    const bool opens =
        !out.empty() && std::string_view("([\"'").find(out.back()) != std::string_view::npos;
    const bool closes =
        !spaced && std::string_view(")].,;:!?\"'").find(piece.front()) != std::string_view::npos;
    if (!out.empty() && !opens && !closes) out += ' ';
    out += piece;
    return out.size() < max_bytes;
  });
  if (out.size() > max_bytes) out = text::truncate_utf8(out, max_bytes);
  return out;
}

bool PageFacts::contains(int a, int b) const {
  if (a < 0 || b < 0) return false;
  while (b >= 0 && depth(b) > depth(a)) b = node(b).parent;
  return a == b;
}

int PageFacts::common_ancestor(int a, int b) const {
  if (a < 0 || b < 0) return -1;
  while (depth(a) > depth(b)) a = node(a).parent;
  while (depth(b) > depth(a)) b = node(b).parent;
  while (a != b && a >= 0 && b >= 0) {
    a = node(a).parent;
    b = node(b).parent;
  }
  return a == b ? a : -1;
}

bool in_page_chrome(const PageFacts& facts, int i) {
  bool chrome = false;
  for (int p = facts.node(i).parent; p >= 0; p = facts.node(p).parent) {
    const Node& n = facts.node(p);
    if (n.tag == "nav" || n.role == "navigation" || n.role == "contentinfo" || n.role == "banner") {
      return true;
    }
    if (n.tag == "footer" || n.tag == "header") {
      chrome = true;
      continue;
    }
    // A header or footer inside content (an article's footer, a section's header) is the
    // content's; content inside the page footer (its columns as <section>s, a newsletter <form>)
    // is still the footer.
    if (chrome && (n.tag == "form" || n.tag == "main" || n.tag == "article" || n.tag == "section" ||
                   n.tag == "aside")) {
      return false;
    }
  }
  return chrome;
}

bool in_customer_review(const PageFacts& facts, int i) {
  constexpr int kMaxDepth = 12;
  static const RE2 review_class(
      R"((?:^|[-_ ])(?:rev|reviews?|comments?|testimonials?|beoordelingen|ervaringen)(?:$|[-_ ]))");
  for (int p = i, up = 0; p >= 0 && up < kMaxDepth; p = facts.node(p).parent, ++up) {
    const std::string_view cls = facts.node(p).attr("class");
    if (!cls.empty() && RE2::PartialMatch(lower_ascii(cls), review_class)) return true;
  }
  return false;
}

std::string toggle_name_key(const PageFacts& facts, const Control& c) {
  if (c.kind != ControlKind::kCheckbox && c.kind != ControlKind::kSwitch) return {};
  std::string_view name = facts.node(c.node).attr("name");
  if (name.empty()) name = facts.node(c.node).attr("id");
  if (name.empty() || name.size() > 100) return {};
  return "@" + std::string(name);
}

std::string toggle_words(const Control& c) {
  std::string words = text::word_string(c.label);
  return words.empty() ? text::word_string(c.context) : words;
}

void PageFacts::derive_controls() {
  const int n = size();
  std::vector<std::optional<ControlKind>> kind(static_cast<std::size_t>(n));
  // Toggle controls per subtree, so a row can be grown until it would take in a second toggle.
  std::vector<int> toggles(static_cast<std::size_t>(n), 0);
  for (int i = 0; i < n; ++i) {
    kind[static_cast<std::size_t>(i)] = control_kind(node(i));
    if (kind[static_cast<std::size_t>(i)] && is_toggle(*kind[static_cast<std::size_t>(i)])) {
      toggles[static_cast<std::size_t>(i)] = 1;
    }
  }
  for (int i = n - 1; i >= 0; --i) {
    int p = node(i).parent;
    if (p >= 0) toggles[static_cast<std::size_t>(p)] += toggles[static_cast<std::size_t>(i)];
  }
  toggle_count_ = toggles;

  for (int i = 0; i < n; ++i) {
    const auto& k = kind[static_cast<std::size_t>(i)];
    if (!k) continue;
    const Node& nd = node(i);
    const bool toggle = is_toggle(*k);
    // Toggles are often visually hidden and drawn by a styled label; buttons must be seen to count.
    if (!toggle && !visible(i)) continue;
    Control c;
    c.node = i;
    c.kind = *k;
    c.label = text::collapse_space(nd.name);
    if (c.label.empty() && !toggle) c.label = subtree_text(i, 200);
    const std::string type = lower_ascii(std::string(nd.attr("type")));
    if (*k == ControlKind::kButton) {
      c.submit = type == "submit" || type == "image" ||
                 (nd.tag == "button" && type.empty() && has_form_ancestor(*snap_, i));
    }
    if (toggle) {
      int row = i;
      for (int p = nd.parent, climbed = 0; p >= 0 && climbed < kRowMaxClimb;
           p = node(p).parent, ++climbed) {
        if (toggles[static_cast<std::size_t>(p)] > 1) break;
        if (subtree_text(p, kRowMaxBytes + 1).size() > kRowMaxBytes) break;
        row = p;
      }
      std::string row_text = subtree_text(row, kRowMaxBytes);
      c.context = row_text.find(c.label) == std::string::npos ? c.label + " " + row_text : row_text;
      if (*k == ControlKind::kRadio) {
        c.group = std::string(nd.attr("name"));
        if (c.group.empty()) {
          for (int p = nd.parent; p >= 0; p = node(p).parent) {
            if (node(p).role == "radiogroup") {
              c.group = "#" + node(p).id;
              break;
            }
          }
        }
      }
    } else {
      c.context = c.label;
    }
    controls_.push_back(std::move(c));
  }
}

int PageFacts::row_of(int start, std::size_t max_bytes) const {
  int row = start;
  for (int climbed = 0; climbed < kRowMaxClimb; ++climbed) {
    std::string t = subtree_text(row, max_bytes + 1);
    if (has_letter_word(text::word_string(t))) return row;
    int p = node(row).parent;
    if (p < 0 || subtree_text(p, max_bytes + 1).size() > max_bytes) return row;
    if (prices_in(p) > prices_in(row)) return row;
    row = p;
  }
  return row;
}

void PageFacts::derive_price_rows() {
  const int n = size();
  std::vector<char> taken(static_cast<std::size_t>(n), 0);
  for (int i = 0; i < n; ++i) {
    if (!visible(i) || taken[static_cast<std::size_t>(i)]) continue;
    const std::string& own = own_[static_cast<std::size_t>(i)];
    if (own.empty()) continue;
    const bool words_free =
        own_words_[static_cast<std::size_t>(i)].find("gratis") != std::string::npos ||
        own_words_[static_cast<std::size_t>(i)].find("free") != std::string::npos;
    if (!may_hold_amount(own) && !words_free) continue;
    int price_node = i;
    // A node whose own text is the start of a price ("€55" + <sup>,30</sup>) is read with its
    // parts.
    std::optional<text::Money> money;
    if (children(i).empty() || subtree_text(i, 41).size() > 40) money = text::first_amount(own);
    if (!money) {
      // A price split over nodes ("€" / "24" / ",95"): read the smallest short subtree whole. Own
      // texts lose their order against child elements, so the parts are put in a price's order.
      for (int p = i, climbed = 0; p >= 0 && climbed < 3; p = node(p).parent, ++climbed) {
        std::vector<std::string> currency, digits, decimals;
        std::vector<int> stack{p};
        std::size_t bytes = 0;
        while (!stack.empty() && bytes <= 40) {
          int at = stack.back();
          stack.pop_back();
          if (!visible(at)) continue;
          const std::string& t = own_[static_cast<std::size_t>(at)];
          if (!t.empty()) {
            bytes += t.size();
            if (t == "\xE2\x82\xAC" || t == "EUR" || t == "eur") {
              currency.push_back(t);
            } else if (t[0] == ',' || t[0] == '.') {
              decimals.push_back(t);
            } else {
              digits.push_back(t);
            }
          }
          const auto& kids = children(at);
          for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
        }
        if (bytes > 40) break;
        // Without a separate decimal part, a subtree where one piece is a whole price already is
        // not a split price: the node's own text is its price, or (higher up) it holds several
        // prices.
        if (decimals.empty()) {
          bool whole_inside = false;
          for (const auto* group : {&currency, &digits}) {
            for (const std::string& t : *group) {
              if (text::first_amount(t)) whole_inside = true;
            }
          }
          if (whole_inside) {
            if (p == i) money = text::first_amount(own);
            break;
          }
        }
        std::vector<std::string_view> parts;
        for (const auto* group : {&currency, &digits, &decimals}) {
          for (const std::string& t : *group) parts.emplace_back(t);
        }
        money = text::first_amount(text::join_price_parts(parts));
        if (money) {
          price_node = p;
          break;
        }
      }
    }
    if (!money || taken[static_cast<std::size_t>(price_node)]) continue;
    taken[static_cast<std::size_t>(price_node)] = 1;
    PriceRow r;
    r.node = price_node;
    r.money = *money;
    price_rows_.push_back(std::move(r));
  }
  // Prices per subtree, so a row never grows into a block that holds other prices.
  prices_in_.assign(static_cast<std::size_t>(n), 0);
  for (const PriceRow& r : price_rows_) ++prices_in_[static_cast<std::size_t>(r.node)];
  for (int i = n - 1; i >= 0; --i) {
    int p = node(i).parent;
    if (p >= 0) prices_in_[static_cast<std::size_t>(p)] += prices_in_[static_cast<std::size_t>(i)];
  }
  for (PriceRow& r : price_rows_) {
    r.row = row_of(r.node, kRowMaxBytes);
    r.label = subtree_text(r.row, kRowMaxBytes);
    if (!has_letter_word(text::word_string(r.label))) {
      // A value cell whose label is its previous sibling: <dt>Administratiekosten</dt><dd>€
      // 1,95</dd>.
      const int parent = node(r.row).parent;
      if (parent >= 0) {
        const int at = sibling_index(r.row);
        if (at > 0) {
          const int label_node = children(parent)[static_cast<std::size_t>(at - 1)];
          if (prices_in(label_node) == 0) {
            r.label = subtree_text(label_node, kRowMaxBytes) + " " + r.label;
          }
        }
      }
    }
    r.label_words = text::word_string(r.label);
    r.vat = text::vat_status(r.label);
    // A price in an option's label ("Express bezorging + € 4,95" beside its radio) is a choice:
    // look for the option's control in the row and the short ancestors around it.
    int option = -1;
    for (int p = r.row, climbed = 0; p >= 0 && climbed < 3; p = node(p).parent, ++climbed) {
      // An ancestor that holds other amounts holds other rows: a short cart's table with one
      // insurance box makes no item an option. The option's amount twice ("€ 7,95" in a cell and
      // in its label) is still one row.
      if (p != r.row && prices_in(p) > prices_in(r.row) &&
          std::any_of(price_rows_.begin(), price_rows_.end(), [&](const PriceRow& q) {
            return contains(p, q.node) && !contains(r.row, q.node) &&
                   q.money.cents != r.money.cents;
          })) {
        break;
      }
      if (toggle_count_[static_cast<std::size_t>(p)] > 0) {
        option = p;
        break;
      }
      if (node(p).parent >= 0 &&
          subtree_text(node(p).parent, kRowMaxBytes + 1).size() > kRowMaxBytes) {
        break;
      }
    }
    r.has_toggle = option >= 0;
    if (r.has_toggle) {
      for (const Control& c : controls_) {
        if (is_toggle(c.kind) && contains(option, c.node) && node(c.node).checked.value_or(false)) {
          r.toggle_checked = true;
        }
      }
    }
  }
}

}  // namespace kw
