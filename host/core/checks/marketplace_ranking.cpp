// marketplace-ranking: search results on a marketplace explain the main parameters that decide
// their order (art. 7 lid 4 bis Richtlijn 2005/29/EG and art. 6 bis lid 1 sub a Richtlijn
// 2011/83/EU, Omnibus). On a search or listing page that shows offers of other sellers, no
// explanation (or link to one) is a needs-review: it may sit behind a control the snapshot cannot
// read.
#include "checks/checks.h"
#include "checks/text_scan.h"

namespace kw::checks {

void marketplace_ranking(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  if (!ctx.rule.group("url_search").any(facts.url_lower())) return;
  const std::string& words = facts.page_words();
  if (!ctx.rule.group("other_sellers").any(words)) return;
  const PatternGroup& explained = ctx.rule.group("ranking_explained");
  if (const Mention m = first_link_or_node(facts, explained); m.node >= 0) {
    ctx.add(Severity::kPass, "pass", m.node, m.shown, 0.8);
    return;
  }
  ctx.add(Severity::kNeedsReview, "needs-review", -1, "", 0.5);
}

}  // namespace kw::checks
