// privacy-rights-info: a privacy statement points out the data subject's rights — objection,
// access, rectification and erasure (Toetsingskader Privacy, bullet 5; art. 13 lid 2 sub b AVG) —
// and the right to complain to the Autoriteit Persoonsgegevens (art. 13 lid 2 sub d AVG). Shops
// name them as nouns ("recht op inzage") or as verbs ("u kunt uw gegevens inzien, laten
// corrigeren of verwijderen en bezwaar maken"); each right counts wherever on the page it stands.
// A pass when all five are named; otherwise a warning that lists the missing ones.
#include <array>

#include "checks/checks.h"
#include "checks/privacy_common.h"
#include "checks/text_scan.h"

namespace kw::checks {

namespace {

struct Right {
  const char* group;
  // For {reason}: a finding's values are the same in both languages, so each right is named in
  // Dutch and English, with its article of the AVG/GDPR.
  const char* named;
  int block = -1;  // index into the page's sentences, -1 when not named
};

}  // namespace

void privacy_rights_info(CheckContext& ctx) {
  if (!ctx.in_scope || cookie_statement_only(ctx)) return;
  const Rule& r = ctx.rule;
  std::array<Right, 5> rights{{
      {"access", "inzage/access (art. 15)"},
      {"rectification", "correctie/rectification (art. 16)"},
      {"erasure", "verwijdering/erasure (art. 17)"},
      {"objection", "bezwaar/objection (art. 21)"},
      {"complaint_authority",
       "klacht bij de Autoriteit Persoonsgegevens/complaint to the Dutch Data Protection "
       "Authority (art. 77)"},
  }};
  // Read per sentence, so words of two sentences ("gegevens … cookies verwijderen") never make a
  // right together.
  const std::vector<PageSentence> said = privacy_sentences(ctx.facts);
  std::vector<int> named_in(said.size(), 0);  // how many rights each sentence names
  for (std::size_t i = 0; i < said.size(); ++i) {
    for (Right& right : rights) {
      if (!r.group(right.group).any(said[i].words)) continue;
      ++named_in[i];
      if (right.block < 0) right.block = static_cast<int>(i);
    }
  }
  bool authority_link = false;
  if (rights[4].block < 0) {
    for (const Link& l : page_links(ctx.facts)) {
      if (r.group("authority_href").any(l.href)) authority_link = true;
    }
  }
  std::string missing;
  int first = -1;
  for (const Right& right : rights) {
    if (right.block >= 0) {
      if (first < 0 || right.block < first) first = right.block;
      continue;
    }
    if (&right == &rights[4] && authority_link) continue;
    missing += (missing.empty() ? "" : ", ") + std::string(right.named);
  }
  if (!missing.empty()) {
    Finding& f = ctx.add(Severity::kWarning, "warning",
                         first >= 0 ? said[static_cast<std::size_t>(first)].node : -1, "", 0.7);
    f.vars["reason"] = missing;
    return;
  }
  // The evidence: the sentence that names the most rights.
  std::size_t best = static_cast<std::size_t>(first);
  for (std::size_t i = 0; i < said.size(); ++i) {
    if (named_in[i] > named_in[best]) best = i;
  }
  ctx.add(Severity::kPass, "pass", said[best].node, evidence_of(said[best].text), 0.8);
}

}  // namespace kw::checks
