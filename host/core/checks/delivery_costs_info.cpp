// delivery-costs-info: the order steps show how the order is delivered and what that costs
// (Toetsingskader, Levering; art. 6:230m BW). Delivery words seen on any page of the site are
// remembered; a checkout page with none, on a site that never showed any, is for review. Digital
// goods and subscriptions have no delivery to show.
#include "checks/checks.h"
#include "text/normalize.h"

namespace kw::checks {

void delivery_costs_info(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const Rule& r = ctx.rule;
  int cost = -1, method = -1;
  for (int i = 0; i < facts.size() && cost < 0; ++i) {
    const std::string& w = facts.own_words(i);
    if (!facts.visible(i) || w.empty()) continue;
    if (r.group("cost").any(w)) cost = i;
    if (method < 0 && r.group("method").any(w)) method = i;
  }
  // Price rows read label and amount together ("Verzending | € 4,95").
  if (cost < 0) {
    for (const PriceRow& row : facts.price_rows()) {
      if (r.group("cost").any(row.label_words) || r.group("method").any(row.label_words)) {
        cost = row.node;
        break;
      }
    }
  }
  const std::string& url = facts.snapshot().url;
  if (cost >= 0) ctx.site->remember("delivery-cost", SiteFact{"yes", facts.own_text(cost), url});
  if (method >= 0)
    ctx.site->remember("delivery-method", SiteFact{"yes", facts.own_text(method), url});
  if (!ctx.in_scope || ctx.page.has("confirmation") || cost >= 0 ||
      ctx.site->find("delivery-cost") != nullptr)
    return;
  if (r.group("digital").any(facts.page_words())) return;
  const SiteFact* known_method = ctx.site->find("delivery-method");
  if (method >= 0 || known_method != nullptr) {
    const std::string evidence =
        method >= 0 ? text::collapse_space(facts.own_text(method)) : known_method->evidence;
    ctx.add(Severity::kNeedsReview, "needs-review-cost", method, text::truncate_utf8(evidence, 160),
            0.5);
    return;
  }
  ctx.add(Severity::kNeedsReview, "needs-review", -1, "", 0.5);
}

}  // namespace kw::checks
