// thuiswinkel-terms: a Thuiswinkel Waarborg member replaces its own terms by the Algemene
// Voorwaarden Thuiswinkel (Toetsingskader Algemene voorwaarden, bullet 1). Every page remembers a
// membership claim for the site; on a terms page of a site that claims membership, terms that do
// not name the Algemene Voorwaarden Thuiswinkel are a warning.
#include "checks/checks.h"
#include "checks/text_scan.h"

namespace kw::checks {

void thuiswinkel_terms(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PatternGroup& claim = ctx.rule.group("member_claim");
  int claim_node = -1;
  for (int i = 0; i < facts.size() && claim_node < 0; ++i) {
    if (!facts.visible(i) || facts.own_words(i).empty()) continue;
    if (claim.any(facts.own_words(i))) claim_node = i;
  }
  if (claim_node >= 0) {
    ctx.site->remember("thuiswinkel-claim",
                       SiteFact{"thuiswinkel", shown(facts, claim_node), facts.snapshot().url});
  }
  if (!ctx.in_scope) return;
  const SiteFact* earlier = ctx.site->find("thuiswinkel-claim");
  if (claim_node < 0 && earlier == nullptr) return;  // no member: the rule does not apply
  const std::string& words = facts.page_words();
  if (ctx.rule.group("exempt").any(words)) return;  // financial service providers
  if (ctx.rule.group("av_thuiswinkel").any(words)) {
    ctx.add(Severity::kPass, "pass", -1, "", 0.8);
    return;
  }
  ctx.add(Severity::kWarning, "warning", claim_node,
          claim_node >= 0 ? shown(facts, claim_node) : earlier->evidence, 0.7);
}

}  // namespace kw::checks
