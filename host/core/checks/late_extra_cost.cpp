// late-extra-cost: unavoidable costs must be told with the price, before the order process
// (art. 6:230m lid 1 sub e BW); costs first shown on a later step, raised between steps, or hidden
// in a total that exceeds its lines are not owed (art. 6:230n lid 3 BW). Cross-step memory:
// session.h.
#include <algorithm>
#include <array>
#include <map>

#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "checks/text_scan.h"
#include "text/money.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

struct CostKind {
  const char* kind;
  const char* group;
};
constexpr std::array<CostKind, 4> kCostKinds{{{"shipping", "cost_shipping"},
                                              {"payment", "cost_payment"},
                                              {"service", "cost_service"},
                                              {"other", "cost_other"}}};

// A cost this page shows: its kind, where, and the amount (none when only named).
struct PageCost {
  std::string kind;
  std::string name;  // the words that named it ("administratiekosten")
  int node = -1;
  CostSeen seen;
};

// `words` without the units a price is given in: "€ 17,95 per levering" prices a subscription's
// delivery; it names no delivery cost.
std::string without_price_units(const Rule& rule, const std::string& words) {
  return rule.group("price_unit").masked(words);
}

// Every kind a text names ("Verzendkosten € 4,95 · excl. € 1,80 statiegeld" names two).
std::vector<const CostKind*> kinds_of(const Rule& rule, const std::string& words) {
  std::vector<const CostKind*> out;
  // "1 × Japanse esdoorn – Bezorging per vrachtwagen": a counted line is a product, whatever its
  // description says about delivery.
  if (rule.group("item_line").any(words)) return out;
  const std::string named = without_price_units(rule, words);
  for (const CostKind& k : kCostKinds) {
    if (rule.group(k.group).any(named)) out.push_back(&k);
  }
  return out;
}

const CostKind* kind_of(const Rule& rule, const std::string& words) {
  const std::vector<const CostKind*> kinds = kinds_of(rule, words);
  return kinds.empty() ? nullptr : kinds.front();
}

// Of a line holding several amounts ("Bosch GSR € 119,00 + gratis cadeauverpakking · verzending
// € 0,00"), the one that kind's words stand beside: in front of it first, else after it. Nothing
// when the line holds one amount, which is then the row's own.
std::optional<text::Money> amount_beside(const Rule& rule, const CostKind& kind,
                                         const std::string& text) {
  const std::vector<text::LabelledAmount> amounts = text::labelled_amounts(text);
  if (amounts.size() < 2) return std::nullopt;
  const PatternGroup& words = rule.group(kind.group);
  auto names = [&](const std::string& text) {
    return words.any(without_price_units(rule, text::word_string(text)));
  };
  // "€ 4,95 verzendkosten (gratis vanaf € 50,00)": the first amount's words follow it. Words
  // that follow only after others ("€ 38,90 per maand, gratis verzending") are not its name.
  constexpr std::size_t kLeadWords = 3;
  for (const text::LabelledAmount& a : amounts) {
    if (names(a.label())) return a.money;
  }
  for (const text::LabelledAmount& a : amounts) {
    const std::vector<std::string> after = text::words(a.after);
    std::string lead;
    for (std::size_t i = 0; i < after.size() && i < kLeadWords; ++i) lead += after[i] + " ";
    if (names(lead)) return a.money;
  }
  return std::nullopt;
}

// A grand-total line: short ("Totaal (incl. btw) € 2.599,00"), and the whole price rather than a
// part of it ("Nu te betalen: aanbetaling € 250,00"). A sentence that says "reserveer zonder te
// betalen" totals nothing.
bool is_total_line(const Rule& rule, const std::string& words) {
  constexpr std::size_t kMaxTotalWords = 12;
  return rule.group("total").any(words) && text::word_count(words) <= kMaxTotalWords &&
         !rule.group("part_payment").any(words);
}

void announce(CostSeen& seen, const std::string& text) {
  for (const text::Money& m : text::find_amounts(text)) {
    if (seen.announced.size() >= CostSeen::kMaxAnnounced) break;
    if (m.sign != text::AmountSign::kMinus && m.cents > 0) seen.announced.push_back(m.cents);
  }
}

