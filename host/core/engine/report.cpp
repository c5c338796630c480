// Rendering of findings (see report.h): the only place where a rule's words meet a finding's
// values.
#include "engine/report.h"

namespace kw {

std::string fill_message(const std::string& templ, const Finding& f) {
  std::string out;
  out.reserve(templ.size() + f.evidence.size());
  for (std::size_t i = 0; i < templ.size(); ++i) {
    if (templ[i] == '{') {
      std::size_t close = templ.find('}', i);
      if (close != std::string::npos) {
        const std::string key = templ.substr(i + 1, close - i - 1);
        if (key == "evidence") {
          out += f.evidence;
          i = close;
          continue;
        }
        auto it = f.vars.find(key);
        if (it != f.vars.end()) {
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out += templ[i];
  }
  return out;
}

nlohmann::json finding_to_json(const Finding& f, const Catalogue& cat, const Snapshot& snap,
                               Lang lang) {
  using nlohmann::json;
  const Rule* rule = cat.find(f.rule);
  json j;
  j["rule"] = f.rule;
  j["severity"] = severity_name(f.severity);
  j["outcome"] = f.message_key;
  const bool has_node = f.node >= 0 && static_cast<std::size_t>(f.node) < snap.nodes.size();
  j["node"] = has_node ? json(snap.nodes[static_cast<std::size_t>(f.node)].id) : json(nullptr);
  json related = json::array();
  for (int r : f.related) {
    if (r >= 0 && static_cast<std::size_t>(r) < snap.nodes.size()) {
      related.push_back(snap.nodes[static_cast<std::size_t>(r)].id);
    }
  }
  j["related"] = related;
  j["evidence"] = f.evidence;
  j["confidence"] = static_cast<double>(static_cast<int>(f.confidence * 100 + 0.5)) / 100.0;
  j["state"] = f.resolved_by_user ? "resolved-by-user" : "open";
  if (!f.vars.empty()) j["values"] = f.vars;
  if (rule == nullptr) return j;
  const LocalText& msg = rule->message(f.message_key);
  json i18n;
  for (Lang l : {Lang::kNl, Lang::kEn}) {
    const char* key = l == Lang::kNl ? "nl" : "en";
    i18n[key] = {{"title", rule->title.in(l)},
                 {"message", fill_message(msg.in(l), f)},
                 {"fix", rule->fix.in(l)}};
  }
  const char* chosen = lang == Lang::kNl ? "nl" : "en";
  j["title"] = i18n[chosen]["title"];
  j["message"] = i18n[chosen]["message"];
  j["fix"] = i18n[chosen]["fix"];
  j["i18n"] = i18n;
  const Section* section = cat.section(rule->criterion.section);
  j["section"] = {{"id", rule->criterion.section},
                  {"name", section != nullptr ? section->name.in(lang) : rule->criterion.section}};
  j["criterion"] = {{"bullet", rule->criterion.bullet}, {"quote", rule->criterion.quote}};
  j["law"] = rule->law;
  if (!rule->law_note.nl.empty()) j["lawNote"] = rule->law_note.in(lang);
  return j;
}

nlohmann::json page_roles_to_json(const PageRoles& page) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const RoleEvidence& e : page.evidence) {
    evidence.push_back(
        {{"role", e.role},
         {"evidence", e.evidence},
         {"weight", static_cast<double>(static_cast<int>(e.weight * 100 + 0.5)) / 100.0}});
  }
  return {{"roles", page.roles}, {"evidence", std::move(evidence)}};
}

nlohmann::json severity_counts(const std::vector<Finding>& findings) {
  nlohmann::json counts = {{"violation", 0}, {"warning", 0}, {"needs-review", 0}, {"pass", 0}};
  for (const Finding& f : findings) {
    counts[std::string(severity_name(f.severity))] =
        counts[std::string(severity_name(f.severity))].get<int>() + 1;
  }
  return counts;
}

}  // namespace kw
