// The Thuiswinkel membership claim, read once per rule that needs it; see member_claim.h.
#include "checks/member_claim.h"

#include "checks/text_scan.h"

namespace kw::checks {

MemberClaim thuiswinkel_claim(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  MemberClaim out;
  out.node = first_node_matching(facts, ctx.rule.group("member_claim"));
  if (out.node >= 0) {
    out.member = true;
    out.evidence = shown(facts, out.node);
    ctx.site->remember("thuiswinkel-claim",
                       SiteFact{"thuiswinkel", out.evidence, facts.snapshot().url});
    return out;
  }
  if (const SiteFact* earlier = ctx.site->find("thuiswinkel-claim")) {
    out.member = true;
    out.evidence = earlier->evidence;
  }
  return out;
}

}  // namespace kw::checks
