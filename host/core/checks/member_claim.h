// Shared by the rules that judge only Thuiswinkel members (its own terms, the 14-day complaint
// term, the complaint links, the SSL statement): whether the shop claims membership on this page
// or, through the site memory, on an earlier page of the site. The Toetsingskader binds members,
// not every shop, so a criterion that is not also law is only asked of a shop that claims it.
#pragma once

#include <string>

#include "engine/check.h"

namespace kw::checks {

struct MemberClaim {
  bool member = false;   // this page or an earlier page of the site claims membership
  int node = -1;         // the claim on this page, or -1
  std::string evidence;  // the claim as shown, here or on the earlier page
};

// Reads the rule's "member_claim" group over every visible node, skipping a node that denies it
// ("member_denied": "geen lid van Thuiswinkel.org"); remembers a claim found here as the site fact
// "thuiswinkel-claim".
MemberClaim thuiswinkel_claim(CheckContext& ctx);

}  // namespace kw::checks
