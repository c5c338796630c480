// terms-prechecked: a box "Ik ga akkoord met de algemene voorwaarden" that the shop ticked is not
// the customer's own act (art. 6:233, 6:234 BW): a warning. When the same pre-ticked box also asks
// consent for marketing, that consent is void (Planet49): a violation. A box that shares data with
// third parties is left to prechecked-consent, so the two rules never both speak about one box.
#include "checks/checks.h"
#include "checks/customer_choice.h"
#include "text/normalize.h"

namespace kw::checks {

void terms_prechecked(CheckContext& ctx) {
  if (!ctx.in_scope || ctx.page.has("confirmation")) return;
  const Rule& r = ctx.rule;
  for (const Control& c : ctx.facts.controls()) {
    if (c.kind != ControlKind::kCheckbox && c.kind != ControlKind::kSwitch) continue;
    const Node& n = ctx.facts.node(c.node);
    // Shown unticked earlier in the flow: the customer ticked it (customer_choice.h).
    if (!n.default_checked.value_or(false) || ticked_by_customer(ctx, c)) continue;
    const std::string label = c.label.empty() ? c.context : c.label;
    const std::string words = text::word_string(label);
    if (!r.group("terms").any(words) || !r.group("accept").any(words)) continue;
    if (r.group("third_party").any(words)) continue;  // prechecked-consent reports it
    const bool undone = n.checked.has_value() && !*n.checked;
    const bool bundled = r.group("marketing").any(words);
    Finding& f =
        ctx.add(bundled ? Severity::kViolation : Severity::kWarning,
                undone && !bundled ? "resolved" : (bundled ? "violation-bundled" : "warning"),
                c.node, text::collapse_space(label), 0.85);
    f.resolved_by_user = undone;
  }
}

}  // namespace kw::checks
