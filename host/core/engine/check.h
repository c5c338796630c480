// The interface between the engine and a check. A check reads page facts and its rule (words and
// patterns from rules/), and adds findings; it never does I/O and never renders text.
#pragma once

#include <string>
#include <vector>

#include "catalogue/catalogue.h"
#include "engine/finding.h"
#include "engine/page_facts.h"
#include "engine/page_roles.h"
#include "engine/session.h"

namespace kw {

// What a check is given for one page. Every check runs on every page, so it can remember site
// facts (site->remember) wherever they show; its findings are kept only when the page has one of
// its rule's roles (`in_scope`; a rule without roles is in scope everywhere). Out of scope, add()
// writes into a scratch list the engine drops, so a check need not test `in_scope` itself; it may,
// to skip work.
struct CheckContext {
  const PageFacts& facts;
  const Rule& rule;
  FlowMemory* flow;  // null when the analysis has no session (a single page)
  int step;          // this page's step in the flow (0 without a session)
  std::vector<Finding>& out;
  const PageRoles& page;              // which kind of page this is (page_roles.h)
  SiteMemory* site;                   // never null: the session's site memory, or, without a
                                      // session, one that lives for this analysis only
  bool in_scope;                      // the rule's roles meet the page's roles
  const PageRoleWords& role_words;    // rules/page-roles.json, for checks that read page structure
  std::vector<Finding> dropped = {};  // out-of-scope findings, discarded by the engine

  // Adds a finding of this rule (to `out` when in scope, else to `dropped`).
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
