// Dutch business identifiers and contact details (see dutch_ids.h): re2 over normalize() output,
// compiled once, with the checksums and digit counts done in code.
#include "text/dutch_ids.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>

#include <re2/re2.h>

namespace kw::text {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alnum(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (is_digit(c)) out += c;
  }
  return out;
}

std::size_t offset(std::string_view whole, std::string_view part) {
  return static_cast<std::size_t>(part.data() - whole.data());
}

std::string_view sv(const re2::StringPiece& p) {
  return {p.data(), p.size()};
}

// Whether `s` ends with one of `words` as a word (after trimming separators).
bool mentions(std::string_view s, std::string_view word) {
  return s.find(word) != std::string_view::npos;
}

}  // namespace

// ---- KvK ------------------------------------------------------------------------------------

std::vector<KvkMention> find_kvk(std::string_view s) {
  // The label, then at most 50 characters without digits ("-nummer:", "te Amsterdam onder nummer"),
  // then the number with single spaces or dots between digit groups.
  static const RE2 re(
      "(\\bkvk|\\bk\\.v\\.k\\.?|\\bkamer van koophandel|\\bchamber of commerce|\\bcoc\\b|"
      "\\bhandelsregister)([^0-9]{0,50}?)(\\d(?:[ .]?\\d)*)");
  std::vector<KvkMention> out;
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece label_p, filler_p, number_p;
  while (RE2::FindAndConsume(&input, re, &label_p, &filler_p, &number_p)) {
    const std::string_view label = sv(label_p), filler = sv(filler_p), number = sv(number_p);
    // The filler must not lead to another field ("KvK volgt; tel. 020 …", "btw NL…").
    // Nor to a foreign register's number ("Handelsregister Amtsgericht Freiburg, HRB 701234").
    static const std::array<std::string_view, 18> kOther = {
        "tel",         "btw",  "vat", "iban", "bic", "postbus",     "fax", "bel",    "phone",
        "vestigingsn", "rsin", "@",   "hrb",  "hra", "amtsgericht", "kbo", "ust-id", "siren"};
    if (std::any_of(kOther.begin(), kOther.end(),
                    [&](std::string_view w) { return mentions(filler, w); })) {
      continue;
    }
    // Nor cross into the next sentence ("Bij elke aanbieder staat het KvK-nummer. Klusboeker …
    // 1 …"); "KvK-nr.: 12345678" ends no sentence.
    static const RE2 sentence_end("[.!?] +[a-z]{2,}|(?:nummer|koophandel|commerce)[.!?] *$");
    if (RE2::PartialMatch(re2::StringPiece(filler.data(), filler.size()), sentence_end)) continue;
    const std::size_t end = offset(s, number) + number.size();
    if (end < s.size() && is_alnum(s[end])) continue;  // "KvK 1234ab": no number
    KvkMention m;
    m.begin = offset(s, label);
    m.end = end;
    const std::string all = digits_of(number);
    // "KvK-nummer (8 cijfers)", an article's "2." after a sentence about the KvK: a count, not a
    // number someone tried to write. A mistyped KvK number still has most of its digits.
    constexpr std::size_t kMinDigits = 4;
    if (all.size() < kMinDigits) continue;
    std::size_t first_run = 0;
    while (first_run < number.size() && is_digit(number[first_run])) ++first_run;
    if (all.size() == 8) {
      m.digits = all;
      m.valid = true;
    } else if (first_run == 8) {  // "12345678 0000": number and branch number
      m.digits = std::string(number.substr(0, 8));
      m.valid = true;
    } else {
      m.digits = all;
      m.valid = false;
    }
    out.push_back(std::move(m));
  }
  return out;
}

// ---- btw-id ---------------------------------------------------------------------------------

bool btw_elfproef(std::string_view d) {
  if (d.size() != 9 || !std::all_of(d.begin(), d.end(), is_digit)) return false;
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += (d[static_cast<std::size_t>(i)] - '0') * (9 - i);
  sum -= d[8] - '0';
  if (d == "000000000") return false;
  return sum % 11 == 0;
}

bool btw_mod97(std::string_view id) {
  if (id.size() != 14) return false;
  auto up = [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); };
  if (up(id[0]) != 'N' || up(id[1]) != 'L' || up(id[11]) != 'B') return false;
  std::string numeric;
  for (char c : id) {
    const char u = up(c);
    if (is_digit(u)) {
      numeric += u;
    } else if (u >= 'A' && u <= 'Z') {
      numeric += std::to_string(u - 'A' + 10);
    } else {
      return false;
    }
  }
  int rem = 0;
  for (char c : numeric) rem = (rem * 10 + (c - '0')) % 97;
  return rem == 1;
}