void announce(CostSeen& seen, const std::vector<std::int64_t>& amounts) {
  for (std::int64_t a : amounts) {
    if (seen.announced.size() >= CostSeen::kMaxAnnounced) break;
    seen.announced.push_back(a);
  }
}

bool is_summary_line(const Rule& rule, const std::string& words) {
  return rule.group("total").any(words) || rule.group("subtotal").any(words);
}

// Options of one cost kind on the page (delivery methods with a radio): their cheapest amount and
// the amounts of the chosen ones. A summary line that only repeats a chosen dearer option
// ("Verzendkosten (Express) € 4,95" while free standard delivery was on offer) is a choice, not a
// raised cost.
struct Options {
  std::optional<std::int64_t> cheapest;
  std::vector<std::int64_t> chosen;
};

std::map<std::string, Options> cost_options(const PageFacts& facts, const Rule& rule) {
  std::map<std::string, Options> out;
  for (const PriceRow& r : facts.price_rows()) {
    if (!r.has_toggle || r.money.sign == text::AmountSign::kMinus) continue;
    const CostKind* k = kind_of(rule, r.label_words);
    if (k == nullptr) continue;
    Options& o = out[k->kind];
    if (!o.cheapest || r.money.cents < *o.cheapest) o.cheapest = r.money.cents;
    if (r.toggle_checked) o.chosen.push_back(r.money.cents);
  }
  return out;
}

// The words a cost row names its amount with. A row of prose ("Abonnement: elke 4 weken € 26,00 via
// SEPA-incasso. Herroepen binnen 14 dagen na de eerste levering.") names a cost only in the
// sentence that holds the amount; another sentence's "levering" is no delivery cost.
std::string cost_words(const PriceRow& r) {
  const std::vector<std::string> parts = sentences(r.label);
  if (parts.size() < 2) return r.label_words;
  for (const std::string& s : parts) {
    for (const text::Money& m : text::find_amounts(s)) {
      if (m.cents == r.money.cents) return text::word_string(s);
    }
  }
  return r.label_words;
}

