// kvk-number: the shop's KvK number (8 digits) on the site (art. 27 Handelsregisterwet 2007; art.
// 3:15d lid 1 sub c BW; Toetsingskader Contactgegevens). A number with the wrong digit count is a
// warning wherever it shows; its absence is only raised on the contact page and the final step,
// and only when no page of the site showed one, nor a foreign register's number.
#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/dutch_ids.h"

namespace kw::checks {

void kvk_number(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PageText pt(facts);
  const std::string& t = pt.text();
  const auto found = text::find_kvk(t);
  const text::KvkMention* valid = nullptr;
  for (const auto& m : found) {
    if (m.valid) {
      if (valid == nullptr) valid = &m;
      continue;
    }
    Finding& f = ctx.add(Severity::kWarning, "warning-digits", pt.node_at(m.begin),
                         pt.shown_at(m.begin), 0.8);
    f.vars["reason"] = std::to_string(m.digits.size());
  }
  if (valid != nullptr) {
    ctx.site->remember("kvk",
                       SiteFact{valid->digits, pt.shown_at(valid->begin), facts.snapshot().url});
  }
  // A company registered abroad ("Ondernemingsnummer 0833.584.148", KBO, HRB) has its own
  // register; the Handelsregisterwet asks a KvK number only of what is registered here.
  if (ctx.rule.group("foreign_register").any(facts.page_words())) {
    ctx.site->remember("kvk-foreign", SiteFact{"yes", "", facts.snapshot().url});
  }
  if (!ctx.in_scope) return;
  const bool must_show = ctx.page.has("contact") || ctx.page.has("final-step");
  if (!must_show) return;
  if (valid != nullptr) {
    ctx.add(Severity::kPass, "pass", pt.node_at(valid->begin), pt.shown_at(valid->begin), 0.9);
    return;
  }
  if (!found.empty()) return;  // a wrong number was reported above
  if (ctx.site->find("kvk") != nullptr || ctx.site->find("kvk-foreign") != nullptr) return;
  ctx.add(Severity::kNeedsReview, "needs-review-missing", -1, "", 0.5);
}

}  // namespace kw::checks
