// The one text normaliser (see normalize.h): ICU NFKC_Casefold, diacritic stripping, white-space
// collapsing and letter-spaced word joining, plus the UTF-8 helpers the rest of the host uses on
// shop text. Pure-ASCII input takes a byte loop that gives the same result without touching ICU.
#include "text/normalize.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstring>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

namespace kw::text {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// ---- UTF-8
// ---------------------------------------------------------------------------------------

// Decodes one code point at s[i] following Unicode Table 3-7 (well-formed byte sequences):
// overlongs, surrogates, values above U+10FFFF and truncated sequences are invalid. Returns the
// number of bytes consumed; on an invalid sequence `cp` is -1 and the count is the maximal valid
// prefix (at least 1), so a caller emitting one U+FFFD per call matches ICU's substitution.
std::size_t decode_utf8(std::string_view s, std::size_t i, std::int32_t& cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  const unsigned char b0 = p[i];
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  std::size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  std::int32_t value = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
    value = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    value = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    value = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    cp = -1;
    return 1;
  }
  for (std::size_t k = 1; k < len; ++k) {
    if (i + k >= n) {
      cp = -1;
      return k;
    }
    const unsigned char b = p[i + k];
    const unsigned char min = k == 1 ? lo : 0x80;
    const unsigned char max = k == 1 ? hi : 0xBF;
    if (b < min || b > max) {
      cp = -1;
      return k;
    }
    value = (value << 6) | (b & 0x3F);
  }
  cp = value;
  return len;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool is_ascii(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ULL) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

// The ASCII members of Unicode White_Space: TAB, LF, VT, FF, CR, SPACE.
bool is_ascii_space(unsigned char c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D);
}