// The costs named on this page: amounts in cost rows, and cost words without an amount.
std::map<std::string, PageCost> page_costs(const PageFacts& facts, const Rule& rule) {
  std::map<std::string, PageCost> costs;
  const std::map<std::string, Options> options = cost_options(facts, rule);
  std::vector<char> row_seen(static_cast<std::size_t>(facts.size()), 0);
  for (const PriceRow& r : facts.price_rows()) {
    if (row_seen[static_cast<std::size_t>(r.row)]) continue;
    row_seen[static_cast<std::size_t>(r.row)] = 1;
    if (is_summary_line(rule, r.label_words) || rule.group("discount").any(r.label_words)) continue;
    if (r.money.sign == text::AmountSign::kMinus) continue;
    const std::vector<const CostKind*> kinds = kinds_of(rule, cost_words(r));
    if (kinds.empty()) continue;
    const std::string row_text = facts.subtree_text(r.row, 400);
    const std::string& own = facts.own_text(r.node);
    // A row naming several costs ("Bezorging € 29,95, incl. € 7,50 verwijderingsbijdrage"), or one
    // included in the price ("waarvan € 7,50 …"), discloses each but fixes no amount for any.
    const bool several = kinds.size() > 1 || rule.group("included").any(r.label_words);
    auto cost_of = [&](const CostKind& k) {
      PageCost c;
      c.kind = k.kind;
      c.name = rule.group(k.group).first_match(r.label_words);
      c.node = r.node;
      c.seen.evidence = text::collapse_space(r.label);
      c.seen.cents = amount_beside(rule, k, own).value_or(r.money).cents;
      announce(c.seen, row_text);
      return c;
    };
    for (std::size_t at = 1; at < kinds.size(); ++at) {
      PageCost other = cost_of(*kinds[at]);
      other.seen.open_ended = true;
      other.seen.cents.reset();
      auto [it, fresh] = costs.emplace(other.kind, other);
      if (!fresh) announce(it->second.seen, other.seen.announced);
    }
    PageCost c = cost_of(*kinds.front());
    // A choice (a shipping option with a radio) or a lower bound is a disclosure, not a fixed
    // amount.
    c.seen.open_ended = several || r.has_toggle || r.money.kind == text::AmountKind::kFrom ||
                        rule.group("deferred").any(r.label_words);
    if (auto o = options.find(c.kind);
        o != options.end() && o->second.cheapest && *c.seen.cents > *o->second.cheapest) {
      for (std::int64_t chosen : o->second.chosen) {
        if (chosen == *c.seen.cents) c.seen.open_ended = true;
      }
    }
    auto [it, fresh] = costs.emplace(c.kind, c);
    // Two lines of one kind ("Standaard bezorging" as a choice, "Verzendkosten € 5,95" in the
    // summary): a fixed line beats a choice or a bound, and of two fixed lines the larger is what
    // is paid. Either way the page announced both lines' amounts.
    if (!fresh) {
      const bool replace = !c.seen.open_ended &&
                           (it->second.seen.open_ended || c.seen.cents > it->second.seen.cents);
      std::vector<std::int64_t> other = c.seen.announced;
      if (replace) {
        other = it->second.seen.announced;
        it->second = c;
      }
      announce(it->second.seen, other);
    }
  }
  // Rows that name no cost word yet announce a cost's amount: a table under a cost heading
  // ("Verzendkosten per land": Nederland € 49,00, België € 79,00), whichever the customer's address
  // picks; a payment method offered with its price ("Achteraf betalen met Riverty kost € 0,95", a
  // radio "Riverty + € 0,95"). They disclose the cost but fix no amount.
  for (const PriceRow& r : facts.price_rows()) {
    if (r.money.sign == text::AmountSign::kMinus || !kinds_of(rule, r.label_words).empty()) {
      continue;
    }
    PageCost c;
    c.node = r.node;
    c.seen.open_ended = true;
    if (rule.group("payment_method").any(r.label_words) &&
        (r.has_toggle || rule.group("charge_words").any(r.label_words))) {
      c.kind = "payment";
      c.name = rule.group("payment_method").first_match(r.label_words);
      c.seen.evidence = text::collapse_space(r.label);
      announce(c.seen, facts.subtree_text(r.row, 400));
    } else {
      int heading = -1;
      for (int at = r.row, up = 0; at >= 0 && up < 3 && heading < 0;
           at = facts.node(at).parent, ++up) {
        heading = heading_before(facts, at);
      }
      if (heading < 0) continue;
      const std::string heading_text = facts.subtree_text(heading, 120);
      const std::string heading_words = text::word_string(heading_text);
      const CostKind* k = kind_of(rule, heading_words);
      if (k == nullptr) continue;
      c.kind = k->kind;
      c.name = rule.group(k->group).first_match(heading_words);
      c.seen.evidence = text::collapse_space(heading_text);
      announce(c.seen, std::vector<std::int64_t>{r.money.cents});
    }
    auto [it, fresh] = costs.emplace(c.kind, c);
    if (!fresh) announce(it->second.seen, c.seen.announced);
  }
  // Named without an amount ("verzendkosten worden berekend bij het afrekenen"): disclosed all the
  // same.
  for (int i = 0; i < facts.size(); ++i) {
    if (!facts.visible(i) || facts.own_words(i).empty()) continue;
    const CostKind* k = kind_of(rule, facts.own_words(i));
    if (k == nullptr || costs.count(k->kind)) continue;
    PageCost c;
    c.kind = k->kind;
    c.name = rule.group(k->group).first_match(facts.own_words(i));
    c.node = i;
    c.seen.open_ended = true;
    c.seen.evidence = facts.own_text(i);
    announce(c.seen, facts.own_text(i));
    costs.emplace(c.kind, c);
  }
  return costs;
}

bool shows_price(const PageFacts& facts) {
  for (const PriceRow& r : facts.price_rows()) {
    if (r.money.cents > 0 && !r.has_toggle) return true;
  }
  return false;
}

// Whether `cents` is one of `amounts`, or the sum of two or three of them: the shipping of two
// sellers (€ 4,95 + € 6,25), each announced on its own offer, is one line in the cart.
// Each announcement counts once: € 4,95 shown once does not announce € 9,90.
bool sum_of_some(std::vector<std::int64_t> amounts, std::int64_t cents) {
  constexpr std::size_t kMaxTerms = 48;  // bounds the three nested loops below
  if (amounts.size() > kMaxTerms) amounts.resize(kMaxTerms);
  const std::size_t n = amounts.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (amounts[i] == cents) return true;
    for (std::size_t j = i + 1; j < n; ++j) {
      if (amounts[i] + amounts[j] == cents) return true;
      for (std::size_t k = j + 1; k < n; ++k) {
        if (amounts[i] + amounts[j] + amounts[k] == cents) return true;
      }
    }
  }
  return false;
}

