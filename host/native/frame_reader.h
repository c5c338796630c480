// Reads native-messaging frames (uint32 length in native byte order, then that many bytes of UTF-8
// JSON) from a file descriptor, handling short reads, and tells each way a stream can go wrong
// apart.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace kw::native {

// Chrome sends at most 64 MiB to a host; a larger declared length is a broken or hostile stream,
// and allocating it would let one message take the host's memory.
inline constexpr std::size_t kMaxInputFrameBytes = 64u * 1024u * 1024u;

enum class ReadStatus {
  kFrame,      // `body` holds one whole frame (possibly empty: a zero length is a frame)
  kEof,        // the stream ended cleanly, before the first byte of a header
  kTooLarge,   // the declared length is over the limit; nothing of the body was read
  kTruncated,  // the stream ended inside a header or before the declared length arrived
  kIoError,    // read(2) failed (other than EINTR)
};

struct ReadResult {
  ReadStatus status = ReadStatus::kEof;
  std::string body;            // kFrame only
  std::uint64_t declared = 0;  // the declared length (kFrame, kTooLarge, kTruncated)
  std::uint64_t received = 0;  // bytes of the body (or header) actually received before the end
  std::string detail;          // for kIoError: strerror text
};

// Not thread-safe; one reader per stream. Does not own the descriptor.
class FrameReader {
 public:
  explicit FrameReader(int fd, std::size_t max_bytes = kMaxInputFrameBytes);

  // Blocks until one frame, the end of the stream or an error. After anything but kFrame, the
  // stream is no longer in sync and the caller should stop reading.
  ReadResult next();

 private:
  int fd_;
  std::size_t max_bytes_;
};

}  // namespace kw::native