bool is_white_space(char32_t c) {
  if (c < 0x80) return is_ascii_space(static_cast<unsigned char>(c));
  return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

// ---- White-space collapsing and letter-spaced word joining
// --------------------------------------------

// What a code point is to the letter-spacing joiner.
enum class CharClass { kLetter, kPunct, kOther };

// Builds the output code point by code point: white-space runs become one space, leading and
// trailing white space is dropped, and a run of three or more one-letter tokens, each separated
// from the next by exactly one white-space character, is joined into one word ("b e s t e l" ->
// "bestel"). Two or more white-space characters end such a run, so "B E S T E L  N U" keeps its
// word gap. The first token may carry leading punctuation and the last trailing punctuation: "(B E
// S T E L)!" -> "(bestel)!"; a token with trailing punctuation always ends a run, so a list like
// "a, b, c" is left alone.
class SpaceJoiner {
 public:
  SpaceJoiner(std::string& out, bool join_letters) : out_(out), join_(join_letters) {}

  void space() {
    if (in_token_) end_token();
    ++gap_;
  }

  void add(char32_t c, CharClass cls) {
    if (!in_token_) {
      if (!out_.empty()) out_.push_back(' ');
      token_start_ = out_.size();
      token_gap_ = gap_;
      phase_ = Phase::kLead;
      lead_ = trail_ = false;
      in_token_ = true;
    }
    gap_ = 0;
    if (join_) step(cls);
    append_utf8(out_, c);
  }

  void finish() {
    if (in_token_) end_token();
    close_run();
  }

 private:
  // A token is a single letter when it reads [punctuation] letter [punctuation].
  enum class Phase { kLead, kAfterLetter, kNotSingle };

  void step(CharClass cls) {
    switch (phase_) {
      case Phase::kLead:
        if (cls == CharClass::kLetter) {
          phase_ = Phase::kAfterLetter;
        } else if (cls == CharClass::kPunct) {
          lead_ = true;
        } else {
          phase_ = Phase::kNotSingle;
        }
        break;
      case Phase::kAfterLetter:
        if (cls == CharClass::kPunct) {
          trail_ = true;
        } else {
          phase_ = Phase::kNotSingle;
        }
        break;
      case Phase::kNotSingle:
        break;
    }
  }

  void end_token() {
    in_token_ = false;
    if (!join_) return;
    const bool single = phase_ == Phase::kAfterLetter;
    if (single && !lead_ && run_len_ > 0 && token_gap_ == 1) {
      ++run_len_;
      run_end_ = out_.size();
      if (trail_) close_run();
      return;
    }
    const std::size_t removed = close_run();
    if (single && !trail_) {
      run_start_ = token_start_ - removed;
      run_end_ = out_.size();
      run_len_ = 1;
    }
  }

  // Joins the pending run if it is long enough; returns the number of bytes removed.
  std::size_t close_run() {
    std::size_t removed = 0;
    if (run_len_ >= 3) {
      const auto first = out_.begin() + static_cast<std::ptrdiff_t>(run_start_);
      const auto last = out_.begin() + static_cast<std::ptrdiff_t>(run_end_);
      const auto new_last = std::remove(first, last, ' ');
      removed = static_cast<std::size_t>(last - new_last);
      out_.erase(new_last, last);
    }
    run_len_ = 0;
    return removed;
  }

  std::string& out_;
  bool join_;
  bool in_token_ = false;
  std::size_t gap_ = 0;  // white-space characters since the last token character
  std::size_t token_start_ = 0, token_gap_ = 0;
  Phase phase_ = Phase::kLead;
  bool lead_ = false, trail_ = false;
  std::size_t run_start_ = 0, run_end_ = 0, run_len_ = 0;
};

// ASCII punctuation in the Unicode sense (general category P*; "$+<=>^`|~" are symbols).
bool is_ascii_punct(unsigned char c) {
  return c < 0x80 && c != 0 && std::strchr("!\"#%&'()*,-./:;?@[\\]_{}", c) != nullptr;
}

CharClass classify(char32_t c) {
  if (c < 0x80) {
    if (c >= 'a' && c <= 'z') return CharClass::kLetter;
    return is_ascii_punct(static_cast<unsigned char>(c)) ? CharClass::kPunct : CharClass::kOther;
  }
  if (u_isalpha(static_cast<UChar32>(c))) return CharClass::kLetter;
  return u_ispunct(static_cast<UChar32>(c)) ? CharClass::kPunct : CharClass::kOther;
}

// ---- ICU singletons
// ----------------------------------------------------------------------------------

// Normalizer2 instances are owned by ICU, immutable and safe to share between threads.
const icu::Normalizer2* normalizer(const icu::Normalizer2* (*get)(UErrorCode&)) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = get(status);
  return U_SUCCESS(status) ? n : nullptr;
}
const icu::Normalizer2* nfkc_casefold() {
  static const icu::Normalizer2* const n = normalizer(&icu::Normalizer2::getNFKCCasefoldInstance);
  return n;
}
const icu::Normalizer2* nfd() {
  static const icu::Normalizer2* const n = normalizer(&icu::Normalizer2::getNFDInstance);
  return n;
}
const icu::Normalizer2* nfc() {
  static const icu::Normalizer2* const n = normalizer(&icu::Normalizer2::getNFCInstance);
  return n;
}

// BreakIterator is not thread-safe: one prototype is built once (loading the rules is the slow
// part) and each thread clones its own.
icu::BreakIterator* word_iterator() {
  static const std::unique_ptr<icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
    if (U_FAILURE(status)) bi.reset();
    return bi;
  }();
  thread_local std::unique_ptr<icu::BreakIterator> mine(prototype ? prototype->clone() : nullptr);
  return mine.get();
}

// ---- normalize()
// -----------------------------------------------------------------------------------

std::string normalize_ascii(std::string_view s) {
  // For ASCII, NFKC is the identity, no code point is default-ignorable or carries a diacritic, and
  // case folding is A-Z -> a-z (the Dutch locale tailors only title case, "IJ"): one pass does it
  // all.
  std::string out;
  out.reserve(s.size());
  SpaceJoiner joiner(out, true);
  for (const char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (is_ascii_space(c)) {
      joiner.space();
      continue;
    }
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + ('a' - 'A'));
    joiner.add(c, classify(c));
  }
  joiner.finish();
  return out;
}

