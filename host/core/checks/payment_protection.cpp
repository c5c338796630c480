// payment-protection: at least one payment method must protect the buyer against non-delivery or
// bankruptcy (Toetsingskader, Betaling; art. 7:26 lid 2 BW: no more than half in advance). Methods
// are remembered per site, so a final step that shows only the chosen method is judged with the
// choice an earlier step offered. Only bank transfer in advance, said to be the only way, is a
// violation; only prepayment seen is for review.
#include "checks/checks.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

struct Seen {
  int node = -1;
  std::string evidence;
};

Seen first_in(const PageFacts& facts, const PatternGroup& g) {
  for (int i = 0; i < facts.size(); ++i) {
    const std::string& w = facts.own_words(i);
    if (facts.visible(i) && !w.empty() && g.any(w)) {
      std::string t = facts.own_text(i);
      if (t.size() < 12)
        t = facts.subtree_text(facts.node(i).parent >= 0 ? facts.node(i).parent : i, 160);
      return {i, text::truncate_utf8(text::collapse_space(t), 160)};
    }
  }
  return {};
}

}  // namespace

void payment_protection(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const Rule& r = ctx.rule;
  const Seen prot = first_in(facts, r.group("protected"));
  const Seen transfer = first_in(facts, r.group("transfer"));
  const Seen prepay = first_in(facts, r.group("prepay"));
  const std::string& url = facts.snapshot().url;
  if (prot.node >= 0) ctx.site->remember("payment-protected", SiteFact{"yes", prot.evidence, url});
  if (transfer.node >= 0)
    ctx.site->remember("payment-transfer", SiteFact{"yes", transfer.evidence, url});
  if (prepay.node >= 0) ctx.site->remember("payment-prepay", SiteFact{"yes", prepay.evidence, url});
  if (!ctx.in_scope || ctx.page.has("confirmation")) return;
  if (prot.node >= 0) {
    ctx.add(Severity::kPass, "pass", prot.node, prot.evidence, 0.7);
    return;
  }
  if (ctx.site->find("payment-protected") != nullptr) return;
  if (r.group("individual").any(facts.page_words()))
    return;  // prepayment asked in one case, said why
  if (transfer.node >= 0 && prepay.node < 0) {
    if (r.group("exclusive").any(facts.page_words())) {
      ctx.add(Severity::kViolation, "violation", transfer.node, transfer.evidence, 0.8);
    } else if (ctx.site->find("payment-prepay") == nullptr) {
      ctx.add(Severity::kNeedsReview, "needs-review-transfer", transfer.node, transfer.evidence,
              0.5);
    } else {
      ctx.add(Severity::kNeedsReview, "needs-review-prepay", transfer.node, transfer.evidence, 0.5);
    }
    return;
  }
  if (prepay.node >= 0) {
    ctx.add(Severity::kNeedsReview, "needs-review-prepay", prepay.node, prepay.evidence, 0.5);
  }
}

}  // namespace kw::checks
