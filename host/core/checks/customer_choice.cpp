// See customer_choice.h.
#include "checks/customer_choice.h"

#include <cctype>
#include <set>

#include "text/money.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

// The words of a word string that name something: four letters or more ("met", "de" and "op" name
// nothing), not a bare number.
std::set<std::string> name_words(const std::string& words) {
  constexpr std::size_t kMinLetters = 4;
  std::set<std::string> out;
  for (const std::string& w : text::words(words)) {
    if (w.size() >= kMinLetters && std::isalpha(static_cast<unsigned char>(w[0]))) out.insert(w);
  }
  return out;
}

// Whether the option `c` offers was already a line of the basket on an earlier step ("Cadeau-
// verpakking met lint" in the cart, its box ticked on the next step): it was in the order before
// this step showed the box. The option is named by its words in front of its price, and the line
// must be that option, give or take one word: a product line that mentions it ("Wasmachine WM-8
// met 2 jaar extra garantie") is the product, not the option.
bool in_earlier_basket(const CheckContext& ctx, const Control& c) {
  if (ctx.flow == nullptr) return false;
  const std::string label = c.label.empty() ? c.context : c.label;
  const auto amounts = text::labelled_amounts(label);
  const std::set<std::string> name =
      name_words(text::word_string(amounts.empty() ? label : amounts.front().before));
  if (name.size() < 2) return false;
  for (const auto& [step, mem] : ctx.flow->steps) {
    if (step >= ctx.step) break;
    for (const LineItem& item : mem.items) {
      // The line's remark ("(door jou gekozen op de productpagina)") is no part of its name.
      const std::set<std::string> line =
          name_words(text::word_string(text::without_asides(item.name)));
      bool all = line.size() <= name.size() + 1;
      for (const std::string& w : name) all = all && line.count(w) > 0;
      if (all) return true;
    }
  }
  return false;
}

}  // namespace

bool ticked_by_customer(const CheckContext& ctx, const Control& c) {
  return ctx.flow != nullptr &&
         (ctx.flow->shown_unticked(ctx.step, toggle_words(c)) ||
          ctx.flow->shown_unticked(ctx.step, toggle_name_key(ctx.facts, c)) ||
          in_earlier_basket(ctx, c));
}

}  // namespace kw::checks
