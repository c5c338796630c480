// The one text normaliser. Every rule sees shop text through it, so that "Bestel­ling", "B E S T E
// L", "ﬁ" and "geïnformeerd" compare the way a reader sees them. Built on ICU; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kw::text {

// Returns `s` as rules match it: NFKC (ligatures, full-width forms, NBSP), default-ignorable code
// points removed (soft hyphen, zero-width space/joiners, BOM), Dutch case folding, diacritics
// removed, every run of white space collapsed to one ASCII space, trimmed, and letter-spaced words
// ("b e s t e l") joined. Punctuation, digits, currency signs and symbols are kept. Invalid UTF-8
// is replaced by U+FFFD.
std::string normalize(std::string_view s);

// Returns the words of `s` after normalize(), split with ICU's word break iterator (Dutch rules):
// punctuation, symbols, emoji and arrows are dropped; numbers are kept as words ("25,00").
std::vector<std::string> words(std::string_view s);

// Returns words(s) joined by single spaces: the form keyword patterns are matched against.
std::string word_string(std::string_view s);

// The number of words in a word_string() (none in ""): how long a line or a sentence is.
std::size_t word_count(std::string_view word_string);

// Whether `s` (UTF-8) holds a letter in any script: a name or a label, not a bare number, amount
// or separator ("12", "€", "·").
bool has_letter(std::string_view s);

// Returns `s` without its remarks in brackets: "Ticketverzekering bij ziekte (door jou gekozen in
// stap 1)" is the line "Ticketverzekering bij ziekte", as it was offered. An unclosed bracket runs
// to the end.
std::string without_asides(std::string_view s);

// Returns `s` with white space collapsed and trimmed but otherwise untouched: for evidence shown to
// people.
std::string collapse_space(std::string_view s);

// `s` with ASCII capitals lower-cased and every other byte kept, so byte offsets stay valid: for
// tag names, attribute values and addresses, which are not Dutch text (that is normalize()).
std::string lower_ascii(std::string_view s);

// collapse_space() per line, keeping one "\n" between non-empty lines: a snapshot's own text keeps
// the line breaks (<br>) that set an address's name, street and town apart.
std::string collapse_lines(std::string_view s);

// Returns at most `max_bytes` of `s`, cut on a UTF-8 code point boundary, with "…" added when cut
// (the three bytes of "…" come on top of `max_bytes`).
std::string truncate_utf8(std::string_view s, std::size_t max_bytes);

// Returns the byte offset of the first invalid UTF-8 sequence in `s`, or npos when it is valid.
std::size_t find_invalid_utf8(std::string_view s);

}  // namespace kw::text