namespace {

// The check digit of a German USt-IdNr. (nine digits): ISO 7064 MOD 11,10 over the first eight.
bool german_vat_check(std::string_view digits) {
  if (digits.size() != 9) return false;
  int product = 10;
  for (std::size_t i = 0; i < 8; ++i) {
    int sum = (digits[i] - '0' + product) % 10;
    if (sum == 0) sum = 10;
    product = (2 * sum) % 11;
  }
  const int check = (11 - product) % 10;
  return check == digits[8] - '0';
}

// Where the last of `labels` stands in `before` (the text in front of a number), or npos: the
// nearest label names what the number is.
std::size_t last_label(std::string_view before, std::initializer_list<std::string_view> labels) {
  std::size_t last = std::string_view::npos;
  for (std::string_view w : labels) {
    const std::size_t p = before.rfind(w);
    if (p != std::string_view::npos && (last == std::string_view::npos || p > last)) last = p;
  }
  return last;
}

}  // namespace

std::vector<BtwMention> find_btw(std::string_view s) {
  static const RE2 re("(nl[ .-]?)?(\\d(?:[ .]?\\d){6,12})[ .-]?b[ .-]?(\\d{1,3})");
  std::vector<BtwMention> out;
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece nl_p, number_p, suffix_p;
  while (RE2::FindAndConsume(&input, re, &nl_p, &number_p, &suffix_p)) {
    const std::string_view nl = sv(nl_p), number = sv(number_p), suffix = sv(suffix_p);
    const std::size_t begin =
        nl.data() != nullptr && !nl.empty() ? offset(s, nl) : offset(s, number);
    const std::size_t end = offset(s, suffix) + suffix.size();
    if (begin > 0 && is_alnum(s[begin - 1])) continue;
    if (end < s.size() && is_alnum(s[end])) continue;
    // The label before the number, nearest wins: "omzetbelastingnummer"/"OB-nummer"/"BSN" or
    // a btw/VAT label.
    const std::size_t from = begin > 60 ? begin - 60 : 0;
    const std::string_view before = s.substr(from, begin - from);
    const std::size_t ob =
        last_label(before, {"omzetbelasting", "ob-nummer", "ob nummer", "ob-nr", "ob nr", "bsn"});
    const std::size_t btw = last_label(before, {"btw", "vat", "b.t.w", "tva", "ust-id"});
    const bool has_nl = !nl.empty();
    if (!has_nl && ob == std::string_view::npos && btw == std::string_view::npos) continue;

    BtwMention m;
    m.begin = begin;
    m.end = end;
    m.omzetbelasting = ob != std::string_view::npos && (btw == std::string_view::npos || ob > btw);
    const std::string digits = digits_of(number);
    m.well_formed = digits.size() == 9 && suffix.size() == 2;
    m.id = "NL" + digits + "B" + std::string(suffix);
    if (m.well_formed) {
      m.elfproef = btw_elfproef(digits);
      m.mod97 = btw_mod97(m.id);
    }
    out.push_back(std::move(m));
  }
  // A Belgian shop's btw-nummer: "BE" + the ondernemingsnummer (0 or 1 and nine digits), whose
  // last two digits are 97 minus the first eight modulo 97.
  static const RE2 be("\\b(be[ .-]?([01](?:[ .]?\\d){9}))\\b");
  re2::StringPiece rest(s.data(), s.size());
  re2::StringPiece be_whole, be_number;
  while (RE2::FindAndConsume(&rest, be, &be_whole, &be_number)) {
    const std::string digits = digits_of(sv(be_number));
    BtwMention m;
    m.begin = offset(s, sv(be_whole));
    m.end = m.begin + be_whole.size();
    m.id = "BE" + digits;
    m.well_formed = digits.size() == 10;
    m.mod97 =
        m.well_formed && 97 - std::stol(digits.substr(0, 8)) % 97 == std::stol(digits.substr(8));
    out.push_back(std::move(m));
  }
  // A German shop's USt-IdNr.: "DE" + nine digits, the last a check digit (ISO 7064 MOD 11,10).
  // Read when written as one word ("DE812345673") or after a VAT label, and only when its check
  // holds: "de" is also the Dutch article before any nine-digit number.
  static const RE2 de("\\b(de ?(\\d{9}))\\b");
  re2::StringPiece de_rest(s.data(), s.size());
  re2::StringPiece de_whole, de_number;
  while (RE2::FindAndConsume(&de_rest, de, &de_whole, &de_number)) {
    const std::size_t begin = offset(s, sv(de_whole));
    const std::size_t from = begin > 60 ? begin - 60 : 0;
    const std::string_view before = s.substr(from, begin - from);
    const bool labelled =
        last_label(before, {"ust", "vat", "btw", "mwst"}) != std::string_view::npos;
    const std::string digits(sv(de_number));
    if ((de_whole.size() != 11 && !labelled) || !german_vat_check(digits)) continue;
    BtwMention m;
    m.begin = begin;
    m.end = begin + de_whole.size();
    m.id = "DE" + digits;
    m.well_formed = true;
    m.country_check = true;
    out.push_back(std::move(m));
  }
  return out;
}

