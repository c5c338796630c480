// One function per check, keyed by rule id in registry.cpp. Each lives in a file of its own name.
#pragma once

#include "engine/check.h"

namespace kw::checks {

void order_button_wording(CheckContext& ctx);
void prechecked_paid_option(CheckContext& ctx);
void prechecked_consent(CheckContext& ctx);
void late_extra_cost(CheckContext& ctx);
void payment_surcharge(CheckContext& ctx);
void price_excl_vat(CheckContext& ctx);

}  // namespace kw::checks
