// scarcity-claim: "nog maar 3 op voorraad", "bijna uitverkocht", "12 mensen bekijken dit nu" must
// be true and current (art. 6:193c, 6:193g BW; ACM guidance). A page cannot show whether they are,
// so each kind of claim is for review, once per page.
#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "text/normalize.h"

namespace kw::checks {

void scarcity_claim(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const Rule& r = ctx.rule;
  bool stock_done = false, activity_done = false;
  for (const TextBlock& b : text_blocks(ctx.facts, 300)) {
    if (b.text.size() > 280 || r.group("not_claim").any(b.words)) continue;
    if (!stock_done && r.group("stock").any(b.words)) {
      stock_done = true;
      ctx.add(Severity::kNeedsReview, "needs-review-stock", b.node, b.text, 0.6);
    } else if (!activity_done && r.group("activity").any(b.words)) {
      activity_done = true;
      ctx.add(Severity::kNeedsReview, "needs-review-activity", b.node, b.text, 0.6);
    }
    if (stock_done && activity_done) break;
  }
}

}  // namespace kw::checks