// Compares this page with the earlier steps of its flow.
void judge_flow(CheckContext& ctx, const std::map<std::string, PageCost>& costs) {
  int price_first = -1;
  for (const auto& [step, mem] : ctx.flow->steps) {
    if (step < ctx.step && mem.price_shown) {
      price_first = step;
      break;
    }
  }
  if (price_first < 0) return;  // no earlier step showed a price: nothing came "late"
  for (const auto& [kind, cost] : costs) {
    if (cost.seen.open_ended || !cost.seen.cents || *cost.seen.cents <= 0) continue;
    const CostSeen* before = nullptr;
    bool named_before = false;
    std::vector<std::int64_t> earlier;  // the amounts shown for this kind before
    for (const auto& [step, mem] : ctx.flow->steps) {
      if (step >= ctx.step) break;
      auto it = mem.costs.find(kind);
      if (it == mem.costs.end()) continue;
      named_before = true;
      if (!it->second.open_ended && it->second.cents) before = &it->second;
      earlier.insert(earlier.end(), it->second.announced.begin(), it->second.announced.end());
    }
    const bool announced = sum_of_some(earlier, *cost.seen.cents);
    // A deposit or levy grows with the basket (12 × € 0,15): more of it is no higher rate.
    const bool per_unit = ctx.rule.group("per_unit").any(text::word_string(cost.seen.evidence));
    if (!named_before) {
      Finding& f =
          ctx.add(Severity::kViolation, "violation-late", cost.node, cost.seen.evidence, 0.8);
      f.vars["cost"] = cost.name;
      f.vars["amount"] = text::format_euro(*cost.seen.cents);
    } else if (before != nullptr && *cost.seen.cents > *before->cents && !announced && !per_unit) {
      Finding& f =
          ctx.add(Severity::kViolation, "violation-raised", cost.node, cost.seen.evidence, 0.8);
      f.vars["cost"] = cost.name;
      f.vars["before"] = text::format_euro(*before->cents);
      f.vars["after"] = text::format_euro(*cost.seen.cents);
      f.vars["amount"] = f.vars["after"];
      f.vars["difference"] = text::format_euro(*cost.seen.cents - *before->cents);
    }
  }
}

// A gift card's balance beside the line that deducts it ("Cadeaukaart 4471 (saldo € 50,00)" in one
// cell, "− € 50,00" in the next): what the card holds, not a second deduction.
bool is_balance(const Rule& rule, const PriceRow& r) {
  return r.money.sign != text::AmountSign::kMinus && rule.group("balance").any(r.label_words);
}

// The page's grand total and its other exact lines (items, subtotals), for comparing steps.
struct Lines {
  std::optional<std::int64_t> total;
  std::vector<std::int64_t> amounts;    // every exact, fixed line that is not a cost or discount
  std::vector<std::int64_t> discounts;  // discounts
};

Lines page_lines(const PageFacts& facts, const Rule& rule) {
  Lines out;
  std::vector<char> row_seen(static_cast<std::size_t>(facts.size()), 0);
  for (const PriceRow& r : facts.price_rows()) {
    if (r.has_toggle || r.money.kind != text::AmountKind::kExact || r.money.cents <= 0) continue;
    if (facts.node(r.node).struck) continue;  // an old price, not a line
    if (is_total_line(rule, r.label_words) && !rule.group("subtotal").any(r.label_words)) {
      out.total = r.money.cents;  // the last total is the grand total
      continue;
    }
    if (row_seen[static_cast<std::size_t>(r.row)]) continue;
    row_seen[static_cast<std::size_t>(r.row)] = 1;
    if (is_balance(rule, r)) continue;
    if (r.money.sign == text::AmountSign::kMinus || rule.group("discount").any(r.label_words)) {
      out.discounts.push_back(r.money.cents);
    } else if (kind_of(rule, r.label_words) == nullptr && out.amounts.size() < 256) {
      out.amounts.push_back(r.money.cents);
    }
  }
  std::sort(out.amounts.begin(), out.amounts.end());
  std::sort(out.discounts.begin(), out.discounts.end());
  return out;
}

