// Reads one native-messaging frame at a time from a descriptor, so the front end never sees a
// partial message and can tell a clean end of stream from a broken or hostile one.
#include "frame_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <unistd.h>

#ifdef _WIN32
// Nothing here yet. stdin must be in binary mode (_setmode(_fileno(stdin), _O_BINARY)) or the CRT
// turns CR LF into LF and stops at ^Z inside a frame; main makes that switch before the first
// FrameReader is built. This file is POSIX (read(2)) and would need a ReadFile variant here.
#endif

namespace kw::native {

namespace {

// The body grows in steps as bytes arrive instead of being allocated at the declared size, so a
// stream that declares 60 MiB and sends 10 bytes costs one step, not 60 MiB.
constexpr std::size_t kGrowStep = 64u * 1024u;

constexpr std::size_t kHeaderBytes = sizeof(std::uint32_t);

enum class Fill { kFull, kEof, kError };

// Reads until `want` bytes are at `buf` or the stream ends; `got` counts what arrived either way.
// EINTR is retried; any other error leaves errno for the caller.
Fill read_fully(int fd, char* buf, std::size_t want, std::size_t& got) {
  got = 0;
  while (got < want) {
    const ssize_t n = ::read(fd, buf + got, want - got);
    if (n > 0) {
      got += static_cast<std::size_t>(n);
    } else if (n == 0) {
      return Fill::kEof;
    } else if (errno != EINTR) {
      return Fill::kError;
    }
  }
  return Fill::kFull;
}

ReadResult io_error(int err, std::uint64_t declared, std::uint64_t received) {
  ReadResult r;
  r.status = ReadStatus::kIoError;
  r.declared = declared;
  r.received = received;
  r.detail =
      std::system_category().message(err);  // strerror text, without strerror's static buffer
  return r;
}

}  // namespace

FrameReader::FrameReader(int fd, std::size_t max_bytes) : fd_(fd), max_bytes_(max_bytes) {}

ReadResult FrameReader::next() {
  ReadResult r;

  char header[kHeaderBytes];
  std::size_t got = 0;
  switch (read_fully(fd_, header, kHeaderBytes, got)) {
    case Fill::kFull:
      break;
    case Fill::kEof:
      // Nothing at all is a clean end; part of a header is a cut stream. The length is unknown
      // then, so `declared` stays 0 and `received` counts header bytes (a truncated body always has
      // declared > 0, which tells the two apart).
      r.status = got == 0 ? ReadStatus::kEof : ReadStatus::kTruncated;
      r.received = got;
      return r;
    case Fill::kError:
      return io_error(errno, 0, got);
  }

  std::uint32_t length = 0;
  std::memcpy(&length, header, kHeaderBytes);  // native byte order, as browsers write it
  r.declared = length;

  if (length > max_bytes_) {
    r.status = ReadStatus::kTooLarge;  // the body is left unread and nothing is allocated for it
    return r;
  }

  const std::size_t declared = length;
  std::size_t received = 0;
  while (received < declared) {
    const std::size_t target =
        std::min(declared, std::max(received + kGrowStep, received * 2));  // amortised growth
    r.body.resize(target);
    std::size_t n = 0;
    const Fill fill = read_fully(fd_, r.body.data() + received, target - received, n);
    received += n;
    if (fill == Fill::kEof) {
      r.status = ReadStatus::kTruncated;
      r.received = received;
      r.body = std::string();  // body is for kFrame only; give the memory back
      return r;
    }
    if (fill == Fill::kError) return io_error(errno, declared, received);
  }

  r.status = ReadStatus::kFrame;
  r.received = received;
  return r;
}

}  // namespace kw::native
