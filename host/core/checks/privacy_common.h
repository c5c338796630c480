// Shared by the checks that read a privacy statement (privacy-rights-info,
// privacy-third-party-objection, privacy-ssl-statement): the page's sentences, and whether a page
// with the privacy role is only a cookie statement (those rules judge the privacy statement).
#pragma once

#include <string>
#include <vector>

#include "checks/text_blocks.h"
#include "engine/check.h"

namespace kw::checks {

// The sentences of a privacy statement (page_sentences in text_blocks.h), its blocks read up to
// a few kilobytes each so that its long paragraphs are read whole.
std::vector<PageSentence> privacy_sentences(const PageFacts& facts);

// Whether every reason the page has the privacy role (its address, title or h1) speaks of cookies
// and none of privacy — a cookie statement, not the privacy statement. Reads the rule's
// "cookie_page" and "privacy_page" groups.
bool cookie_statement_only(const CheckContext& ctx);

// `s` cut to about 240 bytes for evidence.
std::string evidence_of(const std::string& s);

}  // namespace kw::checks
