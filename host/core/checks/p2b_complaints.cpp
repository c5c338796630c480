// p2b-complaints: a platform's terms for business users describe its internal complaint-handling
// system and name the mediators it works with (art. 11 and 12 Verordening (EU) 2019/1150, P2B).
// Judged on terms pages written for sellers on the platform; small platforms are exempt, so a
// missing part is a warning.
#include "checks/checks.h"

namespace kw::checks {

void p2b_complaints(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const std::string& words = ctx.facts.page_words();
  const auto platform = ctx.rule.group("business_terms").first_match(words);
  if (platform.empty()) return;
  const bool complaints = ctx.rule.group("internal_complaints").any(words);
  const bool mediators = ctx.rule.group("mediators").any(words);
  if (!complaints) ctx.add(Severity::kWarning, "warning-no-complaints", -1, platform, 0.65);
  if (!mediators) ctx.add(Severity::kWarning, "warning-no-mediators", -1, platform, 0.65);
  if (complaints && mediators) ctx.add(Severity::kPass, "pass", -1, platform, 0.75);
}

}  // namespace kw::checks
