// withdrawal-conditions: conditions on withdrawal the law does not allow — original or unopened
// packaging, a compulsory reason, the original invoice, a voucher instead of money, keeping the
// outbound delivery cost, a handling fee (art. 6:230o, 6:230r, 6:230s BW). Read per sentence; the
// lawful versions ("indien mogelijk", "retourkosten zijn voor eigen rekening", "we vragen graag
// naar de reden") and sentences that deny the condition ("hoeft niet") stay silent. Keeping the
// outbound cost on a partial return is for review.
#include <set>

#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "checks/text_scan.h"
#include "text/normalize.h"

namespace kw::checks {

void withdrawal_conditions(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const Rule& r = ctx.rule;
  const PatternGroup& ret = r.group("return_context");
  const PatternGroup& not_required = r.group("not_required");
  std::set<std::string> reported;  // message key: one finding per kind of condition
  BlockWords blocks(ctx.facts);
  // "Gekocht in een van onze fysieke winkels? Dan … alleen met de kassabon.": a shop purchase has
  // no right of withdrawal, so its exchange terms are free. Read per block with the heading above
  // it, as the question and the terms are separate sentences or elements.
  auto store_purchase = [&](int block) {
    std::string words = blocks.of(block);
    if (const int h = heading_before(ctx.facts, block); h >= 0) {
      words += " " + text::word_string(ctx.facts.subtree_text(h, 200));
    }
    return r.group("store_purchase").any(words);
  };
  // Food and drink whose seal was broken may be refused for hygiene (art. 6:230p sub e BW): a page
  // that sells drinks may ask for "ongeopende flessen". Read once for the page.
  const bool sells_consumables = r.group("sealed_consumable").any(ctx.facts.page_words());
  for (const PageSentence& ps : page_sentences(ctx.facts)) {
    if (ps.question) continue;  // "Moet ik een reden opgeven?" asks; the answer below says
    // A customer's review ("ik moest het in de originele doos terugsturen") is no term of the shop.
    if (in_customer_review(ctx.facts, ps.node)) continue;
    const std::string& s = ps.text;
    // A clause the sentence only quotes („Alleen retour in originele verpakking” – dat hanteren
    // wij niet) is not the shop's: the conditions are read from its own words.
    const std::string& w = ps.own_words;
    const bool returns = ret.any(w);
    const bool denied = not_required.any(w);
    std::vector<std::string> keys;
    // The lawful reason may stand in the next sentence of the block ("…; waarvan de hygiënische
    // verzegeling is verbroken niet").
    const bool sealed_consumable =
        r.group("unopened").any(w) &&
        (sells_consumables || r.group("sealed_consumable").any(blocks.of(ps.node)));
    if (returns && !denied && r.group("packaging").any(w) && !r.group("packaging_lawful").any(w) &&
        !r.group("packaging_lawful").any(blocks.of(ps.node)) && !sealed_consumable) {
      keys.push_back("violation-packaging");
    }
    if (!denied && r.group("reason").any(w)) {
      keys.push_back("violation-reason");
    }
    if (returns && !denied && r.group("invoice").any(w) && r.group("demand").any(w) &&
        !r.group("invoice_alternative").any(w) && !store_purchase(ps.node)) {
      keys.push_back("violation-invoice");
    }
    if (returns && !denied && r.group("voucher").any(w) && r.group("voucher_instead").any(w) &&
        !r.group("voucher_choice").any(w)) {
      keys.push_back("violation-voucher");
    }
    // "Geen 18+ of geen ID bij aflevering? Dan nemen we het weer mee, minus de bezorgkosten" is a
    // delivery the law makes the shop refuse (Alcoholwet art. 20), not a withdrawal.
    if (r.group("outbound").any(w) && r.group("outbound_context").any(w) &&
        !r.group("outbound_lawful").any(w) &&
        !r.group("delivery_refused").any(blocks.of(ps.node))) {
      // On a partial return the customer keeps goods that needed the same delivery; whether the
      // outbound cost is then still owed is not settled, so it is for review, not a violation.
      keys.push_back(r.group("partial_return").any(w) ? "needs-review-shipping-partial"
                                                      : "violation-shipping");
    }
    if (r.group("fee").any(w) && r.group("fee_context").any(w) && !r.group("fee_none").any(w) &&
        !denied) {
      keys.push_back("violation-fee");
    }
    for (const std::string& key : keys) {
      if (!reported.insert(key).second) continue;
      const bool review = key.rfind("needs-review", 0) == 0;
      ctx.add(review ? Severity::kNeedsReview : Severity::kViolation, key, ps.node,
              text::truncate_utf8(s, 240), review ? 0.5 : 0.8);
    }
  }
}

}  // namespace kw::checks
