// warranty-limits-statutory: a manufacturer's or extra guarantee presented as the only one —
// "alleen fabrieksgarantie", "na de garantietermijn kunt u geen aanspraak maken", "garantie via de
// fabrikant", "geen garantie" — limits the statutory rights, which cannot be done in a consumer
// sale (art. 7:6 lid 1, 7:6a BW). A sentence that keeps the statutory rights ("onverlet", "naast de
// wettelijke garantie") or excludes only wear and misuse is lawful.
#include <set>

#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "text/normalize.h"

namespace kw::checks {

void warranty_limits_statutory(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const Rule& r = ctx.rule;
  // Between private persons the buyer's statutory rights as a consumer do not apply: a private
  // seller may sell "zonder garantie" (marketplace-seller-status tells the buyer so).
  if (ctx.page.has("marketplace-offer") && r.group("private_sale").any(ctx.facts.page_words())) {
    return;
  }
  const PatternGroup& lawful = r.group("lawful");
  std::set<std::string> reported;
  // A block that quotes such a clause to reject it ("Sommige verkopers zeggen „geen garantie". Dat
  // mag een bedrijf niet.") warns against it; the rebuttal may follow in the next sentence.
  BlockWords blocks(ctx.facts);
  for (const PageSentence& ps : page_sentences(ctx.facts)) {
    const std::string& s = ps.text;
    const std::string& w = ps.own_words;  // a quoted clause ("Clausules als „…” vind je bij ons
                                          // niet") is not the shop's
    if (ps.question || lawful.any(w) || r.group("rebuttal").any(blocks.of(ps.node))) continue;
    std::string key;
    if (r.group("manufacturer").any(w)) {
      key = "violation-manufacturer";
    } else if (r.group("expires").any(w)) {
      key = "violation";
    } else if (r.group("excluded").any(w) && !r.group("excluded_lawful").any(w)) {
      key = "violation-excluded";
    }
    if (key.empty() || !reported.insert(key).second) continue;
    ctx.add(Severity::kViolation, key, ps.node, text::truncate_utf8(s, 240), 0.8);
  }
}

}  // namespace kw::checks
