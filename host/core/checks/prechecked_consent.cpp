// prechecked-consent: a pre-ticked box is no consent (CJEU C-673/17 Planet49); the soft opt-out for
// a buying customer's e-mail about the shop's own similar products (art. 11.7 lid 3 Tw) is lawful.
#include "checks/checks.h"
#include "checks/customer_choice.h"
#include "checks/text_scan.h"
#include "text/normalize.h"

namespace kw::checks {

void prechecked_consent(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PatternGroup& consent = ctx.rule.group("consent");
  const PatternGroup& third = ctx.rule.group("third_party");
  const PatternGroup& soft = ctx.rule.group("soft_opt_out");
  const PatternGroup& not_consent = ctx.rule.group("not_consent");
  // The customer's account shows the choices he made ("Nieuwsbrief en voorkeuren" under
  // /account/voorkeuren): a ticked box there is consent given before, which he can withdraw on that
  // page (art. 7 lid 3 AVG), not a default the shop sets. Signing up for an account is no settings
  // page.
  const PatternGroup& settings = ctx.rule.group("settings_page");
  if (ctx.role_words.group("url_account").any(facts.url_lower()) &&
      (settings.any(facts.url_lower()) || settings.any(h1_words(facts)) ||
       settings.any(text::word_string(facts.snapshot().title)))) {
    return;
  }

  for (const Control& c : facts.controls()) {
    if (c.kind != ControlKind::kCheckbox && c.kind != ControlKind::kSwitch) continue;
    const Node& n = facts.node(c.node);
    // Shown unticked earlier in the flow: the customer ticked it (customer_choice.h).
    if (!n.default_checked.value_or(false) || ticked_by_customer(ctx, c)) continue;
    // A ticked box the customer cannot change repeats a choice made on an earlier step ("Sms-
    // herinnering (door jou aangevinkt)"); it asks for nothing.
    if (n.disabled) continue;
    // Judge the box by its own label when it has one: the row may hold a neighbour's words.
    const std::string words = text::word_string(c.label.empty() ? c.context : c.label);
    const bool sharing = third.any(words);
    if (!sharing && (!consent.any(words) || not_consent.any(words))) continue;

    const bool undone = n.checked.has_value() && !*n.checked;
    const std::string evidence = text::collapse_space(c.label.empty() ? c.context : c.label);
    if (!sharing && soft.any(words)) {
      ctx.add(Severity::kPass, "pass-soft-opt-out", c.node, evidence, 0.7);
      continue;
    }
    Finding& f = ctx.add(Severity::kViolation,
                         undone ? "resolved" : (sharing ? "violation-third-party" : "violation"),
                         c.node, evidence, 0.9);
    f.resolved_by_user = undone;
  }
}

}  // namespace kw::checks
