// Names for the numbered error codes; the switch is exhaustive so a new code cannot go unnamed.
#include "error_codes.h"

namespace kw {

std::string_view error_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInternal:
      return "internal";
    case ErrorCode::kInvalidUtf8:
      return "invalid-utf8";
    case ErrorCode::kInvalidJson:
      return "invalid-json";
    case ErrorCode::kFrameTooLarge:
      return "frame-too-large";
    case ErrorCode::kFrameTruncated:
      return "frame-truncated";
    case ErrorCode::kUnknownMessage:
      return "unknown-message";
    case ErrorCode::kBadRequest:
      return "bad-request";
    case ErrorCode::kSnapshotInvalid:
      return "snapshot-invalid";
    case ErrorCode::kSnapshotVersion:
      return "snapshot-version";
    case ErrorCode::kHtmlUnreadable:
      return "html-unreadable";
    case ErrorCode::kCatalogueInvalid:
      return "catalogue-invalid";
    case ErrorCode::kPatternInvalid:
      return "pattern-invalid";
    case ErrorCode::kFileUnreadable:
      return "file-unreadable";
    case ErrorCode::kUsage:
      return "usage";
  }
  return "unknown";
}

}  // namespace kw
