// payment-surcharge: no fee at all for consumer cards of the four-party schemes, iDEAL, Bancontact,
// SEPA direct debit or transfer (PSD2 art. 62(4), art. 7:520 BW); for other methods at most the
// shop's own cost (art. 6:230k lid 1 BW), which a page cannot show, so those are for review.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "checks/checks.h"
#include "checks/text_blocks.h"
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
  // "Met creditcard betaal je geen toeslag, ook niet bij bestellingen boven € 500": no fee, and the
  // amount is an order value. Only an amount with a plus sign ("+ € 1,50") is still a fee there.
  const bool denied = rule.group("not_fee").any(words);
  const bool fee_word = rule.group("fee_words").any(words) && !denied;
  Fee fee;
  // Of several amounts ("Verzendkosten € 4,95 … voor PayPal € 0,35 transactiekosten") the fee is
  // the one the fee words stand beside, read in a window around each amount.
  const std::string norm = text::normalize(text);
  for (const text::Money& m : text::find_amounts(text)) {
    if (m.cents <= 0 || m.sign == text::AmountSign::kMinus) continue;
    const std::size_t from = m.begin > 40 ? m.begin - 40 : 0;
    const std::string near = text::word_string(norm.substr(from, m.end + 25 - from));
    const bool beside = rule.group("fee_words").any(near) && !rule.group("not_fee").any(near);
    if (m.sign == text::AmountSign::kPlus || (fee_word && beside)) {
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

// The method as the page writes it ("iDEAL", not the normalised "ideal") when `shown` holds it.
std::string as_shown(const std::string& method, const std::string& shown) {
  const std::string lower = text::lower_ascii(shown);
  if (std::size_t at = lower.find(method); at != std::string::npos) {
    return shown.substr(at, method.size());
  }
  return method;
}

// The payment method chosen on this page: a ticked radio or box whose row names a method.
std::string chosen_method(const PageFacts& facts, const PatternGroup& banned,
                          const PatternGroup& review) {
  for (const Control& c : facts.controls()) {
    if (!is_toggle(c.kind) || !facts.node(c.node).checked.value_or(false)) continue;
    const std::string words = text::word_string(c.context);
    std::string m = banned.first_match(words);
    if (m.empty()) m = review.first_match(words);
    if (!m.empty()) return as_shown(m, text::collapse_space(c.context));
  }
  return {};
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
    // The method's own sentence first ("bij creditcard rekenen wij 2% toeslag"), then its row. Of
    // a text naming several methods ("iDEAL is gratis; voor PayPal rekenen we € 0,35") the fee
    // belongs to the method of its own sentence.
    // What the node states: an FAQ's question ("Mag een webwinkel 2% toeslag rekenen voor
    // creditcard?") and a quoted review about another shop state no fee of this one.
    std::string stated;
    for (const std::string& sentence : sentences(facts.own_text(i))) {
      if (is_question(sentence)) continue;
      stated += (stated.empty() ? "" : " ") + unquoted(sentence);
    }
    const std::string stated_words = text::word_string(stated);
    if (!banned.any(stated_words) && !review.any(stated_words)) continue;
    std::string words = facts.own_words(i);
    int row = i;
    std::optional<Fee> fee;
    bool denied_here = false;  // the method's own sentence says it costs nothing extra
    for (const std::string& sentence : sentences(stated)) {
      const std::string sw = text::word_string(sentence);
      if (!banned.any(sw) && !review.any(sw)) continue;
      if ((fee = fee_in(rule, sentence))) {
        words = sw;
        break;
      }
      denied_here = denied_here || rule.group("not_fee").any(sw);
    }
    // "Avondbezorging kan in de volgende stap (+ € 2,95). Betalen met iDEAL of creditcard, zonder
    // toeslag.": the amount of another sentence is not the fee of a method said to cost nothing.
    if (!fee && denied_here) continue;
    if (!fee) fee = fee_in(rule, stated);
    const bool is_banned = banned.any(words);
    if (!fee) {
      row = fee_row(facts, i, method_nodes);
      fee = fee_in(rule, facts.subtree_text(row, kRowMaxBytes));
    }
    if (!fee || !rows_judged.insert(row).second) continue;
    const std::string method =
        as_shown((is_banned ? banned : review).first_match(words), facts.own_text(i));
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

  // A fee line that names no method ("Betaalkosten € 0,29" in the summary) appears once a method
  // is chosen: it is the fee of the method chosen on this page, or else of the one chosen on an
  // earlier step of the flow (a re-analysis after the choice, or the review step after it).
  const std::string chosen_here = chosen_method(facts, banned, review);
  std::string chosen = chosen_here;
  if (ctx.flow != nullptr) {
    for (const auto& [step, mem] : ctx.flow->steps) {
      if (step >= ctx.step) break;
      if (chosen_here.empty() && !mem.payment_method.empty()) chosen = mem.payment_method;
    }
    if (StepMemory* mem = ctx.flow->record(ctx.step)) mem->payment_method = chosen_here;
  }
  if (chosen.empty()) return;
  const std::string chosen_words = text::word_string(chosen);
  const bool chosen_banned = banned.any(chosen_words);
  if (!chosen_banned && !review.any(chosen_words)) return;
  for (const PriceRow& r : facts.price_rows()) {
    if (r.has_toggle || r.money.cents <= 0 || r.money.sign == text::AmountSign::kMinus) continue;
    if (!rule.group("fee_line").any(r.label_words)) continue;
    if (rows_judged.count(r.row) || rows_judged.count(r.node)) continue;
    const bool names_method = std::any_of(method_nodes.begin(), method_nodes.end(),
                                          [&](int m) { return facts.contains(r.row, m); });
    if (names_method) continue;  // judged above, with its own method
    rows_judged.insert(r.row);
    const std::string shown = text::format_euro(r.money.cents);
    const std::string key = chosen + "|" + shown;
    if (auto seen = first_of.find(key); seen != first_of.end()) {
      ctx.out[seen->second].related.push_back(r.node);
      continue;
    }
    first_of.emplace(key, ctx.out.size());
    Finding& f = ctx.add(chosen_banned ? Severity::kViolation : Severity::kNeedsReview,
                         chosen_banned ? "violation" : "needs-review", r.node,
                         text::collapse_space(r.label), chosen_banned ? 0.75 : 0.55);
    f.vars["method"] = chosen;
    f.vars["amount"] = shown;
  }
}

}  // namespace kw::checks
