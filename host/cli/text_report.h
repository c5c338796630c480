// The readable CLI report: findings grouped by severity, each with evidence, the law and the fix.
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "catalogue/severity.h"

namespace kw::cli {

// Writes one input's result (an entry of the JSON report's "results") as text.
void write_text_result(const nlohmann::json& result, Lang lang, bool color, std::ostream& out);

}  // namespace kw::cli
