// alcohol-age-check: an order with alcohol needs an active age check in the order process (an
// unticked "ik ben 18+" box, a date of birth, iDIN) and a notice that age is checked again at
// delivery (art. 20 Alcoholwet; Toetsingskader, Totstandkoming overeenkomst). Judged on the final
// step, where the order's items are listed; the delivery notice may stand on an earlier page of
// the site, so it is remembered.
#include "checks/checks.h"
#include "text/normalize.h"

namespace kw::checks {

void alcohol_age_check(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const Rule& r = ctx.rule;
  const PatternGroup& delivery = r.group("delivery_check");
  for (int i = 0; i < facts.size(); ++i) {
    const std::string& w = facts.own_words(i);
    if (facts.visible(i) && !w.empty() && delivery.any(w)) {
      ctx.site->remember(
          "alcohol-delivery-check",
          SiteFact{"yes", text::collapse_space(facts.own_text(i)), facts.snapshot().url});
      break;
    }
  }
  // The age check may be asked on an earlier step of the order (a date of birth with the
  // address), which the flow remembers per step of the checkout (a step shown again replaces what
  // it asked), not per site. An age gate at the shop's door is not a check in the order process.
  bool active = false;
  if (ctx.flow != nullptr) {
    for (const auto& [step, seen] : ctx.flow->steps) {
      if (step < ctx.step && seen.age_asked) active = true;
    }
    if (StepMemory* mine = ctx.flow->record(ctx.step)) {
      mine->age_asked = false;
      for (const Control& c : facts.controls()) {
        if (!ctx.page.has("checkout")) break;
        const std::string words = text::word_string(c.label.empty() ? c.context : c.label);
        const bool unticked =
            !is_toggle(c.kind) || !facts.node(c.node).default_checked.value_or(false);
        if (unticked && (r.group("age_check").any(words) ||
                         r.group("age_check").any(text::word_string(c.context)))) {
          mine->age_asked = true;
          break;
        }
      }
    }
  }
  if (!ctx.in_scope || ctx.page.has("confirmation")) return;
  // What the order holds, not the shop's menu ("Belgisch bier" in the header of a coffee order).
  int alcohol = -1;
  for (int i = 0; i < facts.size() && alcohol < 0; ++i) {
    const std::string& w = facts.own_words(i);
    if (facts.visible(i) && !w.empty() && !in_page_chrome(facts, i) && r.group("alcohol").any(w) &&
        !r.group("not_alcohol").any(w)) {
      alcohol = i;
    }
  }
  if (alcohol < 0) return;
  const std::string evidence =
      text::truncate_utf8(text::collapse_space(facts.own_text(alcohol)), 120);
  for (const Control& c : facts.controls()) {
    const std::string words = text::word_string(c.label.empty() ? c.context : c.label);
    if (!r.group("age_check").any(words) &&
        !r.group("age_check").any(text::word_string(c.context))) {
      continue;
    }
    if (is_toggle(c.kind)) {
      const Node& n = facts.node(c.node);
      if (n.default_checked.value_or(false)) {
        ctx.add(Severity::kViolation, "violation-prechecked", c.node,
                text::collapse_space(c.label.empty() ? c.context : c.label), 0.85);
        return;
      }
    }
    active = true;
  }
  if (!active) ctx.add(Severity::kViolation, "violation-no-check", alcohol, evidence, 0.75);
  if (ctx.site->find("alcohol-delivery-check") == nullptr) {
    ctx.add(Severity::kViolation, "violation-no-delivery-check", alcohol, evidence, 0.7);
  }
}

}  // namespace kw::checks
