// offer-language: offer, terms and order steps in Dutch, or as an exception English
// (Toetsingskader, Aanbod). The page's language is read from its words (common function words per
// language, counted per element, quotes left out), with <html lang> as a hint when the text is too
// short to tell. A page in another
// language with a Dutch or English version a link away is compliant: the shop offers the Dutch text
// too.
#include <algorithm>
#include <array>

#include "checks/checks.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

constexpr std::size_t kMaxWords = 4000;
constexpr int kMinCount = 8;    // marker words needed to call a language
constexpr int kMaxPerNode = 8;  // markers one element may add per language

const std::array<const char*, 6> kLangs = {"nl", "en", "de", "fr", "es", "it"};

}  // namespace

void offer_language(CheckContext& ctx) {
  if (!ctx.in_scope) return;
  const PageFacts& facts = ctx.facts;
  const Rule& r = ctx.rule;
  std::array<int, 6> count{};
  std::array<std::string, 6> sample;
  // Counted per element: a quote (<blockquote>, <q>) is someone else's words, and no one element
  // counts for more than kMaxPerNode markers, so one French winemaker's note on a Dutch product
  // page does not outweigh the page around it. A page in French has French in many elements.
  std::vector<char> quoted(static_cast<std::size_t>(facts.size()), 0);
  std::size_t seen = 0;
  for (int i = 0; i < facts.size() && seen < kMaxWords; ++i) {
    const Node& n = facts.node(i);
    const bool parent_quoted = n.parent >= 0 && quoted[static_cast<std::size_t>(n.parent)];
    quoted[static_cast<std::size_t>(i)] = parent_quoted || n.tag == "blockquote" || n.tag == "q";
    if (quoted[static_cast<std::size_t>(i)] || !facts.visible(i)) continue;
    const std::string& words = facts.own_words(i);
    std::array<int, 6> here{};
    std::size_t at = 0;
    while (at < words.size() && seen < kMaxWords) {
      std::size_t sp = words.find(' ', at);
      if (sp == std::string::npos) sp = words.size();
      const std::string w = words.substr(at, sp - at);
      at = sp + 1;
      ++seen;
      for (std::size_t l = 0; l < kLangs.size(); ++l) {
        if (here[l] >= kMaxPerNode || !r.group(std::string("lang_") + kLangs[l]).any(w)) continue;
        ++here[l];
        ++count[l];
        if (sample[l].size() < 40 && sample[l].find("„" + w + "”") == std::string::npos) {
          sample[l] += (sample[l].empty() ? "" : ", ") + ("„" + w + "”");
        }
      }
    }
  }
  int total = 0;
  std::size_t best = 0;
  for (std::size_t l = 0; l < kLangs.size(); ++l) {
    total += count[l];
    if (count[l] > count[best]) best = l;
  }
  const std::string declared = text::lower_ascii(facts.snapshot().lang).substr(0, 2);
  const bool declared_other = !declared.empty() && declared != "nl" && declared != "en";
  const bool confident = count[best] >= kMinCount && count[best] * 10 >= total * 6;
  if (confident && best < 2) return;  // Dutch or English
  // A Dutch or English version a link away.
  for (const Control& c : facts.controls()) {
    if (c.kind != ControlKind::kLink && c.kind != ControlKind::kButton &&
        c.kind != ControlKind::kSelect) {
      continue;
    }
    const std::string label = text::word_string(c.label);
    if (r.group("switch").any(label)) return;
  }
  for (int i = 0; i < facts.size(); ++i) {
    const std::string_view href = facts.node(i).attr("href");
    if (!href.empty() && r.group("alt_href").any(text::lower_ascii(href))) return;
  }
  if (confident) {
    const std::string& lang = facts.snapshot().lang;
    ctx.add(Severity::kViolation, std::string("violation-") + kLangs[best], -1,
            (lang.empty() ? "" : "lang=\"" + lang + "\"; ") + sample[best], 0.8);
    return;
  }
  if (declared_other && count[0] + count[1] < kMinCount) {
    ctx.add(Severity::kNeedsReview, "needs-review", -1, "lang=\"" + facts.snapshot().lang + "\"",
            0.4);
  }
}

}  // namespace kw::checks
