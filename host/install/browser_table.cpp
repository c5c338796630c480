// The manifest locations of browser.md as data, and the two substitutions (home, test root).
#include "browser_table.h"

#include <array>
#include <cstdlib>

namespace kw::install {

namespace fs = std::filesystem;

namespace {

constexpr std::array<Browser, 6> kBrowsers{{
    {"chrome", Family::kChromium, "~/.config/google-chrome/NativeMessagingHosts",
     "/etc/opt/chrome/native-messaging-hosts",
     "~/Library/Application Support/Google/Chrome/NativeMessagingHosts",
     "/Library/Google/Chrome/NativeMessagingHosts"},
    {"chromium", Family::kChromium, "~/.config/chromium/NativeMessagingHosts",
     "/etc/chromium/native-messaging-hosts",
     "~/Library/Application Support/Chromium/NativeMessagingHosts",
     "/Library/Application Support/Chromium/NativeMessagingHosts"},
    {"edge", Family::kChromium, "~/.config/microsoft-edge/NativeMessagingHosts",
     "/etc/opt/edge/native-messaging-hosts",
     "~/Library/Application Support/Microsoft Edge/NativeMessagingHosts",
     "/Library/Microsoft/Edge/NativeMessagingHosts"},
    {"brave", Family::kChromium, "~/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts",
     "/etc/opt/brave/native-messaging-hosts",
     "~/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts",
     "/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts"},
    {"vivaldi", Family::kChromium, "~/.config/vivaldi/NativeMessagingHosts",
     "/etc/opt/vivaldi/native-messaging-hosts",
     "~/Library/Application Support/Vivaldi/NativeMessagingHosts",
     "/Library/Application Support/Vivaldi/NativeMessagingHosts"},
    {"firefox", Family::kFirefox, "~/.mozilla/native-messaging-hosts",
     "/usr/lib/mozilla/native-messaging-hosts",
     "~/Library/Application Support/Mozilla/NativeMessagingHosts",
     "/Library/Application Support/Mozilla/NativeMessagingHosts"},
}};

// Applies home ("~/") and then the root prefix to a table entry.
fs::path resolve(std::string_view entry, const Locations& loc) {
  fs::path p;
  if (entry.rfind("~/", 0) == 0) {
    p = loc.home / fs::path(entry.substr(2));
  } else {
    p = fs::path(entry);
  }
  if (loc.root.empty()) return p;
  return loc.root / p.relative_path();  // root / "/etc/x" would drop the root
}

}  // namespace

std::span<const Browser> browsers() {
  return kBrowsers;
}

const Browser* find_browser(std::string_view name) {
  for (const Browser& b : kBrowsers) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

Locations locations_from_environment() {
  Locations loc;
#ifdef __APPLE__
  loc.os = Os::kMacOs;
#endif
  if (const char* home = std::getenv("HOME"); home != nullptr) loc.home = home;
  if (const char* root = std::getenv("KASSAWACHT_INSTALL_ROOT"); root != nullptr && *root != '\0') {
    loc.root = root;
  }
  return loc;
}

fs::path manifest_dir(const Browser& b, Scope scope, const Locations& loc) {
  const bool user = scope == Scope::kUser;
  if (loc.os == Os::kMacOs) return resolve(user ? b.mac_user : b.mac_system, loc);
  return resolve(user ? b.linux_user : b.linux_system, loc);
}

fs::path manifest_file(const Browser& b, Scope scope, const Locations& loc,
                       std::string_view host_name) {
  return manifest_dir(b, scope, loc) / (std::string(host_name) + ".json");
}

fs::path config_dir(const Browser& b, Scope scope, const Locations& loc) {
  return manifest_dir(b, scope, loc).parent_path();
}

std::vector<const Browser*> detected_browsers(Scope scope, const Locations& loc) {
  std::vector<const Browser*> found, all;
  for (const Browser& b : kBrowsers) {
    all.push_back(&b);
    std::error_code ec;
    if (fs::is_directory(config_dir(b, scope, loc), ec)) found.push_back(&b);
  }
  return found.empty() ? all : found;
}

std::string_view scope_name(Scope scope) {
  return scope == Scope::kUser ? "user" : "system";
}

}  // namespace kw::install
