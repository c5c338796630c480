// Shared by the identity, terms, complaints, privacy, trustmark and platform checks: the page's
// visible text as one normalised string with the node each piece came from (for identifiers and
// numbers that a word string would break up), the page's links, and host names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/pattern_group.h"
#include "engine/page_facts.h"

namespace kw::checks {

// The own texts of the visible nodes, each normalize()d, joined by single spaces in document order.
class PageText {
 public:
  explicit PageText(const PageFacts& facts);
  const std::string& text() const { return text_; }
  // The node whose text holds byte `offset` of text() (-1 when none).
  int node_at(std::size_t offset) const;
  // The text of the node at `offset`, as shown on the page (white space collapsed, at most ~160
  // bytes).
  std::string shown_at(std::size_t offset) const;

 private:
  const PageFacts* facts_;
  std::string text_;
  std::vector<std::pair<std::size_t, int>> starts_;  // (offset in text_, node)
};

// A visible link: its words (word_string of its label) and its href, lower-cased.
struct Link {
  int node = -1;
  std::string words;
  std::string href;
  std::string shown;  // the label as shown
};
std::vector<Link> page_links(const PageFacts& facts);

// The first visible link whose label matches `words` or, when `hrefs` is given, whose address
// matches it: "the terms are linked", "the privacy statement is linked".
std::optional<Link> first_link(const PageFacts& facts, const PatternGroup& words,
                               const PatternGroup* hrefs = nullptr);

// The first visible node whose own words match `group`, or -1.
int first_node_matching(const PageFacts& facts, const PatternGroup& group);

// Where the page says something `group` matches: the first such link, else the first visible node
// whose own words match. A link is preferred because it is what a person clicks to read more.
struct Mention {
  int node = -1;  // -1 when nothing matches
  std::string shown;
};
Mention first_link_or_node(const PageFacts& facts, const PatternGroup& group);

// The node's text as shown, white space collapsed and cut to about `max_bytes`.
std::string shown(const PageFacts& facts, int node, std::size_t max_bytes = 160);

// Whether the node is a heading (h1–h4, or role heading).
bool is_heading(const Node& n);

// The words of the page's first visible h1: the name of the product or the subject the page is
// about.
std::string h1_words(const PageFacts& facts);

// The words of the page's title and of its first visible h1, joined: what the page says it is
// ("Voorwaarden voor zakelijke verkopers"), as opposed to what its text mentions.
std::string title_and_h1_words(const PageFacts& facts);

// The heading just before `node` among its siblings or its parent's ("<h2>Bezorgadres</h2><p>…",
// also a <legend> or <dt>), or -1. Looks back a few siblings only: the heading a reader sees
// above a paragraph is what the paragraph is about.
int heading_before(const PageFacts& facts, int node);

}  // namespace kw::checks
