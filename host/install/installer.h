// `kassawacht install` / `uninstall`: write or remove the host manifest in each browser's
// directory, so a browser can start the host. Only files that are ours are ever touched.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "browser_table.h"
#include "host_manifest.h"

namespace kw::install {

struct Request {
  // Empty: for install the browsers in use (detected_browsers), for uninstall all of them.
  std::vector<const Browser*> browsers;
  Scope scope = Scope::kUser;
  std::filesystem::path host_path;  // absolute; the binary the manifests point at
  Ids ids;
  Locations loc;
};

// Why --system cannot go ahead (empty if it can): system directories need root, unless a test
// root redirects them.
std::string system_scope_error(const Locations& loc, bool is_root);

// Writes <dir>/<host>.json for each browser (creating the directory; atomically, via a temporary
// file and rename). Refuses to overwrite a file of that name that is not ours. Reports each file
// written to `out`, problems to `err`. Returns 0 if every manifest was written, 1 otherwise.
int install(const Request& request, std::ostream& out, std::ostream& err);

// Removes <dir>/<host>.json for each browser if it is ours (JSON named after our host); leaves a
// foreign file in place and says so. Never removes directories. Returns 0, or 1 if a foreign file
// was left or a removal failed.
int uninstall(const Request& request, std::ostream& out, std::ostream& err);

}  // namespace kw::install
