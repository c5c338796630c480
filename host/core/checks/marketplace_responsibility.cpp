// marketplace-responsibility: on another seller's offer, a marketplace says how the duties of the
// contract are shared between that seller and the platform (art. 6 bis lid 1 sub d Richtlijn
// 2011/83/EU, Omnibus), so the buyer knows whom to turn to for delivery, returns and warranty.
// The seller is found as marketplace-seller-status finds it (checks/marketplace_seller); the
// platform's own offers are not judged.
#include "checks/checks.h"
#include "checks/marketplace_seller.h"
#include "checks/text_scan.h"

namespace kw::checks {

void marketplace_responsibility(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  const auto offer = offer_seller(facts, ctx.rule.group("seller_intro"));
  if (!offer || offer->platform || offer->node < 0) return;
  const PatternGroup& said = ctx.rule.group("responsibility");
  if (const Mention m = first_link_or_node(facts, said); m.node >= 0) {
    ctx.add(Severity::kPass, "pass", m.node, m.shown, 0.8);
    return;
  }
  ctx.add(Severity::kWarning, "warning", offer->node, shown(facts, offer->node), 0.65);
}

}  // namespace kw::checks
