// The interface between the engine and a check. A check reads page facts and its rule (words and
// patterns from rules/), and adds findings; it never does I/O and never renders text.
#pragma once

#include <string>
#include <vector>

#include "catalogue/catalogue.h"
#include "engine/finding.h"
#include "engine/page_facts.h"
#include "engine/session.h"

namespace kw {

struct CheckContext {
  const PageFacts& facts;
  const Rule& rule;
  FlowMemory* flow;  // null when the analysis has no session (a single page)
  int step;          // this page's step in the flow (0 without a session)
  std::vector<Finding>& out;

  // Adds a finding of this rule.
  Finding& add(Severity severity, std::string message_key, int node, std::string evidence,
               double confidence);
};

using CheckFn = void (*)(CheckContext&);

struct CheckEntry {
  CheckSpec spec;
  CheckFn run;
};

// Every check this host has, with what each needs from its rule file.
const std::vector<CheckEntry>& all_checks();

}  // namespace kw
