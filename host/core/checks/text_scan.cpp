// Shared page reading for several checks (see text_scan.h).
#include "checks/text_scan.h"

#include <algorithm>
#include <cctype>

#include "text/normalize.h"

namespace kw::checks {

PageText::PageText(const PageFacts& facts) : facts_(&facts) {
  for (int i = 0; i < facts.size(); ++i) {
    if (facts.own_text(i).empty() || !facts.visible(i)) continue;
    std::string n = text::normalize(facts.own_text(i));
    if (n.empty()) continue;
    if (!text_.empty()) text_ += ' ';
    starts_.emplace_back(text_.size(), i);
    text_ += n;
  }
}

int PageText::node_at(std::size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset,
                             [](std::size_t o, const auto& s) { return o < s.first; });
  if (it == starts_.begin()) return -1;
  return std::prev(it)->second;
}

std::string PageText::shown_at(std::size_t offset) const {
  const int node = node_at(offset);
  return node < 0 ? std::string() : shown(*facts_, node);
}

std::string shown(const PageFacts& facts, int node, std::size_t max_bytes) {
  if (node < 0) return {};
  // The node with its links and emphasis in place ("Verkocht door <a>Kinderhuis Jansen</a>")
  // when that is short; else its own words, not a whole section.
  std::string s = text::collapse_space(facts.subtree_text(node, max_bytes + 1));
  if (s.size() > max_bytes) s = text::collapse_space(facts.own_text(node));
  if (s.empty()) s = text::collapse_space(facts.subtree_text(node, max_bytes + 40));
  if (s.size() > max_bytes) s = text::truncate_utf8(s, max_bytes);
  return s;
}

std::optional<Link> first_link(const PageFacts& facts, const PatternGroup& words,
                               const PatternGroup* hrefs) {
  for (Link& l : page_links(facts)) {
    if (words.any(l.words) || (hrefs != nullptr && !l.href.empty() && hrefs->any(l.href))) {
      return std::move(l);
    }
  }
  return std::nullopt;
}

int first_node_matching(const PageFacts& facts, const PatternGroup& group) {
  for (int i = 0; i < facts.size(); ++i) {
    if (facts.visible(i) && !facts.own_words(i).empty() && group.any(facts.own_words(i))) return i;
  }
  return -1;
}

Mention first_link_or_node(const PageFacts& facts, const PatternGroup& group) {
  if (auto l = first_link(facts, group)) return {l->node, l->shown};
  if (const int i = first_node_matching(facts, group); i >= 0) return {i, shown(facts, i)};
  return {};
}

std::vector<Link> page_links(const PageFacts& facts) {
  std::vector<Link> out;
  for (const Control& c : facts.controls()) {
    if (c.kind != ControlKind::kLink || !facts.visible(c.node)) continue;
    Link l;
    l.node = c.node;
    l.words = text::word_string(c.label);
    l.shown = text::collapse_space(c.label);
    l.href = text::lower_ascii(facts.node(c.node).attr("href"));
    out.push_back(std::move(l));
  }
  return out;
}

bool is_heading(const Node& n) {
  return n.tag == "h1" || n.tag == "h2" || n.tag == "h3" || n.tag == "h4" || n.role == "heading";
}

std::string h1_words(const PageFacts& facts) {
  for (int i = 0; i < facts.size(); ++i) {
    if (facts.visible(i) && facts.node(i).is_h1()) {
      return text::word_string(facts.subtree_text(i, 200));
    }
  }
  return {};
}

std::string title_and_h1_words(const PageFacts& facts) {
  return text::word_string(facts.snapshot().title) + ' ' + h1_words(facts);
}

int heading_before(const PageFacts& facts, int node) {
  for (int at = node, level = 0; at >= 0 && level < 2; at = facts.node(at).parent, ++level) {
    const int parent = facts.node(at).parent;
    if (parent < 0) break;
    const auto& kids = facts.children(parent);
    auto pos = kids.begin() + facts.sibling_index(at);
    for (int back = 0; pos != kids.begin() && back < 6; ++back) {
      --pos;
      if (is_heading(facts.node(*pos)) || facts.node(*pos).tag == "legend" ||
          facts.node(*pos).tag == "dt") {
        return *pos;
      }
    }
  }
  return -1;
}

}  // namespace kw::checks
