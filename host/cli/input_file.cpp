// Input files for the CLI (see input_file.h).
#include "input_file.h"

#include <fstream>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "html_snapshot.h"
#include "text/charset.h"
#include "text/normalize.h"

namespace kw::cli {

Result<Snapshot> read_input(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::kFileUnreadable, "cannot open the file", path};
  std::stringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Error{ErrorCode::kFileUnreadable, "read failed", path};
  std::string data = buf.str();
  if (data.size() > (256u << 20)) {
    return Error{ErrorCode::kFileUnreadable, "file over 256 MiB", path};
  }
  // A byte-order mark would hide the page's head (and its canonical address) from the reader.
  if (data.starts_with("\xEF\xBB\xBF")) data.erase(0, 3);
  if (std::size_t bad = text::find_invalid_utf8(data); bad != std::string::npos) {
    // A page saved in the charset it declares ("windows-1252") is read in that charset.
    const std::string charset = text::declared_charset(data);
    std::optional<std::string> converted;
    if (!charset.empty() && charset != "utf-8" && charset != "utf8") {
      converted = text::to_utf8(data, charset);
    }
    if (!converted) {
      std::string why = "not valid UTF-8 at byte " + std::to_string(bad);
      why += charset.empty() || charset == "utf-8" || charset == "utf8"
                 ? " (save the page as UTF-8, or declare its charset with <meta charset>)"
                 : " (the page declares charset " + charset + ", which could not be read either)";
      return Error{ErrorCode::kInvalidUtf8, why, path};
    }
    data = std::move(*converted);
  }
  auto ends_with = [&](const char* suffix) {
    const std::string s(suffix);
    return path.size() >= s.size() && path.compare(path.size() - s.size(), s.size(), s) == 0;
  };
  bool json_input = ends_with(".json");
  if (!json_input && !ends_with(".html") && !ends_with(".htm")) {
    std::size_t first = data.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    json_input = first != std::string::npos && (data[first] == '{' || data[first] == '[');
  }
  if (!json_input) {
    auto snap = snapshot_from_html(data, path);
    if (!snap) {
      Error e = snap.error();
      e.where = path + (e.where.empty() || e.where == path ? "" : ": " + e.where);
      return e;
    }
    return snap;
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(data);
  } catch (const nlohmann::json::parse_error& e) {
    return Error{ErrorCode::kInvalidJson,
                 "not valid JSON at byte " + std::to_string(e.byte > 0 ? e.byte - 1 : 0), path};
  }
  auto snap = snapshot_from_json(j);
  if (!snap) {
    Error e = snap.error();
    e.where = path + ": " + (e.where.empty() ? "/" : e.where);
    return e;
  }
  return snap;
}

}  // namespace kw::cli
