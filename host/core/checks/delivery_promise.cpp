// delivery-promise: a delivery promise the shop cannot keep (Toetsingskader Levering, bullet 4;
// art. 6:193c BW). A page cannot prove a promise false, so the rule asks for review in the two
// cases a page does show: a fast promise ("morgen in huis") beside words that contradict it
// ("niet op voorraad", "levertijd 2-3 weken"), and a fast promise with no cut-off time or days at
// all, which is untrue for an order placed late or at the weekend.
#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "checks/text_scan.h"
#include "text/normalize.h"

namespace kw::checks {

void delivery_promise(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const Rule& r = ctx.rule;
  const PatternGroup& fast = r.group("fast_promise");
  const int promise = first_node_matching(ctx.facts, fast);
  if (promise < 0) return;
  const std::string evidence =
      text::truncate_utf8(text::collapse_space(ctx.facts.own_text(promise)), 160);
  const PatternGroup& slow = r.group("slow");
  for (const TextBlock& b : text_blocks(ctx.facts)) {
    // A block that also promises fast delivery speaks of another size or option ("Deze maat niet
    // op voorraad? Kies een andere, morgen in huis").
    if (!slow.any(b.words) || fast.any(b.words)) continue;
    std::string reason = b.text;
    for (const std::string& s : sentences(b.text)) {
      if (slow.any(text::word_string(s))) {
        reason = s;
        break;
      }
    }
    Finding& f =
        ctx.add(Severity::kNeedsReview, "needs-review-contradiction", promise, evidence, 0.6);
    f.vars["reason"] = text::truncate_utf8(reason, 160);
    return;
  }
  if (!r.group("condition").any(ctx.facts.page_words())) {
    ctx.add(Severity::kNeedsReview, "needs-review-unconditional", promise, evidence, 0.45);
  }
}

}  // namespace kw::checks
