// review-authenticity: a shop that shows reviews says whether and how it checks they come from real
// buyers (Toetsingskader, Aanbod; art. 7(6) UCPD). The explanation may stand on another page of
// the site (a "how we check reviews" page), so it is remembered per site.
#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "text/normalize.h"

namespace kw::checks {

void review_authenticity(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const Rule& r = ctx.rule;
  int shown = -1;
  std::string shown_text;
  for (const TextBlock& b : text_blocks(facts, 300)) {
    if (r.group("explanation").any(b.words)) {
      const std::string evidence = text::truncate_utf8(b.text, 200);
      ctx.site->remember("review-check", SiteFact{"yes", evidence, facts.snapshot().url});
      if (shown >= 0 || r.group("reviews_shown").any(facts.page_words())) {
        ctx.add(Severity::kPass, "pass", b.node, evidence, 0.7);
      }
      return;
    }
    if (shown < 0 && b.text.size() <= 200 && r.group("reviews_shown").any(b.words)) {
      shown = b.node;
      shown_text = b.text;
    }
  }
  if (!ctx.in_scope || shown < 0 || ctx.site->find("review-check") != nullptr) return;
  ctx.add(Severity::kWarning, "warning", shown, text::truncate_utf8(shown_text, 160), 0.6);
}

}  // namespace kw::checks
