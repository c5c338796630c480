// Shared by the checks that read a privacy statement (privacy-rights-info,
// privacy-third-party-objection, privacy-ssl-statement): the page's sentences, and whether a page
// with the privacy role is only a cookie statement (those rules judge the privacy statement).
#pragma once

#include <string>
#include <vector>

#include "engine/check.h"

namespace kw::checks {

// One sentence of the page's readable blocks (text_blocks.h), with its word string and the node of
// its block.
struct PageSentence {
  int node = -1;
  std::string text;   // as shown
  std::string words;  // text::word_string(text)
};

// The sentences of the page, in document order. Blocks are read up to a few kilobytes each, so
// the long paragraphs of a privacy statement are read whole.
std::vector<PageSentence> page_sentences(const PageFacts& facts);

// Whether every reason the page has the privacy role (its address, title or h1) speaks of cookies
// and none of privacy — a cookie statement, not the privacy statement. Reads the rule's
// "cookie_page" and "privacy_page" groups.
bool cookie_statement_only(const CheckContext& ctx);

// `s` cut to about 240 bytes for evidence.
std::string evidence_of(const std::string& s);

}  // namespace kw::checks
