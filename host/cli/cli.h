// The command-line front end: `kassawacht check|rules|snapshot|version|help`. Parses arguments,
// calls the core, formats the output; exit codes 0 (no violation), 1 (a violation), 2 (usage or
// input error).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace kw::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitViolation = 1;
inline constexpr int kExitUsage = 2;

// Runs the command in `args` (without the program name). Output to `out`, errors to `err`.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace kw::cli
