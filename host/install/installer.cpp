// Writes and removes host manifests (see installer.h).
#include "installer.h"

#include <unistd.h>

#include <fstream>

namespace kw::install {

namespace fs = std::filesystem;

namespace {

std::vector<const Browser*> chosen(const Request& r, bool detect) {
  if (!r.browsers.empty()) return r.browsers;
  if (detect) return detected_browsers(r.scope, r.loc);
  std::vector<const Browser*> all;
  for (const Browser& b : browsers()) all.push_back(&b);
  return all;
}

std::string label(const Browser& b, Scope s) {
  return std::string(b.name) + ", " + std::string(scope_name(s));
}

// Writes `text` to `file` so a browser never sees half a manifest: temporary file, then rename.
std::string write_atomically(const fs::path& file, const std::string& text) {
  std::string tmp_name = ".";
  tmp_name += file.filename().string();
  tmp_name += '.';
  tmp_name += std::to_string(getpid());
  const fs::path tmp = file.parent_path() / tmp_name;
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot create " + tmp.string();
    out << text;
    out.close();
    if (!out) {
      std::error_code ignore;
      fs::remove(tmp, ignore);
      return "cannot write " + tmp.string();
    }
  }
  std::error_code ec;
  fs::permissions(tmp,
                  fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                      fs::perms::others_read,
                  ec);
  fs::rename(tmp, file, ec);
  if (ec) {
    std::error_code ignore;
    fs::remove(tmp, ignore);
    return "cannot rename into " + file.string() + ": " + ec.message();
  }
  return {};
}

}  // namespace

std::string system_scope_error(const Locations& loc, bool is_root) {
  if (is_root || !loc.root.empty()) return {};
  return "--system writes to system directories (/etc, /usr/lib, /Library) and needs root; "
         "run it with sudo, or leave out --system to register for your user only";
}

int install(const Request& r, std::ostream& out, std::ostream& err) {
  int code = 0;
  for (const Browser* b : chosen(r, /*detect=*/true)) {
    const fs::path dir = manifest_dir(*b, r.scope, r.loc);
    const fs::path file = dir / (r.ids.host_name + ".json");
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
      err << "kassawacht install: cannot create " << dir.string() << ": " << ec.message() << "\n";
      code = 1;
      continue;
    }
    if (fs::exists(file, ec) && !is_our_manifest(file, r.ids.host_name)) {
      err << "kassawacht install: " << file.string() << " exists and is not a manifest of "
          << r.ids.host_name << "; left it alone (remove it by hand if it is stale)\n";
      code = 1;
      continue;
    }
    const std::string text = build_manifest(b->family, r.host_path, r.ids).dump(2) + "\n";
    if (std::string e = write_atomically(file, text); !e.empty()) {
      err << "kassawacht install: " << e << "\n";
      code = 1;
      continue;
    }
    out << "wrote   " << file.string() << "  (" << label(*b, r.scope) << ")\n";
  }
  return code;
}

int uninstall(const Request& r, std::ostream& out, std::ostream& err) {
  int code = 0;
  int removed = 0;
  for (const Browser* b : chosen(r, /*detect=*/false)) {
    const fs::path file = manifest_file(*b, r.scope, r.loc, r.ids.host_name);
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(file, ec))) continue;
    if (!is_our_manifest(file, r.ids.host_name)) {
      err << "kassawacht uninstall: " << file.string() << " is not a manifest of "
          << r.ids.host_name << "; left it alone\n";
      code = 1;
      continue;
    }
    if (!fs::remove(file, ec) || ec) {
      err << "kassawacht uninstall: cannot remove " << file.string() << ": " << ec.message()
          << "\n";
      code = 1;
      continue;
    }
    ++removed;
    out << "removed " << file.string() << "  (" << label(*b, r.scope) << ")\n";
  }
  if (removed == 0 && code == 0) {
    out << "nothing to remove: no " << scope_name(r.scope) << "-level manifest of "
        << r.ids.host_name << " found\n";
  }
  return code;
}

}  // namespace kw::install
