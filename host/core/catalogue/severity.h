// The four outcomes a check can give, defined once (like axe-core's constants): order is priority.
#pragma once

#include <optional>
#include <string_view>

namespace kw {

enum class Severity { kPass = 0, kNeedsReview = 1, kWarning = 2, kViolation = 3 };

std::string_view severity_name(Severity s);  // "pass", "needs-review", "warning", "violation"
std::optional<Severity> severity_from_name(std::string_view name);

enum class Lang { kNl, kEn };
std::optional<Lang> lang_from_name(std::string_view name);  // "nl" or "en"

}  // namespace kw
