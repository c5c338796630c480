// btw-id: the shop's btw-identificatienummer (art. 3:15d lid 1 BW; Toetsingskader Contactgegevens),
// checked against both checksums: the 11-test of the old numbers and mod 97 of sole traders'
// numbers since 2020; a number failing both is wrong. An "omzetbelastingnummer" of a sole trader
// holds the owner's BSN and should not be on the site. A Belgian shop's "BE0123.456.789" is read
// with its own mod-97 check.
#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/dutch_ids.h"

namespace kw::checks {

void btw_id(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PageText pt(facts);
  const std::string& t = pt.text();
  const auto found = text::find_btw(t);
  // A legal entity's old number holds its RSIN, not a BSN: no privacy issue when the page names
  // a B.V., N.V. or other legal person.
  const bool legal_person = ctx.rule.group("legal_person").any(facts.page_words());
  const text::BtwMention* valid = nullptr;
  for (const auto& m : found) {
    const int node = pt.node_at(m.begin);
    if (m.omzetbelasting && m.elfproef && !m.mod97 && !legal_person) {
      Finding& f = ctx.add(Severity::kWarning, "warning-bsn", node, pt.shown_at(m.begin), 0.6);
      f.vars["reason"] = m.id;
      continue;
    }
    if (!m.valid()) {
      const bool belgian = m.id.starts_with("BE");
      const char* key = !m.well_formed ? "warning-format"
                        : belgian      ? "warning-checksum-be"
                                       : "warning-checksum";
      Finding& f =
          ctx.add(Severity::kWarning, key, node, pt.shown_at(m.begin), m.well_formed ? 0.85 : 0.7);
      f.vars["reason"] = m.id;
      continue;
    }
    if (valid == nullptr) valid = &m;
  }
  if (valid != nullptr) {
    ctx.site->remember("btw-id",
                       SiteFact{valid->id, pt.shown_at(valid->begin), facts.snapshot().url});
  }
  if (!ctx.in_scope || !ctx.page.has("contact")) return;
  if (valid != nullptr) {
    Finding& f =
        ctx.add(Severity::kPass, "pass", pt.node_at(valid->begin), pt.shown_at(valid->begin), 0.9);
    f.vars["reason"] = valid->id;
    return;
  }
  if (!found.empty() || ctx.site->find("btw-id") != nullptr) return;
  ctx.add(Severity::kNeedsReview, "needs-review-missing", -1, "", 0.5);
}

}  // namespace kw::checks
