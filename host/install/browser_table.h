// Where each browser looks for native-messaging host manifests. One table, so install, uninstall
// and doctor can never disagree about a location (see docs/install.md and
// ../shared/design/browser.md).
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kw::install {

enum class Os { kLinux, kMacOs };
enum class Scope { kUser, kSystem };
// The manifest format differs by family: allowed_origins (Chromium) or allowed_extensions (Gecko).
enum class Family { kChromium, kFirefox };

struct Browser {
  std::string_view name;  // as given to --browser
  Family family;
  // "~/" stands for the home directory.
  std::string_view linux_user, linux_system, mac_user, mac_system;
};

// The six supported browsers, in the order they are reported.
std::span<const Browser> browsers();

// The browser called `name` (chrome, chromium, edge, brave, vivaldi, firefox), or null.
const Browser* find_browser(std::string_view name);

// Where paths are resolved. `root` (empty: none) prefixes every location so tests and staging
// never touch the real home or /etc; `home` replaces "~".
struct Locations {
  Os os = Os::kLinux;
  std::filesystem::path root;
  std::filesystem::path home;
};

// The running system's locations: $HOME, and $KASSAWACHT_INSTALL_ROOT as the root if set.
Locations locations_from_environment();

// The directory holding host manifests for `b` at `scope`, with root and home applied.
std::filesystem::path manifest_dir(const Browser& b, Scope scope, const Locations& loc);

// The manifest file of host `host_name` for `b` at `scope`.
std::filesystem::path manifest_file(const Browser& b, Scope scope, const Locations& loc,
                                    std::string_view host_name);

// The directory whose existence means the browser is in use at `scope` (the parent of the
// manifest directory: ~/.config/chromium, ~/.mozilla, /etc/opt/chrome, ...).
std::filesystem::path config_dir(const Browser& b, Scope scope, const Locations& loc);

// The browsers that seem to be in use at `scope` (their config directory exists); all of them
// when none is found, so a fresh machine still gets every manifest.
std::vector<const Browser*> detected_browsers(Scope scope, const Locations& loc);

std::string_view scope_name(Scope scope);

}  // namespace kw::install
