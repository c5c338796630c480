// thuiswinkel-terms: a Thuiswinkel Waarborg member replaces its own terms by the Algemene
// Voorwaarden Thuiswinkel (Toetsingskader Algemene voorwaarden, bullet 1). Every page remembers a
// membership claim for the site; on a terms page of a site that claims membership, terms that do
// not name the Algemene Voorwaarden Thuiswinkel are a warning.
#include "checks/checks.h"
#include "checks/member_claim.h"
#include "checks/text_scan.h"

namespace kw::checks {

void thuiswinkel_terms(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const MemberClaim claim = thuiswinkel_claim(ctx);
  if (!ctx.in_scope || !claim.member) return;  // no member: the rule does not apply
  const std::string& words = facts.page_words();
  if (ctx.rule.group("exempt").any(words)) return;  // financial service providers
  // A platform's terms for its business sellers are no consumer terms (P2B, p2b-complaints), and
  // the terms of one service ("Voorwaarden Zorgeloos Plus") come on top of the general terms,
  // which are what the AV Thuiswinkel replace.
  const std::string says = title_and_h1_words(facts);
  if (ctx.rule.group("seller_terms").any(says) || ctx.rule.group("specific_terms").any(says)) {
    return;
  }
  if (ctx.rule.group("av_thuiswinkel").any(words)) {
    ctx.add(Severity::kPass, "pass", -1, "", 0.8);
    return;
  }
  ctx.add(Severity::kWarning, "warning", claim.node, claim.evidence, 0.7);
}

}  // namespace kw::checks
