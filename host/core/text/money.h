// The one money parser: amounts as Dutch shops print them ("€ 1.234,56", "€1234,-", "12,95 EUR",
// "+ € 2,95", "vanaf € 9,95", "gratis", ranges). Amounts are integer cents: never floating point.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kw::text {

// How an amount stands in its text.
enum class AmountKind {
  kExact,     // "€ 12,95"
  kFree,      // "gratis", "kosteloos", "free": zero, stated in words
  kFrom,      // "vanaf € 9,95", "v.a. € 9,95": a lower bound
  kRangeLow,  // "€ 10 - € 20": the low end (the high end follows as kRangeHigh)
  kRangeHigh,
};

// How the amount is signed in the text.
enum class AmountSign {
  kNone,   // "€ 2,95"
  kPlus,   // "+ € 2,95": an addition (a surcharge, an option's price)
  kMinus,  // "-€5", "€ -5,00", "- € 5": a deduction (discount)
};

struct Money {
  std::int64_t cents = 0;  // always >= 0; the sign is in `sign`
  AmountSign sign = AmountSign::kNone;
  AmountKind kind = AmountKind::kExact;
  std::string currency = "EUR";  // ISO code; only EUR is recognised today
  std::size_t begin = 0;         // byte span in the text that was parsed: sign, currency and number
  std::size_t end = 0;  // ("- € 5,00", "12,95 eur"), not "vanaf"/"tussen"; kFree spans the word

  // The signed value in cents: negative for kMinus.
  std::int64_t signed_cents() const { return sign == AmountSign::kMinus ? -cents : cents; }
};

// Returns every amount in `s`, in text order. `s` may be raw shop text; it is normalised first, so
// spans refer to normalize(s). A bare number without a currency sign is not an amount, except
// beside a currency in another piece of the same price: call find_amounts on the joined text of
// those nodes (see join_price_parts). Never throws.
std::vector<Money> find_amounts(std::string_view s);

// Returns the first amount in `s`, if any.
std::optional<Money> first_amount(std::string_view s);

// An amount with the text a shop writes beside it: the text back to the previous amount, and on
// to the next one. One line can hold a product, a gift and a cost ("Bosch GSR € 119,00 + gratis
// cadeauverpakking · verzending € 0,00"); each amount belongs to the words in front of it, or,
// when nothing stands in front ("€ 4,95 verzendkosten"), to the words after it.
struct LabelledAmount {
  Money money;
  std::string before;  // normalize()d text between the previous amount (or the start) and this one
  std::string after;   // normalize()d text between this amount and the next (or the end)
  // The words this amount belongs to: `before` when it holds a letter, else `after`.
  const std::string& label() const;
};
std::vector<LabelledAmount> labelled_amounts(std::string_view s);

// Joins the texts of nodes that together show one price ("€", "12", ",95") so find_amounts sees
// "€ 12,95". Parts are trimmed; a part that starts with a decimal separator is glued to the
// previous one.
std::string join_price_parts(const std::vector<std::string_view>& parts);

// Returns percentages in `s` ("2%", "+ 1,5 %", "3 procent") in basis points (2% = 200). An attached
// minus ("korting -10%") gives a negative value; a range dash ("10-20%") does not.
std::vector<std::int64_t> find_percentages(std::string_view s);

// Formats cents the Dutch way: "€ 1.234,56"; negative as "-€ 5,00".
std::string format_euro(std::int64_t signed_cents);

}  // namespace kw::text
