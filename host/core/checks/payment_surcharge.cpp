// payment-surcharge: no fee at all for consumer cards of the four-party schemes, iDEAL, Bancontact,
// SEPA direct debit or transfer (PSD2 art. 62(4), art. 7:520 BW); for other methods at most the
// shop's own cost (art. 6:230k lid 1 BW), which a page cannot show, so those are for review.
#include <cctype>
#include <map>
#include <set>

#include "checks/checks.h"
#include "text/money.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

constexpr std::size_t kRowMaxBytes = 250;

// The smallest piece of page around node i that says both which method and what fee: the node
// itself, the payment option its control sits in, or a short ancestor — never one that takes in
// another option (a second radio) or, in a list without controls, another method's line.
int fee_row(const PageFacts& facts, int i, const std::vector<int>& method_nodes) {
  auto methods_in = [&](int a) {
    int n = 0;
    for (int m : method_nodes) n += facts.contains(a, m) ? 1 : 0;
    return n;
  };
  int row = i;
  for (int p = facts.node(i).parent, climbed = 0; p >= 0 && climbed < 3;
       p = facts.node(p).parent, ++climbed) {
    const std::string text = facts.subtree_text(p, kRowMaxBytes + 1);
    if (text.size() > kRowMaxBytes) break;
    if (facts.toggles_in(p) > 1) break;
    if (facts.toggles_in(p) == 0 && methods_in(p) > methods_in(row)) break;
    row = p;
    // Stop at the first level that shows an amount: "Betaalkosten iDEAL | € 0,35" is one table row,
    // and the summary around it holds other amounts (the subtotal) that are not the fee.
    if (!text::find_amounts(text).empty() || !text::find_percentages(text).empty()) break;
  }
  return row;
}

// "2,5%", "2,05%", "3%": basis points the Dutch way, without trailing zeros.
std::string percent_text(std::int64_t bp) {
  std::string out = std::to_string(bp / 100);
  if (bp % 100 != 0) {
    const std::int64_t cents = bp % 100;
    out += ',';
    out += static_cast<char>('0' + cents / 10);
    if (cents % 10 != 0) out += static_cast<char>('0' + cents % 10);
  }
  return out + "%";
}

struct Fee {
  std::int64_t cents = 0;         // a fixed fee
  std::int64_t basis_points = 0;  // a percentage fee
  std::string shown;
};

// The fee a text asks for a method: "+ € 0,29", "€ 0,35 transactiekosten", "2,5% toeslag".
std::optional<Fee> fee_in(const Rule& rule, const std::string& text) {
  const std::string words = text::word_string(text);
  const bool fee_word = rule.group("fee_words").any(words);
  Fee fee;
  for (const text::Money& m : text::find_amounts(text)) {
    if (m.cents <= 0 || m.sign == text::AmountSign::kMinus) continue;
    if (m.sign == text::AmountSign::kPlus || fee_word) {
      fee.cents = m.cents;
      fee.shown = text::format_euro(m.cents);
      return fee;
    }
  }
  if (fee_word) {
    for (std::int64_t bp : text::find_percentages(text)) {
      if (bp > 0) {
        fee.basis_points = bp;
        fee.shown = percent_text(bp);
        return fee;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

void payment_surcharge(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const Rule& rule = ctx.rule;
  const PatternGroup& banned = rule.group("banned_methods");
  const PatternGroup& review = rule.group("review_methods");
  std::set<int> rows_judged;
  std::map<std::string, std::size_t> first_of;  // method|fee -> index of its finding in ctx.out
  std::vector<int> method_nodes;
  for (int i = 0; i < facts.size(); ++i) {
    const std::string& words = facts.own_words(i);
    if (facts.visible(i) && !words.empty() && (banned.any(words) || review.any(words))) {
      method_nodes.push_back(i);
    }
  }

  for (int i : method_nodes) {
    const std::string& words = facts.own_words(i);
    const bool is_banned = banned.any(words);
    // The method's own sentence first ("bij creditcard rekenen wij 2% toeslag"), then its row.
    int row = i;
    std::optional<Fee> fee = fee_in(rule, facts.own_text(i));
    if (!fee) {
      row = fee_row(facts, i, method_nodes);
      fee = fee_in(rule, facts.subtree_text(row, kRowMaxBytes));
    }
    if (!fee || !rows_judged.insert(row).second) continue;
    std::string method = (is_banned ? banned : review).first_match(words);
    // Show the method as the page writes it ("iDEAL", not the normalised "ideal") when it is there.
    std::string lower = facts.own_text(i);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (std::size_t at = lower.find(method); at != std::string::npos) {
      method = facts.own_text(i).substr(at, method.size());
    }
    // The same fee shown twice (at the method and in the summary) is one finding shown at both.
    const std::string key = method + "|" + fee->shown;
    if (auto seen = first_of.find(key); seen != first_of.end()) {
      ctx.out[seen->second].related.push_back(i);
      continue;
    }
    first_of.emplace(key, ctx.out.size());
    Finding& f = ctx.add(is_banned ? Severity::kViolation : Severity::kNeedsReview,
                         is_banned ? "violation" : "needs-review", i,
                         text::collapse_space(facts.subtree_text(row, kRowMaxBytes)),
                         is_banned ? 0.85 : 0.6);
    f.vars["method"] = method;
    f.vars["amount"] = fee->shown;
  }
}

}  // namespace kw::checks
