// withdrawal-period: a withdrawal period shorter than 14 days ("7 dagen bedenktijd", "binnen 10
// dagen retourneren") breaks art. 6:230o BW; so does less than 14 days to send the goods back after
// withdrawing (art. 6:230t BW). Read per sentence, so a refund or delivery time nearby is not
// taken for the withdrawal period.
#include <set>

#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "text/normalize.h"

namespace kw::checks {

void withdrawal_period(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PatternGroup& phrase = ctx.rule.group("period_phrase");
  const PatternGroup& not_withdrawal = ctx.rule.group("not_withdrawal");
  std::set<std::string> seen;
  int pass_node = -1;
  std::string pass_evidence;
  for (const TextBlock& b : text_blocks(ctx.facts)) {
    // "Na de bedenktijd kun je tot 7 dagen voor de start omboeken. Dit komt bovenop het wettelijke
    // herroepingsrecht": a shorter term the block itself puts beside the statutory one.
    if (!phrase.any(b.words) || ctx.rule.group("on_top").any(b.words)) continue;
    // A customer's review ("binnen een week had ik mijn geld terug") states no term of the shop.
    if (in_customer_review(ctx.facts, b.node)) continue;
    for (const std::string& s : sentences(b.text)) {
      // "Kan ik 7 dagen bedenktijd krijgen?" asks; the answer below gives the period.
      if (is_question(s)) continue;
      // "Meld je retour binnen 14 dagen aan en stuur het daarna binnen 7 dagen terug": each clause
      // has its own period.
      // A quoted myth ("Mythe 1: „Retourneren kan alleen binnen 7 dagen”") is no period of the
      // shop.
      for (const std::string& words : clauses(text::word_string(unquoted(s)))) {
        const std::string match = phrase.first_match(words);
        if (match.empty() || not_withdrawal.any(words)) continue;
        auto days = first_period_days(match);
        if (!days) continue;
        const std::string evidence = text::truncate_utf8(s, 240);
        if (*days < 14) {
          if (seen.insert(words).second) {
            ctx.add(Severity::kViolation, "violation", b.node, evidence, 0.85);
          }
        } else if (pass_node < 0) {
          pass_node = b.node;
          pass_evidence = evidence;
        }
      }
    }
  }
  if (seen.empty() && pass_node >= 0)
    ctx.add(Severity::kPass, "pass", pass_node, pass_evidence, 0.8);
}

}  // namespace kw::checks
