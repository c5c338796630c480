// Readable pieces of a page for rules that judge sentences (withdrawal terms, warranty clauses,
// delivery times): paragraphs, list items, cells, headings and loose text, each with its
// normalised word string, and small helpers to read periods ("14 dagen", "twee weken").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/pattern_group.h"
#include "engine/page_facts.h"

namespace kw::checks {

// One readable piece: a block element's visible subtree text, or loose text outside any block.
struct TextBlock {
  int node = -1;
  std::string text;   // as shown (white space collapsed), bounded
  std::string words;  // text::word_string(text)
};

// The page's blocks in document order. A block inside another block is part of the outer one.
std::vector<TextBlock> text_blocks(const PageFacts& facts, std::size_t max_bytes = 1500);

// One sentence of a block, with its word string and the node of its block.
struct PageSentence {
  int node = -1;
  std::string text;       // as shown
  std::string words;      // text::word_string(text), never empty
  bool question = false;  // ends in "?": an FAQ's "Moet ik een reden opgeven?" states no rule
  std::string own_words;  // word_string(unquoted(text)): the shop's own words, without quotations
};

// `raw` without the passages it quotes („…”, “…”, "…", «…») of three words or more: "Sommige
// winkels schrijven „Verzending is voor risico van de koper”" reports someone else's clause, to
// reject or to warn against it, and states none of the shop's own. A short quote ("„gratis”", a
// button's name) stays. A quotation cut off by the sentence split counts to the sentence's edge.
std::string unquoted(std::string_view raw);

// The sentences of the page's blocks (text_blocks with `max_bytes`), in document order, without
// those that have no words. The one reading of "block, then sentence, then words" for the rules
// that judge clauses sentence by sentence.
std::vector<PageSentence> page_sentences(const PageFacts& facts, std::size_t max_bytes = 1500);

// The word string of a block's text (subtree_text up to `max_bytes`), read once per block: rules
// that judge a sentence by the other sentences of its block (a lawful reason, a rebuttal) ask for
// the same block again for each of its sentences.
class BlockWords {
 public:
  explicit BlockWords(const PageFacts& facts, std::size_t max_bytes = 1500)
      : facts_(&facts), max_bytes_(max_bytes) {}
  const std::string& of(int block);

 private:
  const PageFacts* facts_;
  std::size_t max_bytes_;
  std::map<int, std::string> words_;
};

// Whether a sentence asks rather than states ("Moet ik een reden opgeven?", also with a closing
// quote or bracket after the mark): an FAQ's question sets no rule.
bool is_question(std::string_view sentence);

// Splits shop text into sentences: at ".", "!", "?" or ";" followed by white space and an upper
// case letter, and at line-like breaks ("•", " - " lists are kept whole). Returns raw sentences.
std::vector<std::string> sentences(std::string_view raw);

// Splits a word string into clauses at " en ", " maar ", " daarna " and " and ": the parts of a
// sentence that can each carry their own period.
std::vector<std::string> clauses(std::string_view words);

// A count written as digits or as a Dutch or English word ("7", "zeven", "seven", "een", "a").
std::optional<int> count_of(std::string_view word);

// The first period in `words` (a word string) written as a count and a unit: "7 dagen" -> 7,
// "twee weken" -> 14, "1 maand" -> 30, "30 days" -> 30, "6 8 weken" (a range "6-8 weken") -> the
// upper end 56 when `upper` is set, else the lower end 42. Returns the days, or nothing.
std::optional<int> first_period_days(std::string_view words, bool upper = false);

}  // namespace kw::checks
