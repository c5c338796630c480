// See marketplace_seller.h.
#include "checks/marketplace_seller.h"

#include "checks/text_scan.h"
#include "text/normalize.h"
#include "text/url.h"

namespace kw::checks {

std::optional<OfferSeller> offer_seller(const PageFacts& facts, const PatternGroup& intro) {
  int sellers = 0;
  for (int i = 0; i < facts.size() && sellers < 2; ++i) {
    if (facts.visible(i) && !facts.own_words(i).empty() && intro.any(facts.own_words(i))) {
      ++sellers;
    }
  }
  if (sellers > 1) return std::nullopt;
  OfferSeller out;
  for (int i = 0; i < facts.size(); ++i) {
    if (!facts.visible(i) || facts.own_words(i).empty()) continue;
    const auto span = intro.first_span(facts.own_words(i));
    if (!span) continue;
    out.node = i;
    out.after = facts.own_words(i).substr(span->second);
    if (out.after.find_first_not_of(' ') == std::string::npos) {
      out.after = text::word_string(
          facts.subtree_text(facts.node(i).parent >= 0 ? facts.node(i).parent : i, 120));
      if (const auto s2 = intro.first_span(out.after)) out.after = out.after.substr(s2->second);
    }
    break;
  }
  if (out.node < 0) return out;
  // Sold by the platform itself: the seller's first word is the site's name.
  const std::string host = text::url_host(facts.url_lower());
  const auto start = out.after.find_first_not_of(' ');
  if (!host.empty() && start != std::string::npos) {
    const std::string first = host.substr(0, host.find('.'));
    std::string name = out.after.substr(start);
    name = name.substr(0, name.find(' '));
    // "Verkoop door Winkel.nl" on winkel.nl: the seller's words, run together, start with the host.
    std::string squashed, host_squashed;
    for (char c : out.after) {
      if (c != ' ' && c != '.' && c != '-') squashed += c;  // word strings keep "winkel.nl" whole
    }
    for (char c : host) {
      if (c != '.' && c != '-') host_squashed += c;
    }
    out.platform = !first.empty() &&
                   (name == first || name + "com" == first || squashed.starts_with(host_squashed));
  }
  return out;
}

}  // namespace kw::checks
