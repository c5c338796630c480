// The one place that recognises VAT wording (see vat.h): re2 patterns over normalize() output,
// compiled once. A VAT number ("btw-nummer", "btw-id", "BTW: NL123…B01") is not a statement about a
// price.
#include "text/vat.h"

#include <array>
#include <string>

#include <re2/re2.h>

#include "text/normalize.h"

namespace kw::text {
namespace {

// "btw", "b.t.w." (normalised to lower case), and the English "vat". The Dutch word "vat" (a
// barrel, or "vat samen") is too common to count on its own, so bare mentions only accept "btw".
#define KW_BTW "(?:\\bbtw\\b|\\bb\\.t\\.w(?:\\.|\\b)|\\bvat\\b)"
#define KW_BTW_NL "(?:\\bbtw\\b|\\bb\\.t\\.w(?:\\.|\\b))"
#define KW_RATE(name) "(?P<" name ">\\d{1,3}(?:[.,]\\d{1,2})?) ?%"
// "incl. verzendkosten en btw": up to three words, then "en"/"&"/"+" before the VAT word.
#define KW_LIST "(?:(?:[a-z]+,? ){1,3}(?:en|&|\\+) )?"

const RE2& vat_re() {
  static const RE2 re(
      // Reverse charge first: "btw verlegd" must not read as a bare "btw".
      "(?P<rev>(?:" KW_RATE("r1") " ?)?" KW_BTW "[- ]?(?:is |wordt )?verleg[a-z]*"
      "|\\bverlegde (?:de )?" KW_BTW "|\\bverlegg?ingsregeling\\b|\\bverlegging van (?:de )?" KW_BTW
      "|\\breverse[- ]charged?\\b)"
      // Included: "incl. btw", "inclusief 21% btw", "prijzen zijn inclusief btw", "incl. verzendkosten en
      // btw", "incl. btw (21%)", "btw inbegrepen".
      "|(?P<incl>\\b(?:inclusief|inclusive|including|incl|inc)\\b\\.? ?" KW_LIST "(?:de )?"
      "(?:" KW_RATE("r2") " ?)?" KW_BTW "(?: ?\\(" KW_RATE("r3") "\\))?"
      "|" KW_BTW " (?:is )?(?:inbegrepen|inclusief|incl\\b\\.?))"
      // Excluded: "excl. btw", "ex btw", "exc. btw", "zonder btw", "excl. 21% btw", "+ btw", "plus btw".
      "|(?P<excl>\\b(?:exclusief|exclusive|excluding|excl|exc|ex|zonder|plus)\\b\\.? ?" KW_LIST "(?:de )?"
      "(?:" KW_RATE("r4") " ?)?" KW_BTW "(?: ?\\(" KW_RATE("r5") "\\))?"
      "|\\+ ?(?:" KW_RATE("r6") " ?)?" KW_BTW "|" KW_BTW " (?:exclusief|excl\\b\\.?))"
      // A rate or a VAT amount line: "21% btw", "btw 9%", "BTW (21%)", "btw-tarief: 21%", "waarvan btw".
      "|(?P<rate>(?:\\bwaarvan )?" KW_RATE("r7") " ?" KW_BTW
      "|(?:\\bwaarvan )?" KW_BTW "[- ]?(?:tarief|percentage)?:? ?\\(?" KW_RATE("r8") "\\)?"
      "|\\bwaarvan " KW_BTW ")"
      // Any other "btw": "btw: € 4,34", "BTW € 4,34".
      "|(?P<bare>" KW_BTW_NL ")");
  return re;
}

// What follows a VAT word when it names a VAT number rather than VAT on a price.
const RE2& vat_number_re() {
  static const RE2 re(
      "[-: ]{0,2}(?:(?:nummer|nr|id|identificatie[a-z]*|identification|number|no)\\b|nl ?\\d)");
  return re;
}

#undef KW_BTW
#undef KW_BTW_NL
#undef KW_RATE
#undef KW_LIST

struct Groups {
  int rev, incl, excl, rate, bare;
  std::array<int, 8> rates;
  int count;
};

const Groups& groups() {
  static const Groups g = [] {
    const auto& names = vat_re().NamedCapturingGroups();
    auto at = [&](const std::string& name) {
      const auto it = names.find(name);
      return it == names.end() ? 0 : it->second;
    };
    Groups r{};
    r.rev = at("rev"), r.incl = at("incl"), r.excl = at("excl"), r.rate = at("rate"),
    r.bare = at("bare");
    for (std::size_t i = 0; i < r.rates.size(); ++i) r.rates[i] = at("r" + std::to_string(i + 1));
    r.count = vat_re().NumberOfCapturingGroups() + 1;
    return r;
  }();
  return g;
}

// "21" -> 21, "5,5" -> 5 (whole percent; Dutch rates are 0, 9 and 21); -1 when absurd.
int parse_rate(re2::StringPiece p) {
  int value = 0;
  for (const char c : p) {
    if (c < '0' || c > '9') break;
    value = value * 10 + (c - '0');
  }
  return value <= 100 ? value : -1;
}

}  // namespace

std::vector<VatMention> find_vat(std::string_view s) {
  std::vector<VatMention> out;
  const std::string n = normalize(s);
  // Cheap exit: every pattern needs one of these words.
  if (n.find("btw") == std::string::npos && n.find("b.t.w") == std::string::npos &&
      n.find("vat") == std::string::npos && n.find("verleg") == std::string::npos &&
      n.find("reverse") == std::string::npos)
    return out;

  const RE2& re = vat_re();
  const Groups& gi = groups();
  std::array<re2::StringPiece, 24> m{};
  if (gi.count > static_cast<int>(m.size())) return out;
  const re2::StringPiece text(n);
  std::size_t pos = 0;
  while (pos < n.size() && re.Match(text, pos, n.size(), RE2::UNANCHORED, m.data(), gi.count)) {
    const auto begin = static_cast<std::size_t>(m[0].data() - n.data());
    const std::size_t end = begin + m[0].size();
    pos = end > begin ? end : begin + 1;
    if (vat_number_re().Match(text, end, n.size(), RE2::ANCHOR_START, nullptr, 0)) continue;

    VatMention v{VatKind::kRateOnly};
    if (m[gi.rev].data()) {
      v.kind = VatKind::kReverseCharge;
    } else if (m[gi.incl].data()) {
      v.kind = VatKind::kIncluded;
    } else if (m[gi.excl].data()) {
      v.kind = VatKind::kExcluded;
    }
    for (const int r : gi.rates) {
      if (r > 0 && m[r].data()) {
        v.rate_percent = parse_rate(m[r]);
        break;
      }
    }
    v.begin = begin;
    v.end = end;
    out.push_back(v);
  }
  return out;
}

std::optional<VatKind> vat_status(std::string_view s) {
  bool rate_only = false;
  for (const VatMention& v : find_vat(s)) {
    if (v.kind == VatKind::kRateOnly) {
      rate_only = true;
    } else {
      return v.kind;  // the first incl/excl/reverse-charge statement in text order
    }
  }
  if (rate_only) return VatKind::kRateOnly;
  return std::nullopt;
}

}  // namespace kw::text
