// delivery-term: without an agreed delivery time a shop delivers within 30 days (art. 7:9a BW). A
// general period over 30 days in the terms is no agreement (violation); a longer delivery time on a
// product or order page becomes agreed when the buyer orders knowing it, so it is for review unless
// the page asks for agreement ("in overleg", "je gaat akkoord met deze levertijd"); so is a term in
// the terms for goods made to order. Excluding
// cancellation for late delivery is a violation wherever it stands (art. 7:9a lid 2 BW).
#include <set>

#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "text/normalize.h"

namespace kw::checks {

void delivery_term(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const Rule& r = ctx.rule;
  const bool general_terms =
      ctx.page.has("terms") || ctx.page.has("faq") || ctx.page.has("returns");
  std::set<std::string> reported;
  for (const TextBlock& b : text_blocks(ctx.facts)) {
    const bool short_block = b.text.size() <= 200;
    // "Levertijden zijn nooit fataal; bij overschrijding geen recht op ontbinding": the clause may
    // span a semicolon, so the block is read whole for it.
    if (r.group("no_cancel").any(b.words)) {
      if (reported.insert("violation-no-cancel").second) {
        ctx.add(Severity::kViolation, "violation-no-cancel", b.node,
                text::truncate_utf8(b.text, 240), 0.8);
      }
      continue;
    }
    for (const std::string& s : sentences(b.text)) {
      const std::string w = text::word_string(s);
      if (w.empty() || is_question(s)) continue;
      if (r.group("no_cancel").any(w)) {
        if (reported.insert("violation-no-cancel").second) {
          ctx.add(Severity::kViolation, "violation-no-cancel", b.node, text::truncate_utf8(s, 240),
                  0.8);
        }
        continue;
      }
      // "Levertijd" in one cell and "6-8 weken" in the next: a short block is read whole.
      const std::string& scope = (short_block && !r.group("term").any(w)) ? b.words : w;
      const std::string match = r.group("term").first_match(scope);
      // "… 6 tot 8 weken. Die levertijd spreken we vooraf met je af.": the agreement may follow.
      if (match.empty() || r.group("not_delivery").any(scope) || r.group("agreed").any(scope) ||
          r.group("agreed").any(b.words)) {
        continue;
      }
      const auto at = scope.find(match);
      auto days = first_period_days(std::string_view(scope).substr(at), true);
      if (!days || *days <= 30) continue;
      // A term for goods made to order ("zeep die op bestelling wordt gemaakt: 4 tot 6 weken") is
      // no general period: it can be reasonable, so even in the terms it is for review.
      const bool general = general_terms && !r.group("made_to_order").any(scope);
      const std::string key = general ? "violation" : "needs-review";
      if (!reported.insert(key).second) continue;
      const std::string evidence = text::truncate_utf8(&scope == &w ? s : b.text, 240);
      ctx.add(general ? Severity::kViolation : Severity::kNeedsReview, key, b.node, evidence,
              general ? 0.75 : 0.6);
    }
  }
}

}  // namespace kw::checks
