// Reads one CLI input — a snapshot JSON file or a plain HTML page — into the snapshot model, with
// an error that names the file and what was wrong.
#pragma once

#include <string>

#include "result.h"
#include "snapshot.h"

namespace kw::cli {

// Returns the snapshot in `path`. The format is taken from the extension (.json, .html/.htm) or, if
// neither, from the first non-blank byte ('{' JSON, '<' HTML).
Result<Snapshot> read_input(const std::string& path);

}  // namespace kw::cli
