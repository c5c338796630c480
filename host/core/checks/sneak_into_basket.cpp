// sneak-into-basket: a line the user did not put there (an insurance, a donation, a service, a
// product) must not turn up in the basket on a later step of the checkout. An extra payment needs
// the consumer's express consent (art. 6:230j BW, art. 22 Directive 2011/83/EU); adding it unasked
// is an unfair practice (art. 6:193b/6:193c BW). Follows the basket from step to step with the
// flow memory (session.h): the lines each step showed, and the extras it offered to add.
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/money.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

constexpr std::size_t kMaxNameBytes = 160;
constexpr std::size_t kMaxOffers = 64;
constexpr std::size_t kMaxLineBytes = 300;
constexpr std::size_t kMaxOfferBytes = 120;

// The words a line is recognised by: its word string without numbers, amounts or sizes ("149,00",
// "240"; "2-pack" stays) and without the words that only decorate a line ("aantal", "x",
// "verwijderen", matched by the rule's line_noise group).
std::set<std::string> tokens_of(const std::string& words, const PatternGroup& noise) {
  std::set<std::string> out;
  std::size_t i = 0;
  while (i < words.size()) {
    std::size_t j = words.find(' ', i);
    if (j == std::string::npos) j = words.size();
    std::string tok = words.substr(i, j - i);
    i = j + 1;
    if (tok.size() < 2 || !text::has_letter(tok) || noise.any(tok)) continue;
    out.insert(std::move(tok));
  }
  return out;
}

std::string key_of(const std::set<std::string>& tokens) {
  std::string key;
  for (const std::string& t : tokens) key += (key.empty() ? "" : " ") + t;
  return key;
}

// Whether `word` is one of `others`, or a Dutch compound of one of them: the line
// "Cadeauverpakking" is the option "Verpak mijn bestelling als cadeau". Parts of five letters or
// more only, so "set" or "pak" alone join nothing.
bool shares_word(const std::string& word, const std::set<std::string>& others) {
  constexpr std::size_t kMinPart = 5;
  if (others.count(word) > 0) return true;
  std::size_t parts = 0;
  for (const std::string& o : others) {
    if (o.size() >= kMinPart && word.size() > o.size() && word.find(o) != std::string::npos) {
      ++parts;
    }
    if (word.size() >= kMinPart && o.size() > word.size() && o.find(word) != std::string::npos) {
      return true;
    }
  }
  // A compound is known by two of its parts ("cadeau" + "verpak"), not by one shared head word.
  return parts >= 2;
}

// The entry of `known` (word strings) the line `tokens` is, by its words: the one sharing the most
// of them, when at least half of its words, and one at least, appear in it. A line without words
// cannot be told apart, so it is taken for known (never a finding).
std::optional<std::size_t> known_as(const std::set<std::string>& tokens,
                                    const std::vector<std::string>& known,
                                    const PatternGroup& noise) {
  std::optional<std::size_t> best;
  std::size_t best_shared = 0;
  for (std::size_t i = 0; i < known.size(); ++i) {
    const std::set<std::string> other = tokens_of(known[i], noise);
    std::size_t shared = 0;
    for (const std::string& t : tokens) shared += shares_word(t, other) ? 1 : 0;
    if (shared > best_shared && shared * 2 >= tokens.size()) {
      best = i;
      best_shared = shared;
    }
  }
  return best;
}

bool known_in(const std::set<std::string>& tokens, const std::vector<std::string>& known,
              const PatternGroup& noise) {
  return tokens.empty() || known_as(tokens, known, noise).has_value();
}

// Whether an offer showed the line's own amount and shares a word, or a part of a compound, with
// it: the option "Inpakken als cadeau (+ € 3,50)" comes back as the line "Cadeauverpakking € 3,50".
// The same price makes one shared part enough, where names alone need two (shares_word).
bool offered_at_price(const std::set<std::string>& tokens, std::int64_t cents,
                      const std::vector<std::string>& offered, const PatternGroup& noise) {
  constexpr std::size_t kMinPart = 5;
  if (cents <= 0) return false;
  // The amount as a word of a word string: " 3,50 ", " 1.042,63 ".
  const std::string amount = " " + text::word_string(text::format_euro(cents)) + " ";
  for (const std::string& offer : offered) {
    if ((" " + offer + " ").find(amount) == std::string::npos) continue;
    const std::set<std::string> offer_tokens = tokens_of(offer, noise);
    for (const std::string& t : tokens) {
      for (const std::string& o : offer_tokens) {
        const std::string& shorter = t.size() < o.size() ? t : o;
        const std::string& longer = t.size() < o.size() ? o : t;
        if (shorter.size() >= kMinPart && longer.find(shorter) != std::string::npos) return true;
      }
    }
  }
  return false;
}

