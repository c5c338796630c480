// withdrawal-function: from 19 June 2026 a shop selling online offers a clearly labelled function
// to withdraw ("de overeenkomst hier herroepen", art. 11a Directive 2011/83/EU as amended by
// Directive 2023/2673). A page that explains withdrawal but shows no such button or link, and no
// earlier page of the site showed one, is for review: it may sit behind the customer's login.
#include "checks/checks.h"
#include "text/normalize.h"

namespace kw::checks {

void withdrawal_function(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PatternGroup& function = ctx.rule.group("function");
  const PatternGroup& portal = ctx.rule.group("portal");
  int portal_node = -1;
  for (const Control& c : facts.controls()) {
    if (c.kind != ControlKind::kButton && c.kind != ControlKind::kLink) continue;
    if (!facts.visible(c.node)) continue;
    const std::string words = text::word_string(c.label);
    if (function.any(words)) {
      const std::string evidence = text::collapse_space(c.label);
      ctx.site->remember("withdrawal-function", SiteFact{"yes", evidence, facts.snapshot().url});
      ctx.add(Severity::kPass, "pass", c.node, evidence, 0.8);
      return;
    }
    if (portal_node < 0 && portal.any(words)) portal_node = c.node;
  }
  if (!ctx.in_scope) return;
  if (const SiteFact* seen = ctx.site->find("withdrawal-function")) {
    (void)seen;
    return;
  }
  if (!ctx.rule.group("info").any(facts.page_words())) return;
  if (portal_node >= 0) {
    ctx.add(Severity::kNeedsReview, "needs-review-portal", portal_node,
            text::collapse_space(facts.own_text(portal_node).empty()
                                     ? facts.subtree_text(portal_node, 120)
                                     : facts.own_text(portal_node)),
            0.5);
    return;
  }
  ctx.add(Severity::kNeedsReview, "needs-review", -1, "", 0.5);
}

}  // namespace kw::checks
