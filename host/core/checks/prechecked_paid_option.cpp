// prechecked-paid-option: an extra payment needs the consumer's express consent; a box the shop
// ticked in advance is not consent (art. 6:230j BW, art. 22 Directive 2011/83/EU).
#include "checks/checks.h"
#include "checks/customer_choice.h"
#include "text/money.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

// The positive amount a control's text asks for, if any (0 when it says "gratis" or "€ 0,00").
// An amount the text calls a value ("t.w.v. € 19,95", "normaal € 4,95") is not asked for.
std::optional<std::int64_t> asked_amount(const std::string& context, const PatternGroup& value_of) {
  std::optional<std::int64_t> best;
  const std::string norm = text::normalize(context);
  for (const text::Money& m : text::find_amounts(context)) {
    if (m.sign == text::AmountSign::kMinus) continue;  // a discount is not a cost
    const std::size_t from = m.begin > 30 ? m.begin - 30 : 0;
    if (value_of.any(text::word_string(norm.substr(from, m.begin - from)))) continue;
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
  const PatternGroup& value_of = ctx.rule.group("value_of");
  // The withdrawal form ("Welke artikelen wil je herroepen?") ticks the items to send back with
  // their prices; nothing is bought there.
  if (ctx.page.has("returns") && !ctx.page.has("checkout") && !ctx.page.has("cart")) return;

  for (const Control& c : facts.controls()) {
    if (!is_toggle(c.kind)) continue;
    const Node& n = facts.node(c.node);
    // Shown unticked earlier in the flow: the customer ticked it (customer_choice.h).
    if (!n.default_checked.value_or(false) || ticked_by_customer(ctx, c)) continue;
    // A ticked box the customer cannot untick shows a choice made elsewhere ("Montage (al
    // toegevoegd op je verzoek)"); an extra forced on the order is sneak-into-basket's to judge.
    if (n.disabled) continue;
    // The label decides when it states a price or says it is free; the row is read only for a
    // bare "Ja, graag" whose price stands beside it (a row can grow to hold a whole cart).
    const std::optional<std::int64_t> label_amount = asked_amount(c.label, value_of);
    const bool label_speaks = label_amount || free.any(text::word_string(c.label));
    const std::string& basis = label_speaks ? c.label : c.context;
    const std::string words = text::word_string(basis);
    const std::optional<std::int64_t> amount =
        label_speaks ? label_amount : asked_amount(c.context, value_of);
    const bool costs = amount ? *amount > 0 : (paid.any(words) && !free.any(words));
    if (!costs) continue;

    if (c.kind == ControlKind::kRadio) {
      // A size, a weight or buying once instead of a subscription is the product itself; of a
      // radio group only an add-on service (express, insurance, gift wrap…) is an extra.
      if (!paid.any(words)) continue;
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
        const auto other_amount = asked_amount(other.context, value_of);
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
    Finding& f =
        ctx.add(Severity::kViolation, key, c.node, text::collapse_space(basis), amount ? 0.9 : 0.7);
    f.resolved_by_user = undone;
    f.vars["amount"] = amount ? " (" + text::format_euro(*amount) + ")" : "";
  }
}

}  // namespace kw::checks
