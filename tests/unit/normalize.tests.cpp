// Tests for the one text normaliser and its UTF-8 helpers (host/core/text/normalize.h): rules see
// shop text only through it, so every equivalence it promises is pinned here.
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "text/normalize.h"

using namespace kw::text;

TEST_CASE("normalize folds compatibility forms, case and diacritics", "[normalize]") {
  SECTION("ligatures, full-width forms and NBSP become their plain equivalents") {
    CHECK(normalize("\xEF\xAC\x81"
                    "ets") == "fiets");                                              // "ﬁets"
    CHECK(normalize("\xEF\xBC\xA2\xEF\xBD\x85\xEF\xBD\x93\xEF\xBD\x94") == "best");  // "Ｂｅｓｔ"
    CHECK(normalize("nu\xC2\xA0"
                    "bestellen") == "nu bestellen");
    CHECK(normalize("\xEF\xBC\x91\xEF\xBC\x92,95") == "12,95");  // full-width digits
  }
  SECTION("default-ignorable code points are removed") {
    CHECK(normalize("Bestel\xC2\xADling") == "bestelling");                  // soft hyphen
    CHECK(normalize("Bestel\xE2\x80\x8Bling") == "bestelling");              // ZWSP
    CHECK(normalize("Bestel\xE2\x80\x8C\xE2\x80\x8Dling") == "bestelling");  // ZWNJ, ZWJ
    CHECK(normalize("Bestel\xE2\x81\xA0ling") == "bestelling");              // word joiner
    CHECK(normalize("\xEF\xBB\xBF"
                    "Bestelling") == "bestelling");  // BOM
  }
  SECTION("text is lower-cased and case-folded") {
    CHECK(normalize("BESTELLING Plaatsen") == "bestelling plaatsen");
    CHECK(normalize("IJsselmeer") == "ijsselmeer");
    CHECK(normalize("Stra\xC3\x9F"
                    "e") == "strasse");  // "Straße"
  }
  SECTION("diacritics are removed") {
    CHECK(normalize("ge\xC3\xAFnformeerd") == "geinformeerd");   // precomposed ï
    CHECK(normalize("gei\xCC\x88nformeerd") == "geinformeerd");  // i + combining diaeresis
    CHECK(normalize("Caf\xC3\xA9 cr\xC3\xA8me \xC3\x87"
                    "a") == "cafe creme ca");
    CHECK(normalize("\xC4\xB0stanbul") == "istanbul");  // "İ" folds to i + dot above, the dot goes
  }
  SECTION("punctuation, digits, currency signs, symbols and emoji are kept") {
    CHECK(normalize("Totaal: \xE2\x82\xAC 25,00 (incl.) \xE2\x86\x92 \xF0\x9F\x9B\x92") ==
          "totaal: \xE2\x82\xAC 25,00 (incl.) \xE2\x86\x92 \xF0\x9F\x9B\x92");
    CHECK(normalize("\xE2\x88\x92\xE2\x82\xAC 5") ==
          "\xE2\x88\x92\xE2\x82\xAC 5");  // Unicode minus stays
  }
}

