// Starts the real kassawacht binary with pipes on stdin/stdout/stderr, as a browser does, so tests
// speak native messaging to the process itself and see its exit code.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

extern char** environ;

namespace kwtest {

class HostProcess {
 public:
  // Starts `binary` with `args` (argv[1..]); extra environment entries "K=V" are added.
  explicit HostProcess(std::vector<std::string> args, std::vector<std::string> extra_env = {},
                       std::string binary = KW_BINARY) {
    int in[2], out[2], err[2];
    if (pipe(in) != 0 || pipe(out) != 0 || pipe(err) != 0) throw std::runtime_error("pipe");
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_adddup2(&fa, err[1], 2);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) {
      posix_spawn_file_actions_addclose(&fa, fd);
    }
    std::vector<std::string> argv_s{binary};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env_s;
    for (char** e = environ; *e != nullptr; ++e) env_s.emplace_back(*e);
    env_s.insert(env_s.end(), extra_env.begin(), extra_env.end());
    std::vector<char*> envp;
    for (auto& e : env_s) envp.push_back(e.data());
    envp.push_back(nullptr);
    if (posix_spawn(&pid_, binary.c_str(), &fa, nullptr, argv.data(), envp.data()) != 0) {
      throw std::runtime_error("cannot start " + binary);
    }
    posix_spawn_file_actions_destroy(&fa);
    close(in[0]);
    close(out[1]);
    close(err[1]);
    to_ = in[1];
    from_ = out[0];
    err_ = err[0];
    signal(SIGPIPE, SIG_IGN);
  }

  ~HostProcess() {
    close_input();
    if (from_ >= 0) close(from_);
    if (err_ >= 0) close(err_);
    if (!exited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  void write_raw(const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = ::write(to_, bytes.data() + done, bytes.size() - done);
      if (n <= 0) return;
      done += static_cast<std::size_t>(n);
    }
  }

  static std::string frame(const std::string& body) {
    std::uint32_t len = static_cast<std::uint32_t>(body.size());
    std::string out(4, '\0');
    std::memcpy(out.data(), &len, 4);
    return out + body;
  }

  void send(const std::string& body) { write_raw(frame(body)); }

  void close_input() {
    if (to_ >= 0) close(to_);
    to_ = -1;
  }

  // Reads one reply frame, or nothing if the host closed stdout (or 10 s passed).
  std::optional<std::string> receive() {
    char header[4];
    if (!read_exact(header, 4)) return std::nullopt;
    std::uint32_t len;
    std::memcpy(&len, header, 4);
    std::string body(len, '\0');
    if (len > 0 && !read_exact(body.data(), len)) return std::nullopt;
    return body;
  }

  // Bytes left on stdout after the frames (must be none: stdout carries only frames).
  std::string drain_stdout() { return drain(from_); }
  std::string drain_stderr() { return drain(err_); }

  // A command-line run's whole output, stdout and stderr read together until the process closes
  // both (it exits), at most `limit_ms`. Unlike drain(), a slow start (under ASan, on a busy
  // machine) cannot cut it short: a pipe's stdout is flushed only at exit.
  std::pair<std::string, std::string> read_output_to_end(int limit_ms = 60'000) {
    std::string out, err;
    bool out_open = true, err_open = true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(limit_ms);
    while ((out_open || err_open) && std::chrono::steady_clock::now() < deadline) {
      pollfd fds[2] = {{out_open ? from_ : -1, POLLIN, 0}, {err_open ? err_ : -1, POLLIN, 0}};
      if (poll(fds, 2, 100) < 0) break;
      char buf[4096];
      for (int i = 0; i < 2; ++i) {
        if (fds[i].revents == 0) continue;
        const ssize_t r = ::read(fds[i].fd, buf, sizeof buf);
        if (r > 0) {
          (i == 0 ? out : err).append(buf, static_cast<std::size_t>(r));
        } else {
          (i == 0 ? out_open : err_open) = false;
        }
      }
    }
    return {out, err};
  }

  // Waits for the process to end; returns its exit code (-1 after a signal or 10 s).
  int wait_exit() {
    for (int i = 0; i < 1000; ++i) {
      int status = 0;
      pid_t r = waitpid(pid_, &status, WNOHANG);
      if (r == pid_) {
        exited_ = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      usleep(10'000);
    }
    return -1;
  }

 private:
  bool read_exact(char* buf, std::size_t n) {
    std::size_t got = 0;
    while (got < n) {
      // A guard against a hang, not a time limit: under ASan on a loaded 2-core machine a large
      // page can take more than 10 s before the first byte of its reply.
      pollfd p{from_, POLLIN, 0};
      if (poll(&p, 1, 60'000) <= 0) return false;
      ssize_t r = ::read(from_, buf + got, n - got);
      if (r <= 0) return false;
      got += static_cast<std::size_t>(r);
    }
    return true;
  }

  static std::string drain(int fd) {
    std::string out;
    char buf[4096];
    for (;;) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 2000) <= 0) break;
      ssize_t r = ::read(fd, buf, sizeof buf);
      if (r <= 0) break;
      out.append(buf, static_cast<std::size_t>(r));
    }
    return out;
  }

  pid_t pid_ = -1;
  int to_ = -1, from_ = -1, err_ = -1;
  bool exited_ = false;
};

}  // namespace kwtest