// Whether an earlier step's line had the same amount and at least two of the line's words: the
// cart's "Projectmanagement Basis – online cursus (12 maanden toegang) € 395,00" is the summary's
// "Projectmanagement Basis – online, 12 maanden toegang, eenmalige betaling € 395,00", described
// at more length.
bool earlier_at_price(const std::set<std::string>& tokens, std::int64_t cents,
                      const std::vector<const LineItem*>& earlier, const PatternGroup& noise) {
  constexpr std::size_t kMinShared = 2;
  for (const LineItem* item : earlier) {
    if (item->cents != cents || cents <= 0) continue;
    const std::set<std::string> other = tokens_of(item->key, noise);
    std::size_t shared = 0;
    for (const std::string& t : tokens) shared += other.count(t);
    if (shared >= kMinShared) return true;
  }
  return false;
}

// The quantity the line states in text ("2 x", "Aantal: 2"), or nothing: a quantity in a field is
// not sent by the extension (it is what the user typed).
std::optional<int> quantity_of(const Rule& rule, const std::string& words) {
  const std::string m = rule.group("quantity").first_match(words);
  int q = 0;
  for (char c : m) {
    if (std::isdigit(static_cast<unsigned char>(c))) q = q * 10 + (c - '0');
    if (q > 9999) break;
  }
  if (q <= 0) return std::nullopt;
  return q;
}

// Whether a row's text is running prose rather than a basket line: two sentences of four words or
// more ("€ 56,95 per week, geen minimale looptijd. Het abonnement loopt door tot je opzegt"), or
// more words than any product name. Such a paragraph describes the order; it adds nothing to it.
bool is_prose(std::string_view raw) {
  constexpr int kMinSentenceWords = 4;
  constexpr int kMaxLineWords = 30;
  int long_sentences = 0, words = 0, in_sentence = 0;
  bool in_word = false;
  for (std::size_t i = 0; i <= raw.size(); ++i) {
    const char c = i < raw.size() ? raw[i] : '.';
    const bool end = (c == '.' || c == ';' || c == '!' || c == '?') &&
                     (i + 1 >= raw.size() || raw[i + 1] == ' ');
    if (c == ' ' || end) {
      if (in_word) ++in_sentence, ++words;
      in_word = false;
    } else if (std::isalpha(static_cast<unsigned char>(c)) ||
               static_cast<unsigned char>(c) >= 0x80) {
      in_word = true;
    }
    if (end) {
      if (in_sentence >= kMinSentenceWords) ++long_sentences;
      in_sentence = 0;
    }
  }
  return long_sentences >= 2 || words > kMaxLineWords;
}

struct PageBasket {
  std::vector<LineItem> items;
  std::vector<int> nodes;           // each item's amount node
  std::vector<int> lines;           // each item's line (row) node
  std::vector<std::string> labels;  // each item's row text, as shown
  std::vector<std::string> words;   // each item's row text as a word string
  std::vector<std::string> offers;
};

