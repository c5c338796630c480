// privacy-statement-link: where the shop collects personal data for an order, the buyer can open
// its privacy statement (art. 12 and 13 AVG; Toetsingskader Privacy, bullet 1). Every page
// remembers a privacy link (the footer); on a checkout page, a link there or on an earlier page of
// the site passes, none is a warning.
#include "checks/checks.h"
#include "checks/text_scan.h"

namespace kw::checks {

void privacy_statement_link(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PatternGroup& words = ctx.rule.group("privacy_link");
  const PatternGroup& hrefs = ctx.rule.group("privacy_href");
  const std::optional<Link> link = first_link(facts, words, &hrefs);
  if (link) {
    ctx.site->remember("privacy-link", SiteFact{link->href, link->shown, facts.snapshot().url});
  }
  if (!ctx.in_scope) return;
  if (link) {
    ctx.add(Severity::kPass, "pass", link->node, link->shown, 0.85);
    return;
  }
  if (const SiteFact* earlier = ctx.site->find("privacy-link")) {
    ctx.add(Severity::kPass, "pass-earlier", -1, earlier->evidence, 0.6);
    return;
  }
  ctx.add(Severity::kWarning, "warning", -1, "", 0.6);
}

}  // namespace kw::checks
