// Starts a registered host the way a browser does and asks it "hello": the only proof that a
// manifest really leads to a working host (right binary, loadable libraries, rule catalogue).
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace kw::install {

struct ProbeResult {
  bool answered = false;  // a complete reply frame arrived
  std::string reply;      // its JSON text
  std::string problem;    // why not, in words (empty if answered)
  std::string stderr_text;
};

// Runs `host` with `args` (argv[1..]) in the host's own directory, sends one framed
// {"type":"hello"} and reads one framed reply; kills the host after `timeout`.
ProbeResult probe_host(const std::filesystem::path& host, const std::vector<std::string>& args,
                       std::chrono::milliseconds timeout = std::chrono::seconds(5));

}  // namespace kw::install
