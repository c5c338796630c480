// odr-link-obsolete: the EU ODR platform closed on 20 July 2025 (Verordening (EU) 2024/3228
// repealed Verordening (EU) 524/2013). A link to it, or text sending buyers there, is out of date:
// a warning with the law's note, never a requirement (the Toetsingskader of 2024 still asks for
// the link).
#include "checks/checks.h"
#include "checks/text_scan.h"

namespace kw::checks {

void odr_link_obsolete(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  const PatternGroup& href = ctx.rule.group("odr_href");
  for (const Link& l : page_links(facts)) {
    if (!l.href.empty() && href.any(l.href)) {
      ctx.add(Severity::kWarning, "warning", l.node, l.shown.empty() ? l.href : l.shown, 0.9);
      return;
    }
  }
  const PatternGroup& words = ctx.rule.group("odr_words");
  const PatternGroup& gone = ctx.rule.group("odr_gone");
  // A heading "En het Europese ODR-platform?" answered below with "Dat is op 20 juli 2025
  // opgeheven": the page says it is gone, so its mentions of it are up to date.
  if (gone.any(facts.page_words())) return;
  for (int i = 0; i < facts.size(); ++i) {
    if (!facts.visible(i) || facts.own_words(i).empty()) continue;
    // "Het ODR-platform bestaat sinds 20 juli 2025 niet meer": a page that says so is up to date.
    if (words.any(facts.own_words(i)) && !gone.any(facts.own_words(i))) {
      ctx.add(Severity::kWarning, "warning", i, shown(facts, i), 0.75);
      return;
    }
  }
}

}  // namespace kw::checks
