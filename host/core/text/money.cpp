// The one money parser (see money.h). re2 finds candidate spans in normalised text; the digits are
// read here in C++, because "€ 12.95" (English decimal) and "€ 1.234" (Dutch thousands) are told
// apart by how many digits follow the separator, which ICU's locale-bound NumberFormat would not
// do.
#include "text/money.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <string>

#include <re2/re2.h>
#include <unicode/uchar.h>

#include "text/normalize.h"

namespace kw::text {
namespace {

// ---- Patterns (over normalize() output: lower case, single spaces)
// ----------------------------------

#define KW_CUR "(?:€|eur(?:os?)?)"
// A number as printed: "1.234,56", "1234,-", "12,—", "12.95", "1,234.56", "12 ,95" (a price split
// over nodes), and "1 234,56" (space thousands: only with a decimal part, so "€ 5 100 gram" stays
// "€ 5").
#define KW_NUM                                           \
  "(?:\\d{1,3}(?: \\d{3})+ ?[.,](?:\\d+|[-–—]{1,2})" \
  "|\\d+(?:[.,]\\d+)*(?: ?[.,]\\d+|[.,][-–—]{1,2})?)"
// Between the two ends of a range. " en "/" and " only count after "tussen"/"between" (checked in
// C++).
#define KW_SEP "(?: ?[-–—−] ?| (?:tot en met|t/m|tot|en|to|and) )"
#define KW_SIGN "[-+−] ?"

const RE2& amount_re() {
  static const RE2 re(
      // 1: currency first: "€ 12,95", "+ € 2,95", "€ -5", "eur12,95", with an optional range end.
      "(?P<s1>" KW_SIGN ")?(?P<c1>" KW_CUR ") ?(?P<s2>" KW_SIGN ")?(?P<n1>" KW_NUM
      ")"
      "(?:(?P<sep1>" KW_SEP ")(?:(?P<hc1>" KW_CUR ") ?)?(?P<hn1>" KW_NUM ")(?: ?(?P<hs1>" KW_CUR
      "))?)?"
      // 2: currency after: "12,95 eur", "2,95€", "12 euro", "10 euro - 20 euro".
      "|(?P<s3>" KW_SIGN ")?(?P<n2>" KW_NUM ") ?(?P<c2>" KW_CUR
      ")"
      "(?:(?P<sep2>" KW_SEP ")(?:(?P<hc2>" KW_CUR ") ?)?(?P<hn2>" KW_NUM ")(?: ?(?P<hs2>" KW_CUR
      "))?)?"
      // 3: a range whose currency is only at the end: "10 - 20 euro", "tussen 10 en 20 euro".
      "|(?P<n3>" KW_NUM ")(?P<sep3>" KW_SEP ")(?P<hn3>" KW_NUM ") ?(?P<hs3>" KW_CUR
      ")"
      // 4: zero in words.
      "|\\b(?P<free>gratis|kosteloos|free)\\b");
  return re;
}

const RE2& percent_re() {
  static const RE2 re("(?P<sign>[-−])?(?P<num>\\d+(?:[.,]\\d+)?) ?(?:%|procent\\b|percent\\b)");
  return re;
}

#undef KW_CUR
#undef KW_NUM
#undef KW_SEP
#undef KW_SIGN

// Group indices of amount_re(), looked up by name once.
struct Groups {
  int s1, c1, s2, n1, sep1, hc1, hn1, hs1;
  int s3, n2, c2, sep2, hc2, hn2, hs2;
  int n3, sep3, hn3, hs3;
  int free;
  int count;
};

const Groups& groups() {
  static const Groups g = [] {
    const auto& names = amount_re().NamedCapturingGroups();
    auto at = [&](const char* name) {
      const auto it = names.find(name);
      return it == names.end() ? 0 : it->second;
    };
    Groups r{};
    r.s1 = at("s1"), r.c1 = at("c1"), r.s2 = at("s2"), r.n1 = at("n1"), r.sep1 = at("sep1");
    r.hc1 = at("hc1"), r.hn1 = at("hn1"), r.hs1 = at("hs1");
    r.s3 = at("s3"), r.n2 = at("n2"), r.c2 = at("c2"), r.sep2 = at("sep2");
    r.hc2 = at("hc2"), r.hn2 = at("hn2"), r.hs2 = at("hs2");
    r.n3 = at("n3"), r.sep3 = at("sep3"), r.hn3 = at("hn3"), r.hs3 = at("hs3");
    r.free = at("free");
    r.count = amount_re().NumberOfCapturingGroups() + 1;
    return r;
  }();
  return g;
}

// ---- Small text helpers
// -------------------------------------------------------------------------------

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The code point that ends just before byte `pos` (0 at the start of the text).
UChar32 code_point_before(std::string_view t, std::size_t pos) {
  if (pos == 0) return 0;
  std::size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(t[start]) & 0xC0) == 0x80)
    --start;
  const auto* p = reinterpret_cast<const unsigned char*>(t.data() + start);
  const std::size_t n = pos - start;
  if (n == 1) return p[0];
  if (n == 2) return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  if (n == 3) return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

bool letter_before(std::string_view t, std::size_t pos) {
  const UChar32 c = code_point_before(t, pos);
  return c != 0 && u_isalpha(c);
}

bool letter_at(std::string_view t, std::size_t pos) {
  if (pos >= t.size()) return false;
  std::size_t end = pos + 1;
  while (end < t.size() && end - pos < 4 && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80)
    ++end;
  return letter_before(t, end);
}

// True when t[0, pos) ends with `word` as a whole word.
bool word_ends_at(std::string_view t, std::size_t pos, std::string_view word) {
  if (pos < word.size() || t.substr(pos - word.size(), word.size()) != word) return false;
  return !letter_before(t, pos - word.size());
}

// Steps back over one optional space.
std::size_t skip_space_back(std::string_view t, std::size_t pos) {
  return pos > 0 && t[pos - 1] == ' ' ? pos - 1 : pos;
}

// If one of `words` ends right before `pos` (one space allowed), returns where it starts.
template <std::size_t N>
std::optional<std::size_t> marker_before(std::string_view t, std::size_t pos,
                                         const std::array<std::string_view, N>& words) {
  const std::size_t p = skip_space_back(t, pos);
  for (const std::string_view w : words)
    if (word_ends_at(t, p, w)) return p - w.size();
  return std::nullopt;
}

constexpr std::array<std::string_view, 7> kFromWords{"vanaf", "v.a.", "v.a",  "va.",
                                                     "va",    "from", "boven"};
constexpr std::array<std::string_view, 3> kFreeWords{"gratis", "kosteloos", "free"};
constexpr std::array<std::string_view, 2> kBetweenWords{"tussen", "between"};

// Where "gratis" starts when it qualifies a threshold that begins at `pos`: "gratis vanaf", "gratis
// verzending vanaf", "gratis verzending en retour vanaf" (at most two words in between).
std::optional<std::size_t> free_word_before(std::string_view t, std::size_t pos) {
  std::size_t p = pos;
  for (int skipped = 0; skipped <= 2; ++skipped) {
    if (auto at = marker_before(t, p, kFreeWords)) return at;
    std::size_t q = skip_space_back(t, p);
    if (q == p) return std::nullopt;  // words must be separated by a space
    std::size_t r = q;
    while (r > 0 && t[r - 1] >= 'a' && t[r - 1] <= 'z') --r;
    if (r == q) return std::nullopt;
    p = r;
  }
  return std::nullopt;
}

// ---- Reading the digits
// -------------------------------------------------------------------------------

constexpr std::size_t kMaxIntegerDigits = 12;

// Returns the value of a matched number in cents, or nothing when the digits make no sense as a
// price. Rules, in order:
//  - a trailing ",-" / ",—" / ",–" means whole euros; every separator before it groups thousands;
//  - with both '.' and ',', the last one is the decimal separator ("1.234,56", "1,234.56");
//  - with one kind, the last separator is decimal when 1 or 2 digits follow it ("12,95", "12.95",
//  "2,5"),
//    groups thousands when exactly 3 follow ("1.234", "1,234"), and anything else is rejected
//    ("0,2995");
//  - a space before the final separator is ignored ("12 ,95"); other spaces group thousands;
//  - thousands groups after the first have exactly 3 digits, the first 1 to 3; at most 12 integer
//  digits.
std::optional<std::int64_t> parse_cents(std::string_view num) {
  bool whole = false;
  // Strip a whole-euro dash ending: "-", "--", "–" (E2 80 93), "—" (E2 80 94).
  while (!num.empty()) {
    if (num.back() == '-') {
      num.remove_suffix(1);
    } else if (num.size() >= 3 && num.substr(num.size() - 3, 2) == "\xE2\x80" &&
               (num.back() == '\x93' || num.back() == '\x94')) {
      num.remove_suffix(3);
    } else {
      break;
    }
    whole = true;
  }
  if (whole) {
    if (num.empty() || (num.back() != ',' && num.back() != '.')) return std::nullopt;
    num.remove_suffix(1);
  }

  struct Group {
    std::int64_t value = 0;
    std::size_t digits = 0;
    char sep_before = 0;  // '.', ',' or ' ' (0 for the first group)
  };
  constexpr std::size_t kMaxGroups = 8;
  std::array<Group, kMaxGroups> g{};
  std::size_t count = 1;
  for (std::size_t i = 0; i < num.size(); ++i) {
    const char c = num[i];
    if (is_digit(c)) {
      Group& cur = g[count - 1];
      if (++cur.digits > kMaxIntegerDigits) return std::nullopt;
      cur.value = cur.value * 10 + (c - '0');
      continue;
    }
    if (c == ' ' && i + 1 < num.size() && (num[i + 1] == ',' || num[i + 1] == '.'))
      continue;  // "12 ,95"
    if (c != ' ' && c != '.' && c != ',') return std::nullopt;
    if (count == kMaxGroups) return std::nullopt;
    g[count++].sep_before = c;
  }
  for (std::size_t i = 0; i < count; ++i)
    if (g[i].digits == 0) return std::nullopt;

  // Find the decimal separator, if any: it can only be the last one.
  bool has_dot = false, has_comma = false;
  for (std::size_t i = 1; i < count; ++i) {
    has_dot = has_dot || g[i].sep_before == '.';
    has_comma = has_comma || g[i].sep_before == ',';
  }
  std::size_t int_groups = count;  // groups before the decimal separator
  if (!whole && count > 1) {
    const Group& last = g[count - 1];
    if (has_dot && has_comma) {
      if (last.sep_before == ' ' || last.digits > 2) return std::nullopt;
      for (std::size_t i = 1; i + 1 < count; ++i)
        if (g[i].sep_before == last.sep_before) return std::nullopt;  // "1,234.567,89"
      int_groups = count - 1;
    } else if (last.sep_before != ' ') {
      if (last.digits <= 2) {
        int_groups = count - 1;
      } else if (last.digits != 3) {
        return std::nullopt;
      }
    }
  }

  std::int64_t euros = 0;
  std::size_t int_digits = 0;
  for (std::size_t i = 0; i < int_groups; ++i) {
    if (int_groups > 1 && ((i == 0 && g[i].digits > 3) || (i > 0 && g[i].digits != 3)))
      return std::nullopt;
    int_digits += g[i].digits;
    if (int_digits > kMaxIntegerDigits) return std::nullopt;
    for (std::size_t k = 0; k < g[i].digits; ++k) euros *= 10;
    euros += g[i].value;
  }
  std::int64_t cents = euros * 100;
  if (int_groups < count) {
    const Group& dec = g[count - 1];
    cents += dec.digits == 1 ? dec.value * 10 : dec.value;
  }
  return cents;
}

bool has_separator(std::string_view num) {
  return num.find_first_of(".,") != std::string_view::npos;
}

// ---- The scan
// -----------------------------------------------------------------------------------------

AmountSign sign_of(std::string_view sign) {
  if (sign.empty()) return AmountSign::kNone;
  return sign[0] == '+' ? AmountSign::kPlus : AmountSign::kMinus;
}

// A minus followed by a space directly after a word or number ("PostNL - € 4,95", "Maat 42 - €
// 89,95") separates a label from its price; only an attached minus ("-€5"), or one at the start or
// after punctuation ("Korting: - € 5", "(WELKOM10) - € 5"), marks a deduction.
bool sign_counts(std::string_view t, std::size_t sign_begin, std::string_view sign) {
  if (sign.empty()) return false;
  if (sign[0] == '+' || sign.back() != ' ') return true;
  const std::size_t before = skip_space_back(t, sign_begin);
  return !(letter_before(t, before) || (before > 0 && is_digit(t[before - 1])));
}

// True when the number at `pos` continues a date or code ("01-02-2024", "6:230"): then it is no
// price.
bool continues_number(std::string_view t, std::size_t pos) {
  if (pos < 2) return false;
  const char sep = t[pos - 1];
  return (sep == '-' || sep == '/' || sep == ':' || sep == '.') && is_digit(t[pos - 2]);
}

// True when a currency ending at `pos` is directly followed by a number ("2 € 5"): it belongs to
// that one.
bool number_follows(std::string_view t, std::size_t pos) {
  if (pos < t.size() && t[pos] == ' ') ++pos;
  if (pos < t.size() && t[pos] == '-') ++pos;
  return pos < t.size() && is_digit(t[pos]);
}

struct Span {
  std::size_t begin = 0, end = 0;
  bool empty() const { return begin == end; }
};

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Money>& out) : t_(text), out_(out) {}

  // Scans the whole text; with `first_only`, stops as soon as the first amount is certain.
  void run(bool first_only) {
    const RE2& re = amount_re();
    const Groups& gi = groups();
    std::array<re2::StringPiece, 32> m{};
    if (gi.count > static_cast<int>(m.size())) return;
    std::size_t pos = 0;
    const re2::StringPiece text(t_.data(), t_.size());
    while (pos < t_.size()) {
      if (!re.Match(text, pos, t_.size(), RE2::UNANCHORED, m.data(), gi.count)) break;
      const std::size_t next = handle(m, gi);
      const std::size_t match_begin = offset(m[0]);
      pos = next > match_begin ? next : match_begin + 1;
      if (first_only && !out_.empty() &&
          (out_.front().kind != AmountKind::kFree || out_.size() > 1))
        break;
    }
  }

 private:
  std::size_t offset(const re2::StringPiece& p) const {
    return static_cast<std::size_t>(p.data() - t_.data());
  }
  Span span(const re2::StringPiece& p) const {
    if (p.data() == nullptr) return {};
    return {offset(p), offset(p) + p.size()};
  }
  static bool has(const re2::StringPiece& p) { return p.data() != nullptr; }
  std::string_view view(const re2::StringPiece& p) const { return {p.data(), p.size()}; }

  void emit(std::int64_t cents, AmountSign sign, AmountKind kind, std::size_t begin,
            std::size_t end) {
    Money money;
    money.cents = cents;
    money.sign = sign;
    money.kind = kind;
    money.begin = begin;
    money.end = end;
    out_.push_back(std::move(money));
  }

  // "€ 10 - 20%" is a price and a percentage, not a range.
  bool percent_after(std::size_t pos) const {
    if (pos < t_.size() && t_[pos] == ' ') ++pos;
    return t_.substr(pos, 1) == "%" || t_.substr(pos, 7) == "procent";
  }

  // Handles one match; returns where the scan continues.
  std::size_t handle(const std::array<re2::StringPiece, 32>& m, const Groups& gi) {
    if (has(m[gi.free])) {
      const Span w = span(m[gi.free]);
      emit(0, AmountSign::kNone, AmountKind::kFree, w.begin, w.end);
      return w.end;
    }

    // The low (or only) amount: its number, sign and span.
    re2::StringPiece num, sign, sep, high_num, high_cur_before, high_cur_after;
    Span low;
    bool bare_low = false;
    if (has(m[gi.c1])) {
      const Span cur = span(m[gi.c1]);
      if (t_[cur.begin] == 'e' && letter_before(t_, cur.begin)) return cur.end;  // "...peur 5"
      num = m[gi.n1];
      low = {cur.begin, span(num).end};
      if (has(m[gi.s2])) {
        sign = m[gi.s2];
      } else if (has(m[gi.s1]) && sign_counts(t_, offset(m[gi.s1]), view(m[gi.s1]))) {
        sign = m[gi.s1];
        low.begin = offset(sign);
      }
      sep = m[gi.sep1], high_cur_before = m[gi.hc1], high_num = m[gi.hn1],
      high_cur_after = m[gi.hs1];
    } else if (has(m[gi.c2])) {
      num = m[gi.n2];
      const Span cur = span(m[gi.c2]);
      if (t_[cur.begin] == 'e' && letter_at(t_, cur.end)) return span(num).end;  // "12 europese"
      // "2 € 5": the euro sign belongs to the number after it, unless the first has cents ("2,95 €
      // 3,95 €").
      if (!has_separator(view(num)) && number_follows(t_, cur.end)) return cur.begin;
      if (continues_number(t_, offset(num))) return cur.end;
      low = {offset(num), cur.end};
      if (has(m[gi.s3]) && sign_counts(t_, offset(m[gi.s3]), view(m[gi.s3]))) {
        sign = m[gi.s3];
        low.begin = offset(sign);
      }
      sep = m[gi.sep2], high_cur_before = m[gi.hc2], high_num = m[gi.hn2],
      high_cur_after = m[gi.hs2];
    } else if (has(m[gi.n3])) {
      num = m[gi.n3];
      low = span(num);
      bare_low = true;
      if (continues_number(t_, low.begin)) return offset(m[gi.hn3]);
      if (!has_separator(view(m[gi.hn3])) && number_follows(t_, span(m[gi.hs3]).end))
        return offset(m[gi.hs3]);
      sep = m[gi.sep3], high_num = m[gi.hn3], high_cur_after = m[gi.hs3];
    } else {
      return offset(m[0]) + 1;
    }

    const std::optional<std::int64_t> low_cents = parse_cents(view(num));
    if (!low_cents) return bare_low ? offset(high_num) : span(num).end;

    if (has(high_num)) {
      const std::string_view sep_text = view(sep);
      const bool needs_between = sep_text == " en " || sep_text == " and ";
      const std::optional<std::int64_t> high_cents = parse_cents(view(high_num));
      const bool high_has_currency = has(high_cur_before) || has(high_cur_after);
      bool ok = high_cents && *high_cents > *low_cents;
      if (ok && needs_between) ok = marker_before(t_, low.begin, kBetweenWords).has_value();
      if (ok && !high_has_currency) ok = !percent_after(span(high_num).end);
      if (ok) {
        emit(*low_cents, sign_of(view(sign)), AmountKind::kRangeLow, low.begin, low.end);
        const Span high{has(high_cur_before) ? offset(high_cur_before) : offset(high_num),
                        has(high_cur_after) ? span(high_cur_after).end : span(high_num).end};
        emit(*high_cents, AmountSign::kNone, AmountKind::kRangeHigh, high.begin, high.end);
        return high.end;
      }
      if (bare_low) return offset(high_num);  // "10 - 5 euro": only "5 euro" is an amount
    }

    AmountKind kind = AmountKind::kExact;
    if (const auto from = marker_before(t_, low.begin, kFromWords)) {
      kind = AmountKind::kFrom;
      // "gratis vanaf € 50" is a threshold, not a free price: drop the kFree already emitted for
      // it.
      if (const auto free_at = free_word_before(t_, *from)) {
        if (!out_.empty() && out_.back().kind == AmountKind::kFree && out_.back().begin == *free_at)
          out_.pop_back();
      }
    }
    emit(*low_cents, sign_of(view(sign)), kind, low.begin, low.end);
    return low.end;
  }

  std::string_view t_;
  std::vector<Money>& out_;
};

}  // namespace

