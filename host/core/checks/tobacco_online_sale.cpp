// tobacco-online-sale: tobacco products and e-cigarettes may not be sold at a distance to consumers
// in the Netherlands (Tabaks- en rookwarenwet). A page that offers one for sale — named as a
// product, with an amount or a buy button — is a violation; accessories without tobacco are not.
#include "checks/checks.h"
#include "text/normalize.h"

namespace kw::checks {

void tobacco_online_sale(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  const Rule& r = ctx.rule;
  int product = -1;
  for (int i = 0; i < facts.size() && product < 0; ++i) {
    const std::string& w = facts.own_words(i);
    if (facts.visible(i) && !w.empty() && r.group("tobacco").any(w) &&
        !r.group("not_tobacco").any(w)) {
      product = i;
    }
  }
  // A book, film or puzzle about smoking ("Sigaren voor de farao", "Stoppen met roken") sells the
  // story, not the tobacco.
  if (product < 0 || r.group("media").any(facts.page_words())) return;
  bool for_sale = !facts.price_rows().empty() && !ctx.page.has("product");
  for (const Control& c : facts.controls()) {
    if ((c.kind == ControlKind::kButton || c.kind == ControlKind::kLink) &&
        r.group("buy").any(text::word_string(c.label))) {
      for_sale = true;
    }
  }
  if (ctx.page.has("product") && !facts.price_rows().empty()) for_sale = true;
  if (!for_sale) return;
  ctx.add(Severity::kViolation, "violation", product,
          text::truncate_utf8(text::collapse_space(facts.own_text(product)), 120), 0.8);
}

}  // namespace kw::checks