// Removes nonspacing marks (Mn) after canonical decomposition and recomposes: "ï" -> "i". Skipped
// when the text has nothing to decompose and no marks, which is the common case (plain text with
// "€").
void strip_diacritics(icu::UnicodeString& u) {
  const icu::Normalizer2* d = nfd();
  const icu::Normalizer2* c = nfc();
  if (d == nullptr || c == nullptr) return;
  UErrorCode status = U_ZERO_ERROR;
  const int32_t decomposed_prefix = d->spanQuickCheckYes(u, status);
  if (U_FAILURE(status)) return;
  bool work = decomposed_prefix < u.length();
  for (int32_t i = 0; !work && i < u.length();) {
    const UChar32 cp = u.char32At(i);
    if (cp >= 0x300 && u_charType(cp) == U_NON_SPACING_MARK) work = true;
    i += U16_LENGTH(cp);
  }
  if (!work) return;

  icu::UnicodeString decomposed = d->normalize(u, status);
  if (U_FAILURE(status)) return;
  icu::UnicodeString kept(decomposed.length(), 0, 0);  // capacity only
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 cp = decomposed.char32At(i);
    if (u_charType(cp) != U_NON_SPACING_MARK) kept.append(cp);
    i += U16_LENGTH(cp);
  }
  icu::UnicodeString composed = c->normalize(kept, status);
  if (U_FAILURE(status)) return;
  u = std::move(composed);
}

}  // namespace

std::string normalize(std::string_view s) {
  if (is_ascii(s)) return normalize_ascii(s);

  // fromUTF8 replaces every ill-formed sequence by U+FFFD. ICU strings are int32-indexed: text
  // beyond 2 GiB (never a page node) is cut.
  const auto length = static_cast<int32_t>(std::min<std::size_t>(s.size(), INT32_MAX));
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), length));
  // NFKC_Casefold is NFKC + full case folding + removal of Default_Ignorable_Code_Point (soft
  // hyphen, ZWSP, ZWNJ, ZWJ, word joiner, BOM, ...) in one pass. A separate toLower(Locale("nl"))
  // is not needed: ICU's Dutch locale has no lower-case tailoring and fold(lower_nl(c)) == fold(c)
  // for every code point (checked exhaustively against ICU 72).
  if (const icu::Normalizer2* cf = nfkc_casefold()) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded = cf->normalize(u, status);
    if (U_SUCCESS(status)) u = std::move(folded);
  } else {
    u.foldCase();  // ICU data missing: fold at least
  }
  strip_diacritics(u);

  std::string out;
  out.reserve(s.size());
  SpaceJoiner joiner(out, true);
  for (int32_t i = 0; i < u.length();) {
    const UChar32 cp = u.char32At(i);
    i += U16_LENGTH(cp);
    const auto c =
        static_cast<char32_t>(U_IS_SURROGATE(cp) ? static_cast<UChar32>(kReplacement) : cp);
    if (is_white_space(c)) {
      joiner.space();
    } else {
      joiner.add(c, classify(c));
    }
  }
  joiner.finish();
  return out;
}

namespace {

// Calls fn(word) for each word segment of already normalised text (rule status other than
// WORD_NONE).
template <typename Fn>
void for_each_word(const std::string& n, Fn&& fn) {
  if (n.empty()) return;
  icu::BreakIterator* bi = word_iterator();
  if (bi == nullptr) {
    // No ICU break rules: fall back to space-separated tokens that contain a letter or digit.
    std::size_t i = 0;
    while (i < n.size()) {
      std::size_t j = n.find(' ', i);
      if (j == std::string::npos) j = n.size();
      std::string_view t(n.data() + i, j - i);
      if (std::any_of(t.begin(), t.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80);
          }))
        fn(t);
      i = j + 1;
    }
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, n.data(), static_cast<int64_t>(n.size()),
                 &status);  // offsets stay UTF-8 bytes
  if (U_FAILURE(status)) {
    utext_close(&ut);
    return;
  }
  bi->setText(&ut, status);
  if (U_SUCCESS(status)) {
    int32_t start = bi->first();
    for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
      if (bi->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
        fn(std::string_view(n.data() + start, static_cast<std::size_t>(end - start)));
    }
  }
  // Detach the iterator from our buffer before it goes away.
  UErrorCode reset_status = U_ZERO_ERROR;
  UText empty = UTEXT_INITIALIZER;
  utext_openUTF8(&empty, "", 0, &reset_status);
  bi->setText(&empty, reset_status);
  utext_close(&empty);
  utext_close(&ut);
}

}  // namespace

