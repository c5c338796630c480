// The host manifest a browser reads to find and trust the kassawacht binary. The names and ids come
// from manifests/ids.json through CMake, so C++, the .deb templates and the extension agree.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "browser_table.h"

namespace kw::install {

// Which extension may talk to the host: the native host name and one id per browser family.
struct Ids {
  std::string host_name;
  std::string chrome_id;   // 32 letters a-p (derived from the extension's public key)
  std::string firefox_id;  // browser_specific_settings.gecko.id
};

// The ids from manifests/ids.json (compiled in).
Ids default_ids();

// The one-line description written into every manifest (also from CMake).
std::string_view host_description();

// A Chromium extension id: exactly 32 characters a-p.
bool is_chromium_id(std::string_view id);

// A Firefox add-on id: name@domain (an e-mail-like id) or a {uuid} in braces.
bool is_firefox_id(std::string_view id);

// The Chromium origin the host accepts: "chrome-extension://<id>/".
std::string chromium_origin(std::string_view chrome_id);

// The manifest for `family`, pointing at `host_path` (absolute).
nlohmann::json build_manifest(Family family, const std::filesystem::path& host_path,
                              const Ids& ids);

// True if `file` holds a JSON object whose "name" is `host_name`: only such a file is ours to
// overwrite or remove.
bool is_our_manifest(const std::filesystem::path& file, std::string_view host_name);

// The absolute, symlink-free path of the running binary (/proc/self/exe), or empty.
std::filesystem::path current_executable();

}  // namespace kw::install
