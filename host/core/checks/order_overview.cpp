// order-overview: before the order is placed, the final step shows the order (items, amounts,
// total) and the details entered, with a way to correct them (Toetsingskader, Totstandkoming
// overeenkomst; art. 6:230v lid 2, 6:227b BW). No amounts at all on the final step is a violation;
// an order without the entered details or a way to change them is for review.
#include "checks/checks.h"
#include "text/normalize.h"

namespace kw::checks {

void order_overview(CheckContext& ctx) {
  if (!ctx.in_scope || ctx.page.has("confirmation")) return;
  const PageFacts& facts = ctx.facts;
  const Rule& r = ctx.rule;
  bool total = false;
  int amounts = 0;
  for (const PriceRow& row : facts.price_rows()) {
    if (row.money.cents <= 0 && row.money.kind != text::AmountKind::kFree) continue;
    ++amounts;
    if (r.group("total").any(row.label_words)) total = true;
  }
  if (amounts == 0) {
    ctx.add(Severity::kViolation, "violation", -1, "", 0.7);
    return;
  }
  const std::string& words = facts.page_words();
  bool details = r.group("details").any(words);
  bool fields = false;
  for (const Control& c : facts.controls()) {
    if (c.kind == ControlKind::kTextField &&
        ctx.role_words.group("address_fields").any(text::word_string(c.label))) {
      fields = true;
    }
  }
  const bool edit = r.group("edit").any(words);
  if ((details && edit) || fields) {
    if (total) ctx.add(Severity::kPass, "pass", -1, "", 0.7);
    return;
  }
  ctx.add(Severity::kNeedsReview, "needs-review-details", -1, "", 0.5);
}

}  // namespace kw::checks
