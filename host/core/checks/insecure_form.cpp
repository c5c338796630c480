// insecure-form: personal data asked on a page without a secure connection (art. 32 AVG;
// Toetsingskader Veiligheidscriteria, bullet 1). A page at http:// with fields for personal data
// or a password, or a form that posts such fields to an http:// address, is a violation.
#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/normalize.h"
#include "text/url.h"

namespace kw::checks {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The <form> the node sits in, or -1.
int form_of(const PageFacts& facts, int i) {
  for (int p = i; p >= 0; p = facts.node(p).parent) {
    if (facts.node(p).tag == "form") return p;
  }
  return -1;
}

// Whether an http:// address is on this machine: browsers treat loopback as a secure context
// (W3C Secure Contexts, "potentially trustworthy"), and nothing crosses a network.
bool loopback_http(std::string_view url_lower) {
  if (url_lower.starts_with("http://[::1]")) return true;
  const std::string host = text::url_host(url_lower);  // without port
  const bool ipv4 = !host.empty() && host.find_first_not_of("0123456789.") == std::string::npos;
  return host == "localhost" || host.ends_with(".localhost") || (ipv4 && host.starts_with("127."));
}

bool insecure_http(std::string_view url_lower) {
  return url_lower.starts_with("http://") && !loopback_http(url_lower);
}

}  // namespace

void insecure_form(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  const bool page_http = insecure_http(facts.url_lower());
  const PatternGroup& personal = ctx.rule.group("personal_field");
  const PatternGroup& personal_auto = ctx.rule.group("personal_autocomplete");
  int password = -1;
  int field = -1;
  int posted = -1;  // a personal field whose form posts to http://
  for (const Control& c : facts.controls()) {
    if (c.kind != ControlKind::kTextField) continue;
    const Node& n = facts.node(c.node);
    const std::string type = lower(n.attr("type"));
    const bool is_password = type == "password";
    const bool is_personal =
        is_password || type == "email" || type == "tel" ||
        personal_auto.any(lower(n.attr("autocomplete"))) ||
        personal.any(text::word_string(c.label.empty() ? std::string(n.attr("name")) : c.label));
    if (!is_personal) continue;
    if (is_password && password < 0) password = c.node;
    if (field < 0) field = c.node;
    const int form = form_of(facts, c.node);
    if (posted < 0 && form >= 0 && insecure_http(lower(facts.node(form).attr("action")))) {
      posted = c.node;
    }
  }
  auto label = [&](int node) {
    for (const Control& c : facts.controls()) {
      if (c.node == node && !c.label.empty()) return text::collapse_space(c.label);
    }
    return std::string(facts.node(node).attr("name"));
  };
  if (page_http && password >= 0) {
    ctx.add(Severity::kViolation, "violation-password", password, label(password), 0.9);
  } else if (page_http && field >= 0) {
    ctx.add(Severity::kViolation, "violation-page", field, label(field), 0.85);
  }
  if (posted >= 0 && !(page_http && (password >= 0 || field >= 0))) {
    Finding& f = ctx.add(Severity::kViolation, "violation-action", posted, label(posted), 0.85);
    const int form = form_of(facts, posted);
    f.vars["reason"] = std::string(facts.node(form).attr("action"));
  }
}

}  // namespace kw::checks
