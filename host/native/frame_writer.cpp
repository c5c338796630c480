// Writes whole native-messaging frames (native-order uint32 length, then the body) to a descriptor,
// so the browser never sees a header without its body or a message it would close the port over.
#include "frame_writer.h"

#include <cerrno>
#include <cstdint>
#include <cstring>

#include <sys/uio.h>
#include <unistd.h>

#ifdef _WIN32
// Nothing here yet. stdout must be in binary mode (_setmode(_fileno(stdout), _O_BINARY)) or the CRT
// turns every LF in a body into CR LF and the length no longer matches; main makes that switch
// before the first FrameWriter is built. This file is POSIX (writev(2)) and would need a WriteFile
// variant here.
#endif

namespace kw::native {

namespace {

// Writes every byte of the two buffers, resuming after short writes and EINTR. False on any other
// error, including EPIPE when the browser has closed the pipe. This file installs no signal
// handler: a write to a closed pipe raises SIGPIPE, which main ignores so that the write fails with
// EPIPE here instead of killing the process.
bool write_fully(int fd, const char* a, std::size_t a_len, const char* b, std::size_t b_len) {
  iovec iov[2];
  iov[0].iov_base = const_cast<char*>(a);  // iovec is not const-correct; writev only reads
  iov[0].iov_len = a_len;
  iov[1].iov_base = const_cast<char*>(b);
  iov[1].iov_len = b_len;
  iovec* cur = iov;
  int count = b_len == 0 ? 1 : 2;

  while (count > 0) {
    const ssize_t n = ::writev(fd, cur, count);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (n == 0) return false;  // no progress and no error: give up rather than spin
    auto left = static_cast<std::size_t>(n);
    while (count > 0 && left >= cur->iov_len) {
      left -= cur->iov_len;
      ++cur;
      --count;
    }
    if (count > 0) {
      cur->iov_base = static_cast<char*>(cur->iov_base) + left;
      cur->iov_len -= left;
    }
  }
  return true;
}

}  // namespace

bool FrameWriter::write(std::string_view body) {
  if (failed_) return false;

  // An oversized body is refused before anything is written, and the refusal is deliberately NOT
  // sticky: the stream is still in sync, so the caller may shrink the message (e.g. drop detail)
  // and write again. Only a failed write sets failed_, because then part of a frame may be on the
  // pipe.
  if (body.size() > kMaxOutputFrameBytes) return false;

  const auto length = static_cast<std::uint32_t>(body.size());
  char header[sizeof length];
  std::memcpy(header, &length, sizeof length);  // native byte order, as browsers read it

  if (!write_fully(fd_, header, sizeof header, body.data(), body.size())) {
    failed_ = true;
    return false;
  }
  return true;
}

}  // namespace kw::native
