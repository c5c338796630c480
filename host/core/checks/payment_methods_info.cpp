// payment-methods-info: the buyer must know how he can pay before ordering (art. 6:230m, 6:230v lid
// 2 BW). Methods seen on any page of the site are remembered; a final step that shows none, on a
// site that never showed any, is for review (they may be in a payment frame the snapshot cannot
// read).
#include "checks/checks.h"

namespace kw::checks {

void payment_methods_info(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PatternGroup& methods = ctx.rule.group("methods");
  for (int i = 0; i < facts.size(); ++i) {
    const std::string& w = facts.own_words(i);
    if (facts.visible(i) && !w.empty() && methods.any(w)) {
      ctx.site->remember("payment-methods",
                         SiteFact{methods.first_match(w), facts.own_text(i), facts.snapshot().url});
      return;
    }
  }
  if (!ctx.in_scope || ctx.page.has("confirmation") || ctx.site->find("payment-methods") != nullptr)
    return;
  ctx.add(Severity::kNeedsReview, "needs-review", -1, "", 0.5);
}

}  // namespace kw::checks