TEST_CASE("normalize collapses white space and joins letter-spaced words", "[normalize]") {
  SECTION("every white-space run becomes one space and the ends are trimmed") {
    CHECK(normalize("  Bestel \t\n\r nu  ") == "bestel nu");
    CHECK(normalize("ab\xE2\x80\xA8"
                    "cd\xE3\x80\x80"
                    "ef\xE1\x9A\x80"
                    "gh") == "ab cd ef gh");  // LS, ideographic, ogham
    CHECK(normalize("") == "");
    CHECK(normalize(" \t\xC2\xA0\xE2\x80\x8B ") == "");
  }
  SECTION("three or more single letters separated by single spaces become one word") {
    CHECK(normalize("B E S T E L") == "bestel");
    CHECK(normalize("Klik op B E S T E L nu") == "klik op bestel nu");
    CHECK(normalize("B\xC2\xA0"
                    "E\xC2\xA0S\xC2\xA0T") == "best");  // NBSP-spaced
    CHECK(normalize("\xC3\x89 \xC3\xA9 n") == "een");   // letters with diacritics count
  }
  SECTION("punctuation may open the first letter and close the last one") {
    CHECK(normalize("Klik op B E S T E L!") == "klik op bestel!");
    CHECK(normalize("(B E S T E L)") == "(bestel)");
    CHECK(normalize("\"A F R E K E N E N\" knop") == "\"afrekenen\" knop");
  }
  SECTION("a list of single letters with punctuation is not joined") {
    CHECK(normalize("a, b, c") == "a, b, c");
    CHECK(normalize("a. b. c. d.") == "a. b. c. d.");
    CHECK(normalize("x b. c d e") == "x b. cde");
  }
  SECTION("a wider gap ends a letter-spaced word") {
    CHECK(normalize("B E S T E L   N U   E N") == "bestel n u e n");
    CHECK(normalize("B E S T E L  N U W") == "bestel nuw");
  }
  SECTION("two single letters, digits and longer words are not joined") {
    CHECK(normalize("u a") == "u a");
    CHECK(normalize("1 2 3 4") == "1 2 3 4");
    CHECK(normalize("a b cd e f") == "a b cd e f");
  }
  SECTION("ASCII fast path gives the same result as the ICU path") {
    const std::vector<std::string> samples{"Bestelling Plaatsen",
                                           "  B E S T E L   N U ",
                                           "Totaal: EUR 12,95\t(incl. BTW)",
                                           "a b c",
                                           "x\x0b"
                                           "y",
                                           "Art. 6:230 BW",
                                           "B E S T E L  N U W",
                                           "ok"};
    for (const auto& s : samples) {
      INFO(s);
      // The appended "€" forces the ICU path without touching the rest of the text.
      CHECK(normalize(s + " \xE2\x82\xAC") == normalize(s) + " \xE2\x82\xAC");
    }
  }
}

TEST_CASE("normalize never fails on invalid UTF-8", "[normalize]") {
  SECTION("ill-formed sequences become U+FFFD") {
    CHECK(normalize("a\xFF"
                    "b") ==
          "a\xEF\xBF\xBD"
          "b");
    CHECK(normalize("x \xC0\xAF y") == "x \xEF\xBF\xBD\xEF\xBF\xBD y");  // overlong "/"
    CHECK(normalize("\xE2\x82") == "\xEF\xBF\xBD");                      // truncated "€"
  }
  SECTION("the output is always valid UTF-8, whatever bytes come in") {
    std::uint32_t state = 12345;
    for (int round = 0; round < 300; ++round) {
      std::string junk;
      const int len = static_cast<int>(state % 40);
      for (int i = 0; i < len; ++i) {
        state = state * 1103515245u + 12345u;
        junk.push_back(static_cast<char>((state >> 16) & 0xFF));
      }
      state = state * 1103515245u + 12345u;
      INFO("round " << round);
      CHECK(find_invalid_utf8(normalize(junk)) == std::string::npos);
      CHECK(find_invalid_utf8(collapse_space(junk)) == std::string::npos);
      CHECK(find_invalid_utf8(word_string(junk)) == std::string::npos);
    }
  }
}

TEST_CASE("words splits normalised text with ICU's Dutch word rules", "[normalize]") {
  SECTION("punctuation, arrows, dots, currency signs and emoji are dropped") {
    CHECK(words("Bestelling plaatsen \xE2\x86\x92") ==
          std::vector<std::string>{"bestelling", "plaatsen"});
    CHECK(words("Verder \xC2\xB7 Terug \xF0\x9F\x91\x8D \xE2\x9D\xA4\xEF\xB8\x8F!") ==
          std::vector<std::string>{"verder", "terug"});
  }
  SECTION("numbers with separators stay one word") {
    CHECK(words("Totaal: \xE2\x82\xAC 25,00") == std::vector<std::string>{"totaal", "25,00"});
    CHECK(words("1.234,56 of 12.95") == std::vector<std::string>{"1.234,56", "of", "12.95"});
  }
  SECTION("empty or symbol-only text has no words") {
    CHECK(words("").empty());
    CHECK(words(" \xE2\x86\x92 \xE2\x82\xAC ... ").empty());
  }
  SECTION("word_string joins the words with single spaces") {
    CHECK(word_string("\xE2\x86\x92 Bestelling   PLAATSEN! \xF0\x9F\x9B\x92") ==
          "bestelling plaatsen");
    CHECK(word_string("Ik ben ge\xC3\xAFnformeerd, klik op B E S T E L!") ==
          "ik ben geinformeerd klik op bestel");
  }
  SECTION("words can be called from several threads at once") {
    const std::vector<std::string> expected{"ik", "ga", "akkoord", "met", "de", "voorwaarden"};
    std::vector<int> failures(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        for (int i = 0; i < 200; ++i)
          if (words("Ik ga akkoord met de Voorwaarden \xE2\x86\x92") != expected) ++failures[t];
      });
    }
    for (auto& th : threads) th.join();
    CHECK(failures == std::vector<int>(4, 0));
  }
}

