// The trader's name in shown text (see company_name.h): the text is cut into space-separated
// tokens, and names are runs of tokens that look like name words. The legal forms, labels and
// street words are the grammar of Dutch company names and addresses, so they live here with the
// code that reads them, as the KvK and btw labels live in dutch_ids.
#include "text/company_name.h"

#include <algorithm>

#include <re2/re2.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include "text/dutch_ids.h"
#include "text/normalize.h"

namespace kw::text {
namespace {

struct Token {
  std::string_view text;  // as shown, punctuation included
  std::size_t begin = 0;  // byte offset in the input
};

bool is_space_at(std::string_view s, std::size_t i, std::size_t* width) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
    *width = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    *width = 2;  // no-break space
    return true;
  }
  return false;
}

std::vector<Token> tokens_of(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0, start = std::string_view::npos;
  while (i < s.size()) {
    std::size_t w = 1;
    if (is_space_at(s, i, &w)) {
      if (start != std::string_view::npos) out.push_back({s.substr(start, i - start), start});
      start = std::string_view::npos;
    } else if (start == std::string_view::npos) {
      start = i;
    }
    i += w;
  }
  if (start != std::string_view::npos) out.push_back({s.substr(start), start});
  return out;
}

UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c < 0 ? 0 : c;
}

bool one_of(std::string_view s, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// Tokens that separate parts of a line: "Fietsenhuis | KvK …", "© 2026 – Fietsenhuis".
bool is_separator(std::string_view t) {
  return one_of(t, {"|", "-", "–", "—", "•", "·", "/", "+", ">", "»", "*", "~"});
}

// Lower-case words that may stand inside a name: "Fietsen en Meer", "Van der Linden", "Wonen met
// Stijl", "Sieraden by Sanne".
bool is_particle(std::string_view t) {
  return one_of(t, {"van", "de",   "der", "den", "het", "'t",  "’t",  "en",     "&",
                    "'n",  "voor", "op",  "aan", "in",  "of",  "la",  "le",     "du",
                    "von", "y",    "and", "met", "by",  "uit", "bij", "zonder", "the"});
}

// Capitalised words that start a label, a greeting, a credit or a sentence, not a name: "Onze BV",
// "BTW NL…", "Welkom bij …", "© 2026 Ontwerp: Studio Noord", "Maandag Gesloten".
bool is_not_name_start(std::string_view t) {
  const std::string l = lower_ascii(t);
  return one_of(l, {"onze",         "ons",         "uw",
                    "je",           "jouw",        "deze",
                    "dit",          "die",         "mijn",
                    "een",          "welkom",      "bij",
                    "btw",          "btw-nummer",  "btw-id",
                    "vat",          "iban",        "bic",
                    "kvk",          "kvk-nummer",  "coc",
                    "tel",          "tel.",        "telefoon",
                    "fax",          "e-mail",      "email",
                    "mail",         "adres",       "gevestigd",
                    "ingeschreven", "ontwerp",     "thema",
                    "theme",        "webdesign",   "design",
                    "powered",      "made",        "gemaakt",
                    "ontwikkeld",   "realisatie",  "website",
                    "hosting",      "alle",        "all",
                    "rights",       "logo",        "copyright",
                    "algemene",     "voorwaarden", "openingstijden",
                    "maandag",      "dinsdag",     "woensdag",
                    "donderdag",    "vrijdag",     "zaterdag",
                    "zondag",       "ma",          "di",
                    "wo",           "do",          "vr",
                    "za",           "zo",          "gesloten",
                    "bezoek",       "bel",         "volg",
                    "get",          "contact",     "neem",
                    "stuur",        "klik",        "lees",
                    "bekijk",       "mijn",        "wij",
                    "we",           "ik",          "u",
                    "hier",         "meer",        "naar"});
}

// Words after which a company is a third party: "webdesign door Pixelmakers B.V.", "betalen via
// Mollie B.V.", "verzenden met PostNL", "doneren aan Stichting …".
bool is_third_party_cue(std::string_view t) {
  return one_of(lower_ascii(t), {"door", "via", "by", "met", "aan", "partner", "partners"});
}

// "fietsenhuis.nl", "bol.com": a domain used as a trading name.
bool is_domain(std::string_view t) {
  static const RE2 re("[\\p{L}0-9][\\p{L}0-9-]*(\\.[\\p{L}0-9-]+)*\\.[a-z]{2,6}");
  return RE2::FullMatch(re2::StringPiece(t.data(), t.size()), re);
}

// The legal forms written after a name. Lower-case forms only with dots: "bv" means bijvoorbeeld.
bool is_suffix_form(std::string_view t) {
  return one_of(
      t, {"B.V.",   "B.V",     "BV",   "N.V.",   "N.V",  "NV",       "V.O.F.", "V.O.F", "VOF",
          "V.o.f.", "C.V.",    "b.v.", "v.o.f.", "n.v.", "B.V.B.A.", "BVBA",   "GmbH",  "Ltd",
          "Ltd.",   "Limited", "Inc.", "LLC",    "S.A.", "SARL",     "S.r.l.", "SRL",   "S.L.",
          "A/S",    "ApS",     "plc",  "PLC",    "U.A.", "u.a."});
}

// The legal forms written before a name: "Stichting Boekenbank", "Coöperatie Zuivel U.A.".
bool is_prefix_form(std::string_view t) {
  return one_of(t, {"Stichting", "Vereniging", "Coöperatie", "Coöperatieve", "Cooperatie",
                    "Maatschap", "Firma", "Fa."});
}

// The token without the punctuation that closes a phrase; `ended` says whether it closed one.
std::string_view core_of(std::string_view t, bool* ended) {
  *ended = false;
  while (!t.empty()) {
    const char c = t.back();
    if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '"') {
      t.remove_suffix(1);
      *ended = true;
    } else if (t.ends_with("”") || t.ends_with("’")) {
      t.remove_suffix(3);
      *ended = true;
    } else {
      break;
    }
  }
  // A closing full stop ends the sentence, unless it belongs to an abbreviation or legal form
  // ("Gebr. Jansen B.V.", "Van Dijk & Zn. B.V.").
  if (t.size() > 1 && t.back() == '.' && !is_suffix_form(t) && !is_prefix_form(t) &&
      !one_of(t, {"Gebr.", "Gebroeders.", "Zn.", "Wed.", "Co.", "Ing.", "Dr.", "Mr.", "St."}) &&
      t.substr(0, t.size() - 1).find('.') == std::string_view::npos) {
    t.remove_suffix(1);
    *ended = true;
  }
  return t;
}

