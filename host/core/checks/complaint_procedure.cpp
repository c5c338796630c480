// complaint-procedure: how to complain and within which term the shop answers (art. 6:230m lid 1
// sub g BW; Toetsingskader Klachten, bullet 1: at most 14 days for Thuiswinkel members). On a page
// about complaints, the shop's answer term is read from the sentence that says when it responds
// ("Wij reageren binnen 14 dagen"), not from the consumer's own deadlines ("geef ons 4 weken de
// tijd", "binnen 2 maanden melden").
#include <optional>

#include <re2/re2.h>

#include "checks/checks.h"
#include "checks/complaints_common.h"
#include "checks/member_claim.h"
#include "checks/text_scan.h"

namespace kw::checks {

namespace {

struct Term {
  double days = 0;
  std::string said;  // "30 dagen"
  std::size_t pos = 0;
};

int number_word(std::string_view w) {
  static const std::pair<std::string_view, int> kWords[] = {
      {"een", 1},     {"twee", 2},      {"drie", 3},    {"vier", 4},  {"vijf", 5},
      {"zes", 6},     {"zeven", 7},     {"acht", 8},    {"negen", 9}, {"tien", 10},
      {"twaalf", 12}, {"veertien", 14}, {"dertig", 30}, {"one", 1},   {"two", 2},
      {"three", 3},   {"four", 4},      {"five", 5},    {"ten", 10},  {"fourteen", 14},
      {"thirty", 30}};
  for (const auto& [word, n] : kWords) {
    if (w == word) return n;
  }
  return -1;
}

// Every duration in a word string: "14 dagen", "tien werkdagen", "4 weken", "24 uur", "30 days".
std::vector<Term> durations(std::string_view words) {
  static const RE2 re(
      "\\b(\\d{1,3}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|veertien|dertig|one|"
      "two|three|four|five|ten|fourteen|thirty) ((?:werk|kalender)?dag(?:en)?|weken|week|maanden|"
      "maand|uur|working days?|business days?|days?|weeks?|months?|hours?)\\b");
  std::vector<Term> out;
  re2::StringPiece in(words.data(), words.size());
  re2::StringPiece num_p, unit_p;
  while (RE2::FindAndConsume(&in, re, &num_p, &unit_p)) {
    const std::string_view num(num_p.data(), num_p.size());
    const std::string_view unit(unit_p.data(), unit_p.size());
    int n = 0;
    if (num[0] >= '0' && num[0] <= '9') {
      n = std::stoi(std::string(num));
    } else {
      n = number_word(num);
    }
    if (n <= 0) continue;
    double days = n;
    if (unit.starts_with("werkdag") || unit.starts_with("working") ||
        unit.starts_with("business")) {
      days = n * 7.0 / 5.0;
    } else if (unit.starts_with("we")) {
      days = n * 7.0;
    } else if (unit.starts_with("maand") || unit.starts_with("month")) {
      days = n * 30.0;
    } else if (unit == "uur" || unit.starts_with("hour")) {
      days = n / 24.0;
    }
    Term t;
    t.days = days;
    t.pos = static_cast<std::size_t>(num.data() - words.data());
    t.said = std::string(
        words.substr(t.pos, static_cast<std::size_t>(unit.data() - num.data()) + unit.size()));
    out.push_back(std::move(t));
  }
  return out;
}

std::size_t distance(std::size_t a, std::size_t b) {
  return a > b ? a - b : b - a;
}

// The shop's answer term in one text, if it states one.
std::optional<Term> answer_term(const CheckContext& ctx, const std::string& words) {
  const auto respond = ctx.rule.group("respond").first_span(words);
  if (!respond) return std::nullopt;
  const auto other = ctx.rule.group("not_answer_term").first_span(words);
  std::optional<Term> best;
  std::size_t best_d = 0;
  for (Term& t : durations(words)) {
    const std::size_t d = distance(t.pos, respond->first);
    if (d > 90) continue;
    if (other && distance(t.pos, other->first) < d) continue;  // the consumer's own deadline
    if (!best || d < best_d) {
      best_d = d;
      best = std::move(t);
    }
  }
  return best;
}

}  // namespace

void complaint_procedure(CheckContext& ctx) {
  const bool member = thuiswinkel_claim(ctx).member;
  if (!ctx.in_scope) return;
  const int context = complaint_context(ctx);
  if (context == -2) return;
  const PageFacts& facts = ctx.facts;
  int node = -1;
  std::optional<Term> longest;
  for (int i = 0; i < facts.size(); ++i) {
    if (!facts.visible(i) || facts.own_words(i).empty()) continue;
    auto t = answer_term(ctx, facts.own_words(i));
    // An FAQ asks in its heading and answers below: "Hoe snel reageren jullie op klachten?" /
    // "Binnen 14 dagen." Read the answer with its question.
    if (!t) {
      if (const int h = heading_before(facts, i); h >= 0 && !facts.own_words(h).empty()) {
        t = answer_term(ctx, facts.own_words(h) + " " + facts.own_words(i));
      }
    }
    if (t && (!longest || t->days > longest->days)) {
      longest = std::move(t);
      node = i;
    }
  }
  if (!longest) {
    if (member)
      ctx.add(Severity::kWarning, "warning-no-term", context >= 0 ? context : -1, "", 0.6);
    return;
  }
  if (longest->days > 14.0 + 1e-9) {
    if (!member) return;  // the 14 days are the Thuiswinkel rule; the law sets no maximum
    Finding& f = ctx.add(Severity::kViolation, "violation-term", node, shown(facts, node), 0.8);
    f.vars["reason"] = longest->said;
    return;
  }
  Finding& f = ctx.add(Severity::kPass, "pass", node, shown(facts, node), 0.8);
  f.vars["reason"] = longest->said;
}

}  // namespace kw::checks
