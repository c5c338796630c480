// See customer_choice.h.
#include "checks/customer_choice.h"

namespace kw::checks {

bool ticked_by_customer(const CheckContext& ctx, const Control& c) {
  return ctx.flow != nullptr && (ctx.flow->shown_unticked(ctx.step, toggle_words(c)) ||
                                 ctx.flow->shown_unticked(ctx.step, toggle_name_key(ctx.facts, c)));
}

}  // namespace kw::checks