// The basket lines on the page (price rows that are not totals, costs, discounts, options or
// offers) and the extras it offers to add (option rows with a control, rows with an add button).
PageBasket read_basket(const CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const Rule& rule = ctx.rule;
  const PatternGroup& noise = rule.group("line_noise");
  PageBasket b;
  // Rows that hold an add button are offers ("Fietsslot € 19,95 [Toevoegen]"), not lines.
  std::vector<int> add_rows;
  for (const Control& c : facts.controls()) {
    const std::string label = text::word_string(c.label);
    if (is_toggle(c.kind)) {
      // The option's own words; its row only when that is short (a lone box's row can be a page).
      const std::string offer =
          !label.empty() ? label
                         : (c.context.size() <= kMaxOfferBytes ? text::word_string(c.context) : "");
      if (!offer.empty() && b.offers.size() < kMaxOffers) b.offers.push_back(offer);
      continue;
    }
    if ((c.kind == ControlKind::kButton || c.kind == ControlKind::kLink) && !label.empty() &&
        (rule.group("add_words").any(label) || ctx.role_words.group("add_to_cart").any(label))) {
      add_rows.push_back(c.node);
    }
  }
  std::vector<char> row_seen(static_cast<std::size_t>(facts.size()), 0);
  for (const PriceRow& r : facts.price_rows()) {
    if (row_seen[static_cast<std::size_t>(r.row)]) continue;
    row_seen[static_cast<std::size_t>(r.row)] = 1;
    const bool offer =
        r.has_toggle || std::any_of(add_rows.begin(), add_rows.end(), [&](int n) {
          const int p = facts.node(r.row).parent;
          return facts.contains(r.row, n) ||
                 (p >= 0 && facts.contains(p, n) && facts.prices_in(p) == facts.prices_in(r.row));
        });
    if (offer) {
      if (b.offers.size() < kMaxOffers) b.offers.push_back(r.label_words);
      continue;
    }
    if (r.money.kind != text::AmountKind::kExact || r.money.cents <= 0 ||
        r.money.sign == text::AmountSign::kMinus || facts.node(r.node).struck) {
      continue;
    }
    if (rule.group("not_item").any(r.label_words) || is_prose(r.label)) continue;
    // A sticky bar "€ 55,91 [Abonnement starten en betalen]" repeats the total beside the order
    // button; it is no line.
    if (ctx.role_words.group("order_button").any(r.label_words)) continue;
    int line = r.row;
    std::string label = r.label;
    std::string words = r.label_words;
    // A line holding several amounts ("Bosch GSR € 119,00 + gratis cadeauverpakking (door jou
    // gekozen) · verzending € 0,00") is the product named in front of its first amount; the rest
    // are the extras and costs that came with it.
    if (r.row == r.node) {
      const std::vector<text::LabelledAmount> amounts =
          text::labelled_amounts(facts.own_text(r.node));
      const std::string first = text::word_string(amounts.empty() ? "" : amounts.front().before);
      if (amounts.size() >= 2 && !tokens_of(first, noise).empty()) words = first;
    }
    // A cart row with a unit price and a line total keeps its name in another cell: grow the
    // line to the smallest short ancestor with words that holds no third amount and no option.
    for (int p = facts.node(r.row).parent, climbed = 0;
         tokens_of(words, noise).empty() && p >= 0 && climbed < 3;
         p = facts.node(p).parent, ++climbed) {
      if (facts.prices_in(p) > 2 || facts.toggles_in(p) > 0) break;
      const std::string t = facts.subtree_text(p, kMaxLineBytes + 1);
      if (t.size() > kMaxLineBytes) break;
      line = p;
      label = t;
      words = text::word_string(t);
    }
    const std::set<std::string> tokens = tokens_of(words, noise);
    if (tokens.empty() || is_prose(label)) continue;
    // The same line read twice (its unit price and its total): keep the larger amount, the total.
    auto same = std::find(b.lines.begin(), b.lines.end(), line);
    if (same != b.lines.end()) {
      LineItem& seen = b.items[static_cast<std::size_t>(same - b.lines.begin())];
      seen.cents = std::max(seen.cents, r.money.cents);
      continue;
    }
    if (b.items.size() >= StepMemory::kMaxLines) continue;
    LineItem item;
    item.name = text::truncate_utf8(text::collapse_space(label), kMaxNameBytes);
    item.key = key_of(tokens);
    const std::optional<int> quantity = quantity_of(rule, words);
    item.quantity = quantity.value_or(1);
    item.quantity_shown = quantity.has_value();
    item.cents = r.money.cents;
    b.items.push_back(std::move(item));
    b.nodes.push_back(r.node);
    b.lines.push_back(line);
    b.labels.push_back(text::collapse_space(label));
    b.words.push_back(words);
  }
  return b;
}

}  // namespace