// A word that can carry a name: capitalised, a domain, "&", or a number beside letters ("123inkt").
bool is_name_word(std::string_view t, bool first) {
  if (t.empty()) return false;
  if (t == "&") return !first;
  if (is_suffix_form(t)) return !first;
  if (is_domain(t)) return true;
  const UChar32 c = first_code_point(t);
  if (u_isupper(c) || u_istitle(c)) return true;
  if (u_isdigit(c)) return has_letter(t);  // "123inkt"; a bare number is a phone or a year
  return false;
}

struct Run {
  std::size_t first = 0;  // token indices [first, last]
  std::size_t last = 0;
  std::size_t end = 0;  // byte end of the last token's core
  bool found = false;
};

// The name run starting at token `from`.
Run run_from(const std::vector<Token>& toks, std::size_t from) {
  Run r;
  std::size_t words = 0;
  for (std::size_t i = from; i < toks.size() && words < 8; ++i) {
    const std::string_view raw = toks[i].text;
    if (is_separator(raw) || raw.front() == '(' || raw.front() == '"') break;
    bool ended = false;
    const std::string_view core = core_of(raw, &ended);
    const bool lead_particle = !r.found && (core == "'t" || core == "’t");  // "'t Fietsenhuisje"
    const bool name = is_name_word(core, !r.found);
    if (!r.found && name && is_not_name_start(core)) break;
    if (!name && !lead_particle && !(r.found && is_particle(core))) break;
    if (!r.found) r.first = i;
    r.found = true;
    if (name) {  // a name ends on a name word, not on a particle
      r.last = i;
      r.end = toks[i].begin + core.size();
    }
    ++words;
    if (ended) break;
  }
  return r;
}

std::string_view slice(std::string_view s, const std::vector<Token>& toks, const Run& r) {
  return s.substr(toks[r.first].begin, r.end - toks[r.first].begin);
}

// A house number with its addition: "12", "12a", "12-14", "12/2", "12 a", "12 bis", "12-hs".
bool is_house_number(std::string_view t) {
  static const RE2 re("\\d{1,5}[a-zA-Z]{0,2}(?:[-/]\\d{0,5}[a-zA-Z]{0,3})?,?");
  return RE2::FullMatch(re2::StringPiece(t.data(), t.size()), re);
}
bool is_number_addition(std::string_view t) {
  return t.size() <= 4 && !t.empty() && !u_isupper(first_code_point(t)) &&
         (has_letter(t) || t == "-");
}