// A grand total that rose since an earlier step while nothing the page shows changed: the same
// costs, no new line, no discount gone. Costs that came or rose are violation-late/-raised above,
// and a new line in the basket is sneak-into-basket's; this is the rise no line explains.
void judge_total_rise(CheckContext& ctx, const std::map<std::string, PageCost>& costs,
                      const Lines& now) {
  if (!now.total) return;
  const StepMemory* before = nullptr;
  int before_step = -1;
  for (const auto& [step, mem] : ctx.flow->steps) {
    if (step >= ctx.step) break;
    if (mem.total) before = &mem, before_step = step;  // the latest earlier step with a total
  }
  if (before == nullptr || *now.total <= *before->total + 1) return;
  // A line a later step showed without a total ("Cadeauverpakking met kaartje € 2,95" once the
  // customer ticked it) explains the rise it adds.
  std::vector<std::int64_t> added;
  for (const auto& [step, mem] : ctx.flow->steps) {
    if (step <= before_step || step >= ctx.step) continue;
    for (std::int64_t a : mem.line_amounts) {
      if (!std::binary_search(before->line_amounts.begin(), before->line_amounts.end(), a)) {
        added.push_back(a);
      }
    }
  }
  if (sum_of_some(added, *now.total - *before->total)) return;
  // Every cost shown now was shown before with the same amount, and none shown before is gone.
  if (costs.size() != before->costs.size()) return;
  for (const auto& [kind, cost] : costs) {
    auto it = before->costs.find(kind);
    if (it == before->costs.end() || it->second.cents != cost.seen.cents) return;
  }
  if (now.discounts != before->discount_amounts) return;
  // An earlier total that left out a cost it listed ("Totaal excl. verzendkosten") rises by
  // exactly that cost, or those costs, once it is included: that is explained.
  const std::int64_t rise = *now.total - *before->total;
  std::vector<std::int64_t> amounts;
  for (const auto& [kind, cost] : costs) {
    if (cost.seen.cents) amounts.push_back(*cost.seen.cents);
  }
  // An extra the customer ticked ("Cadeauverpakking + € 2,50") adds its amount.
  for (const PriceRow& r : ctx.facts.price_rows()) {
    if (amounts.size() >= 12) break;
    if (r.has_toggle && r.toggle_checked && r.money.sign != text::AmountSign::kMinus) {
      amounts.push_back(r.money.cents);
    }
  }
  for (std::size_t mask = 1; mask < (std::size_t{1} << amounts.size()); ++mask) {
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < amounts.size(); ++i) {
      if (mask & (std::size_t{1} << i)) sum += amounts[i];
    }
    if (sum - 1 <= rise && rise <= sum + 1) return;
  }
  // No line now that the earlier step did not show.
  if (!std::includes(before->line_amounts.begin(), before->line_amounts.end(), now.amounts.begin(),
                     now.amounts.end())) {
    return;
  }
  const PriceRow* total_row = nullptr;
  for (const PriceRow& r : ctx.facts.price_rows()) {
    if (r.money.cents == *now.total && is_total_line(ctx.rule, r.label_words)) total_row = &r;
  }
  Finding& f = ctx.add(Severity::kViolation, "violation-total-raised",
                       total_row != nullptr ? total_row->node : -1,
                       total_row != nullptr ? text::collapse_space(total_row->label) : "", 0.75);
  f.vars["before"] = text::format_euro(*before->total);
  f.vars["after"] = text::format_euro(*now.total);
  f.vars["amount"] = f.vars["after"];
  f.vars["difference"] = text::format_euro(*now.total - *before->total);
}

