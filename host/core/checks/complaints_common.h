// Shared by the complaint checks: whether a page is about complaints. (Whether the site claims
// Thuiswinkel membership is member_claim.h.)
#pragma once

#include <string>

#include "engine/check.h"

namespace kw::checks {

// The first heading (or the title/URL, then -1) that says the page treats complaints; -2 when the
// page does not. Reads the rule's "complaint_heading" and "url_complaints" groups.
int complaint_context(const CheckContext& ctx);

}  // namespace kw::checks
