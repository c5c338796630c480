// The core entry point: one snapshot in, findings out. Knows nothing of stdio, HTTP or browsers;
// the native host, the CLI and tests call it the same way.
#pragma once

#include <string>
#include <vector>

#include "catalogue/catalogue.h"
#include "engine/finding.h"
#include "engine/page_roles.h"
#include "engine/session.h"
#include "snapshot.h"

namespace kw {

struct AnalyzeOptions {
  std::string today;  // ISO date for rules' applies from/until; empty = the system's date
};

struct Analysis {
  std::vector<Finding> findings;  // worst first, then in page order
  int step = 0;                   // the page's step in its session's flow
  PageRoles page;                 // which kind of page it is, and why (page_roles.h)
};

// Returns the findings for `snap`. With a `session`, cross-step rules use and update what earlier
// pages of that session disclosed; without one the page is judged alone. Thread-safe as long as two
// calls do not share a session.
Analysis analyze(const Snapshot& snap, const Catalogue& catalogue, SessionMemory* session,
                 const AnalyzeOptions& options = {});

// Returns what every check of this host needs from its rule file: pass it to Catalogue::load.
std::vector<CheckSpec> all_check_specs();

// Returns today's date as YYYY-MM-DD (UTC).
std::string today_iso();

}  // namespace kw
