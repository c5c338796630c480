// The `install`, `uninstall` and `doctor` subcommands: argument parsing and the environment
// (home, test root, root user, own binary), kept apart from the file work so that is testable.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace kw::install {

// Each takes the arguments after the program name (args[0] is the subcommand) and returns the
// exit code: 0 done / all fine, 1 something failed (said on `err` or in the report), 2 usage error.
int install_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int uninstall_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int doctor_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace kw::install
