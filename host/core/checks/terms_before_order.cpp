// terms-before-order: the general terms are given before the contract is concluded, in a way the
// buyer can store (art. 6:234 lid 2 BW; art. 10 lid 3 Richtlijn 2000/31/EG; Toetsingskader
// Algemene voorwaarden). Judged on the final order step: a link to the terms there passes; terms
// named without a link, or linked only on an earlier page, are a warning; no terms at all are a
// violation. Every page remembers a terms link (the footer) for the site.
#include "checks/checks.h"
#include "checks/text_scan.h"

namespace kw::checks {

void terms_before_order(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PatternGroup& words = ctx.rule.group("terms_link");
  const PatternGroup& hrefs = ctx.rule.group("terms_href");
  const std::optional<Link> link = first_link(facts, words, &hrefs);
  if (link) {
    ctx.site->remember("terms-link", SiteFact{link->href, link->shown, facts.snapshot().url});
  }
  if (!ctx.in_scope) return;
  if (link) {
    ctx.add(Severity::kPass, "pass", link->node, link->shown, 0.85);
    return;
  }
  // Named but not openable here: "Ik ga akkoord met de algemene voorwaarden" without a link.
  if (const int i = first_node_matching(facts, ctx.rule.group("terms_named")); i >= 0) {
    ctx.add(Severity::kWarning, "warning-not-linked", i, shown(facts, i), 0.7);
    return;
  }
  if (const SiteFact* earlier = ctx.site->find("terms-link")) {
    ctx.add(Severity::kWarning, "warning-earlier", -1, earlier->evidence, 0.6);
    return;
  }
  ctx.add(Severity::kViolation, "violation", -1, "", 0.6);
}

}  // namespace kw::checks
