// The numbered error codes are a wire contract (native replies, CLI JSON); never renumber.
// docs/errors.md lists them with what each means.
#pragma once

#include <string_view>

namespace kw {

enum class ErrorCode : int {
  kInternal = 1,           // a bug: an exception reached a front end
  kInvalidUtf8 = 10,       // a message or file is not valid UTF-8
  kInvalidJson = 11,       // not parseable JSON
  kFrameTooLarge = 12,     // declared frame length over the input limit
  kFrameTruncated = 13,    // the stream ended before the declared length arrived
  kUnknownMessage = 14,    // a native message with an unknown "type"
  kBadRequest = 15,        // a native message missing a required field
  kSnapshotInvalid = 20,   // the snapshot breaks the contract (docs/snapshot.md)
  kSnapshotVersion = 21,   // snapshot schema version not supported
  kHtmlUnreadable = 22,    // an HTML input could not be read or parsed
  kCatalogueInvalid = 30,  // a rule file breaks the catalogue format
  kPatternInvalid = 31,    // a rule pattern does not compile in re2
  kFileUnreadable = 40,    // an input file could not be opened or read
  kUsage = 50,             // bad command-line usage
};

// A stable, lower-case name for each code ("invalid-json"), used beside the number.
std::string_view error_name(ErrorCode code);

}  // namespace kw
