// withdrawal-info: the terms, the returns page and the final order step must tell the consumer
// about the right of withdrawal (art. 6:230m lid 1 sub h BW). The site remembers where it read it,
// so a final step that does not repeat it is fine when an earlier page of the shop explained it.
#include <algorithm>

#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

// "Algemene voorwaarden (/algemene-voorwaarden)": the page as a shopper knows it.
std::string page_name(const PageFacts& facts) {
  const std::string& title = facts.snapshot().title;
  return text::truncate_utf8(title.empty() ? facts.snapshot().url : text::collapse_space(title),
                             120);
}

}  // namespace

void withdrawal_info(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const int found = first_node_matching(facts, ctx.rule.group("info"));
  if (found >= 0) {
    const std::string evidence =
        text::truncate_utf8(text::collapse_space(facts.own_text(found)), 200);
    ctx.site->remember("withdrawal-info", SiteFact{"yes", evidence, facts.snapshot().url});
    if (ctx.page.has("terms") || ctx.page.has("returns")) {
      ctx.add(Severity::kPass, "pass", found, evidence, 0.8);
    }
    return;
  }
  if (!ctx.in_scope) return;
  const std::size_t words = text::word_count(facts.page_words());
  if (ctx.page.has("terms") || ctx.page.has("returns")) {
    bool document = false;
    const PatternGroup& doc = ctx.rule.group("document_link");
    for (const Control& c : facts.controls()) {
      if (c.kind != ControlKind::kLink) continue;
      if (doc.any(text::lower_ascii(facts.node(c.node).attr("href"))) ||
          doc.any(text::word_string(c.label)))
        document = true;
    }
    const std::size_t enough = ctx.page.has("terms") ? 300 : 120;
    const bool certain = !document && words >= enough;
    ctx.add(certain ? Severity::kViolation : Severity::kNeedsReview,
            certain ? "violation" : "needs-review", -1, page_name(facts), certain ? 0.75 : 0.5);
    return;
  }
  if (ctx.page.has("final-step") && ctx.site->find("withdrawal-info") == nullptr) {
    ctx.add(Severity::kNeedsReview, "needs-review", -1, page_name(facts), 0.5);
  }
}

}  // namespace kw::checks
