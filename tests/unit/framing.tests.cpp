// Drives FrameReader and FrameWriter through real pipes, with threads for slow or split delivery,
// so every way a browser stream can arrive, end or break is checked on bytes rather than on
// statuses.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <thread>

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include "frame_reader.h"
#include "frame_writer.h"

// The largest single allocation since the last reset, to prove a huge declared length is not
// allocated up front. Replacing the global operator new is allowed and affects this binary only.
namespace {
std::atomic<std::size_t> g_largest_alloc{0};
}  // namespace

void* operator new(std::size_t n) {
  std::size_t prev = g_largest_alloc.load(std::memory_order_relaxed);
  while (n > prev && !g_largest_alloc.compare_exchange_weak(prev, n, std::memory_order_relaxed)) {
  }
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
  return ::operator new(n);
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return ::operator new(n);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}
void* operator new[](std::size_t n, const std::nothrow_t& tag) noexcept {
  return ::operator new(n, tag);
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete[](void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}

namespace {

using kw::native::FrameReader;
using kw::native::FrameWriter;
using kw::native::kMaxInputFrameBytes;
using kw::native::kMaxOutputFrameBytes;
using kw::native::ReadResult;
using kw::native::ReadStatus;

using namespace std::chrono_literals;

struct Pipe {
  int r = -1;
  int w = -1;
  Pipe() {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    r = fds[0];
    w = fds[1];
  }
  ~Pipe() {
    close_read();
    close_write();
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  void close_read() {
    if (r >= 0) ::close(r);
    r = -1;
  }
  void close_write() {
    if (w >= 0) ::close(w);
    w = -1;
  }
};

std::string header(std::uint32_t length) {
  std::string h(sizeof length, '\0');
  std::memcpy(h.data(), &length, sizeof length);  // native byte order, as browsers write it
  return h;
}

std::string frame(std::string_view body) {
  return header(static_cast<std::uint32_t>(body.size())) + std::string(body);
}

// Text without a short period, so a misplaced chunk would not compare equal by accident.
std::string pattern(std::size_t n) {
  std::string s(n, '\0');
  for (std::size_t i = 0; i < n; ++i) s[i] = static_cast<char>('a' + (i * 7 + i / 13) % 26);
  return s;
}

bool send_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// Reads exactly n raw bytes (or fewer at end of stream), bypassing FrameReader.
std::string read_raw(int fd, std::size_t n) {
  std::string out(n, '\0');
  std::size_t got = 0;
  while (got < n) {
    const ssize_t k = ::read(fd, out.data() + got, n - got);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) break;
    got += static_cast<std::size_t>(k);
  }
  out.resize(got);
  return out;
}

bool has_data(int fd) {
  pollfd p{fd, POLLIN, 0};
  return ::poll(&p, 1, 0) == 1 && (p.revents & POLLIN) != 0;
}

std::atomic<int> g_signals_seen{0};

// Installs a handler without SA_RESTART so that a blocked read(2) or write(2) returns EINTR.
class InterruptingSignal {
 public:
  explicit InterruptingSignal(int sig) : sig_(sig) {
    struct sigaction sa {};
    sa.sa_handler = [](int) { g_signals_seen.fetch_add(1, std::memory_order_relaxed); };
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    ::sigaction(sig_, &sa, &old_);
  }
  ~InterruptingSignal() { ::sigaction(sig_, &old_, nullptr); }
  InterruptingSignal(const InterruptingSignal&) = delete;
  InterruptingSignal& operator=(const InterruptingSignal&) = delete;

 private:
  int sig_;
  struct sigaction old_ {};
};

class IgnoredSigpipe {
 public:
  IgnoredSigpipe() : old_(std::signal(SIGPIPE, SIG_IGN)) {}
  ~IgnoredSigpipe() { std::signal(SIGPIPE, old_); }
  IgnoredSigpipe(const IgnoredSigpipe&) = delete;
  IgnoredSigpipe& operator=(const IgnoredSigpipe&) = delete;

 private:
  void (*old_)(int);
};

}  // namespace

TEST_CASE("FrameReader returns each frame whole however the bytes arrive", "[framing]") {
  Pipe p;

  SECTION("a single frame is returned with its declared length and then the stream ends cleanly") {
    REQUIRE(send_all(p.w, frame(R"({"type":"ping"})")));
    p.close_write();
    FrameReader reader(p.r);

    const ReadResult r = reader.next();
    CHECK(r.status == ReadStatus::kFrame);
    CHECK(r.body == R"({"type":"ping"})");
    CHECK(r.declared == 15);
    CHECK(r.received == 15);
    CHECK(reader.next().status == ReadStatus::kEof);
  }

  SECTION("frames written back to back in one write come out one per call, in order") {
    REQUIRE(send_all(p.w, frame(R"({"n":1})") + frame(R"({"n":22})") + frame(R"({"n":333})")));
    p.close_write();
    FrameReader reader(p.r);

    const ReadResult a = reader.next();
    const ReadResult b = reader.next();
    const ReadResult c = reader.next();
    CHECK(a.status == ReadStatus::kFrame);
    CHECK(a.body == R"({"n":1})");
    CHECK(b.status == ReadStatus::kFrame);
    CHECK(b.body == R"({"n":22})");
    CHECK(c.status == ReadStatus::kFrame);
    CHECK(c.body == R"({"n":333})");
    CHECK(reader.next().status == ReadStatus::kEof);
  }

  SECTION("a frame delivered one byte at a time is reassembled") {
    const std::string body = R"({"msg":"one byte at a time"})";
    const std::string bytes = frame(body) + frame("{}");
    std::jthread feeder([&] {
      for (char ch : bytes) {
        send_all(p.w, std::string_view(&ch, 1));
        std::this_thread::sleep_for(1ms);
      }
      p.close_write();
    });
    FrameReader reader(p.r);
    const ReadResult first = reader.next();
    const ReadResult second = reader.next();
    const ReadResult end = reader.next();
    feeder.join();

    CHECK(first.status == ReadStatus::kFrame);
    CHECK(first.body == body);
    CHECK(second.status == ReadStatus::kFrame);
    CHECK(second.body == "{}");
    CHECK(end.status == ReadStatus::kEof);
  }

  SECTION(
      "a body larger than the growth step delivered in odd-sized pieces is reassembled exactly") {
    const std::string body = pattern(300 * 1024 + 17);
    const std::string bytes = frame(body) + frame(R"({"after":true})");
    std::jthread feeder([&] {
      std::string_view rest = bytes;
      while (!rest.empty()) {
        const std::size_t n = std::min<std::size_t>(7919, rest.size());
        send_all(p.w, rest.substr(0, n));
        rest.remove_prefix(n);
      }
      p.close_write();
    });
    FrameReader reader(p.r);
    const ReadResult big = reader.next();
    const ReadResult after = reader.next();
    feeder.join();

    CHECK(big.status == ReadStatus::kFrame);
    CHECK(big.declared == body.size());
    CHECK(big.body.size() == body.size());
    CHECK(big.body == body);
    CHECK(after.status == ReadStatus::kFrame);
    CHECK(after.body == R"({"after":true})");
  }

  SECTION("a zero-length frame is a frame with an empty body and the next frame still follows") {
    REQUIRE(send_all(p.w, frame("") + frame(R"({"ok":1})")));
    p.close_write();
    FrameReader reader(p.r);

    const ReadResult empty = reader.next();
    CHECK(empty.status == ReadStatus::kFrame);
    CHECK(empty.body.empty());
    CHECK(empty.declared == 0);
    const ReadResult next = reader.next();
    CHECK(next.status == ReadStatus::kFrame);
    CHECK(next.body == R"({"ok":1})");
    CHECK(reader.next().status == ReadStatus::kEof);
  }

  SECTION("a read interrupted by a signal is resumed rather than reported as an error") {
    InterruptingSignal usr1(SIGUSR1);
    const int seen_before = g_signals_seen.load();
    const std::string body = R"({"after":"interruptions"})";
    ReadResult r;
    std::jthread reader_thread([&] { r = FrameReader(p.r).next(); });

    // Interrupt while blocked in the header, then while blocked in the body.
    std::this_thread::sleep_for(50ms);
    ::pthread_kill(reader_thread.native_handle(), SIGUSR1);
    std::this_thread::sleep_for(20ms);
    const std::string bytes = frame(body);
    send_all(p.w, bytes.substr(0, 6));
    std::this_thread::sleep_for(50ms);
    ::pthread_kill(reader_thread.native_handle(), SIGUSR1);
    std::this_thread::sleep_for(20ms);
    send_all(p.w, bytes.substr(6));
    p.close_write();
    reader_thread.join();

    CHECK(g_signals_seen.load() - seen_before == 2);
    CHECK(r.status == ReadStatus::kFrame);
    CHECK(r.detail.empty());
    CHECK(r.body == body);
  }
}

TEST_CASE("FrameReader tells apart the ways a stream can end or break", "[framing]") {
  Pipe p;

  SECTION("a stream closed before any byte is a clean end, and stays one") {
    p.close_write();
    FrameReader reader(p.r);

    const ReadResult r = reader.next();
    CHECK(r.status == ReadStatus::kEof);
    CHECK(r.body.empty());
    CHECK(r.declared == 0);
    CHECK(r.received == 0);
    CHECK(reader.next().status == ReadStatus::kEof);
  }

  SECTION("a stream closed inside the header is truncated, counting the header bytes received") {
    REQUIRE(send_all(p.w, header(100).substr(0, 2)));
    p.close_write();

    const ReadResult r = FrameReader(p.r).next();
    CHECK(r.status == ReadStatus::kTruncated);
    CHECK(r.declared == 0);  // the length never arrived
    CHECK(r.received == 2);
    CHECK(r.body.empty());
  }

  SECTION("a stream closed inside the body is truncated, with the declared and received lengths") {
    REQUIRE(send_all(p.w, header(100) + R"({"a":"bcd")"));
    p.close_write();

    const ReadResult r = FrameReader(p.r).next();
    CHECK(r.status == ReadStatus::kTruncated);
    CHECK(r.declared == 100);
    CHECK(r.received == 10);
    CHECK(r.body.empty());
  }

  SECTION("a stream closed inside the second frame still returns the first one whole") {
    REQUIRE(send_all(p.w, frame(R"({"first":1})") + header(50) + "{"));
    p.close_write();
    FrameReader reader(p.r);

    const ReadResult first = reader.next();
    CHECK(first.status == ReadStatus::kFrame);
    CHECK(first.body == R"({"first":1})");
    const ReadResult second = reader.next();
    CHECK(second.status == ReadStatus::kTruncated);
    CHECK(second.declared == 50);
    CHECK(second.received == 1);
  }

  SECTION("a read(2) error is an I/O error carrying the strerror text") {
    // Reading the write end of a pipe fails with EBADF.
    const ReadResult r = FrameReader(p.w).next();
    CHECK(r.status == ReadStatus::kIoError);
    CHECK(r.detail == std::string(std::strerror(EBADF)));
    CHECK(r.body.empty());
  }
}

TEST_CASE("FrameReader refuses a declared length over its limit", "[framing]") {
  Pipe p;

  SECTION("the default limit is 64 MiB, and one byte more is refused") {
    CHECK(kMaxInputFrameBytes == 64u * 1024u * 1024u);
    REQUIRE(send_all(p.w, header(static_cast<std::uint32_t>(kMaxInputFrameBytes + 1))));
    p.close_write();

    const ReadResult r = FrameReader(p.r).next();
    CHECK(r.status == ReadStatus::kTooLarge);
    CHECK(r.declared == kMaxInputFrameBytes + 1);
  }

  SECTION("a length one over the limit is too large and its body is left unread") {
    const std::string body = pattern(1025);
    REQUIRE(send_all(p.w, frame(body)));
    p.close_write();

    const ReadResult r = FrameReader(p.r, 1024).next();
    CHECK(r.status == ReadStatus::kTooLarge);
    CHECK(r.declared == 1025);
    CHECK(r.received == 0);
    CHECK(r.body.empty());
    CHECK(read_raw(p.r, 2000) == body);  // every body byte is still in the pipe
  }

  SECTION("a length exactly at the limit is read") {
    const std::string body = pattern(1024);
    REQUIRE(send_all(p.w, frame(body)));
    p.close_write();

    const ReadResult r = FrameReader(p.r, 1024).next();
    CHECK(r.status == ReadStatus::kFrame);
    CHECK(r.body == body);
  }

  SECTION("JSON text where a header belongs declares an absurd length and is refused") {
    // A sender that forgot the header: the first four bytes of the JSON become the length.
    const std::string json = R"({"a":1})";
    REQUIRE(send_all(p.w, json));
    p.close_write();
    std::uint32_t as_length = 0;
    std::memcpy(&as_length, json.data(), sizeof as_length);

    const ReadResult r = FrameReader(p.r).next();
    CHECK(r.status == ReadStatus::kTooLarge);
    CHECK(r.declared == as_length);
    CHECK(r.declared > kMaxInputFrameBytes);
    CHECK(r.body.empty());
  }

  SECTION("a large declared length with a short body does not allocate the declared size") {
    const std::uint32_t declared = 60u * 1024u * 1024u;
    REQUIRE(send_all(p.w, header(declared) + "0123456789"));
    p.close_write();
    FrameReader reader(p.r);

    g_largest_alloc.store(0);
    const ReadResult r = reader.next();
    const std::size_t largest = g_largest_alloc.load();
    CHECK(r.status == ReadStatus::kTruncated);
    CHECK(r.declared == declared);
    CHECK(r.received == 10);
    CHECK(largest <= 256u * 1024u);
  }
}

TEST_CASE("FrameWriter writes frames that the reader reads back", "[framing]") {
  Pipe p;

  SECTION("a frame is the body length as a native-order uint32 followed by the body bytes") {
    FrameWriter writer(p.w);
    REQUIRE(writer.write(R"({"v":"abc"})"));
    p.close_write();

    std::uint32_t length = 0;
    const std::string raw_header = read_raw(p.r, sizeof length);
    REQUIRE(raw_header.size() == sizeof length);
    std::memcpy(&length, raw_header.data(), sizeof length);
    CHECK(length == 11);
    CHECK(read_raw(p.r, 100) == R"({"v":"abc"})");
  }

  SECTION("frames of several sizes, empty and non-ASCII UTF-8 included, round-trip in order") {
    const std::string utf8 =
        "{\"t\":\"Bestelling met betalingsverplichting \xE2\x82\xAC 12,50 \xC3\xBC\"}";
    const std::string medium = pattern(40000);
    FrameWriter writer(p.w);
    CHECK(writer.write(R"({"n":1})"));
    CHECK(writer.write(""));
    CHECK(writer.write(utf8));
    CHECK(writer.write(medium));
    CHECK_FALSE(writer.failed());
    p.close_write();

    FrameReader reader(p.r);
    CHECK(reader.next().body == R"({"n":1})");
    const ReadResult empty = reader.next();
    CHECK(empty.status == ReadStatus::kFrame);
    CHECK(empty.body.empty());
    CHECK(reader.next().body == utf8);
    CHECK(reader.next().body == medium);
    CHECK(reader.next().status == ReadStatus::kEof);
  }

  SECTION("a body of exactly 1 MiB is accepted and arrives whole") {
    CHECK(kMaxOutputFrameBytes == 1024u * 1024u);
    const std::string body = pattern(kMaxOutputFrameBytes);
    IgnoredSigpipe no_sigpipe;  // a writer that wrote past the frame fails instead of hanging
    ReadResult r;
    std::jthread reader_thread([&] {
      r = FrameReader(p.r).next();
      p.close_read();
    });
    FrameWriter writer(p.w);
    const bool ok = writer.write(body);
    p.close_write();
    reader_thread.join();

    CHECK(ok);
    CHECK_FALSE(writer.failed());
    CHECK(r.status == ReadStatus::kFrame);
    CHECK(r.body.size() == body.size());
    CHECK(r.body == body);
  }

  SECTION("a write blocked on a full pipe and interrupted by a signal still completes") {
    InterruptingSignal usr1(SIGUSR1);
    IgnoredSigpipe no_sigpipe;  // a writer that wrote past its frames fails instead of hanging
    const int seen_before = g_signals_seen.load();
    const std::string body = pattern(512 * 1024);
    bool ok = false;
    std::jthread writer_thread([&] {
      FrameWriter writer(p.w);
      ok = writer.write(body) && writer.write(R"({"next":1})");
      p.close_write();
    });

    // Nobody reads yet, so the writer blocks once the pipe buffer is full.
    for (int i = 0; i < 3; ++i) {
      std::this_thread::sleep_for(30ms);
      ::pthread_kill(writer_thread.native_handle(), SIGUSR1);
    }
    FrameReader reader(p.r);
    const ReadResult big = reader.next();
    const ReadResult next = reader.next();
    p.close_read();
    writer_thread.join();

    CHECK(g_signals_seen.load() - seen_before == 3);
    CHECK(ok);
    CHECK(big.status == ReadStatus::kFrame);
    CHECK(big.body == body);
    CHECK(next.body == R"({"next":1})");
  }
}

TEST_CASE("FrameWriter refuses what a browser would reject and stops after a failed write",
          "[framing]") {
  Pipe p;

  SECTION("a body over 1 MiB is refused, nothing is written and the writer can go on") {
    FrameWriter writer(p.w);
    CHECK_FALSE(writer.write(std::string(kMaxOutputFrameBytes + 1, 'x')));
    CHECK_FALSE(writer.failed());  // not sticky: the caller may shrink the message and retry
    CHECK_FALSE(has_data(p.r));

    CHECK(writer.write(R"({"shrunk":true})"));
    p.close_write();
    FrameReader reader(p.r);
    const ReadResult r = reader.next();
    CHECK(r.status == ReadStatus::kFrame);
    CHECK(r.body == R"({"shrunk":true})");
    CHECK(reader.next().status == ReadStatus::kEof);
  }

  SECTION("a write to a pipe the browser closed fails, and the failure sticks") {
    IgnoredSigpipe no_sigpipe;
    p.close_read();
    FrameWriter writer(p.w);
    CHECK_FALSE(writer.write(R"({"lost":1})"));
    CHECK(writer.failed());

    // Put a working pipe behind the same descriptor: a writer that retried would now succeed.
    Pipe fresh;
    REQUIRE(::dup2(fresh.w, p.w) == p.w);
    CHECK_FALSE(writer.write(R"({"after":1})"));
    CHECK(writer.failed());
    CHECK_FALSE(has_data(fresh.r));
  }
}