std::vector<Money> find_amounts(std::string_view s) {
  std::vector<Money> out;
  const std::string n = normalize(s);
  Scanner(n, out).run(false);
  return out;
}

const std::string& LabelledAmount::label() const {
  return has_letter(before) ? before : after;
}

std::vector<LabelledAmount> labelled_amounts(std::string_view s) {
  std::vector<Money> amounts;
  const std::string n = normalize(s);
  Scanner(n, amounts).run(false);
  std::vector<LabelledAmount> out;
  out.reserve(amounts.size());
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    const std::size_t from = i == 0 ? 0 : amounts[i - 1].end;
    const std::size_t to = i + 1 < amounts.size() ? amounts[i + 1].begin : n.size();
    LabelledAmount a;
    a.money = amounts[i];
    a.before = n.substr(from, amounts[i].begin - std::min(from, amounts[i].begin));
    a.after = n.substr(amounts[i].end, to - std::min(to, amounts[i].end));
    out.push_back(std::move(a));
  }
  return out;
}

std::optional<Money> first_amount(std::string_view s) {
  std::vector<Money> out;
  const std::string n = normalize(s);
  Scanner(n, out).run(true);
  if (out.empty()) return std::nullopt;
  return std::move(out.front());
}

std::string join_price_parts(const std::vector<std::string_view>& parts) {
  std::string out;
  for (const std::string_view part : parts) {
    const std::string p = collapse_space(part);
    if (p.empty()) continue;
    if (!out.empty()) {
      const bool starts_with_separator = p[0] == ',' || p[0] == '.';
      // "12," + "95": the separator ended the previous part.
      const bool continues_separator =
          out.size() >= 2 && (out.back() == ',' || out.back() == '.') &&
          is_digit(out[out.size() - 2]) && (is_digit(p[0]) || p[0] == '-');
      if (!starts_with_separator && !continues_separator) out.push_back(' ');
    }
    out += p;
  }
  return out;
}

