// Turns findings into words and JSON: the rule's messages with the finding's values filled in, the
// section, criterion and law. Shared by every front end so the CLI and the browser say the same.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalogue/catalogue.h"
#include "engine/finding.h"
#include "engine/page_roles.h"
#include "snapshot.h"

namespace kw {

// Returns `templ` with {evidence} and the finding's vars filled in; unknown placeholders stay
// visible.
std::string fill_message(const std::string& templ, const Finding& f);

// Returns the JSON of one finding (docs/protocol.md, "A finding"): rule, severity, node id,
// evidence, message and fix in `lang` plus both languages under "i18n", section, criterion, law,
// confidence, state.
nlohmann::json finding_to_json(const Finding& f, const Catalogue& cat, const Snapshot& snap,
                               Lang lang);

// Returns {"roles": ["checkout", "final-step"], "evidence": [{"role", "evidence", "weight"}, …]}:
// which kind of page was judged, and why (docs/protocol.md, "The page").
nlohmann::json page_roles_to_json(const PageRoles& page);

// Returns {"violation": n, "warning": n, "needs-review": n, "pass": n}.
nlohmann::json severity_counts(const std::vector<Finding>& findings);

}  // namespace kw