// ---- phone numbers --------------------------------------------------------------------------

PhoneKind phone_kind(std::string_view d) {
  if (d.starts_with("0900") || d.starts_with("0906") || d.starts_with("0909")) {
    return PhoneKind::kPremium;
  }
  if (d.starts_with("0800")) return PhoneKind::kFree;
  return PhoneKind::kRegular;
}

namespace {

// Reads a cleaned number ("+31(0)201234567", "0900-1234") into national form, or "" when it is
// no phone number. `extra` digits after a full number are dropped ("0900-1234 (10" → 0900 1234).
std::string read_number(std::string_view raw) {
  std::string s;
  bool plus = false;
  std::size_t i = 0;
  while (i < raw.size() && (raw[i] == ' ' || raw[i] == '(')) ++i;
  if (i < raw.size() && raw[i] == '+') {
    plus = true;
    ++i;
  }
  std::string rest(raw.substr(i));
  // "(0)" after a country code is not dialled.
  for (std::size_t p; (p = rest.find("(0)")) != std::string::npos;) rest.erase(p, 3);
  std::string d = digits_of(rest);
  if (d.empty()) return {};
  if (!plus && d.starts_with("00")) {
    if (!d.starts_with("0031") && !d.starts_with("0032")) return {};
    d = d.substr(2);
    plus = true;
  }
  if (plus) {
    if (d.starts_with("31")) {
      d = "0" + d.substr(2);
      if (d.starts_with("00")) d.erase(0, 1);
    } else {
      if (d.size() < 8 || d.size() > 15) return {};
      return "+" + d;
    }
  }
  if (d.size() < 2 || d[0] != '0' || d[1] == '0') return {};
  if (phone_kind(d) != PhoneKind::kRegular) {  // 0800 / 0900: 4 or 7 digits after the prefix
    if (d.size() >= 11) return d.substr(0, 11);
    if (d.size() >= 8) return d.substr(0, 8);
    return {};
  }
  if (d.size() < 10) return {};
  return d.substr(0, 10);
}

}  // namespace

std::string national_phone(std::string_view raw) {
  std::string_view v = raw;
  if (v.size() >= 4 && (v.substr(0, 4) == "tel:" || v.substr(0, 4) == "TEL:")) v.remove_prefix(4);
  return read_number(v);
}

std::vector<PhoneMention> find_phones(std::string_view s) {
  static const RE2 re("(\\+?\\(?\\d[\\d().\\- ]*\\d)");
  static const RE2 iban_before("nl\\d{2} ?[a-z]{4} ?$");
  // Opening hours "09.00-17.00" read as digits are 0900 1700: a range of two clock times is no
  // number to dial.
  static const RE2 hours_range("\\(?\\d{1,2}[.]\\d{2} ?- ?\\d{1,2}[.]\\d{2}(?:[^\\d]|$)");
  std::vector<PhoneMention> out;
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece cand_p;
  while (RE2::FindAndConsume(&input, re, &cand_p)) {
    const std::string_view cand = sv(cand_p);
    const std::size_t begin = offset(s, cand);
    if (begin > 0 && (is_alnum(s[begin - 1]) || s[begin - 1] == ',' || s[begin - 1] == '.' ||
                      s[begin - 1] == '/' || s[begin - 1] == '-')) {
      continue;
    }
    const std::size_t from = begin > 12 ? begin - 12 : 0;
    if (RE2::PartialMatch(re2::StringPiece(s.data() + from, begin - from), iban_before)) continue;
    re2::StringPiece here(s.data() + begin, s.size() - begin);
    if (RE2::Consume(&here, hours_range)) continue;
    std::string national = read_number(cand);
    if (national.empty()) continue;
    PhoneMention m;
    m.kind = national[0] == '+' ? PhoneKind::kRegular : phone_kind(national);
    m.national = std::move(national);
    m.begin = begin;
    m.end = begin + cand.size();
    out.push_back(std::move(m));
  }
  return out;
}