std::vector<std::string> words(std::string_view s) {
  const std::string n = normalize(s);
  std::vector<std::string> out;
  for_each_word(n, [&](std::string_view w) { out.emplace_back(w); });
  return out;
}

std::size_t word_count(std::string_view word_string) {
  if (word_string.empty()) return 0;
  return static_cast<std::size_t>(std::count(word_string.begin(), word_string.end(), ' ')) + 1;
}

std::string without_asides(std::string_view s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(') {
      ++depth;
    } else if (c == ')' && depth > 0) {
      --depth;
      out += ' ';
    } else if (depth == 0) {
      out += c;
    }
  }
  return out;
}

bool has_letter(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(std::min<std::size_t>(s.size(), INT32_MAX));
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c > 0 && u_isalpha(c)) return true;
  }
  return false;
}

std::string word_string(std::string_view s) {
  const std::string n = normalize(s);
  std::string out;
  out.reserve(n.size());
  for_each_word(n, [&](std::string_view w) {
    if (!out.empty()) out.push_back(' ');
    out.append(w);
  });
  return out;
}

namespace {

// Zero-width characters that only steer line breaking or joining: dropped from evidence text.
bool is_zero_width(char32_t c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
         c == 0x180E;
}

bool is_emoji_part(char32_t c) {
  return c == 0xFE0F || (c >= 0x1F3FB && c <= 0x1F3FF) ||
         u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC);
}

}  // namespace

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  SpaceJoiner joiner(out, false);
  char32_t previous = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::int32_t cp;
    i += decode_utf8(s, i, cp);
    const char32_t c = cp < 0 ? kReplacement : static_cast<char32_t>(cp);
    if (c >= 0x80 && is_zero_width(c)) {
      // Keep a ZWJ inside an emoji sequence ("👨‍👩‍👧"): there it is part of the
      // picture.
      bool keep = false;
      if (c == 0x200D && i < s.size() && is_emoji_part(previous)) {
        std::int32_t next;
        decode_utf8(s, i, next);
        keep = next >= 0 && is_emoji_part(static_cast<char32_t>(next));
      }
      if (!keep) continue;
    }
    if (is_white_space(c)) {
      joiner.space();
    } else {
      joiner.add(c, CharClass::kOther);
    }
    previous = c;
  }
  joiner.finish();
  return out;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string collapse_lines(std::string_view s) {
  std::string out;
  std::size_t from = 0;
  while (from <= s.size()) {
    std::size_t nl = s.find('\n', from);
    if (nl == std::string_view::npos) nl = s.size();
    std::string line = collapse_space(s.substr(from, nl - from));
    if (!line.empty()) {
      if (!out.empty()) out += '\n';
      out += line;
    }
    from = nl + 1;
  }
  return out;
}

std::string truncate_utf8(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  std::size_t cut = max_bytes;
  // Step back over at most three continuation bytes to the start of the code point being cut.
  for (int k = 0; k < 3 && cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80; ++k)
    --cut;
  if ((static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
    cut = max_bytes;  // not UTF-8 here anyway
  std::string out;
  out.reserve(cut + 3);
  out.append(s.substr(0, cut));
  out.append("\u2026");
  return out;
}

std::size_t find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Skip ASCII eight bytes at a time.
    while (i + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= s.size()) break;
    std::int32_t cp;
    const std::size_t len = decode_utf8(s, i, cp);
    if (cp < 0) return i;
    i += len;
  }
  return std::string::npos;
}

}  // namespace kw::text