void sneak_into_basket(CheckContext& ctx) {
  if (ctx.flow == nullptr) return;  // one page alone has no earlier basket to compare with
  const Rule& rule = ctx.rule;
  const PatternGroup& noise = rule.group("line_noise");
  PageBasket basket = read_basket(ctx);
  // The product a product page shows is the one the customer puts in the basket from it: a later
  // line with its name ("Proefbox Graanvrij Zalm (abonnement)") was his choice.
  if (ctx.page.has("product") && !ctx.page.has("cart") && basket.offers.size() < kMaxOffers) {
    const std::string name = h1_words(ctx.facts);
    if (!name.empty()) basket.offers.push_back(name);
  }

  // What the earlier steps showed in the basket, and what they offered to add.
  std::vector<std::string> known;                    // the earlier lines' keys, in step order
  std::vector<const LineItem*> earlier_items;        // the same lines
  std::vector<std::string> offered = basket.offers;  // an option on this page is a choice
  bool earlier_basket = false;
  for (const auto& [step, mem] : ctx.flow->steps) {
    if (step >= ctx.step) break;
    if (mem.basket_shown) earlier_basket = true;
    for (const LineItem& i : mem.items) {
      known.push_back(i.key);
      earlier_items.push_back(&i);
    }
    offered.insert(offered.end(), mem.offers.begin(), mem.offers.end());
  }

  // Only a checkout step judges: a cart is where the user adds things. Out of scope the check
  // still remembers the page, so the next step can be judged.
  const bool judge =
      ctx.in_scope && earlier_basket && !ctx.page.has("cart") && !basket.items.empty();
  // A quantity the user can change on this page is his own choice.
  bool quantity_field = false;
  for (const Control& c : ctx.facts.controls()) {
    if ((c.kind == ControlKind::kTextField || c.kind == ControlKind::kSelect) &&
        ctx.role_words.group("quantity").any(text::word_string(c.label))) {
      quantity_field = true;
    }
  }
  for (std::size_t i = 0; judge && i < basket.items.size(); ++i) {
    const LineItem& item = basket.items[i];
    const std::set<std::string> tokens = tokens_of(item.key, noise);
    if (known_in(tokens, known, noise)) {
      // The same line with more units than the earlier step stated: "1 x" in the cart, "2 x" now.
      const auto at = known_as(tokens, known, noise);
      const LineItem* before = at ? earlier_items[*at] : nullptr;
      if (before != nullptr && before->quantity_shown && item.quantity_shown &&
          item.quantity > before->quantity && !quantity_field) {
        Finding& f = ctx.add(Severity::kNeedsReview, "needs-review-quantity", basket.nodes[i],
                             basket.labels[i], 0.6);
        f.vars["amount"] = text::format_euro(item.cents);
        f.vars["reason"] = std::to_string(before->quantity) + " → " + std::to_string(item.quantity);
      }
      continue;
    }
    // An option the customer ticked comes back with a remark ("Ticketverzekering bij ziekte (door
    // jou gekozen in stap 1)"): it is known by its name without the remark too.
    const std::set<std::string> named =
        tokens_of(text::word_string(text::without_asides(basket.labels[i])), noise);
    if (known_in(tokens, offered, noise) || offered_at_price(tokens, item.cents, offered, noise) ||
        earlier_at_price(tokens, item.cents, earlier_items, noise) ||
        (!named.empty() && named != tokens &&
         (known_in(named, offered, noise) || known_in(named, known, noise)))) {
      continue;
    }
    const std::string extra = rule.group("extra").first_match(basket.words[i]);
    Finding& f = ctx.add(extra.empty() ? Severity::kNeedsReview : Severity::kViolation,
                         extra.empty() ? "needs-review" : "violation", basket.nodes[i],
                         basket.labels[i], extra.empty() ? 0.5 : 0.8);
    f.vars["amount"] = text::format_euro(item.cents);
  }

  if (StepMemory* mem = ctx.flow->record(ctx.step)) {
    mem->basket_shown = !basket.items.empty();
    mem->items = basket.items;
    mem->offers = basket.offers;
  }
}

}  // namespace kw::checks
