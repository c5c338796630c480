// marketplace-seller-status: an offer on an online marketplace says whether the seller is a trader
// and, for a private seller, that consumer law does not apply to the purchase (art. 6 bis lid 1
// sub b en c Richtlijn 2011/83/EU and art. 7 lid 4 sub f Richtlijn 2005/29/EG, as amended by the
// Omnibus directive 2019/2161). An offer sold by the platform itself is not judged.
#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/normalize.h"

namespace kw::checks {

void marketplace_seller_status(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  const PatternGroup& intro = ctx.rule.group("seller_intro");
  int seller = -1;
  std::string after;
  // A list of offers by several sellers (search results) is no single offer: the status belongs
  // on each offer's own page.
  int sellers = 0;
  for (int i = 0; i < facts.size() && sellers < 2; ++i) {
    if (facts.visible(i) && !facts.own_words(i).empty() && intro.any(facts.own_words(i))) {
      ++sellers;
    }
  }
  if (sellers > 1) return;
  for (int i = 0; i < facts.size(); ++i) {
    if (!facts.visible(i) || facts.own_words(i).empty()) continue;
    const auto span = intro.first_span(facts.own_words(i));
    if (!span) continue;
    seller = i;
    after = facts.own_words(i).substr(span->second);
    if (after.find_first_not_of(' ') == std::string::npos) {
      after = text::word_string(
          facts.subtree_text(facts.node(i).parent >= 0 ? facts.node(i).parent : i, 120));
      if (const auto s2 = intro.first_span(after)) after = after.substr(s2->second);
    }
    break;
  }
  // Sold by the platform itself ("Verkoop door bol" on bol.com): its own offer, no third party.
  const std::string host = url_host(facts.url_lower());
  if (!host.empty() && !after.empty()) {
    std::string first = host.substr(0, host.find('.'));
    std::string name = after.substr(after.find_first_not_of(' '));
    name = name.substr(0, name.find(' '));
    if (!first.empty() && (name == first || name + "com" == first)) return;
  }
  const std::string& words = facts.page_words();
  const std::string evidence = shown(facts, seller);
  if (ctx.rule.group("private_seller").any(words)) {
    if (ctx.rule.group("private_notice").any(words)) {
      ctx.add(Severity::kPass, "pass-private", seller, evidence, 0.8);
    } else {
      ctx.add(Severity::kWarning, "warning-private-no-notice", seller, evidence, 0.75);
    }
    return;
  }
  if (ctx.rule.group("trader_seller").any(words)) {
    ctx.add(Severity::kPass, "pass-trader", seller, evidence, 0.8);
    return;
  }
  ctx.add(Severity::kViolation, "violation", seller, evidence, 0.6);
}

}  // namespace kw::checks
