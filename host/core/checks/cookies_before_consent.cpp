// cookies-before-consent: tracking cookies or tracker scripts already running while the cookie
// banner still waits for an answer (art. 11.7a Telecommunicatiewet; HvJ EU C-673/17 Planet49;
// Toetsingskader Privacy, bullet 2). Reads the snapshot's cookieNames and scriptHosts (names and
// hosts only); when neither is known the rule says nothing. Pre-ticked cookie categories are left
// to prechecked-consent, which judges every pre-ticked consent box.
#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

void cookies_before_consent(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  const Snapshot& snap = facts.snapshot();
  if (!snap.cookie_names && !snap.script_hosts) return;
  // The banner: a visible text asking for cookie consent, with an answer button on the page.
  const int banner_node = first_node_matching(facts, ctx.rule.group("banner"));
  if (banner_node < 0) return;  // no open banner: consent may have been given earlier
  const PatternGroup& answer = ctx.rule.group("answer_button");
  bool open = false;
  for (const Control& c : facts.controls()) {
    if ((c.kind == ControlKind::kButton || c.kind == ControlKind::kLink) && facts.visible(c.node) &&
        answer.any(text::word_string(c.label))) {
      open = true;
      break;
    }
  }
  if (!open) return;

  const PatternGroup& cookies = ctx.rule.group("tracking_cookies");
  const PatternGroup& hosts = ctx.rule.group("tracker_hosts");
  std::string seen;
  auto note = [&](const std::string& s) {
    if (seen.size() > 200) return;
    if (!seen.empty()) seen += ", ";
    seen += s;
  };
  if (snap.cookie_names) {
    for (const std::string& name : *snap.cookie_names) {
      if (cookies.any(lower(name))) note(name);
    }
  }
  if (snap.script_hosts) {
    for (const std::string& host : *snap.script_hosts) {
      if (hosts.any(lower(host))) note(host);
    }
  }
  if (seen.empty()) {
    ctx.add(Severity::kPass, "pass", banner_node, shown(facts, banner_node), 0.6);
    return;
  }
  ctx.add(Severity::kViolation, "violation", banner_node, seen, 0.85);
}

}  // namespace kw::checks
