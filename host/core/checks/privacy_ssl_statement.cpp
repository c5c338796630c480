// privacy-ssl-statement: the shop states that it uses an SSL/TLS-secured connection while
// ordering and on pages that process personal data (Toetsingskader Privacy, bullet 6). A
// Thuiswinkel criterion, not a legal duty (art. 32 AVG requires the security, not the statement;
// insecure-form checks the connection itself). Every page that states it remembers it for the
// site (a footer "Veilig bestellen via een beveiligde verbinding" counts); on a privacy statement
// it passes when this page or an earlier page of the site said so. Its absence is a warning only
// for a shop that claims Thuiswinkel membership: the criterion binds members, and no law asks it.
#include "checks/checks.h"
#include "checks/member_claim.h"
#include "checks/privacy_common.h"

namespace kw::checks {

void privacy_ssl_statement(CheckContext& ctx) {
  const Rule& r = ctx.rule;
  const PageSentence* said = nullptr;
  const std::vector<PageSentence> all = privacy_sentences(ctx.facts);
  for (const PageSentence& s : all) {
    if (r.group("ssl").any(s.words) && !r.group("negated").any(s.words)) {
      said = &s;
      break;
    }
  }
  if (said != nullptr) {
    ctx.site->remember("ssl-statement",
                       SiteFact{"yes", evidence_of(said->text), ctx.facts.snapshot().url});
  }
  // Read on every page, so that a membership claim anywhere on the site is remembered.
  const bool member = thuiswinkel_claim(ctx).member;
  if (!ctx.in_scope || cookie_statement_only(ctx)) return;
  if (said != nullptr) {
    ctx.add(Severity::kPass, "pass", said->node, evidence_of(said->text), 0.8);
    return;
  }
  if (const SiteFact* earlier = ctx.site->find("ssl-statement")) {
    ctx.add(Severity::kPass, "pass-earlier", -1, earlier->evidence, 0.6);
    return;
  }
  if (member) ctx.add(Severity::kWarning, "warning", -1, "", 0.6);
}

}  // namespace kw::checks
