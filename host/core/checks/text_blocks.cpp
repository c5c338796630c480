// Readable pieces of a page and period reading; see text_blocks.h.
#include "checks/text_blocks.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "text/normalize.h"

namespace kw::checks {

namespace {

bool is_block_tag(const std::string& tag) {
  static const std::set<std::string, std::less<>> blocks = {
      "p",          "li",      "td",      "th",     "dd",      "dt",     "h1",
      "h2",         "h3",      "h4",      "h5",     "h6",      "label",  "blockquote",
      "figcaption", "summary", "caption", "legend", "address", "button", "pre"};
  return blocks.count(tag) > 0;
}

// Elements that hold other pieces of text rather than words of one sentence.
bool is_container_tag(const std::string& tag) {
  static const std::set<std::string, std::less<>> containers = {
      "div", "section", "article", "main", "form",  "ul", "ol",       "table",   "tbody",
      "tr",  "header",  "footer",  "nav",  "aside", "dl", "fieldset", "details", "body"};
  return containers.count(tag) > 0;
}

}  // namespace

std::vector<TextBlock> text_blocks(const PageFacts& facts, std::size_t max_bytes) {
  std::vector<TextBlock> out;
  const int n = facts.size();
  std::vector<char> in_block(static_cast<std::size_t>(n), 0);
  // Whether a node has a block element below it: loose text with only inline children ("Nog
  // <b>3</b> op voorraad") is read whole, a container of paragraphs is not.
  std::vector<char> block_below(static_cast<std::size_t>(n), 0);
  for (int i = n - 1; i > 0; --i) {
    const int p = facts.node(i).parent;
    if (p >= 0 && (block_below[static_cast<std::size_t>(i)] != 0 ||
                   is_block_tag(facts.node(i).tag) || is_container_tag(facts.node(i).tag))) {
      block_below[static_cast<std::size_t>(p)] = 1;
    }
  }
  for (int i = 0; i < n; ++i) {
    const Node& nd = facts.node(i);
    const bool parent_in = nd.parent >= 0 && in_block[static_cast<std::size_t>(nd.parent)] != 0;
    const bool whole = is_block_tag(nd.tag) || (!facts.own_text(i).empty() &&
                                                block_below[static_cast<std::size_t>(i)] == 0);
    in_block[static_cast<std::size_t>(i)] = (parent_in || whole) ? 1 : 0;
    if (parent_in || !facts.visible(i)) continue;
    std::string text;
    if (whole) {
      text = facts.subtree_text(i, max_bytes);
    } else if (!facts.own_text(i).empty()) {
      text = facts.own_text(i);
    }
    text = text::collapse_space(text);
    if (text.empty()) continue;
    std::string words = text::word_string(text);
    if (words.empty()) continue;
    out.push_back({i, std::move(text), std::move(words)});
  }
  return out;
}

std::vector<PageSentence> page_sentences(const PageFacts& facts, std::size_t max_bytes) {
  std::vector<PageSentence> out;
  for (const TextBlock& b : text_blocks(facts, max_bytes)) {
    for (std::string& s : sentences(b.text)) {
      std::string w = text::word_string(s);
      if (w.empty()) continue;
      const bool question = is_question(s);
      std::string own = text::word_string(unquoted(s));
      out.push_back({b.node, std::move(s), std::move(w), question, std::move(own)});
    }
  }
  return out;
}

const std::string& BlockWords::of(int block) {
  auto it = words_.find(block);
  if (it == words_.end()) {
    it = words_.emplace(block, text::word_string(facts_->subtree_text(block, max_bytes_))).first;
  }
  return it->second;
}

namespace {

// The number of words in raw text ("7 dagen bedenktijd" is three; punctuation is none).
std::size_t word_count(std::string_view s) {
  return text::word_count(text::word_string(s));
}

// Whether `before` (the sentence up to a quotation) reports someone's words: "Some shops say",
// "Sommige winkels schrijven", "Mythe 1:". Then even a short quotation is theirs.
bool reports_words(std::string_view before) {
  static const std::array<std::string_view, 16> kVerbs = {
      "say",     "says",    "zeggen",   "zegt",   "schrijven", "schrijft", "schreef", "beweren",
      "beweert", "lees je", "staat er", "noemen", "mythe",     "fabel",    "claim",   "roepen"};
  const std::string lower = text::lower_ascii(before);
  return std::any_of(kVerbs.begin(), kVerbs.end(),
                     [&](std::string_view v) { return lower.find(v) != std::string::npos; });
}

}  // namespace

std::string unquoted(std::string_view raw) {
  constexpr std::size_t kMinQuotedWords = 3;
  struct Pair {
    std::string_view open, close, close2;
  };
  static const std::array<Pair, 4> kPairs = {{
      {"\xE2\x80\x9E", "\xE2\x80\x9D", "\xE2\x80\x9C"},  // „…” and „…“
      {"\xE2\x80\x9C", "\xE2\x80\x9D", ""},              // “…”
      {"\xC2\xAB", "\xC2\xBB", ""},                      // «…»
      {"\"", "\"", ""},
  }};
  std::string out;
  std::size_t i = 0;
  bool opened = false;
  while (i < raw.size()) {
    const Pair* pair = nullptr;
    for (const Pair& p : kPairs) {
      if (raw.substr(i).starts_with(p.open)) {
        pair = &p;
        break;
      }
    }
    if (pair == nullptr) {
      // A closing mark with no opening one: the sentence began inside the quotation.
      if (!opened && raw.substr(i).starts_with("\xE2\x80\x9D") &&
          word_count(raw.substr(0, i)) >= kMinQuotedWords) {
        out.clear();
        i += 3;
        continue;
      }
      out += raw[i++];
      continue;
    }
    opened = true;
    const std::size_t inner = i + pair->open.size();
    std::size_t end = raw.find(pair->close, inner);
    std::size_t close_size = pair->close.size();
    if (!pair->close2.empty()) {
      const std::size_t end2 = raw.find(pair->close2, inner);
      if (end2 < end) end = end2, close_size = pair->close2.size();
    }
    const std::string_view quoted =
        raw.substr(inner, end == std::string_view::npos ? std::string_view::npos : end - inner);
    const std::size_t next = end == std::string_view::npos ? raw.size() : end + close_size;
    const std::size_t quoted_words = word_count(quoted);
    if (quoted_words >= kMinQuotedWords || (quoted_words >= 1 && reports_words(raw.substr(0, i)))) {
      out += ' ';
    } else {
      out += raw.substr(i, next - i);
    }
    i = next;
  }
  return out;
}

bool is_question(std::string_view sentence) {
  // Closing quotes and brackets after the mark: "…verpakking?”" is a question too.
  const std::size_t last = sentence.find_last_not_of(" \t\n)\"'\xE2\x80\x9D");
  return last != std::string_view::npos && sentence[last] == '?';
}

std::vector<std::string> sentences(std::string_view raw) {
  std::vector<std::string> out;
  std::string cur;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    cur += c;
    if (c == '.' || c == '!' || c == '?' || c == ';') {
      std::size_t j = i + 1;
      while (j < raw.size() && (raw[j] == ' ' || raw[j] == '\n' || raw[j] == '\t')) ++j;
      const bool spaced = j > i + 1;
      const bool upper_next =
          j < raw.size() && (std::isupper(static_cast<unsigned char>(raw[j])) || raw[j] == '"' ||
                             static_cast<unsigned char>(raw[j]) >= 0xC0);
      if ((spaced && upper_next) || (c == ';' && spaced) || j >= raw.size()) {
        out.push_back(text::collapse_space(cur));
        cur.clear();
        i = j - 1;
      }
    }
  }
  if (!text::collapse_space(cur).empty()) out.push_back(text::collapse_space(cur));
  return out;
}

