// withdrawal-value-loss: a shop may charge for the loss in value when a returned product was used
// more than needed to assess it (art. 6:230s lid 3 BW), and a Thuiswinkel shop must say so
// (Toetsingskader Herroepingsrecht, bullet 7). A bare "alleen ongebruikte artikelen" instead of
// that explanation turns a lawful deduction into an unlawful refusal (bullet 6: 'ongebruikt' only
// with an explanation). Every page remembers the explanation; a returns page judges.
#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "checks/text_scan.h"
#include "text/normalize.h"

namespace kw::checks {

void withdrawal_value_loss(CheckContext& ctx) {
  const Rule& r = ctx.rule;
  const PatternGroup& value_loss = r.group("value_loss");
  int explained = -1;
  std::string explained_text;
  int unused = -1;
  std::string unused_text;
  bool withdrawal = false;
  for (const TextBlock& b : text_blocks(ctx.facts)) {
    if (!withdrawal && r.group("withdrawal").any(b.words)) withdrawal = true;
    for (const std::string& s : sentences(b.text)) {
      const std::string w = text::word_string(s);
      if (w.empty()) continue;
      if (explained < 0 && value_loss.any(w)) {
        explained = b.node;
        explained_text = text::truncate_utf8(s, 240);
      }
      if (unused < 0 && r.group("unused").any(w) && r.group("unused_demand").any(w) &&
          !r.group("unused_soft").any(w) && !value_loss.any(w)) {
        unused = b.node;
        unused_text = text::truncate_utf8(s, 240);
      }
    }
  }
  if (explained >= 0) {
    ctx.site->remember("value-loss-notice",
                       SiteFact{"yes", explained_text, ctx.facts.snapshot().url});
  }
  // A shop of downloads only ("Er is niets terug te sturen") has no goods to lose value.
  if (!ctx.in_scope || !withdrawal || r.group("no_goods").any(ctx.facts.page_words())) return;
  // The steps of the online withdrawal function ("Herroeping bevestigen") and of a returns portal
  // ("Wat wil je terugsturen?") act on a withdrawal; the returns information they follow is where
  // the explanation belongs.
  if (r.group("function_step").any(title_and_h1_words(ctx.facts))) return;
  if (explained >= 0) {
    ctx.add(Severity::kPass, "pass", explained, explained_text, 0.8);
    return;
  }
  if (unused >= 0) {
    ctx.add(Severity::kWarning, "warning-unused", unused, unused_text, 0.75);
    return;
  }
  if (const SiteFact* earlier = ctx.site->find("value-loss-notice")) {
    ctx.add(Severity::kPass, "pass-earlier", -1, earlier->evidence, 0.6);
    return;
  }
  // Value is lost on goods the customer sends back; a page that speaks of no sending back (a
  // course, a workshop, a streaming subscription) has none to lose.
  bool goods_return = false;
  for (int i = 0; i < ctx.facts.size() && !goods_return; ++i) {
    goods_return = ctx.facts.visible(i) && !in_page_chrome(ctx.facts, i) &&
                   r.group("goods_return").any(ctx.facts.own_words(i));
  }
  if (!goods_return) return;
  ctx.add(Severity::kWarning, "warning", -1, "", 0.6);
}

}  // namespace kw::checks
