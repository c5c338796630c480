// Tests for reading pages saved in a legacy charset (host/core/text/charset.h).
#include <catch2/catch.hpp>

#include "text/charset.h"

using namespace kw::text;

TEST_CASE("windows-1252 and iso-8859-1 bytes become UTF-8", "[charset]") {
  CHECK(to_utf8("Caf\xE9 \x80 9,95", "windows-1252") ==
        std::string("Caf\xC3\xA9 \xE2\x82\xAC 9,95"));
  CHECK(to_utf8("Caf\xE9", "iso-8859-1") == std::string("Caf\xC3\xA9"));
  CHECK(to_utf8("", "windows-1252") == std::string());
}

TEST_CASE("An unknown charset gives nothing", "[charset]") {
  CHECK_FALSE(to_utf8("abc", "no-such-charset").has_value());
  CHECK_FALSE(to_utf8("abc", "").has_value());
}

TEST_CASE("The declared charset is read from the head", "[charset]") {
  CHECK(declared_charset("<html><head><meta charset=\"Windows-1252\">") == "windows-1252");
  CHECK(declared_charset("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                         "charset=ISO-8859-1\">") == "iso-8859-1");
  CHECK(declared_charset("<html><head><title>x</title>").empty());
}
