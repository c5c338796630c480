// Names of outcomes and languages: the strings are part of the wire format.
#include "catalogue/severity.h"

namespace kw {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::kPass:
      return "pass";
    case Severity::kNeedsReview:
      return "needs-review";
    case Severity::kWarning:
      return "warning";
    case Severity::kViolation:
      return "violation";
  }
  return "pass";
}

std::optional<Severity> severity_from_name(std::string_view name) {
  if (name == "pass") return Severity::kPass;
  if (name == "needs-review") return Severity::kNeedsReview;
  if (name == "warning") return Severity::kWarning;
  if (name == "violation") return Severity::kViolation;
  return std::nullopt;
}

std::optional<Lang> lang_from_name(std::string_view name) {
  if (name == "nl") return Lang::kNl;
  if (name == "en") return Lang::kEn;
  return std::nullopt;
}

}  // namespace kw
