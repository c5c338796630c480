// statutory-warranty-info: the site must say the statutory guarantee applies and explain it
// (Toetsingskader, Garantie; art. 7:17 BW). Remembered per site wherever it shows; a page about
// guarantees that leaves it out, on a site that never mentioned it, gets a warning; full terms that
// never mention it are for review (it may be on a page not seen yet).
#include <algorithm>

#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "text/normalize.h"

namespace kw::checks {

void statutory_warranty_info(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const Rule& rule = ctx.rule;
  const PatternGroup& statutory = rule.group("statutory");
  int found = -1;
  int commercial = -1;
  for (int i = 0; i < facts.size(); ++i) {
    if (!facts.visible(i) || facts.own_words(i).empty()) continue;
    if (statutory.any(facts.own_words(i))) {
      found = i;
      break;
    }
    // The sentence about the guarantee, not the heading "Garantie" above it. A money-back or
    // lowest-price "garantie" is a promise about money, not about the product being fit.
    const std::string& w = facts.own_words(i);
    // A link to the warranty page ("Garantie en reparatie" in the footer) explains nothing.
    const Node& n = facts.node(i);
    const bool link =
        n.tag == "a" || n.role == "link" || (n.parent >= 0 && facts.node(n.parent).tag == "a");
    if (commercial >= 0 || link || in_page_chrome(facts, i) || text::word_count(w) < 3) continue;
    // A clause quoted to reject it ("Teksten als „Na afloop van de fabrieksgarantie …” zijn
    // ongeldig") is not the shop's guarantee.
    const std::string own = text::word_string(unquoted(facts.own_text(i)));
    if (rule.group("commercial").any(rule.group("not_warranty").masked(own))) commercial = i;
  }
  if (found >= 0) {
    const std::string evidence =
        text::truncate_utf8(text::collapse_space(facts.own_text(found)), 200);
    ctx.site->remember("statutory-warranty", SiteFact{"yes", evidence, facts.snapshot().url});
    ctx.add(Severity::kPass, "pass", found, evidence, 0.8);
    return;
  }
  if (!ctx.in_scope || ctx.site->find("statutory-warranty") != nullptr) return;
  // A page about guarantees: its address or title says so, or it is terms/returns/FAQ text that
  // speaks of a guarantee period. On other pages a "2 jaar garantie" banner is an advert, not the
  // explanation of guarantees.
  const bool about_warranty =
      rule.group("url_warranty").any(facts.url_lower()) ||
      rule.group("warranty_page").any(text::word_string(facts.snapshot().title));
  const bool info_page = ctx.page.has("terms") || ctx.page.has("returns") || ctx.page.has("faq");
  if (commercial >= 0 && (about_warranty || info_page)) {
    ctx.add(Severity::kWarning, "warning", commercial,
            text::truncate_utf8(text::collapse_space(facts.own_text(commercial)), 200), 0.7);
    return;
  }
  if (ctx.page.has("terms")) {
    const std::string& words = facts.page_words();
    if (text::word_count(words) > 300) {
      const std::string& title = facts.snapshot().title;
      ctx.add(Severity::kNeedsReview, "needs-review", -1,
              title.empty() ? facts.snapshot().url : text::collapse_space(title), 0.5);
    }
  }
}

}  // namespace kw::checks