// The index of the house number that ends the line, or npos.
std::size_t house_number_at(const std::vector<Token>& toks) {
  std::size_t n = toks.size();
  for (int extra = 0; extra < 3 && n > 0; ++extra) {
    std::string_view t = toks[n - 1].text;
    if (t.ends_with(",")) t.remove_suffix(1);
    if (is_house_number(t)) return n - 1;
    if (!is_number_addition(t)) return std::string_view::npos;
    --n;
  }
  return std::string_view::npos;
}

// Street names end in one of these ("Dorpsstraat", "Stationsweg"), or start with one as a word
// ("Laan van Meerdervoort", "Plein 1944" does not matter: a number is no street word).
bool is_street_word(std::string_view t) {
  const std::string l = lower_ascii(t);
  static constexpr std::string_view kEnds[] = {
      "straat", "weg",   "laan",   "plein", "kade",  "gracht",    "dijk",      "singel",
      "hof",    "markt", "pad",    "dreef", "steeg", "park",      "baan",      "ring",
      "wal",    "haven", "kanaal", "dam",   "poort", "veld",      "erf",       "zijde",
      "plaats", "hoven", "werf",   "allee", "oord",  "boulevard", "plantsoen", "kwartier"};
  for (std::string_view e : kEnds) {
    if (l.size() >= e.size() && l.ends_with(e)) return true;
  }
  return false;
}

// Words that may stand before a street name: "Burgemeester de Withstraat", "Van Heemstraweg".
bool is_street_title(std::string_view t) {
  return is_particle(t) ||
         one_of(t, {"Burgemeester", "Burg.",    "Dokter", "Dr.",      "Professor", "Prof.",
                    "Prins",        "Prinses",  "Koning", "Koningin", "Graaf",     "Sint",
                    "St.",          "Generaal", "Gen.",   "Pastoor",  "Kapitein",  "Admiraal",
                    "Mr.",          "Jhr.",     "Oude",   "Nieuwe",   "Kleine",    "Grote",
                    "Korte",        "Lange",    "Hoge",   "Lage",     "Eerste",    "Tweede",
                    "Derde",        "Van",      "De",     "Het",      "Den",       "Ter",
                    "Ten",          "Le",       "La"});
}

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

std::string leading_name(std::string_view shown) {
  const auto toks = tokens_of(shown);
  if (toks.empty()) return {};
  const Run r = run_from(toks, 0);
  if (!r.found || r.end == 0) return {};
  return std::string(slice(shown, toks, r));
}

bool is_name_line(std::string_view shown) {
  const auto toks = tokens_of(shown);
  if (toks.empty() || toks.size() > 8) return false;
  const Run r = run_from(toks, 0);
  if (!r.found || r.end == 0 || r.last + 1 != toks.size()) return false;
  const std::string_view name = slice(shown, toks, r);
  return has_letter(name) && !toks.back().text.ends_with(":");
}

std::vector<NameMention> find_legal_form_names(std::string_view shown) {
  const auto toks = tokens_of(shown);
  std::vector<NameMention> out;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    bool ended = false;
    std::string_view form = core_of(toks[i].text, &ended);
    if (!is_suffix_form(form) && form.ends_with('.')) {
      const std::string_view bare = form.substr(0, form.size() - 1);
      if (is_suffix_form(bare)) form = bare;
    }
    if (is_suffix_form(form)) {
      if (i == 0) continue;
      // Walk back over name words; a token closing a phrase ("Adres:", "Leverancier,") stops.
      std::size_t first = i, cap = 0;
      for (std::size_t j = i; j-- > 0 && i - j <= 6;) {
        const std::string_view raw = toks[j].text;
        if (is_separator(raw)) break;
        bool closed = false;
        const std::string_view core = core_of(raw, &closed);
        if (closed) break;
        const bool name = is_name_word(core, false) && !is_suffix_form(core);
        if (!name && !is_particle(core)) break;
        first = j;
        if (name) ++cap;
      }
      // A name starts on a word that can start one: not "van", not a year ("© 2026 Jansen B.V."),
      // not "Onze" ("Onze BV is in 2010 opgericht").
      while (first < i && (!is_name_word(core_of(toks[first].text, &ended), true) ||
                           is_not_name_start(core_of(toks[first].text, &ended)))) {
        ++first;
      }
      if (cap == 0 || first == i) continue;
      if (first > 0 && is_third_party_cue(core_of(toks[first - 1].text, &ended))) continue;
      const std::size_t begin = toks[first].begin, end = toks[i].begin + form.size();
      out.push_back({std::string(shown.substr(begin, end - begin)), begin, end});
    } else if (is_prefix_form(form) && i + 1 < toks.size() && !ended) {
      const Run r = run_from(toks, i + 1);
      if (!r.found || r.end == 0 || r.first != i + 1) continue;
      // "doneren aan Stichting Het Vergeten Kind": a third party.
      if (i > 0 && is_third_party_cue(core_of(toks[i - 1].text, &ended))) continue;
      const std::size_t begin = toks[i].begin;
      out.push_back({std::string(shown.substr(begin, r.end - begin)), begin, r.end});
      i = r.last;
    }
  }
  return out;
}

