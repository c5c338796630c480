// marketplace-seller-status: an offer on an online marketplace says whether the seller is a trader
// and, for a private seller, that consumer law does not apply to the purchase (art. 6 bis lid 1
// sub b en c Richtlijn 2011/83/EU and art. 7 lid 4 sub f Richtlijn 2005/29/EG, as amended by the
// Omnibus directive 2019/2161). An offer sold by the platform itself is not judged.
#include "checks/checks.h"
#include "checks/marketplace_seller.h"
#include "checks/text_scan.h"
#include "text/normalize.h"

namespace kw::checks {

void marketplace_seller_status(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  const auto offer = offer_seller(facts, ctx.rule.group("seller_intro"));
  if (!offer || offer->platform) return;
  const int seller = offer->node;
  const std::string& words = facts.page_words();
  const std::string evidence = shown(facts, seller);
  if (ctx.rule.group("private_seller").any(words)) {
    if (ctx.rule.group("private_notice").any(words)) {
      ctx.add(Severity::kPass, "pass-private", seller, evidence, 0.8);
    } else {
      ctx.add(Severity::kWarning, "warning-private-no-notice", seller, evidence, 0.75);
    }
    return;
  }
  if (ctx.rule.group("trader_seller").any(words)) {
    ctx.add(Severity::kPass, "pass-trader", seller, evidence, 0.8);
    return;
  }
  ctx.add(Severity::kViolation, "violation", seller, evidence, 0.6);
}

}  // namespace kw::checks
