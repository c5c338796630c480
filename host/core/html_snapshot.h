// Reads a plain HTML page (a saved checkout, a fixture) into the same snapshot model the extension
// sends, with gumbo. Without CSS there is no layout: the snapshot says so and layout rules hold
// back.
#pragma once

#include <string_view>

#include "result.h"
#include "snapshot.h"

namespace kw {

// Returns the snapshot of `html`. `url` becomes Snapshot::url (a file path or the page address),
// unless the page names its own address with <link rel="canonical" href="http(s)://…">.
// Accessible names are computed the simple way browsers do (aria-label, aria-labelledby, <label>,
// value, alt, content). Scripts, styles and templates are skipped; hidden elements are marked
// invisible.
Result<Snapshot> snapshot_from_html(std::string_view html, std::string_view url);

}  // namespace kw
