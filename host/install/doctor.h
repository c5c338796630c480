// `kassawacht doctor`: why does the extension say "native host not found"? Checks every place a
// browser looks, starts the host as the browser would, and says in plain words what to fix.
#pragma once

#include <chrono>
#include <ostream>
#include <vector>

#include "browser_table.h"
#include "host_manifest.h"

namespace kw::install {

struct DoctorRequest {
  std::vector<const Browser*> browsers;  // empty: all six
  Ids ids;
  Locations loc;
  std::chrono::milliseconds timeout = std::chrono::seconds(5);
};

// Reports on the user- and system-level manifest of each browser. Returns 0 if at least one
// manifest is registered and every registered one works, 1 otherwise.
int doctor(const DoctorRequest& request, std::ostream& out);

}  // namespace kw::install
