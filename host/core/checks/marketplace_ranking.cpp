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
  for (const Link& l : page_links(facts)) {
    if (explained.any(l.words)) {
      ctx.add(Severity::kPass, "pass", l.node, l.shown, 0.8);
      return;
    }
  }
  for (int i = 0; i < facts.size(); ++i) {
    if (facts.visible(i) && !facts.own_words(i).empty() && explained.any(facts.own_words(i))) {
      ctx.add(Severity::kPass, "pass", i, shown(facts, i), 0.8);
      return;
    }
  }
  ctx.add(Severity::kNeedsReview, "needs-review", -1, "", 0.5);
}

}  // namespace kw::checks
