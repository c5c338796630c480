// p2b-complaints: a platform's terms for business users describe its internal complaint-handling
// system and name the mediators it works with (art. 11 and 12 Verordening (EU) 2019/1150, P2B).
// Judged on terms pages written for sellers on the platform; small platforms are exempt, so a
// missing part is a warning, and a platform that states its exemption is not judged.
#include "checks/checks.h"

namespace kw::checks {

void p2b_complaints(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  // The page's own content says whom it is for; the footer's link "Voorwaarden voor verkopers" is
  // on the consumer terms too.
  std::string words;
  for (int i = 0; i < facts.size(); ++i) {
    if (!facts.visible(i) || facts.own_words(i).empty() || in_page_chrome(facts, i)) continue;
    words += facts.own_words(i);
    words += ' ';
  }
  const auto platform = ctx.rule.group("business_terms").first_match(words);
  if (platform.empty()) return;
  // A small platform (fewer than 50 staff, Recommendation 2003/361/EC) that says so is exempt from
  // both duties (art. 11 lid 5 and art. 12 lid 7); a page cannot check its size.
  if (ctx.rule.group("small_exempt").any(words)) return;
  const bool complaints = ctx.rule.group("internal_complaints").any(words);
  const bool mediators = ctx.rule.group("mediators").any(words);
  if (!complaints) ctx.add(Severity::kWarning, "warning-no-complaints", -1, platform, 0.65);
  if (!mediators) ctx.add(Severity::kWarning, "warning-no-mediators", -1, platform, 0.65);
  if (complaints && mediators) ctx.add(Severity::kPass, "pass", -1, platform, 0.75);
}

}  // namespace kw::checks
