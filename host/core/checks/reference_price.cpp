// reference-price: a struck-through "was" price must be the lowest price of the 30 days before the
// reduction (art. 5a Besluit prijsaanduiding producten; CJEU C-330/23). A page cannot show the
// price history, so a struck price above the current one is for review, unless the shop states
// beside it that it is the lowest price of the last 30 days; a recommended retail price is named as
// such. A discount percentage larger than the shown difference is a violation whatever the history
// (art. 6:193c BW).
#include <cmath>
#include <set>

#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "text/money.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

constexpr std::size_t kBoxBytes = 300;

std::string percent(double p) {
  return std::to_string(static_cast<long>(std::lround(p))) + "%";
}

// The lowest price of the last 30 days as the shop states it near the price box ("Laagste prijs
// afgelopen 30 dagen: € 49,95", "€ 49,95 was de laagste prijs van de laatste 30 dagen"): the
// amount the statement stands in front of, else the one it follows. Looks in the box and up to two
// ancestors, as shops put the line under the prices.
std::optional<std::int64_t> stated_lowest(const PageFacts& facts, const PatternGroup& lowest,
                                          int box) {
  constexpr std::size_t kAroundBytes = 600;
  for (int p = box, climbed = 0; p >= 0 && climbed < 3; p = facts.node(p).parent, ++climbed) {
    const std::string t = facts.subtree_text(p, kAroundBytes + 1);
    if (t.size() > kAroundBytes) break;
    if (!lowest.any(text::word_string(t))) continue;
    const auto amounts = text::labelled_amounts(t);
    for (const text::LabelledAmount& a : amounts) {
      if (lowest.any(text::word_string(a.before))) return a.money.cents;
    }
    for (const text::LabelledAmount& a : amounts) {
      if (!text::has_letter(a.before) && lowest.any(text::word_string(a.after))) {
        return a.money.cents;
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

void reference_price(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  std::set<int> boxes;
  int reported = 0;
  for (int i = 0; i < facts.size() && reported < 3; ++i) {
    if (!facts.visible(i) || !facts.node(i).struck) continue;
    const std::string old_text = facts.subtree_text(i, 60);
    auto old_price = text::first_amount(old_text);
    if (!old_price || old_price->cents <= 0) continue;
    // The price box: the nearest ancestor that also shows a current (not struck) amount.
    int box = -1;
    std::optional<text::Money> now;
    for (int p = facts.node(i).parent, climbed = 0; p >= 0 && climbed < 4;
         p = facts.node(p).parent, ++climbed) {
      const std::string t = facts.subtree_text(p, kBoxBytes + 1);
      if (t.size() > kBoxBytes) break;
      for (const text::Money& m : text::find_amounts(t)) {
        if (m.cents > 0 && m.cents < old_price->cents && m.sign != text::AmountSign::kMinus) {
          now = m;
          break;
        }
      }
      if (now) {
        box = p;
        break;
      }
    }
    if (box < 0 || !boxes.insert(box).second) continue;
    const std::string box_text = facts.subtree_text(box, kBoxBytes);
    const std::string box_words = text::word_string(box_text);
    const double real = 100.0 * static_cast<double>(old_price->cents - now->cents) /
                        static_cast<double>(old_price->cents);
    std::int64_t claimed_bp = 0;
    // "incl. 21% btw", "14% vol." and "100% katoen" are no discount.
    const std::string discount_text =
        ctx.rule.group("not_discount").masked(text::normalize(box_text));
    for (std::int64_t bp : text::find_percentages(discount_text)) {
      if (std::llabs(bp) > std::llabs(claimed_bp)) claimed_bp = bp;
    }
    const double claimed = static_cast<double>(std::llabs(claimed_bp)) / 100.0;
    std::string key = "needs-review";
    Severity sev = Severity::kNeedsReview;
    std::string evidence = text::collapse_space(box_text);
    if (claimed > 0 && claimed > real + 2.0) {
      key = "violation-percentage";
      sev = Severity::kViolation;
      evidence = "-" + percent(claimed);
    } else if (ctx.rule.group("rrp").any(box_words)) {
      key = "needs-review-rrp";
    } else if (stated_lowest(facts, ctx.rule.group("lowest_30_days"), box) == old_price->cents) {
      // The shop states that the struck price is its lowest of the last 30 days: the page shows
      // what the law asks, and only its truth is beyond what a page can show.
      key = "pass";
      sev = Severity::kPass;
    }
    Finding& f = ctx.add(sev, key, i, evidence, sev == Severity::kViolation ? 0.8 : 0.6);
    f.vars["before"] = text::format_euro(old_price->cents);
    f.vars["after"] = text::format_euro(now->cents);
    f.vars["difference"] = percent(real);
    ++reported;
  }
  if (reported > 0) return;
  // Without a struck price: "Van € 49,95 voor € 29,95", "Adviesprijs € 49,95 – nu € 29,95".
  for (const TextBlock& b : text_blocks(facts, kBoxBytes)) {
    if (b.text.size() > kBoxBytes) continue;
    const bool rrp = ctx.rule.group("rrp").any(b.words);
    if (!rrp && !ctx.rule.group("from_to").any(b.words)) continue;
    auto amounts = text::find_amounts(b.text);
    if (amounts.size() < 2 || amounts[0].cents <= amounts[1].cents || amounts[1].cents <= 0) {
      continue;
    }
    const double real = 100.0 * static_cast<double>(amounts[0].cents - amounts[1].cents) /
                        static_cast<double>(amounts[0].cents);
    Finding& f = ctx.add(Severity::kNeedsReview, rrp ? "needs-review-rrp" : "needs-review", b.node,
                         b.text, 0.55);
    f.vars["before"] = text::format_euro(amounts[0].cents);
    f.vars["after"] = text::format_euro(amounts[1].cents);
    f.vars["difference"] = percent(real);
    return;
  }
}

}  // namespace kw::checks
