// The Thuiswinkel membership claim, read once per rule that needs it; see member_claim.h.
#include "checks/member_claim.h"

#include "checks/text_scan.h"

namespace kw::checks {

MemberClaim thuiswinkel_claim(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  MemberClaim out;
  // "We zijn (nog) geen lid van Thuiswinkel.org" names the organisation but claims nothing.
  const PatternGroup& claim = ctx.rule.group("member_claim");
  const PatternGroup& denied = ctx.rule.group("member_denied");
  for (int i = 0; i < facts.size() && out.node < 0; ++i) {
    const std::string& words = facts.own_words(i);
    if (facts.visible(i) && !words.empty() && claim.any(words) && !denied.any(words)) out.node = i;
  }
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
