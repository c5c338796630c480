// The list of checks this host has and what each needs from its rule file; the catalogue validator
// holds rule files to these specs, so a check can rely on its groups and messages being there.
#include "checks/checks.h"

namespace kw {

const std::vector<CheckEntry>& all_checks() {
  static const std::vector<CheckEntry> entries = {
      {{"order-button-wording",
        {"pays", "insufficient", "order_intent", "starts_checkout", "not_order", "final_step",
         "cart_page", "url_final", "url_cart", "step_words", "final_controls"},
        {"violation", "pass", "needs-review-unknown", "needs-review-amount", "no-name"}},
       checks::order_button_wording},
      {{"prechecked-paid-option",
        {"paid_extra", "free_words", "cheaper_choice", "payment_method"},
        {"violation", "violation-radio", "resolved"}},
       checks::prechecked_paid_option},
      {{"prechecked-consent",
        {"consent", "third_party", "soft_opt_out", "not_consent"},
        {"violation", "violation-third-party", "pass-soft-opt-out", "resolved"}},
       checks::prechecked_consent},
      {{"late-extra-cost",
        {"cost_shipping", "cost_payment", "cost_service", "cost_other", "total", "subtotal",
         "discount", "deferred"},
        {"violation-late", "violation-raised", "violation-unexplained"}},
       checks::late_extra_cost},
      {{"payment-surcharge",
        {"banned_methods", "review_methods", "fee_words"},
        {"violation", "needs-review"}},
       checks::payment_surcharge},
      {{"price-excl-vat",
        {"b2b_only", "vat_amount_line"},
        {"violation-no-incl", "violation-prominence", "needs-review-layout"}},
       checks::price_excl_vat},
  };
  return entries;
}

}  // namespace kw