std::vector<std::string> clauses(std::string_view words) {
  std::vector<std::string> out;
  std::string cur;
  std::size_t at = 0;
  while (at <= words.size()) {
    std::size_t sp = words.find(' ', at);
    if (sp == std::string_view::npos) sp = words.size();
    const std::string_view w = words.substr(at, sp - at);
    if ((w == "en" || w == "maar" || w == "daarna" || w == "and") && !cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
    if (!w.empty()) cur += (cur.empty() ? "" : " ") + std::string(w);
    at = sp + 1;
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::optional<int> count_of(std::string_view w) {
  if (w.empty()) return std::nullopt;
  bool digits = true;
  for (char c : w) digits = digits && std::isdigit(static_cast<unsigned char>(c)) != 0;
  if (digits) {
    if (w.size() > 4) return std::nullopt;
    return std::stoi(std::string(w));
  }
  static const std::array<std::pair<std::string_view, int>, 44> words = {{
      {"een", 1},       {"één", 1},       {"1e", 1},        {"twee", 2},     {"drie", 3},
      {"vier", 4},      {"vijf", 5},      {"zes", 6},       {"zeven", 7},    {"acht", 8},
      {"negen", 9},     {"tien", 10},     {"elf", 11},      {"twaalf", 12},  {"dertien", 13},
      {"veertien", 14}, {"vijftien", 15}, {"zestien", 16},  {"twintig", 20}, {"dertig", 30},
      {"veertig", 40},  {"zestig", 60},   {"negentig", 90}, {"a", 1},        {"an", 1},
      {"one", 1},       {"two", 2},       {"three", 3},     {"four", 4},     {"five", 5},
      {"six", 6},       {"seven", 7},     {"eight", 8},     {"nine", 9},     {"ten", 10},
      {"eleven", 11},   {"twelve", 12},   {"fourteen", 14}, {"fifteen", 15}, {"twenty", 20},
      {"thirty", 30},   {"forty", 40},    {"sixty", 60},    {"ninety", 90},
  }};
  for (const auto& [k, v] : words) {
    if (w == k) return v;
  }
  return std::nullopt;
}

namespace {

// Days per unit, in fifths of a day so working days count as 7/5 of a calendar day.
std::optional<int> unit_fifths(std::string_view u) {
  if (u == "werkdag" || u == "werkdagen" || u == "werkdgn" || u == "business" || u == "working") {
    return 7;
  }
  if (u == "dag" || u == "dagen" || u == "day" || u == "days" || u == "kalenderdagen" ||
      u == "dgn" || u == "d") {
    return 5;
  }
  if (u == "week" || u == "weken" || u == "weeks" || u == "wk" || u == "wkn") return 35;
  if (u == "maand" || u == "maanden" || u == "month" || u == "months" || u == "mnd") return 150;
  return std::nullopt;
}

std::optional<int> unit_days(std::string_view u) {
  return unit_fifths(u);
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  while (at < s.size()) {
    std::size_t sp = s.find(' ', at);
    if (sp == std::string_view::npos) sp = s.size();
    if (sp > at) out.push_back(s.substr(at, sp - at));
    at = sp + 1;
  }
  return out;
}

}  // namespace

std::optional<int> first_period_days(std::string_view words, bool upper) {
  const auto w = split_words(words);
  for (std::size_t i = 0; i < w.size(); ++i) {
    auto n = count_of(w[i]);
    if (!n) continue;
    // "6 8 weken", "6 tot 8 weken", "5 a 7 dagen", "6 to 8 weeks": a range.
    std::size_t j = i + 1;
    int high = *n;
    if (j < w.size() && (w[j] == "tot" || w[j] == "a" || w[j] == "to" || w[j] == "en" ||
                         w[j] == "of" || w[j] == "or")) {
      if (j + 1 < w.size()) {
        if (auto m = count_of(w[j + 1]); m && unit_days(j + 2 < w.size() ? w[j + 2] : "")) {
          high = *m;
          j += 2;
        }
      }
    } else if (j < w.size()) {
      if (auto m = count_of(w[j]); m && j + 1 < w.size() && unit_days(w[j + 1])) {
        high = *m;
        j += 1;
      }
    }
    if (j < w.size()) {
      if (auto u = unit_fifths(w[j])) return (upper ? high : *n) * *u / 5;
    }
  }
  return std::nullopt;
}

}  // namespace kw::checks