// A total above subtotal + costs − discounts hides an amount the page never explains.
bool judge_total(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const Rule& rule = ctx.rule;
  const PriceRow* total = nullptr;
  const PriceRow* subtotal = nullptr;
  for (const PriceRow& r : facts.price_rows()) {
    if (r.has_toggle || r.money.kind != text::AmountKind::kExact) continue;
    if (rule.group("subtotal").any(r.label_words)) {
      if (subtotal == nullptr) subtotal = &r;
    } else if (is_total_line(rule, r.label_words)) {
      total = &r;  // the last total is the grand total
    }
  }
  if (total == nullptr || subtotal == nullptr || subtotal->row >= total->row) return false;
  const int box = facts.common_ancestor(subtotal->row, total->row);
  std::int64_t sum = subtotal->money.cents;
  std::int64_t vat = 0;
  std::vector<char> row_seen(static_cast<std::size_t>(facts.size()), 0);
  row_seen[static_cast<std::size_t>(subtotal->row)] = 1;
  bool choice_seen = false, choice_made = false;
  for (const PriceRow& r : facts.price_rows()) {
    if (r.row <= subtotal->row || r.row >= total->row || !facts.contains(box, r.row)) continue;
    if (facts.contains(subtotal->row, r.row) || facts.contains(r.row, total->row)) continue;
    if (row_seen[static_cast<std::size_t>(r.row)]) continue;
    row_seen[static_cast<std::size_t>(r.row)] = 1;
    if (r.money.kind == text::AmountKind::kFrom)
      return false;  // a bound, not a line: cannot add up
    if (is_balance(rule, r)) continue;
    if (r.has_toggle) {
      choice_seen = true;
      if (!r.toggle_checked) continue;
      choice_made = true;
    }
    const bool vat_line = r.vat.has_value() && kind_of(rule, r.label_words) == nullptr &&
                          r.vat != text::VatKind::kIncluded;
    if (vat_line) {
      vat += r.money.cents;
      continue;
    }
    const bool minus =
        r.money.sign == text::AmountSign::kMinus || rule.group("discount").any(r.label_words);
    sum += minus ? -r.money.cents : r.money.cents;
  }
  if (choice_seen && !choice_made)
    return false;  // an option list with nothing chosen: cannot add up
  // "Subtotaal € 59,75 · Verzending € 7,95 · <strong>Totaal € 67,70</strong>" written as one
  // line: the costs and discounts named between its amounts. (The subtotal comes first, so only
  // its row can hold the total's.)
  if (facts.contains(subtotal->row, total->row)) {
    for (const text::LabelledAmount& a :
         text::labelled_amounts(facts.subtree_text(subtotal->row, 400))) {
      const std::string w = text::word_string(a.before);
      if (a.money.cents <= 0 || is_summary_line(rule, w)) continue;
      if (a.money.sign == text::AmountSign::kMinus || rule.group("discount").any(w)) {
        sum -= a.money.cents;
      } else if (kind_of(rule, w) != nullptr) {
        sum += a.money.cents;
      }
    }
  }
  const std::int64_t t = total->money.cents;
  if (t > sum + 1 && t > sum + vat + 1) {
    Finding& f = ctx.add(Severity::kViolation, "violation-unexplained", total->node,
                         text::collapse_space(total->label), 0.75);
    f.vars["before"] = text::format_euro(sum);
    f.vars["after"] = text::format_euro(t);
    f.vars["amount"] = f.vars["after"];
    f.vars["difference"] = text::format_euro(t - sum);
    f.related.push_back(subtotal->node);
    return true;
  }
  return false;
}

}  // namespace

void late_extra_cost(CheckContext& ctx) {
  const auto costs = page_costs(ctx.facts, ctx.rule);
  if (ctx.flow != nullptr) {
    const Lines lines = page_lines(ctx.facts, ctx.rule);
    // Product pages differ in what they cost to send (a bike from the shop, a bell from a
    // partner): a cost comes late or rises only on the way to the order, in the cart or checkout.
    if (ctx.page.has("cart") || ctx.page.has("checkout") || ctx.page.has("final-step")) {
      judge_flow(ctx, costs);
    }
    // A page whose own total exceeds its lines says so itself (violation-unexplained); the rise
    // since an earlier step is then the same amount, told once.
    if (!judge_total(ctx)) judge_total_rise(ctx, costs, lines);
    // Remember this step as it is now; a step replaces its own earlier record (only this check's
    // part of it: other checks keep theirs).
    if (StepMemory* mem = ctx.flow->record(ctx.step)) {
      mem->price_shown = shows_price(ctx.facts);
      mem->costs.clear();
      for (const auto& [kind, cost] : costs) mem->costs.emplace(kind, cost.seen);
      mem->total = lines.total;
      mem->line_amounts = lines.amounts;
      mem->discount_amounts = lines.discounts;
    }
    return;
  }
  judge_total(ctx);
}

}  // namespace kw::checks
