// The native host loop (see native_host.h): reads a frame, checks UTF-8 and JSON, lets Protocol
// answer, and writes the reply within the browser's 1 MiB limit. One place decides how a session
// ends.
#include "native_host.h"

#include <cstdlib>
#include <fstream>

#include "frame_reader.h"
#include "frame_writer.h"
#include "protocol.h"
#include "text/normalize.h"

namespace kw::native {

using nlohmann::json;

namespace {

// For tests of the privacy promise: with KASSAWACHT_RECORD set, every frame received is appended
// to that file, so a test can search what the extension really sent.
void record(const std::string& body) {
  static const char* path = std::getenv("KASSAWACHT_RECORD");
  if (path == nullptr || *path == '\0') return;
  std::ofstream out(path, std::ios::app | std::ios::binary);
  out << body << '\n';
}

}  // namespace

HostExit serve(int in_fd, int out_fd, const Result<Catalogue>& catalogue, std::ostream& log) {
  SessionStore sessions;
  Protocol protocol(&catalogue, &sessions);
  FrameReader reader(in_fd);
  FrameWriter writer(out_fd);
  auto reply = [&](const json& r) {
    if (!writer.write(serialise_within(r, kMaxOutputFrameBytes))) {
      log << "kassawacht: cannot write a reply; the browser closed the port\n";
      return false;
    }
    return true;
  };

  for (;;) {
    ReadResult in = reader.next();
    switch (in.status) {
      case ReadStatus::kEof:
        return HostExit::kClean;
      case ReadStatus::kTooLarge:
        log << "kassawacht: frame of " << in.declared << " bytes is over the limit\n";
        reply(Protocol::error_reply({ErrorCode::kFrameTooLarge,
                                     "message of " + std::to_string(in.declared) +
                                         " bytes is over the limit of " +
                                         std::to_string(kMaxInputFrameBytes) + " bytes; closing",
                                     "header"}));
        return HostExit::kFrameTooLarge;
      case ReadStatus::kTruncated: {
        // A cut header has no declared length yet (declared == 0); a cut body always has one.
        const std::string what = in.declared == 0
                                     ? "the stream ended inside the 4-byte length header (" +
                                           std::to_string(in.received) + " bytes)"
                                     : "the stream ended after " + std::to_string(in.received) +
                                           " of " + std::to_string(in.declared) + " declared bytes";
        log << "kassawacht: " << what << "\n";
        reply(Protocol::error_reply({ErrorCode::kFrameTruncated, what + "; closing",
                                     "byte " + std::to_string(in.received)}));
        return HostExit::kFrameTruncated;
      }
      case ReadStatus::kIoError:
        log << "kassawacht: read failed: " << in.detail << "\n";
        return HostExit::kIoError;
      case ReadStatus::kFrame:
        break;
    }
    record(in.body);
    if (std::size_t bad = text::find_invalid_utf8(in.body); bad != std::string::npos) {
      if (!reply(Protocol::error_reply({ErrorCode::kInvalidUtf8, "the message is not valid UTF-8",
                                        "byte " + std::to_string(bad)}))) {
        return HostExit::kIoError;
      }
      continue;
    }
    json request;
    try {
      request = json::parse(in.body);
    } catch (const json::parse_error& e) {
      if (!reply(Protocol::error_reply({ErrorCode::kInvalidJson, "the message is not valid JSON",
                                        "byte " + std::to_string(e.byte > 0 ? e.byte - 1 : 0)}))) {
        return HostExit::kIoError;
      }
      continue;
    }
    if (!reply(protocol.handle(request))) return HostExit::kIoError;
  }
}

}  // namespace kw::native
