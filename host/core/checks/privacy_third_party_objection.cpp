// privacy-third-party-objection: when a privacy statement says personal data goes to third parties
// for more than carrying out the contract (partners' marketing, selling or renting data), the
// consumer must be able to object (Toetsingskader Privacy, bullet 3; art. 21 and art. 6 AVG).
// Read per sentence; the parts of a sentence that deny sharing (split before "maar", "wel", "but")
// drop out, so "we verkopen je gegevens niet, maar delen ze met geselecteerde partners" is read as
// sharing. Sharing only what the order needs (carrier, payment provider) is what the bullet
// allows: silent. Sharing beyond that passes when the page offers a way to object, opt out or
// consent anywhere (the rights paragraph's "bezwaar" counts: art. 21 AVG is that way; unsubscribing
// from the shop's own newsletter does not), and is a warning otherwise. A statement that rules
// sharing out ("wij verkopen uw gegevens niet") passes; a page that never speaks of third parties
// is silent.
#include <string_view>

#include "checks/checks.h"
#include "checks/privacy_common.h"

namespace kw::checks {

namespace {

// The parts of a word string, split before every word of the "contrast" group.
std::vector<std::string> parts(std::string_view words, const PatternGroup& contrast) {
  std::vector<std::string> out(1);
  std::size_t at = 0;
  while (at < words.size()) {
    std::size_t sp = words.find(' ', at);
    if (sp == std::string_view::npos) sp = words.size();
    const std::string_view w = words.substr(at, sp - at);
    if (contrast.any(w) && !out.back().empty()) out.emplace_back();
    if (!out.back().empty()) out.back() += ' ';
    out.back() += w;
    at = sp + 1;
  }
  return out;
}

}  // namespace

void privacy_third_party_objection(CheckContext& ctx) {
  if (!ctx.in_scope || cookie_statement_only(ctx)) return;
  const Rule& r = ctx.rule;
  const std::vector<PageSentence> all = privacy_sentences(ctx.facts);
  const PageSentence* shared = nullptr;
  const PageSentence* denied = nullptr;
  const PageSentence* objection = nullptr;
  bool objection_with_sharing = false;  // the way to object stands in a sharing sentence
  for (const PageSentence& s : all) {
    const bool third = r.group("third_party").any(s.words);
    // Unsubscribing from the shop's own newsletter is no objection to sharing with others.
    const bool own_mail = r.group("newsletter").any(s.words) && !third &&
                          !r.group("share").any(s.words) && !r.group("sell").any(s.words);
    const bool objects = r.group("objection").any(s.words) && !own_mail;
    if (objects && objection == nullptr) objection = &s;
    if (!r.group("data").any(s.words) || r.group("not_beyond").any(s.words)) continue;
    // The denying parts of the sentence drop out; the rest is read as one.
    bool denial = false;
    std::string rest;
    for (const std::string& p : parts(s.words, r.group("contrast"))) {
      if (r.group("denial").any(p)) {
        denial = denial || r.group("share").any(p);
        continue;
      }
      rest += (rest.empty() ? "" : " ") + p;
    }
    const bool sharing = r.group("sell").any(rest) ||
                         (third && r.group("share").any(rest) && r.group("beyond").any(rest));
    if (sharing) {
      if (shared == nullptr) shared = &s;
      if (objects && !objection_with_sharing) {
        objection = &s;
        objection_with_sharing = true;
      }
    } else if (denial && denied == nullptr) {
      denied = &s;
    }
  }
  if (shared != nullptr) {
    if (objection != nullptr) {
      ctx.add(Severity::kPass, "pass", objection->node, evidence_of(objection->text), 0.7);
    } else {
      ctx.add(Severity::kWarning, "warning", shared->node, evidence_of(shared->text), 0.7);
    }
    return;
  }
  if (denied != nullptr) {
    ctx.add(Severity::kPass, "pass-not-shared", denied->node, evidence_of(denied->text), 0.7);
  }
}

}  // namespace kw::checks
