// Writes native-messaging frames to a file descriptor; the only code that writes to the host's
// stdout.
#pragma once

#include <cstddef>
#include <string_view>

namespace kw::native {

// A host may send at most 1 MiB per message (Chromium kMaximumNativeMessageSize, Firefox MAX_READ);
// over it the browser closes the port.
inline constexpr std::size_t kMaxOutputFrameBytes = 1024u * 1024u;

// Not thread-safe. Does not own the descriptor. The first failure sticks: later writes are refused,
// as in Chromium's native_messaging_writer.
class FrameWriter {
 public:
  explicit FrameWriter(int fd) : fd_(fd) {}

  // Writes the 4-byte length and `body` in full (short writes and EINTR handled). Returns false
  // when `body` is over kMaxOutputFrameBytes (nothing is written) or the write failed.
  bool write(std::string_view body);

  bool failed() const { return failed_; }

 private:
  int fd_;
  bool failed_ = false;
};

}  // namespace kw::native