TEST_CASE("collapse_lines keeps one line break between non-empty lines", "[normalize]") {
  CHECK(collapse_lines("  Fietsenhuis \t Jansen \n\n  Dorpsstraat 12\n \n") ==
        "Fietsenhuis Jansen\nDorpsstraat 12");
  CHECK(collapse_lines("").empty());
  CHECK(collapse_lines("\n\n").empty());
  CHECK(collapse_lines("een regel") == "een regel");
}

TEST_CASE("collapse_space tidies evidence without changing it", "[normalize]") {
  SECTION("white space collapses and trims, case and diacritics stay") {
    CHECK(collapse_space("  Ge\xC3\xAFnformeerd \n\t BESTELLEN  ") ==
          "Ge\xC3\xAFnformeerd BESTELLEN");
    CHECK(collapse_space("\xE2\x82\xAC\xC2\xA0"
                         "12,95") == "\xE2\x82\xAC 12,95");
    CHECK(collapse_space("B E S T E L") == "B E S T E L");  // no joining
  }
  SECTION("zero-width characters are removed") {
    CHECK(collapse_space("Bestel\xC2\xADling\xE2\x80\x8B \xEF\xBB\xBFnu\xE2\x81\xA0") ==
          "Bestelling nu");
  }
  SECTION("an emoji ZWJ sequence keeps its joiner") {
    const std::string family =
        "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
    CHECK(collapse_space(" " + family + " ") == family);
  }
  SECTION("invalid UTF-8 becomes U+FFFD") {
    CHECK(collapse_space("a\xFF"
                         "b") ==
          "a\xEF\xBF\xBD"
          "b");
  }
}

TEST_CASE("truncate_utf8 cuts on a code point boundary", "[normalize]") {
  SECTION("text that fits is returned unchanged") {
    CHECK(truncate_utf8("bestel", 6) == "bestel");
    CHECK(truncate_utf8("", 0) == "");
  }
  SECTION("longer text is cut and gets an ellipsis") {
    CHECK(truncate_utf8("bestelling", 6) == "bestel\xE2\x80\xA6");
    CHECK(truncate_utf8("abc", 0) == "\xE2\x80\xA6");
  }
  SECTION("a multi-byte character is never split") {
    const std::string euros = "\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC";  // "€€€", 9 bytes
    CHECK(truncate_utf8(euros, 4) == "\xE2\x82\xAC\xE2\x80\xA6");
    CHECK(truncate_utf8(euros, 5) == "\xE2\x82\xAC\xE2\x80\xA6");
    CHECK(truncate_utf8(euros, 6) == "\xE2\x82\xAC\xE2\x82\xAC\xE2\x80\xA6");
    CHECK(truncate_utf8("a\xF0\x9F\x9B\x92", 3) == "a\xE2\x80\xA6");
  }
}

TEST_CASE("find_invalid_utf8 reports the first ill-formed sequence", "[normalize]") {
  SECTION("valid text has no invalid offset") {
    CHECK(find_invalid_utf8("") == std::string::npos);
    CHECK(find_invalid_utf8("plain ascii text that is longer than eight bytes") ==
          std::string::npos);
    CHECK(
        find_invalid_utf8("\xE2\x82\xAC \xC3\xAF \xF0\x9F\x9B\x92 \xF4\x8F\xBF\xBF \xED\x9F\xBF") ==
        std::string::npos);
  }
  SECTION("overlongs, surrogates, values above U+10FFFF and truncation are invalid") {
    CHECK(find_invalid_utf8("ab\xC0\xAF") == 2);        // overlong 2-byte
    CHECK(find_invalid_utf8("\xC1\xBF") == 0);          // overlong 2-byte
    CHECK(find_invalid_utf8("abc\xE0\x80\xAF") == 3);   // overlong 3-byte
    CHECK(find_invalid_utf8("\xF0\x80\x80\xAF") == 0);  // overlong 4-byte
    CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);     // surrogate U+D800
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);  // U+110000
    CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0);
    CHECK(find_invalid_utf8("12345678\xE2\x82") == 8);  // truncated at the end
    CHECK(find_invalid_utf8("\xE2\x82"
                            "a") == 0);       // truncated before ASCII
    CHECK(find_invalid_utf8("ok\x80") == 2);  // lone continuation byte
    CHECK(find_invalid_utf8("\xE2\x82\xAC\xFF") == 3);
  }
}
