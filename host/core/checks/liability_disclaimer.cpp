// liability-disclaimer: a disclaimer (in a footer, the terms, an FAQ or a disclaimer page) may not
// contain clauses contrary to the AV Thuiswinkel, its code of conduct or the law (Toetsingskader
// Algemene voorwaarden, bullet 3). Read per sentence, on every page:
// - the risk of loss or damage in transit put on the buyer: art. 7:11 BW (risk passes on delivery
//   to the consumer), mandatory in a consumer sale (art. 7:6 BW). Return shipments, a carrier the
//   consumer chose, and risk passing on delivery or receipt are lawful and stay silent;
// - liability excluded for damage caused by the products: art. 6:185/6:192 and 7:24 BW. Damage
//   from wrong use or from ignoring the instructions may be excluded, and a website-information
//   disclaimer ("schade door het gebruik van deze website") is not about products: silent;
// - "aan deze website/prijzen kunnen geen rechten worden ontleend", "prijswijzigingen
//   voorbehouden": an accepted offer binds (art. 6:217 BW; AV Thuiswinkel art. 4 frees only
//   obvious mistakes), but how far the sentence goes in practice a page cannot show: needs-review,
//   silent when the sentence keeps to kennelijke vergissingen/fouten.
// Questions (an FAQ asking "mag een winkel …?"), quoted clauses and sentences that call such a
// clause not allowed are not clauses of the shop and stay silent.
#include <set>

#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "text/normalize.h"

namespace kw::checks {

void liability_disclaimer(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const Rule& r = ctx.rule;
  // A private person's ad ("Verzenden gaat op risico van de koper") is a sale between consumers:
  // art. 7:11 and the product-liability rules bind traders and producers, not them.
  if (ctx.page.has("marketplace-offer") && r.group("private_seller").any(ctx.facts.page_words())) {
    return;
  }
  auto has = [&r](const char* group, const std::string& w) { return r.group(group).any(w); };
  std::set<std::string> reported;  // one finding per message key and page
  BlockWords blocks(ctx.facts, 3000);
  for (const PageSentence& ps : page_sentences(ctx.facts, 3000)) {
    const std::string& s = ps.text;
    // A clause only quoted ("In oudere voorwaarden lees je soms: „…”") is not the shop's.
    const std::string& w = ps.own_words;
    if (ps.question || has("not_allowed", w)) continue;
    std::vector<std::string> keys;

    if (has("transit", w) && !has("return_context", w) && !has("consumer_choice", w)) {
      const bool early = has("risk_passes", w) && has("early_moment", w);
      const bool lawful = has("risk_lawful", w);
      const bool lost = has("transit_loss", w);
      const bool buyer_risk = has("risk_buyer", w) || (has("not_liable", w) && lost) ||
                              (has("parcel_not_liable", w) && (lost || !has("delay", w)));
      if (early || (!lawful && buyer_risk)) keys.push_back("violation-shipping-risk");
    }

    if (((has("not_liable", w) && has("product_damage", w)) || has("product_own_risk", w)) &&
        !has("product_lawful", w) && !has("statutory_saved", w) &&
        !has("statutory_saved", blocks.of(ps.node))) {  // "Dit laat je rechten … onverlet."
      keys.push_back("violation-product-liability");
    }

    if (has("no_rights", w) && has("offer_subject", w) && !has("no_rights_lawful", w)) {
      keys.push_back("needs-review-no-rights");
    }

    for (const std::string& key : keys) {
      if (!reported.insert(key).second) continue;
      const Severity sev =
          key.rfind("violation", 0) == 0 ? Severity::kViolation : Severity::kNeedsReview;
      ctx.add(sev, key, ps.node, text::truncate_utf8(s, 240),
              sev == Severity::kViolation ? 0.8 : 0.6);
    }
  }
}

}  // namespace kw::checks
