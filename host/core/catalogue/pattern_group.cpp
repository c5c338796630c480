// Compiles a rule's pattern list once into an RE2::Set (one pass to learn which patterns match)
// plus one RE2 per pattern (for the span of a match, which a Set cannot give).
#include "catalogue/pattern_group.h"

#include <algorithm>

namespace kw {

namespace {

RE2::Options pattern_options() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_max_mem(8 << 20);  // a rule pattern that needs more is a mistake, not a need
  return o;
}

}  // namespace

Result<PatternGroup> PatternGroup::compile(const std::vector<std::string>& patterns,
                                           std::string_view where) {
  PatternGroup g;
  g.set_ = std::make_unique<RE2::Set>(pattern_options(), RE2::UNANCHORED);
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    const std::string& p = patterns[i];
    std::string error;
    auto re = std::make_unique<RE2>(p, pattern_options());
    if (!re->ok()) {
      return Error{ErrorCode::kPatternInvalid,
                   "pattern \"" + p + "\" does not compile: " + re->error(),
                   std::string(where) + "[" + std::to_string(i) + "]"};
    }
    if (g.set_->Add(p, &error) < 0) {
      return Error{ErrorCode::kPatternInvalid, "pattern \"" + p + "\" rejected: " + error,
                   std::string(where) + "[" + std::to_string(i) + "]"};
    }
    g.each_.push_back(std::move(re));
    g.sources_.push_back(p);
  }
  if (!g.set_->Compile()) {
    return Error{ErrorCode::kPatternInvalid, "the patterns together exceed re2's memory budget",
                 std::string(where)};
  }
  return g;
}

bool PatternGroup::any(std::string_view text) const {
  if (each_.empty()) return false;
  return set_->Match(text, nullptr);
}

std::vector<int> PatternGroup::matching(std::string_view text) const {
  std::vector<int> out;
  if (each_.empty()) return out;
  set_->Match(text, &out);
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::pair<std::size_t, std::size_t>> PatternGroup::first_span(
    std::string_view text) const {
  std::optional<std::pair<std::size_t, std::size_t>> best;
  for (int i : matching(text)) {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    if (each_[static_cast<std::size_t>(i)]->Match(input, 0, input.size(), RE2::UNANCHORED, &match,
                                                  1)) {
      std::size_t b = static_cast<std::size_t>(match.data() - text.data());
      std::pair<std::size_t, std::size_t> span{b, b + match.size()};
      if (!best || span.first < best->first ||
          (span.first == best->first && span.second > best->second)) {
        best = span;
      }
    }
  }
  return best;
}

std::string PatternGroup::first_match(std::string_view text) const {
  auto span = first_span(text);
  if (!span) return {};
  return std::string(text.substr(span->first, span->second - span->first));
}

std::string PatternGroup::masked(std::string_view text) const {
  std::string out(text);
  for (int i : matching(text)) {
    const RE2& re = *each_[static_cast<std::size_t>(i)];
    std::size_t pos = 0;
    re2::StringPiece match;
    while (pos <= text.size() && re.Match(re2::StringPiece(text.data(), text.size()), pos,
                                          text.size(), RE2::UNANCHORED, &match, 1)) {
      const auto b = static_cast<std::size_t>(match.data() - text.data());
      std::fill(out.begin() + static_cast<std::ptrdiff_t>(b),
                out.begin() + static_cast<std::ptrdiff_t>(b + match.size()), ' ');
      pos = match.empty() ? b + 1 : b + match.size();
    }
  }
  return out;
}

}  // namespace kw
