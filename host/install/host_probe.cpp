// fork/exec of a native host with three pipes and a deadline (see host_probe.h).
#include "host_probe.h"

#ifndef _WIN32
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace kw::install {

#ifdef _WIN32

ProbeResult probe_host(const std::filesystem::path&, const std::vector<std::string>&,
                       std::chrono::milliseconds) {
  return {false, {}, "starting a host is not supported yet on Windows", {}};
}

#else

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxReply = 1024 * 1024;  // the browsers' own limit host -> browser

int remaining_ms(Clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
  return left.count() > 0 ? static_cast<int>(left.count()) : 0;
}

}  // namespace

ProbeResult probe_host(const std::filesystem::path& host, const std::vector<std::string>& args,
                       std::chrono::milliseconds timeout) {
  ProbeResult r;
  signal(SIGPIPE, SIG_IGN);  // a host that dies at once must not take us with it
  int in[2], out[2], err[2];
  if (pipe(in) != 0) return {false, {}, "pipe failed", {}};
  if (pipe(out) != 0) {
    close(in[0]);
    close(in[1]);
    return {false, {}, "pipe failed", {}};
  }
  if (pipe(err) != 0) {
    for (int fd : {in[0], in[1], out[0], out[1]}) close(fd);
    return {false, {}, "pipe failed", {}};
  }
  std::vector<std::string> argv_s{host.string()};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  const std::string dir = host.parent_path().string();

  const pid_t pid = fork();
  if (pid < 0) {
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) close(fd);
    return {false, {}, std::string("fork failed: ") + std::strerror(errno), {}};
  }
  if (pid == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    dup2(err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) close(fd);
    if (!dir.empty() && chdir(dir.c_str()) != 0) _exit(126);  // browsers start it there too
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  close(err[1]);

  // The request, then EOF: a healthy host answers and exits 0.
  const std::string body = R"({"type":"hello"})";
  const auto len = static_cast<std::uint32_t>(body.size());
  std::string frame(4, '\0');
  std::memcpy(frame.data(), &len, 4);
  frame += body;
  [[maybe_unused]] ssize_t ignored = write(in[1], frame.data(), frame.size());
  close(in[1]);

  const auto deadline = Clock::now() + timeout;
  std::string reply_bytes;
  bool out_open = true, err_open = true, timed_out = false;
  while (out_open || err_open) {
    if (reply_bytes.size() >= 4) {
      std::uint32_t want;
      std::memcpy(&want, reply_bytes.data(), 4);
      if (want > kMaxReply || reply_bytes.size() >= 4 + static_cast<std::size_t>(want)) break;
    }
    pollfd fds[2] = {{out_open ? out[0] : -1, POLLIN, 0}, {err_open ? err[0] : -1, POLLIN, 0}};
    const int ms = remaining_ms(deadline);
    if (ms == 0) {
      timed_out = true;
      break;
    }
    if (poll(fds, 2, ms) <= 0) {
      if (errno == EINTR) continue;
      timed_out = true;
      break;
    }
    char buf[4096];
    if (out_open && (fds[0].revents & (POLLIN | POLLHUP)) != 0) {
      ssize_t n = read(out[0], buf, sizeof buf);
      if (n <= 0)
        out_open = false;
      else
        reply_bytes.append(buf, static_cast<std::size_t>(n));
    }
    if (err_open && (fds[1].revents & (POLLIN | POLLHUP)) != 0) {
      ssize_t n = read(err[0], buf, sizeof buf);
      if (n <= 0)
        err_open = false;
      else if (r.stderr_text.size() < 16384)
        r.stderr_text.append(buf, static_cast<std::size_t>(n));
    }
  }
  close(out[0]);
  close(err[0]);

  // Give it until the deadline to exit, then kill it.
  int status = 0;
  bool exited = false;
  while (!exited) {
    pid_t w = waitpid(pid, &status, WNOHANG);
    if (w == pid) {
      exited = true;
      break;
    }
    if (remaining_ms(deadline) == 0) break;
    usleep(10'000);
  }
  if (!exited) {
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
  }

  if (reply_bytes.size() >= 4) {
    std::uint32_t want;
    std::memcpy(&want, reply_bytes.data(), 4);
    if (want <= kMaxReply && reply_bytes.size() >= 4 + static_cast<std::size_t>(want)) {
      r.answered = true;
      r.reply = reply_bytes.substr(4, want);
      return r;
    }
  }
  if (timed_out) {
    r.problem = "no answer within " + std::to_string(timeout.count() / 1000) + " s (killed it)";
  } else if (exited && WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    r.problem = "could not be started";
  } else if (exited && WIFEXITED(status)) {
    r.problem = "exited with code " + std::to_string(WEXITSTATUS(status)) + " without answering";
  } else if (exited && WIFSIGNALED(status)) {
    r.problem = "was killed by signal " + std::to_string(WTERMSIG(status)) + " without answering";
  } else {
    r.problem = "closed its output without answering";
  }
  return r;
}

#endif

}  // namespace kw::install
