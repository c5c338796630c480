// Shared by the complaint checks: whether a page is about complaints, and whether the site claims
// Thuiswinkel membership (on this page or, via the site memory, on an earlier one).
#pragma once

#include <string>

#include "engine/check.h"

namespace kw::checks {

// The first heading (or the title/URL, then -1) that says the page treats complaints; -2 when the
// page does not. Reads the rule's "complaint_heading" and "url_complaints" groups.
int complaint_context(const CheckContext& ctx);

// Whether the page or the site memory claims Thuiswinkel membership (the rule's "member_claim"
// group, and the site fact "thuiswinkel-claim" that thuiswinkel-terms remembers). Remembers a claim
// found here.
bool thuiswinkel_member(CheckContext& ctx);

}  // namespace kw::checks