std::vector<NameMention> find_labelled_names(std::string_view shown) {
  static const RE2 re(
      "(?i)\\b(?:handelsnaam van|handelsnaam|bedrijfsnaam|statutaire naam|firmanaam|"
      "handelend onder de naam|handelt onder de naam|h\\.o\\.d\\.n\\.?|hodn|company name|"
      "trade name|trading name|trading as|registered name|legal name|handelsnamen|"
      "t\\.n\\.v\\.?|ten name van)\\s*[:\\-–]?\\s*");
  std::vector<NameMention> out;
  re2::StringPiece input(shown.data(), shown.size());
  while (RE2::FindAndConsume(&input, re)) {
    const std::size_t at = static_cast<std::size_t>(input.data() - shown.data());
    const std::string name = leading_name(shown.substr(at));
    if (name.empty()) continue;
    out.push_back({name, at, at + name.size()});
  }
  // "Keramiek Atelier Klei is een eenmanszaak van …": the name before the statement.
  static const RE2 statement(
      "(?i)(\\s+is (?:een )?(?:eenmanszaak|handelsnaam|webwinkel|onderdeel|merk)\\b)");
  re2::StringPiece all(shown.data(), shown.size());
  re2::StringPiece hit;
  if (RE2::PartialMatch(all, statement, &hit)) {
    const std::size_t cut = static_cast<std::size_t>(hit.data() - shown.data());
    const auto toks = tokens_of(shown.substr(0, cut));
    std::size_t first = toks.size();
    bool ended = false;
    while (first > 0 && toks.size() - first < 6) {
      const std::string_view raw = toks[first - 1].text;
      const std::string_view core = core_of(raw, &ended);
      if (ended || is_separator(raw) || !(is_name_word(core, false) || is_particle(core))) break;
      --first;
    }
    while (first < toks.size() && !is_name_word(core_of(toks[first].text, &ended), true)) ++first;
    if (first < toks.size() && !is_not_name_start(core_of(toks[first].text, &ended))) {
      const std::string name = trim(shown.substr(toks[first].begin, cut - toks[first].begin));
      out.push_back({name, toks[first].begin, cut});
    }
  }
  return out;
}

bool is_name_label(std::string_view shown) {
  static const RE2 re(
      "(?i)\\s*(?:handelsnaam|bedrijfsnaam|statutaire naam|firmanaam|company name|trade name|"
      "trading name|registered name|legal name)\\s*:?\\s*");
  return RE2::FullMatch(re2::StringPiece(shown.data(), shown.size()), re);
}

std::optional<NameMention> copyright_holder(std::string_view shown) {
  static const RE2 re("(?i)(?:©|\\(c\\)|\\bcopyright\\b)");
  re2::StringPiece input(shown.data(), shown.size());
  if (!RE2::FindAndConsume(&input, re)) return std::nullopt;
  std::size_t at = static_cast<std::size_t>(input.data() - shown.data());
  // Skip a second mark, the years and "by"/"door": "Copyright © 2019 - 2026 door Fietsenhuis".
  static const RE2 skip("(?i)^(?:\\s|©|\\(c\\)|copyright|\\d{4}|[-–—,.|·•]|by\\b|door\\b)+");
  re2::StringPiece rest(shown.data() + at, shown.size() - at);
  if (RE2::Consume(&rest, skip)) at = static_cast<std::size_t>(rest.data() - shown.data());
  const std::string name = leading_name(shown.substr(at));
  if (name.empty()) return std::nullopt;
  return NameMention{name, at, at + name.size()};
}

