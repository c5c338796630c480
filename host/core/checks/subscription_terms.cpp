// subscription-terms: a subscription must state its term, what happens at its end and how to
// cancel (Toetsingskader, Aanbod; art. 6:230m, 6:230v lid 2 BW), and a tacit renewal for another
// fixed period is not allowed (art. 6:236 sub j BW). Missing parts are violations on the order
// steps, where they must stand before the order button (art. 6:230v lid 2 BW), and for review on
// product and cart pages; an address or login step before the final one need not repeat them.
#include <algorithm>

#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "text/normalize.h"

namespace kw::checks {

void subscription_terms(CheckContext& ctx) {
  if (!ctx.in_scope || ctx.page.has("confirmation")) return;
  const PageFacts& facts = ctx.facts;
  const Rule& r = ctx.rule;
  // The offer itself, not a menu link to "Abonnementen" or a newsletter box.
  int offer = -1;
  std::string all;
  for (const TextBlock& b : text_blocks(facts)) {
    const Node& n = facts.node(b.node);
    if (n.tag == "a" || n.role == "link") continue;
    if (r.group("not_subscription").any(b.words)) continue;
    // "Eenmalige aankoop, geen abonnement; wordt niet automatisch verlengd" offers none.
    if (offer < 0 && r.group("subscription")
                         .any(r.group("not_offered").masked(r.group("negated").masked(b.words)))) {
      offer = b.node;
    }
    if (all.size() < 20000) all += b.words + " . ";
  }
  if (offer < 0) return;
  const std::string evidence =
      text::truncate_utf8(text::collapse_space(facts.subtree_text(offer, 200)), 160);
  // A tacit renewal for another fixed period, without monthly cancellation after it.
  for (const PageSentence& s : page_sentences(facts)) {
    if (!s.question && r.group("fixed_renewal").any(s.words) &&
        !r.group("monthly_after").any(s.words) && !r.group("not_offered").any(s.words)) {
      ctx.add(Severity::kViolation, "violation-fixed-renewal", s.node,
              text::truncate_utf8(s.text, 240), 0.8);
      return;
    }
  }
  const bool term = r.group("term").any(all);
  const bool renewal = r.group("renewal").any(all);
  const bool cancel = r.group("cancel").any(all);
  if (term && renewal && cancel) return;
  // An address or login step on the way ("Voor een abonnement heb je een account nodig") need
  // not repeat the terms: the final step, where they must stand, is judged on its own.
  const bool fields_step =
      !ctx.page.has("final-step") &&
      std::any_of(facts.controls().begin(), facts.controls().end(),
                  [](const Control& c) { return c.kind == ControlKind::kTextField; });
  if (fields_step) return;
  if (ctx.page.has("checkout") || ctx.page.has("final-step")) {
    if (!term) ctx.add(Severity::kViolation, "violation-term", offer, evidence, 0.7);
    if (!renewal) ctx.add(Severity::kViolation, "violation-renewal", offer, evidence, 0.7);
    if (!cancel) ctx.add(Severity::kViolation, "violation-cancel", offer, evidence, 0.7);
    return;
  }
  ctx.add(Severity::kNeedsReview, "needs-review", offer, evidence, 0.5);
}

}  // namespace kw::checks
