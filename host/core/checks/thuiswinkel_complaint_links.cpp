// thuiswinkel-complaint-links: a Thuiswinkel member's complaints information links to the
// Thuiswinkel.org complaint form and to the Geschillencommissie (Toetsingskader Klachten, bullet
// 3). Judged on pages about complaints of sites that claim membership.
#include "checks/checks.h"
#include "checks/complaints_common.h"
#include "checks/member_claim.h"
#include "checks/text_scan.h"

namespace kw::checks {

namespace {

// Whether `node` stands under the heading `heading`: after it in reading order, before the next
// heading. Nodes are in document order.
bool under_heading(const PageFacts& facts, int heading, int node) {
  if (node <= heading) return false;
  for (int i = heading + 1; i < node; ++i) {
    if (is_heading(facts.node(i)) && !facts.contains(heading, i)) return false;
  }
  return true;
}

}  // namespace

void thuiswinkel_complaint_links(CheckContext& ctx) {
  const bool member = thuiswinkel_claim(ctx).member;
  if (!ctx.in_scope || !member) return;
  const int context = complaint_context(ctx);
  if (context == -2) return;
  // Terms with a "Klachtenregeling" article, or an FAQ with a question about complaints, are not
  // the complaints page the criterion means ("onder het kopje klachten/geschillen"); the links
  // belong there. Such a page whose address or title is about complaints (context -1) is judged.
  if (context >= 0 && (ctx.page.has("terms") || ctx.page.has("faq"))) return;
  // A short "Klachten" paragraph on another page that sends the customer to the complaints page
  // ("meld dat via ons klachtenformulier" → /klachten) points to where the links are; a link to
  // that page elsewhere in the content (another section's "zie ook") says nothing about this one.
  const PatternGroup& url_complaints = ctx.rule.group("url_complaints");
  const PatternGroup& form_words = ctx.rule.group("form_link");
  const PatternGroup& form_href = ctx.rule.group("form_href");
  const PatternGroup& gc_words = ctx.rule.group("disputes_link");
  const PatternGroup& gc_href = ctx.rule.group("disputes_href");
  if (context >= 0 && !url_complaints.any(ctx.facts.url_lower())) {
    for (const Link& l : page_links(ctx.facts)) {
      if (url_complaints.any(l.href) && !form_href.any(l.href) && !gc_href.any(l.href) &&
          !in_page_chrome(ctx.facts, l.node) && under_heading(ctx.facts, context, l.node)) {
        return;
      }
    }
  }
  int form = -1;
  int gc = -1;
  for (const Link& l : page_links(ctx.facts)) {
    if (form < 0 && (form_href.any(l.href) || form_words.any(l.words))) form = l.node;
    if (gc < 0 && (gc_href.any(l.href) || gc_words.any(l.words))) gc = l.node;
  }
  const int at = context >= 0 ? context : -1;
  // A site that showed both links on its complaints page has met the criterion.
  if ((form < 0 || gc < 0) && ctx.site->find("thuiswinkel-complaint-links") != nullptr) return;
  if (form < 0) ctx.add(Severity::kWarning, "warning-no-form", at, "", 0.7);
  if (gc < 0) ctx.add(Severity::kWarning, "warning-no-disputes", at, "", 0.7);
  if (form >= 0 && gc >= 0) {
    ctx.site->remember("thuiswinkel-complaint-links",
                       SiteFact{"yes", shown(ctx.facts, form), ctx.facts.snapshot().url});
    ctx.add(Severity::kPass, "pass", form, shown(ctx.facts, form), 0.8);
  }
}

}  // namespace kw::checks