std::string text_before_street(std::string_view line) {
  auto toks = tokens_of(line);
  while (!toks.empty() && is_separator(toks.back().text)) toks.pop_back();  // "Dorpsstraat 12 ·"
  const std::size_t h = house_number_at(toks);
  if (h == std::string_view::npos || h == 0) return {};
  // A comma or separator before the street is the clearest boundary: "Dutch Design Store B.V.,
  // Keizersgracht 100", "Fietsenhuis Jansen · Dorpsstraat 12".
  for (std::size_t j = h; j-- > 0;) {
    if (toks[j].text.ends_with(",")) {
      return trim(line.substr(0, toks[j].begin + toks[j].text.size()));
    }
    if (is_separator(toks[j].text)) return trim(line.substr(0, toks[j].begin));
  }
  for (std::size_t j = h; j-- > 0;) {
    bool ended = false;
    const std::string_view core = core_of(toks[j].text, &ended);
    if (!is_street_word(core)) continue;
    std::size_t start = j;
    while (start > 0 && is_street_title(core_of(toks[start - 1].text, &ended))) --start;
    if (start == 0) return {};
    return trim(line.substr(0, toks[start].begin));
  }
  return {};
}

namespace {

// The name line that ends `prefix` and is set apart from what follows by a separator or comma
// ("GoedkoopFietsen · " before "KvK …", "FitnessDirect, " before "Postbus 211"); empty otherwise.
std::string name_segment_before(std::string_view prefix) {
  auto toks = tokens_of(prefix);
  bool set_apart = !toks.empty() && toks.back().text.ends_with(",");
  while (!toks.empty() && is_separator(toks.back().text)) {
    toks.pop_back();
    set_apart = true;
  }
  if (toks.empty()) return {};
  // The segment after the last separator or comma: "Fietsenhuis · Dorpsstraat 12 · Jansen BV ·".
  // A comma or a full stop closes the phrase before it ("…verzenden. GoedkoopFietsen · KvK").
  auto closes = [&](std::size_t j) {
    bool ended = false;
    core_of(toks[j].text, &ended);
    return ended;
  };
  std::size_t from = toks.size();
  while (from > 0 && !is_separator(toks[from - 1].text) &&
         !(from < toks.size() && closes(from - 1))) {
    --from;
  }
  if (from == 0 && !set_apart) return {};  // "Ons KvK-nummer is …": a sentence, not a name
  const std::size_t end = toks.back().begin + toks.back().text.size();
  const std::string segment = trim(prefix.substr(toks[from].begin, end - toks[from].begin));
  return is_name_line(segment) ? segment : std::string();
}

}  // namespace

std::optional<Postcode> find_postcode(std::string_view line) {
  const auto codes = find_postcodes(lower_ascii(line));  // same byte offsets as `line`
  if (codes.empty()) return std::nullopt;
  Postcode p{codes.front().begin, codes.front().end, {}};
  p.town = leading_name(line.substr(p.end));
  return p;
}

std::string name_before_address(std::string_view line) {
  // "Bezoekadres: Fietsenhuis Jansen, Dorpsstraat 12, …": the name follows the label.
  if (const std::size_t colon = line.find(": "); colon != std::string_view::npos) {
    const auto code = find_postcode(line);
    if (code && colon < code->begin) {
      const std::string after = name_before_address(line.substr(colon + 2));
      if (!after.empty()) return after;
    }
  }
  // find_postcodes reads lower case; lower-casing ASCII keeps every byte offset of the line.
  const std::string lower = lower_ascii(line);
  const auto codes = find_postcodes(lower);
  if (codes.empty()) return {};
  const std::string_view prefix = line.substr(0, codes.front().begin);
  if (std::string_view(lower).substr(codes.front().begin).starts_with("postbus")) {
    return name_segment_before(prefix);  // no street before a PO box
  }
  const std::string before = text_before_street(prefix);
  return is_name_line(before) ? before : std::string();
}

std::string name_before_kvk(std::string_view line) {
  const auto kvk = find_kvk(lower_ascii(line));
  if (kvk.empty()) return {};
  return name_segment_before(line.substr(0, kvk.front().begin));
}

bool is_street_line(std::string_view line) {
  const auto toks = tokens_of(line);
  const std::size_t h = house_number_at(toks);
  if (h == std::string_view::npos || h == 0) return false;
  for (std::size_t j = 0; j < h; ++j) {
    if (has_letter(toks[j].text)) return true;
  }
  return false;
}

}  // namespace kw::text
