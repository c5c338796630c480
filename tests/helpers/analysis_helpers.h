// Shared by rule tests: the real catalogue from rules/, and small pages turned into findings
// through the same path the CLI takes (HTML -> snapshot -> engine).
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "catalogue/catalogue.h"
#include "engine/engine.h"
#include "html_snapshot.h"

namespace kwtest {

inline const kw::Catalogue& catalogue() {
  static const kw::Catalogue cat = [] {
    auto c = kw::Catalogue::load(KW_RULES_DIR, kw::all_check_specs());
    if (!c) FAIL("rule catalogue: " << c.error().describe());
    return std::move(c).value();
  }();
  return cat;
}

// A checkout page around `body`, at `url`.
inline std::string page(const std::string& body, const std::string& title = "Afrekenen") {
  return "<!doctype html><html lang=\"nl\"><head><title>" + title + "</title></head><body>" + body +
         "</body></html>";
}

inline std::vector<kw::Finding> analyse_html(const std::string& html, const std::string& url,
                                             kw::SessionMemory* session = nullptr) {
  auto snap = kw::snapshot_from_html(html, url);
  REQUIRE(snap.ok());
  kw::AnalyzeOptions o;
  o.today = "2026-11-24";
  kw::SessionMemory fresh;
  return kw::analyze(snap.value(), catalogue(), session != nullptr ? session : &fresh, o).findings;
}

inline std::vector<kw::Finding> of_rule(const std::vector<kw::Finding>& all,
                                        const std::string& rule) {
  std::vector<kw::Finding> out;
  for (const auto& f : all) {
    if (f.rule == rule) out.push_back(f);
  }
  return out;
}

inline std::vector<kw::Finding> of_rule(const std::string& html, const std::string& url,
                                        const std::string& rule) {
  return of_rule(analyse_html(html, url), rule);
}

}  // namespace kwtest
