// tobacco-online-sale: tobacco products and e-cigarettes may not be sold at a distance to consumers
// in the Netherlands (Tabaks- en rookwarenwet). A page that offers one for sale — named as a
// product, with an amount or a buy button — is a violation; accessories without tobacco are not.
// What is offered is the product's name, not every sentence on the page: an air purifier that
// removes "rook van sigaretten", a wine with "een vleugje tabak" or an FAQ asking whether cigars
// fit in a box sells none.
#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

// Whether node i, or a near ancestor, is the page's h1: the name of the product a product page
// sells.
bool in_h1(const PageFacts& facts, int i) {
  for (int at = i, depth = 0; at >= 0 && depth < 4; at = facts.node(at).parent, ++depth) {
    if (facts.node(at).is_h1()) return true;
  }
  return false;
}

// Whether node i names a product on this page: on a product or offer page with an h1, that h1;
// elsewhere (a cart, a checkout, a category listing, a product page whose name is no heading) a
// short line that is not a question and not the page's header or footer.
bool names_product(const PageFacts& facts, bool named_by_h1, int i) {
  constexpr std::size_t kMaxNameWords = 12;
  if (named_by_h1) return in_h1(facts, i);
  return text::word_count(facts.own_words(i)) <= kMaxNameWords &&
         facts.own_text(i).find('?') == std::string::npos && !in_page_chrome(facts, i);
}

}  // namespace

void tobacco_online_sale(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  const Rule& r = ctx.rule;
  auto names_tobacco = [&](const std::string& w) {
    return !w.empty() && r.group("tobacco").any(w) && !r.group("not_tobacco").any(w);
  };
  // A product page names its product in its h1; a shop that renders the name in a styled div
  // still names it in the page's title, and a description's short line counts only then.
  const bool offer_page = ctx.page.has("product") || ctx.page.has("marketplace-offer");
  bool named_by_h1 = false;
  for (int i = 0; i < facts.size() && offer_page && !named_by_h1; ++i) {
    named_by_h1 = facts.visible(i) && facts.node(i).is_h1();
  }
  if (offer_page && !named_by_h1 && !names_tobacco(text::word_string(facts.snapshot().title))) {
    return;
  }
  int product = -1;
  for (int i = 0; i < facts.size() && product < 0; ++i) {
    if (facts.visible(i) && names_tobacco(facts.own_words(i)) &&
        names_product(facts, named_by_h1, i)) {
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