std::vector<std::int64_t> find_percentages(std::string_view s) {
  std::vector<std::int64_t> out;
  const std::string n = normalize(s);
  const RE2& re = percent_re();
  std::array<re2::StringPiece, 3> m{};
  const re2::StringPiece text(n);
  std::size_t pos = 0;
  while (pos < n.size() && re.Match(text, pos, n.size(), RE2::UNANCHORED, m.data(), 3)) {
    const auto begin = static_cast<std::size_t>(m[0].data() - n.data());
    pos = begin + m[0].size();
    const std::string_view num(m[2].data(), m[2].size());
    // Reject the tail of something longer ("6:230%" is not 230%, "v2%" is not 2%) and absurd
    // lengths.
    const std::size_t num_begin = static_cast<std::size_t>(m[2].data() - n.data());
    if (!m[1].data() && num_begin > 0 &&
        (is_digit(n[num_begin - 1]) || n[num_begin - 1] == ',' || n[num_begin - 1] == '.'))
      continue;
    std::int64_t whole = 0, fraction = 0;
    std::size_t i = 0, int_digits = 0;
    for (; i < num.size() && is_digit(num[i]); ++i, ++int_digits)
      whole = whole * 10 + (num[i] - '0');
    if (int_digits > 9) continue;
    // Up to two decimals are basis points; a third rounds ("0,125%" -> 13 bp).
    int decimals = 0;
    int round_digit = 0;
    for (++i; i < num.size(); ++i) {
      if (decimals < 2) {
        fraction = fraction * 10 + (num[i] - '0');
        ++decimals;
      } else if (decimals == 2) {
        round_digit = num[i] - '0';
        ++decimals;
      }
    }
    for (; decimals < 2; ++decimals) fraction *= 10;
    std::int64_t bp = whole * 100 + fraction + (round_digit >= 5 ? 1 : 0);
    // Only an attached minus after a non-word ("-10%", "korting -10%") makes a deduction; "10-20%"
    // is a range.
    if (m[1].data() && !(begin > 0 && (is_digit(n[begin - 1]) || letter_before(n, begin))))
      bp = -bp;
    out.push_back(bp);
  }
  return out;
}

std::string format_euro(std::int64_t signed_cents) {
  const bool negative = signed_cents < 0;
  const std::uint64_t magnitude = negative
                                      ? std::uint64_t{0} - static_cast<std::uint64_t>(signed_cents)
                                      : static_cast<std::uint64_t>(signed_cents);
  const std::uint64_t euros = magnitude / 100;
  const auto cents = static_cast<unsigned>(magnitude % 100);
  std::string digits = std::to_string(euros);
  std::string grouped;
  grouped.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back('.');
    grouped.push_back(digits[i]);
  }
  std::string out = negative ? "-€ " : "€ ";
  out += grouped;
  out.push_back(',');
  out.push_back(static_cast<char>('0' + cents / 10));
  out.push_back(static_cast<char>('0' + cents % 10));
  return out;
}

}  // namespace kw::text
