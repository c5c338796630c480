// Facts derived once per snapshot and shared by all checks: normalised text per node, the form
// controls with the text around them, and the rows that show an amount. Data flows snapshot ->
// facts -> findings; checks read facts and never re-derive text themselves.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "snapshot.h"
#include "text/money.h"
#include "text/vat.h"

namespace kw {

enum class ControlKind { kCheckbox, kRadio, kSwitch, kButton, kLink, kTextField, kSelect };

// Whether a control is ticked or chosen (checkbox, radio, switch) rather than pressed or typed in.
inline bool is_toggle(ControlKind k) {
  return k == ControlKind::kCheckbox || k == ControlKind::kRadio || k == ControlKind::kSwitch;
}

// A form control or button-like element with the words a person reads for it.
struct Control {
  int node = -1;
  ControlKind kind = ControlKind::kButton;
  std::string label;    // accessible name, or the visible text when the name is empty (raw)
  std::string context;  // the label plus the text of the row it sits in (raw, bounded)
  std::string group;    // radios: the radio group key (name attribute or radiogroup ancestor)
  bool submit = false;  // a submit button (button without type inside a form, or type=submit/image)
};

// The words a box or option is known by from one step to the next: word_string of its label, or
// of its row when it has no label.
std::string toggle_words(const Control& c);

// A row that shows an amount: "Verzendkosten  € 4,95". The row is the smallest ancestor that also
// holds words, so a label in one cell and the amount in the next are read together.
struct PriceRow {
  int node = -1;                     // the node whose text holds the amount
  int row = -1;                      // the row node (label + amount)
  text::Money money;                 // the first amount in the row's own price
  std::string label;                 // the row's text without its amounts (raw)
  std::string label_words;           // word_string(label)
  std::optional<text::VatKind> vat;  // VAT wording on the row
  bool has_toggle = false;           // the row holds a checkbox/radio: a choice, not a fixed line
  bool toggle_checked = false;
};

class PageFacts {
 public:
  // Derives the facts of `snap`, which must outlive this object. Linear in the page size; subtree
  // texts are bounded so a huge page cannot make a check quadratic.
  explicit PageFacts(const Snapshot& snap);

  const Snapshot& snapshot() const { return *snap_; }
  const Node& node(int i) const { return snap_->nodes[static_cast<std::size_t>(i)]; }
  int size() const { return static_cast<int>(snap_->nodes.size()); }

  // Whether the node and all its ancestors are visible.
  bool visible(int i) const { return visible_[static_cast<std::size_t>(i)] != 0; }
  const std::vector<int>& children(int i) const { return children_[static_cast<std::size_t>(i)]; }
  // Where node i stands among its parent's children (0 for a root): checks that look at the
  // label cell before a value, or the heading above a table, step along siblings without searching
  // a long list for every row of a category page.
  int sibling_index(int i) const { return sibling_index_[static_cast<std::size_t>(i)]; }

  // The text a person reads for node i alone: its own text, or its name for img/svg/inputs.
  const std::string& own_text(int i) const { return own_[static_cast<std::size_t>(i)]; }
  // word_string(own_text(i)), computed once.
  const std::string& own_words(int i) const { return own_words_[static_cast<std::size_t>(i)]; }

  // The visible text of node i's subtree in document order, joined with spaces, cut at `max_bytes`.
  std::string subtree_text(int i, std::size_t max_bytes = 400) const;

  // The page's visible text as one word string (for page-level wording), and the lower-cased URL.
  const std::string& page_words() const { return page_words_; }
  const std::string& url_lower() const { return url_lower_; }

  const std::vector<Control>& controls() const { return controls_; }
  const std::vector<PriceRow>& price_rows() const { return price_rows_; }

  // Whether node `a` is `b` or one of its ancestors.
  bool contains(int a, int b) const;
  // The nearest common ancestor of a and b (-1 if none).
  int common_ancestor(int a, int b) const;
  int depth(int i) const { return depth_[static_cast<std::size_t>(i)]; }
  // The number of checkbox/radio/switch controls in node i's subtree (itself included).
  int toggles_in(int i) const { return toggle_count_[static_cast<std::size_t>(i)]; }
  // The number of price rows' amount nodes in node i's subtree (itself included).
  int prices_in(int i) const { return prices_in_[static_cast<std::size_t>(i)]; }

 private:
  // Calls piece(node, text, whole) for the visible text of `root`'s subtree in reading order:
  // each node's own text, cut where its children sit (Node::at), their text in between; `whole`
  // when the piece is the node's entire own text. Stops when piece returns false.
  void read_in_order(int root, const std::function<bool(int, std::string_view, bool)>& piece) const;
  void derive_text();
  void derive_controls();
  void derive_price_rows();
  int row_of(int node, std::size_t max_bytes) const;

  const Snapshot* snap_;
  std::vector<char> visible_;
  std::vector<int> depth_;
  std::vector<std::vector<int>> children_;
  std::vector<int> sibling_index_;
  std::vector<std::string> own_;
  std::vector<std::string> own_words_;
  std::string page_words_;
  std::string url_lower_;
  std::vector<Control> controls_;
  std::vector<PriceRow> price_rows_;
  std::vector<int> toggle_count_;  // checkbox/radio/switch controls per subtree
  std::vector<int> prices_in_;     // amount nodes of price rows per subtree
};

// A checkbox's form name or else its id ("@linnen"), which stays when the shop rewords its label on
// a later step
// ("Bedlinnen € 12,50 per persoon" → "Bedlinnen 6 × € 12,50 (door jou gekozen)"); empty for
// radios (the name is the whole group's) and unnamed boxes.
std::string toggle_name_key(const PageFacts& facts, const Control& c);

// Whether node i is the shop's furniture on every page: header, navigation, page footer. Their
// links ("Verzenden & retourneren") are no order button and their words ("Voor geen enkele
// betaalmethode rekenen we kosten") say nothing of this page. A <footer> or <header> inside a
// form or section (PrestaShop's form-footer) is part of the content.
bool in_page_chrome(const PageFacts& facts, int i);

// Whether node i is part of a customer review or comment (a review widget's entry by its class:
// Judge.me "jdgm-rev__body", WooCommerce "review", "comment"): the customer's words ("binnen een
// week had ik mijn geld terug") state none of the shop's terms.
bool in_customer_review(const PageFacts& facts, int i);

}  // namespace kw
