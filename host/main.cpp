// kassawacht: one binary, two faces. Started by a browser (a chrome-extension:// origin, or
// Firefox's manifest path and add-on id) it speaks native messaging; otherwise it is the command
// line.
#include <csignal>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

#include "catalogue/catalogue.h"
#include "cli.h"
#include "engine/engine.h"
#include "native_host.h"

namespace {

bool started_by_browser(int argc, char** argv) {
  if (argc < 2) return false;
  const std::string first = argv[1];
  if (first.rfind("chrome-extension://", 0) == 0) return true;
  // Firefox: argv[1] is the host manifest's path, argv[2] the add-on id.
  if (argc >= 3 && first.size() > 5 && first.compare(first.size() - 5, 5, ".json") == 0) {
    const std::string second = argv[2];
    return second.find('@') != std::string::npos || second.find('{') != std::string::npos;
  }
  return false;
}

int serve_native(const std::string& rules_dir) {
  // A browser that closes the port must not kill the host mid-write; EPIPE is handled instead.
  std::signal(SIGPIPE, SIG_IGN);
#ifdef _WIN32
  // Windows would need _setmode(_fileno(stdin/stdout), _O_BINARY) here; not supported yet.
#endif
  auto catalogue = kw::Catalogue::load(kw::default_rules_dir(rules_dir), kw::all_check_specs());
  if (!catalogue)
    std::cerr << "kassawacht: rule catalogue: " << catalogue.error().describe() << "\n";
  return static_cast<int>(kw::native::serve(STDIN_FILENO, STDOUT_FILENO, catalogue, std::cerr));
}

}  // namespace

int main(int argc, char** argv) {
  try {
    if (started_by_browser(argc, argv)) return serve_native("");
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args[0] == "native") {
      std::string rules;
      if (args.size() == 3 && args[1] == "--rules") rules = args[2];
      return serve_native(rules);
    }
    return kw::cli::run(args, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "kassawacht: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "kassawacht: internal error\n";
  }
  return 70;
}
