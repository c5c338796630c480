// Whether a ticked box or chosen option is the customer's doing. A snapshot holds the state the
// page was sent with, and a shop that re-renders a step after each choice sends the customer's
// choice as `checked`; only an earlier step of the flow can tell that the shop had left it empty.
#pragma once

#include "engine/check.h"

namespace kw::checks {

// True when this flow showed `c` unticked before, on an earlier step or an earlier rendering of
// this one (FlowMemory::shown_unticked): the customer ticked it since; or when its option was
// already a line of an earlier step's basket (the customer put it there). False without a flow.
bool ticked_by_customer(const CheckContext& ctx, const Control& c);

}  // namespace kw::checks
