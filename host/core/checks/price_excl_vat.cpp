// price-excl-vat: consumer prices include VAT; an excl. price may stand beside the incl. price only
// if the incl. price stands out most (Toetsingskader Aanbod; art. 6:230m lid 1 sub e BW).
// Prominence needs layout: without it (HTML read without CSS) the check says needs-review instead
// of guessing.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "checks/checks.h"
#include "text/money.h"
#include "text/normalize.h"
#include "text/vat.h"

namespace kw::checks {

namespace {

// Whether `incl` is `excl` plus a Dutch VAT rate (21% or 9%), within rounding.
bool vat_apart(std::int64_t excl, std::int64_t incl) {
  for (int rate : {21, 9}) {
    const double expected = static_cast<double>(excl) * (100 + rate) / 100.0;
    if (std::fabs(expected - static_cast<double>(incl)) <= std::max(2.0, expected * 0.002)) {
      return true;
    }
  }
  return false;
}

std::string describe_font(const Node& n) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.0fpx/%d", n.font_size.value_or(0), n.font_weight.value_or(400));
  return buf;
}

// How a price is stated: excluding VAT, including it, or plainly (a plain consumer price is incl.).
enum class Stated { kExcl, kIncl, kPlain };

}  // namespace

void price_excl_vat(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  if (ctx.rule.group("b2b_only").any(facts.page_words())) return;  // not a consumer offer

  std::vector<std::pair<const PriceRow*, Stated>> prices;
  for (const PriceRow& r : facts.price_rows()) {
    if (r.money.cents <= 0 || r.has_toggle) continue;
    // The VAT words that belong to this price: in its own node, or in its row when the row holds no
    // other price (in "€ 99,99 · € 82,64 excl. btw" the words belong to the second price only).
    auto vat = text::vat_status(facts.own_text(r.node));
    if (!vat && facts.prices_in(r.row) == 1) vat = r.vat;
    Stated s = Stated::kPlain;
    if (vat == text::VatKind::kExcluded) {
      // "Plus 21% btw € 17,36": the amount is the VAT, not a price without it. Such a line may
      // still be an incl. price ("<strong>€ 349,00</strong> incl. btw" reads "incl btw 349 00"),
      // and as a counterpart it only counts when it is the excl. price plus VAT.
      if (ctx.rule.group("vat_amount_line").any(r.label_words)) continue;
      s = Stated::kExcl;
    }
    if (vat == text::VatKind::kIncluded) s = Stated::kIncl;
    prices.emplace_back(&r, s);
  }
  const bool page_says_incl = [&] {
    for (int i = 0; i < facts.size(); ++i) {
      if (facts.visible(i) && text::vat_status(facts.own_text(i)) == text::VatKind::kIncluded) {
        return true;
      }
    }
    return false;
  }();

  for (const auto& [excl, stated] : prices) {
    if (stated != Stated::kExcl) continue;
    // Its incl. counterpart: a price marked incl., or a plain one that is this price plus VAT.
    const PriceRow* incl = nullptr;
    for (const auto& [other, other_stated] : prices) {
      if (other == excl || other_stated == Stated::kExcl) continue;
      // Only a price in the same offer counts: their nearest common ancestor is one buy box (with
      // its old price, levy, delivery cost and options), not a list of offers. That a price of
      // another offer is exactly this one plus 21% or 9% is a coincidence the bound leaves to
      // chance.
      constexpr int kMaxOfferPrices = 8;
      const int both = facts.common_ancestor(excl->node, other->node);
      if (both < 0 || facts.prices_in(both) > kMaxOfferPrices) continue;
      if (vat_apart(excl->money.cents, other->money.cents)) {
        if (incl == nullptr || facts.depth(facts.common_ancestor(excl->node, other->node)) >
                                   facts.depth(facts.common_ancestor(excl->node, incl->node))) {
          incl = other;
        }
      }
    }
    const std::string evidence = text::collapse_space(facts.subtree_text(excl->row, 200));
    // "Subtotaal (excl. btw)" in a cart's summary above "Totaal incl. btw": a breakdown of the
    // incl. total, which may also hold costs and so need not be the subtotal plus VAT.
    if (incl == nullptr && ctx.rule.group("summary_line").any(excl->label_words)) {
      const bool incl_total = std::any_of(prices.begin(), prices.end(), [&](const auto& p) {
        return p.second == Stated::kIncl && p.first->money.cents >= excl->money.cents &&
               ctx.rule.group("summary_line").any(p.first->label_words);
      });
      if (incl_total) continue;
    }
    if (incl == nullptr) {
      // "vanaf € 14,50 excl. btw (€ 17,55 incl. btw)": the incl. price in the same text. Of a text
      // with more amounts ("De doorgestreepte prijs van € 99,00 … Zakelijk: € 65,29 excl. btw (je
      // betaalt € 79,00)") any amount and the same plus VAT are the two prices.
      const auto amounts = text::find_amounts(evidence);
      bool both = false;
      for (const text::Money& a : amounts) {
        for (const text::Money& b : amounts) {
          both = both || (a.cents != b.cents && vat_apart(a.cents, b.cents));
        }
      }
      if (both) continue;
      // "Prijzen zijn incl. btw" elsewhere does not make an excl.-only price an incl. price.
      Finding& f = ctx.add(Severity::kViolation, "violation-no-incl", excl->node, evidence,
                           page_says_incl ? 0.6 : 0.85);
      f.vars["amount"] = text::format_euro(excl->money.cents);
      continue;
    }
    const Node& ex = facts.node(excl->node);
    const Node& in = facts.node(incl->node);
    if (!facts.snapshot().layout || !ex.font_size || !in.font_size) {
      Finding& f =
          ctx.add(Severity::kNeedsReview, "needs-review-layout", excl->node, evidence, 0.5);
      f.related.push_back(incl->node);
      f.vars["amount"] = text::format_euro(excl->money.cents);
      continue;
    }
    const int ex_weight = ex.font_weight.value_or(400);
    const int in_weight = in.font_weight.value_or(400);
    const bool excl_louder =
        *ex.font_size > *in.font_size + 0.5 ||
        (std::fabs(*ex.font_size - *in.font_size) <= 0.5 && ex_weight >= 600 && in_weight < 600);
    if (excl_louder) {
      Finding& f = ctx.add(Severity::kViolation, "violation-prominence", excl->node, evidence, 0.8);
      f.related.push_back(incl->node);
      f.vars["reason"] = describe_font(ex) + " > " + describe_font(in);
      f.vars["amount"] = text::format_euro(excl->money.cents);
    }
  }
}

}  // namespace kw::checks
