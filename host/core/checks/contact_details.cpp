// contact-details: the shop's e-mail address, phone number and visiting or postal address (art.
// 6:230m lid 1 sub b–d BW; Toetsingskader Contactgegevens). Every page adds what it shows to the
// site memory (the footer, the contact page), so a missing detail is reported on the contact page
// or the final order step only when no page of the site showed it so far.
#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/dutch_ids.h"

namespace kw::checks {

namespace {

struct Detail {
  const char* key;      // site memory key
  const char* missing;  // message key suffix
  int node = -1;
  std::string evidence;
};

}  // namespace

void contact_details(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PageText pt(facts);
  const std::string& t = pt.text();
  Detail email{"email", "email"};
  Detail phone{"phone", "phone"};
  Detail address{"address", "address"};

  if (auto e = text::find_emails(t); !e.empty()) {
    email.node = pt.node_at(e[0].begin);
    email.evidence = t.substr(e[0].begin, e[0].end - e[0].begin);
  }
  if (auto p = text::find_phones(t); !p.empty()) {
    phone.node = pt.node_at(p[0].begin);
    phone.evidence = t.substr(p[0].begin, p[0].end - p[0].begin);
  }
  if (auto a = text::find_postcodes(t); !a.empty()) {
    address.node = pt.node_at(a[0].begin);
    address.evidence = pt.shown_at(a[0].begin);
  }
  for (const Link& l : page_links(facts)) {
    if (email.node < 0 && l.href.starts_with("mailto:") && l.href.find('@') != std::string::npos) {
      email.node = l.node;
      email.evidence = l.href.substr(
          7, l.href.find('?') == std::string::npos ? std::string::npos : l.href.find('?') - 7);
    }
    if (phone.node < 0 && l.href.starts_with("tel:") && !text::national_phone(l.href).empty()) {
      phone.node = l.node;
      phone.evidence = l.href.substr(4);
    }
  }

  for (const Detail* d : {&email, &phone, &address}) {
    if (d->node >= 0)
      ctx.site->remember(d->key, SiteFact{d->evidence, d->evidence, facts.snapshot().url});
  }
  if (!ctx.in_scope) return;

  const bool contact_page = ctx.page.has("contact");
  bool any_missing = false;
  for (const Detail* d : {&email, &phone, &address}) {
    if (d->node >= 0) continue;
    const SiteFact* known = ctx.site->find(d->key);
    if (known != nullptr && known->url != facts.snapshot().url) continue;  // another page showed it
    any_missing = true;
    if (contact_page) {
      ctx.add(Severity::kWarning, std::string("warning-missing-") + d->missing, -1, "", 0.6);
    } else {
      ctx.add(Severity::kNeedsReview, std::string("needs-review-missing-") + d->missing, -1, "",
              0.5);
    }
  }
  if (!any_missing) {
    ctx.add(Severity::kPass, "pass", email.node >= 0 ? email.node : phone.node, email.evidence,
            0.8);
  }
}

}  // namespace kw::checks
