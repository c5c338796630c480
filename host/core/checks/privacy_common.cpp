// Sentences and the cookie-statement test for the privacy statement checks; see privacy_common.h.
#include "checks/privacy_common.h"

#include "checks/text_blocks.h"
#include "text/normalize.h"

namespace kw::checks {

std::vector<PageSentence> privacy_sentences(const PageFacts& facts) {
  return page_sentences(facts, 6000);
}

bool cookie_statement_only(const CheckContext& ctx) {
  const PatternGroup& cookie = ctx.rule.group("cookie_page");
  const PatternGroup& privacy = ctx.rule.group("privacy_page");
  bool any = false;
  for (const RoleEvidence& e : ctx.page.evidence) {
    if (e.role != "privacy") continue;
    const std::string w = text::word_string(e.evidence);
    if (privacy.any(w) || !cookie.any(w)) return false;
    any = true;
  }
  return any;
}

std::string evidence_of(const std::string& s) {
  return text::truncate_utf8(s, 240);
}

}  // namespace kw::checks
