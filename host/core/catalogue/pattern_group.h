// A named list of re2 patterns from a rule file, compiled once and matched in one pass with
// RE2::Set. Patterns run over text::word_string() or text::normalize() output: lower case, no
// diacritics.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "result.h"

namespace kw {

// Thread-safe for matching once built; movable, not copyable (like RE2::Set).
class PatternGroup {
 public:
  // Returns the compiled group, or an error naming `where` and the pattern that failed. Patterns
  // are unanchored; an empty list is allowed and matches nothing.
  static Result<PatternGroup> compile(const std::vector<std::string>& patterns,
                                      std::string_view where);

  PatternGroup() = default;
  PatternGroup(PatternGroup&&) noexcept = default;
  PatternGroup& operator=(PatternGroup&&) noexcept = default;

  // Returns true when any pattern matches somewhere in `text`.
  bool any(std::string_view text) const;

  // Returns the indices of the patterns that match `text`, sorted.
  std::vector<int> matching(std::string_view text) const;

  // Returns the byte span of the earliest match of any pattern in `text`.
  std::optional<std::pair<std::size_t, std::size_t>> first_span(std::string_view text) const;

  // Returns the matched text of the earliest match, or empty.
  std::string first_match(std::string_view text) const;

  // Returns `text` with every match of every pattern overwritten by spaces (same length, so spans
  // stay valid). Lets a rule say "this phrase is not what the other group means", e.g. a "niet
  // goed, geld terug garantie" is no product guarantee, without losing the rest of the sentence.
  std::string masked(std::string_view text) const;

  std::size_t size() const { return sources_.size(); }
  const std::string& source(int i) const { return sources_.at(static_cast<std::size_t>(i)); }

 private:
  std::vector<std::string> sources_;
  std::unique_ptr<RE2::Set> set_;
  std::vector<std::unique_ptr<RE2>> each_;
};

}  // namespace kw
