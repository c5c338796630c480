// order-button-wording: the control that concludes the order must say in its own words that
// ordering means paying (art. 6:230v lid 3 BW; CJEU C-249/21: only the button's words count; HR 4
// Oct 2024). The hard part is finding that control: only on the final step (the page classifier
// says which page that is), never a cart's "Afrekenen" link.
#include <algorithm>

#include "checks/checks.h"
#include "text/money.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

bool button_like(const Control& c) {
  return c.kind == ControlKind::kButton || c.kind == ControlKind::kLink;
}

}  // namespace

void order_button_wording(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const Rule& rule = ctx.rule;
  // Only the final step has an order button to judge; the page classifier (page_roles.h) tells
  // a cart's "Afrekenen" link from it.
  if (!ctx.page.has("final-step")) return;
  const double confidence = ctx.page.weight("final-step");

  const PatternGroup& pays = rule.group("pays");
  const PatternGroup& insufficient = rule.group("insufficient");
  const PatternGroup& intent = rule.group("order_intent");
  const PatternGroup& starts = rule.group("starts_checkout");
  const PatternGroup& not_order = rule.group("not_order");

  // The concluding control is the last one, in page order, whose words aim at ordering; a control
  // that only moves on ("naar de kassa") counts only if it also says you pay. A real button beats a
  // link: a link is the order control only on a page whose order step has no button at all.
  const Control* chosen = nullptr;
  const Control* chosen_link = nullptr;
  const Control* last_submit = nullptr;
  for (const Control& c : facts.controls()) {
    if (!button_like(c) || facts.node(c.node).disabled || in_page_chrome(facts, c.node)) continue;
    const std::string words = text::word_string(c.label);
    if (c.submit || (c.kind == ControlKind::kButton && words.empty())) last_submit = &c;
    if (words.empty() || not_order.any(words)) continue;
    const bool pay = pays.any(words);
    if (starts.any(words) && !pay) continue;
    if (pay || insufficient.any(words) || intent.any(words)) {
      (c.kind == ControlKind::kButton ? chosen : chosen_link) = &c;
    }
  }
  if (chosen == nullptr) chosen = chosen_link;
  if (chosen == nullptr) {
    if (last_submit == nullptr) return;
    const std::string words = text::word_string(last_submit->label);
    if (words.empty()) {
      ctx.add(Severity::kViolation, "no-name", last_submit->node, "", confidence * 0.8);
    } else if (last_submit->submit && (!not_order.any(words) || ctx.page.final_controls)) {
      // Beside the terms box and the payment choice, even "Registreren" may be what places the
      // order: the page has no other submit, so ask for a look rather than stay silent.
      ctx.add(Severity::kNeedsReview, "needs-review-unknown", last_submit->node,
              text::collapse_space(last_submit->label), 0.5);
    }
    return;
  }

  // "Doorgaan" between steps only moves on; it concludes the order only where the terms are
  // accepted. A payment step with "Ga verder" is often followed by the overview with the real
  // order button.
  if (ctx.role_words.group("step_words").any(text::word_string(chosen->label)) &&
      !ctx.page.terms_box) {
    return;
  }

  // Judge the chosen control, and every copy of it (a sticky mobile bar repeats the same button).
  const std::string chosen_words = text::word_string(chosen->label);
  for (const Control& c : facts.controls()) {
    if (&c != chosen && (!button_like(c) || text::word_string(c.label) != chosen_words)) continue;
    const std::string evidence = text::collapse_space(c.label);
    if (pays.any(chosen_words)) {
      ctx.add(Severity::kPass, "pass", c.node, evidence, confidence);
    } else if (!text::find_amounts(c.label).empty()) {
      ctx.add(Severity::kNeedsReview, "needs-review-amount", c.node, evidence, 0.6);
    } else if (insufficient.any(chosen_words)) {
      ctx.add(Severity::kViolation, "violation", c.node, evidence, confidence);
    } else {
      ctx.add(Severity::kNeedsReview, "needs-review-unknown", c.node, evidence, 0.5);
    }
  }
}

}  // namespace kw::checks
