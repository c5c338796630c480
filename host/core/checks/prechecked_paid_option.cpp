// prechecked-paid-option: an extra payment needs the consumer's express consent; a box the shop
// ticked in advance is not consent (art. 6:230j BW, art. 22 Directive 2011/83/EU).
#include "checks/checks.h"
#include "text/money.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

// The positive amount a control's text asks for, if any (0 when it says "gratis" or "€ 0,00").
std::optional<std::int64_t> asked_amount(const std::string& context) {
  std::optional<std::int64_t> best;
  for (const text::Money& m : text::find_amounts(context)) {
    if (m.sign == text::AmountSign::kMinus) continue;  // a discount is not a cost
    if (!best || m.cents > *best) best = m.cents;
  }
  return best;
}

}  // namespace

void prechecked_paid_option(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PatternGroup& paid = ctx.rule.group("paid_extra");
  const PatternGroup& free = ctx.rule.group("free_words");
  const PatternGroup& cheaper = ctx.rule.group("cheaper_choice");

  for (const Control& c : facts.controls()) {
    if (!is_toggle(c.kind)) continue;
    const Node& n = facts.node(c.node);
    if (!n.default_checked.value_or(false)) continue;
    const std::string words = text::word_string(c.context);
    const std::optional<std::int64_t> amount = asked_amount(c.context);
    const bool costs = amount ? *amount > 0 : (paid.any(words) && !free.any(words));
    if (!costs) continue;

    if (c.kind == ControlKind::kRadio) {
      // A payment method's fee is payment-surcharge's to judge (art. 6:230k BW), not an extra.
      if (ctx.rule.group("payment_method").any(words)) continue;
      // One radio of a group is always selected; a paid default is wrong only when the consumer
      // could have had a cheaper or free choice in the same group. Fetching the parcel yourself
      // is no cheaper version of home delivery but another way to get it: a shop may default to
      // bringing the order to the door (the contract's own delivery, not an extra on top of it).
      const PatternGroup& pickup = ctx.rule.group("pickup");
      const bool default_pickup = pickup.any(words);
      bool cheaper_exists = false;
      for (const Control& other : facts.controls()) {
        if (&other == &c || other.kind != ControlKind::kRadio || other.group.empty() ||
            other.group != c.group) {
          continue;
        }
        const auto other_amount = asked_amount(other.context);
        const std::string other_words = text::word_string(other.context);
        if (!default_pickup && pickup.any(other_words)) continue;
        if (other_amount ? (amount ? *other_amount < *amount : *other_amount == 0)
                         : (free.any(other_words) || cheaper.any(other_words))) {
          cheaper_exists = true;
        }
      }
      if (!cheaper_exists) continue;
    }

    const bool undone = n.checked.has_value() && !*n.checked;
    const std::string key =
        undone ? "resolved" : (c.kind == ControlKind::kRadio ? "violation-radio" : "violation");
    Finding& f = ctx.add(Severity::kViolation, key, c.node, text::collapse_space(c.context),
                         amount ? 0.9 : 0.7);
    f.resolved_by_user = undone;
    f.vars["amount"] = amount ? text::format_euro(*amount) : "";
  }
}

}  // namespace kw::checks
