// Builds and recognises host manifests (see host_manifest.h).
#include "host_manifest.h"

#include <fstream>
#include <sstream>

#ifdef __APPLE__
#include <mach-o/dyld.h>
#endif

namespace kw::install {

namespace fs = std::filesystem;
using nlohmann::json;

Ids default_ids() {
  return {KASSAWACHT_HOST_NAME, KASSAWACHT_CHROME_EXTENSION_ID, KASSAWACHT_FIREFOX_ADDON_ID};
}

std::string_view host_description() {
  return KASSAWACHT_HOST_DESCRIPTION;
}

bool is_chromium_id(std::string_view id) {
  if (id.size() != 32) return false;
  for (char c : id) {
    if (c < 'a' || c > 'p') return false;
  }
  return true;
}

bool is_firefox_id(std::string_view id) {
  if (id.size() >= 3 && id.front() == '{' && id.back() == '}') {
    // {8-4-4-4-12 hex digits}
    std::string_view u = id.substr(1, id.size() - 2);
    if (u.size() != 36) return false;
    for (std::size_t i = 0; i < u.size(); ++i) {
      const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
      const char c = u[i];
      const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (dash ? c != '-' : !hex) return false;
    }
    return true;
  }
  const std::size_t at = id.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 >= id.size()) return false;
  if (id.find('@', at + 1) != std::string_view::npos) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '-' || c == '_' || c == '@' || c == '+';
    if (!ok) return false;
  }
  return true;
}

std::string chromium_origin(std::string_view chrome_id) {
  return "chrome-extension://" + std::string(chrome_id) + "/";
}

json build_manifest(Family family, const fs::path& host_path, const Ids& ids) {
  json m = {{"name", ids.host_name},
            {"description", std::string(host_description())},
            {"path", host_path.string()},
            {"type", "stdio"}};
  if (family == Family::kFirefox) {
    m["allowed_extensions"] = json::array({ids.firefox_id});
  } else {
    m["allowed_origins"] = json::array({chromium_origin(ids.chrome_id)});
  }
  return m;
}

bool is_our_manifest(const fs::path& file, std::string_view host_name) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::stringstream text;
  text << in.rdbuf();
  json j = json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  return j.is_object() && j.contains("name") && j["name"].is_string() &&
         j["name"].get<std::string>() == host_name;
}

fs::path current_executable() {
  std::error_code ec;
#ifdef __APPLE__
  char buf[4096];
  uint32_t size = sizeof buf;
  if (_NSGetExecutablePath(buf, &size) != 0) return {};
  fs::path p = fs::canonical(buf, ec);
#else
  fs::path p = fs::canonical("/proc/self/exe", ec);
#endif
  return ec ? fs::path() : p;
}

}  // namespace kw::install