// ---- e-mail and postcodes -------------------------------------------------------------------

std::vector<Span> find_emails(std::string_view s) {
  static const RE2 re(
      "([a-z0-9._%+-]+(?:@| ?[\\[(](?:at|@)[\\])] ?)[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})");
  std::vector<Span> out;
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece m;
  while (RE2::FindAndConsume(&input, re, &m)) {
    out.push_back({offset(s, sv(m)), offset(s, sv(m)) + m.size()});
  }
  return out;
}

std::vector<Span> find_postcodes(std::string_view s) {
  static const RE2 re("(\\b[1-9]\\d{3} ?([a-z]{2})\\b|\\bpostbus \\d+)");
  // PostNL never issues SA, SD and SS. The others are real postcodes ("1013 JE") but also words
  // ("sinds 2024 en 2025"), so they count only right after a house number ("Haarlemmerdijk 50 ·
  // 1013 JE"), as in an address line.
  static const std::array<std::string_view, 3> kNeverIssued = {"sa", "sd", "ss"};
  static const std::array<std::string_view, 12> kAlsoWords = {"en", "of", "op", "in", "is", "om",
                                                              "te", "de", "ik", "je", "we", "na"};
  static const RE2 house_number_before(
      "(?:^|[^0-9a-z])\\d{1,5}[a-z]{0,2}[ ,|\\-]*(?:\xc2\xb7|\xe2\x80\xa2)?[ ,|\\-]*$");
  auto after_house_number = [&](std::size_t at) {
    const std::size_t from = at > 24 ? at - 24 : 0;
    const std::string_view before = s.substr(from, at - from);
    return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), house_number_before);
  };
  std::vector<Span> out;
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece m_p, letters_p;
  while (RE2::FindAndConsume(&input, re, &m_p, &letters_p)) {
    const std::string_view m = sv(m_p), letters = sv(letters_p);
    auto in = [&](const auto& list) {
      return std::find(list.begin(), list.end(), letters) != list.end();
    };
    if (!letters.empty() && in(kNeverIssued)) continue;
    if (!letters.empty() && in(kAlsoWords)) {
      if (!after_house_number(offset(s, m))) continue;
    }
    out.push_back({offset(s, m), offset(s, m) + m.size()});
  }
  // A shop across the border gives its own country's postcode: "2800 Mechelen, België",
  // "B-2800 Mechelen", "47533 Kleve, Duitsland". Four or five digits alone are any number, so they
  // count only with a country prefix, or after a house number with the country named after the
  // town.
  static const RE2 foreign(
      "\\b(?:((?:b|be|d|de|l|f)-[1-9]\\d{3,4})\\b|([1-9]\\d{3,4})[ ,]+"
      "[a-z\\x{80}-\\x{10ffff}][a-z\\x{80}-\\x{10ffff}' -]{0,30}?[ ,]*\\(?"
      "(?:belgi\\x{eb}|(?:belgie|belgium|belgique|duitsland|deutschland|germany|luxemburg|"
      "luxembourg|frankrijk|france)\\b))");
  re2::StringPiece rest(s.data(), s.size());
  re2::StringPiece prefixed, plain;
  while (RE2::FindAndConsume(&rest, foreign, &prefixed, &plain)) {
    const std::string_view c = prefixed.data() ? sv(prefixed) : sv(plain);
    // "… leveren 2800 artikelen ook in België" is no address.
    if (!prefixed.data() && !after_house_number(offset(s, c))) continue;
    const Span span{offset(s, c), offset(s, c) + c.size()};
    if (std::none_of(out.begin(), out.end(),
                     [&](const Span& o) { return o.begin < span.end && span.begin < o.end; })) {
      out.push_back(span);
    }
  }
  std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace kw::text
