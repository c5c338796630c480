// Text rendering of CLI results (see text_report.h). Works from the same JSON the machines get, so
// the two outputs cannot disagree.
#include "text_report.h"

#include <array>

namespace kw::cli {

namespace {

struct Group {
  const char* severity;
  const char* nl;
  const char* en;
  const char* color;
};

constexpr std::array<Group, 4> kGroups{{
    {"violation", "OVERTREDING", "VIOLATION", "\x1b[1;31m"},
    {"warning", "WAARSCHUWING", "WARNING", "\x1b[1;33m"},
    {"needs-review", "NAKIJKEN", "NEEDS REVIEW", "\x1b[1;36m"},
    {"pass", "IN ORDE", "PASS", "\x1b[1;32m"},
}};

}  // namespace

void write_text_result(const nlohmann::json& result, Lang lang, bool color, std::ostream& out) {
  const bool nl = lang == Lang::kNl;
  const char* reset = color ? "\x1b[0m" : "";
  out << result.value("file", "") << "\n";
  if (result.contains("error")) {
    out << "  " << (nl ? "fout: " : "error: ") << result["error"].value("message", "") << "\n\n";
    return;
  }
  if (result.contains("page")) {
    std::string roles;
    for (const auto& r : result["page"].value("roles", nlohmann::json::array())) {
      roles += (roles.empty() ? "" : ", ") + r.get<std::string>();
    }
    out << "  " << (nl ? "Paginatype: " : "Page type: ") << roles << "\n";
  }
  const auto& counts = result["counts"];
  out << "  " << counts.value("violation", 0) << (nl ? " overtreding(en), " : " violation(s), ")
      << counts.value("warning", 0) << (nl ? " waarschuwing(en), " : " warning(s), ")
      << counts.value("needs-review", 0) << (nl ? " na te kijken, " : " to review, ")
      << counts.value("pass", 0) << (nl ? " in orde" : " passed") << "\n";
  for (const Group& g : kGroups) {
    bool header = false;
    for (const auto& f : result["findings"]) {
      if (f.value("severity", "") != g.severity) continue;
      if (!header) {
        out << "\n  " << (color ? g.color : "") << (nl ? g.nl : g.en) << reset << "\n";
        header = true;
      }
      out << "  - " << f.value("title", "") << "  [" << f.value("rule", "") << "]\n";
      if (!f.value("evidence", "").empty()) out << "      \"" << f.value("evidence", "") << "\"\n";
      out << "      " << f.value("message", "") << "\n";
      if (f.value("state", "") == "resolved-by-user") {
        out << "      "
            << (nl ? "(door jou uitgezet voor deze bestelling)" : "(undone by you for this order)")
            << "\n";
      }
      if (g.severity != std::string("pass")) {
        out << "      " << (nl ? "Zo kan het wel: " : "Compliant: ") << f.value("fix", "") << "\n";
      }
      std::string law;
      for (const auto& l : f["law"]) law += (law.empty() ? "" : "; ") + l.get<std::string>();
      if (f.contains("section")) {
        out << "      " << (nl ? "Toetsingskader: " : "Assessment framework: ")
            << f["section"].value("name", "") << "  |  " << (nl ? "Wet: " : "Law: ") << law << "\n";
      }
    }
  }
  out << "\n";
}

}  // namespace kw::cli
