// Shared by the complaint checks (see complaints_common.h).
#include "checks/complaints_common.h"

#include "checks/text_scan.h"
#include "text/normalize.h"

namespace kw::checks {

int complaint_context(const CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PatternGroup& heading = ctx.rule.group("complaint_heading");
  for (int i = 0; i < facts.size(); ++i) {
    if (!facts.visible(i) || !is_heading(facts.node(i))) continue;
    const std::string words = text::word_string(facts.subtree_text(i, 200));
    if (heading.any(words)) return i;
  }
  if (heading.any(text::word_string(facts.snapshot().title))) return -1;
  if (ctx.rule.group("url_complaints").any(facts.url_lower())) return -1;
  return -2;
}

}  // namespace kw::checks
