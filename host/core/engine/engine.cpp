// Runs every rule in force over one snapshot: facts are derived once, each check adds findings,
// and the result is ordered worst first so a truncated reply keeps what matters most.
#include "engine/engine.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "engine/check.h"
#include "engine/page_facts.h"
#include "text/normalize.h"

namespace kw {

Finding& CheckContext::add(Severity severity, std::string message_key, int node,
                           std::string evidence, double confidence) {
  Finding f;
  f.rule = rule.id;
  f.severity = severity;
  f.message_key = std::move(message_key);
  f.node = node;
  f.evidence = std::move(evidence);
  f.confidence = confidence;
  std::vector<Finding>& into = in_scope ? out : dropped;
  into.push_back(std::move(f));
  return into.back();
}

std::vector<CheckSpec> all_check_specs() {
  std::vector<CheckSpec> specs;
  for (const CheckEntry& e : all_checks()) specs.push_back(e.spec);
  return specs;
}

// The boxes and options this page shows unticked, for the checks of later analyses (session.h).
// Kept across renderings of one address: a box empty on the first rendering and ticked on the
// second and third was ticked by the customer all along.
void remember_unticked(const PageFacts& facts, FlowMemory& flow, int step) {
  StepMemory* mem = flow.record(step);
  if (mem == nullptr) return;
  for (const Control& c : facts.controls()) {
    if (!is_toggle(c.kind) || mem->unticked.size() >= StepMemory::kMaxLines) continue;
    const Node& n = facts.node(c.node);
    if (n.checked.value_or(n.default_checked.value_or(false))) continue;
    for (std::string key : {text::truncate_utf8(toggle_words(c), 200), toggle_name_key(facts, c)}) {
      if (key.empty() || mem->unticked.size() >= StepMemory::kMaxLines ||
          std::find(mem->unticked.begin(), mem->unticked.end(), key) != mem->unticked.end()) {
        continue;
      }
      mem->unticked.push_back(std::move(key));
    }
  }
}

std::string today_iso() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

Analysis analyze(const Snapshot& snap, const Catalogue& catalogue, SessionMemory* session,
                 const AnalyzeOptions& options) {
  Analysis result;
  const std::string today = options.today.empty() ? today_iso() : options.today;
  PageFacts facts(snap);
  result.page = classify_page(facts, catalogue.page_roles());
  FlowMemory* flow = session != nullptr ? &session->flow : nullptr;
  SiteMemory one_page;  // without a session, site facts live for this analysis only
  SiteMemory* site = session != nullptr ? &session->site : &one_page;
  result.step = flow != nullptr ? flow->step_for(snap.url) : 0;

  for (const Rule& rule : catalogue.rules()) {
    if (today < rule.applies_from) continue;
    if (!rule.applies_until.empty() && today > rule.applies_until) continue;
    // A platform's terms for its business sellers are read by businesses: consumer law has no
    // say there.
    const bool audience_met = rule.audience == "any" || !result.page.for_business;
    for (const CheckEntry& check : all_checks()) {
      if (check.spec.id != rule.check) continue;
      CheckContext ctx{facts,
                       rule,
                       flow,
                       result.step,
                       result.findings,
                       result.page,
                       site,
                       result.page.any_of(rule.roles) && audience_met,
                       catalogue.page_roles()};
      check.run(ctx);
    }
  }
  if (flow != nullptr) remember_unticked(facts, *flow, result.step);
  std::stable_sort(result.findings.begin(), result.findings.end(),
                   [](const Finding& a, const Finding& b) {
                     if (a.severity != b.severity) return a.severity > b.severity;
                     return a.node < b.node;
                   });
  return result;
}

}  // namespace kw
