// trustmark-verifiable: a trustmark (Thuiswinkel Waarborg, WebwinkelKeur, Trusted Shops, Qshops)
// shown on the site links to the issuer's certificate page for this shop, so a buyer can check it
// (art. 6:193g sub b BW: a trustmark without authorisation is misleading in all circumstances;
// Toetsingskader, introduction). A mark without such a link, or linking to a certificate whose
// address names another shop, is a warning.
#include <re2/re2.h>

#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/normalize.h"
#include "text/url.h"

namespace kw::checks {

namespace {

struct Issuer {
  const char* name;        // shown in messages
  const char* mark;        // pattern group: the mark's words
  const char* cert;        // pattern group: the certificate link's address
  const char* slug_regex;  // the shop's slug in that address ("" when it carries only an id)
};

constexpr Issuer kIssuers[] = {
    {"Thuiswinkel.org", "mark_thuiswinkel", "cert_thuiswinkel",
     "thuiswinkel\\.org/(?:[a-z]+/)?leden/([^/?#]+)"},
    {"WebwinkelKeur", "mark_webwinkelkeur", "cert_webwinkelkeur",
     "webwinkelkeur\\.nl/(?:webshop|leden|webwinkel)/([^/?#]+)"},
    {"Trusted Shops", "mark_trustedshops", "cert_trustedshops", ""},
    {"Qshops", "mark_qshops", "cert_qshops", ""},
};

bool generic(std::string_view t) {
  static const std::string_view kGeneric[] = {
      "nl",      "com",  "be",          "eu", "de", "net", "org",    "www",   "shop",
      "webshop", "html", "certificaat", "bv", "b",  "v",   "online", "store", "winkel"};
  for (std::string_view g : kGeneric) {
    if (t == g) return true;
  }
  return t.size() < 3;
}

// The distinctive tokens of a slug or host: letters and digits, split on - _ . and dropped when
// generic or only digits.
std::vector<std::string> tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    const bool digits = !cur.empty() && cur.find_first_not_of("0123456789") == std::string::npos;
    if (!cur.empty() && !digits && !generic(cur)) out.push_back(cur);
    cur.clear();
  };
  for (char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      cur += c;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

// Whether the slug names the shop at `host`: a distinctive token of one is part of the other.
bool same_shop(std::string_view slug, std::string_view host) {
  const auto s = tokens(slug);
  const auto h = tokens(host);
  if (s.empty() || h.empty()) return true;  // nothing to compare: do not accuse
  std::string sj, hj;
  for (const auto& t : s) sj += t;
  for (const auto& t : h) hj += t;
  for (const auto& t : h) {
    if (sj.find(t) != std::string::npos) return true;
  }
  for (const auto& t : s) {
    if (hj.find(t) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

void trustmark_verifiable(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  const auto links = page_links(facts);
  const std::string host = text::url_host(facts.url_lower());
  const PatternGroup& denied = ctx.rule.group("member_denied");
  for (const Issuer& issuer : kIssuers) {
    const PatternGroup& mark = ctx.rule.group(issuer.mark);
    int mark_node = -1;
    for (int i = 0; i < facts.size() && mark_node < 0; ++i) {
      if (!facts.visible(i)) continue;
      std::string words = facts.own_words(i);
      const std::string_view title = facts.node(i).attr("title");
      if (!title.empty()) words += ' ' + text::word_string(title);
      // "We zijn geen lid van Thuiswinkel.org" names the mark without showing it.
      if (!words.empty() && mark.any(words) && !denied.any(words)) mark_node = i;
    }
    if (mark_node < 0) continue;
    const PatternGroup& cert = ctx.rule.group(issuer.cert);
    const Link* cert_link = nullptr;
    for (const Link& l : links) {
      if (!l.href.empty() && cert.any(l.href)) {
        cert_link = &l;
        break;
      }
    }
    std::string evidence = shown(facts, mark_node);
    if (evidence.empty()) evidence = issuer.name;
    if (cert_link == nullptr) {
      Finding& f = ctx.add(Severity::kWarning, "warning-unverifiable", mark_node, evidence, 0.7);
      f.vars["reason"] = issuer.name;
      continue;
    }
    std::string slug;
    if (*issuer.slug_regex != '\0') {
      const RE2 re(issuer.slug_regex);
      RE2::PartialMatch(cert_link->href, re, &slug);
      if (const std::size_t dot = slug.rfind(".htm"); dot != std::string::npos) slug.resize(dot);
    }
    if (!slug.empty() && !host.empty() && !same_shop(slug, host)) {
      Finding& f =
          ctx.add(Severity::kWarning, "warning-other-shop", cert_link->node, cert_link->href, 0.7);
      f.vars["reason"] = issuer.name;
      continue;
    }
    Finding& f = ctx.add(Severity::kPass, "pass", cert_link->node, evidence, 0.8);
    f.vars["reason"] = issuer.name;
  }
}

}  // namespace kw::checks
