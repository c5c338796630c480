// premium-rate-number: a customer-service line may cost no more than the basic rate (art. 6:230k
// lid 2 BW, art. 21 Richtlijn 2011/83/EU, HvJ EU C-568/15 comtech; Toetsingskader
// Contactgegevens). A 0900/0906/0909 number offered for questions is a violation, or a warning
// when the page also offers a number at the basic rate. 085, 088 and 0800 numbers are fine.
#include <algorithm>

#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "checks/text_scan.h"
#include "text/dutch_ids.h"
#include "text/normalize.h"

namespace kw::checks {

void premium_rate_number(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  const PageText pt(facts);
  const std::string& t = pt.text();
  const PatternGroup& other_body = ctx.rule.group("not_shop_line");
  std::vector<text::PhoneMention> premium;
  std::vector<text::PhoneMention> presale;  // for advice before buying ("nog geen klant")
  bool basic_rate = false;
  for (const auto& p : text::find_phones(t)) {
    if (p.kind != text::PhoneKind::kPremium) {
      basic_rate = true;
      continue;
    }
    // The words just before the number: "Politie: 0900-8844" is not the shop's line.
    const std::size_t from = p.begin > 80 ? p.begin - 80 : 0;
    const std::string before = text::word_string(t.substr(from, p.begin - from));
    if (other_body.any(before)) continue;
    // Around it: a warning against callers posing as the shop ("Belt iemand je namens ons via
    // 0900-…? Dan is dat niet van ons.") names a number that is not the shop's.
    const std::size_t wide = p.begin > 200 ? p.begin - 200 : 0;
    const std::string around = text::word_string(t.substr(wide, p.begin - wide + 200));
    if (ctx.rule.group("not_ours").any(around)) continue;
    // A number only quoted ("Fabel 5: „Bel onze klantenservice via 0900-8844”") is another's, and
    // one only asked about ("Is 0900-4471 jullie klantenservice?") is not stated as the shop's.
    std::string own;
    for (const std::string& sentence : sentences(unquoted(facts.own_text(pt.node_at(p.begin))))) {
      if (!is_question(sentence)) own += sentence + " ";
    }
    const auto unquoted_phones = text::find_phones(text::normalize(own));
    if (std::none_of(unquoted_phones.begin(), unquoted_phones.end(),
                     [](const auto& q) { return q.kind == text::PhoneKind::kPremium; })) {
      continue;
    }
    (ctx.rule.group("presale").any(around) ? presale : premium).push_back(p);
  }
  for (const Link& l : page_links(facts)) {
    if (!l.href.starts_with("tel:")) continue;
    const std::string n = text::national_phone(l.href);
    if (!n.empty() && text::phone_kind(n) != text::PhoneKind::kPremium) basic_rate = true;
  }
  // A paid advice line for those who are not yet customers is allowed beside a basic-rate number
  // (HvJ EU C-568/15 concerns calls about a contract already made).
  if (!basic_rate) premium.insert(premium.end(), presale.begin(), presale.end());
  if (premium.empty()) {
    if (basic_rate) ctx.add(Severity::kPass, "pass", -1, "", 0.7);
    return;
  }
  const auto& p = premium.front();
  ctx.add(basic_rate ? Severity::kWarning : Severity::kViolation,
          basic_rate ? "warning-alternative" : "violation", pt.node_at(p.begin),
          pt.shown_at(p.begin), basic_rate ? 0.6 : 0.85);
}

}  // namespace kw::checks
