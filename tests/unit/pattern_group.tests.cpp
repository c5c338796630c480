// PatternGroup: the re2 wrapper every rule matches through. Masking is what lets a rule exclude a
// phrase ("niet goed, geld terug garantie") while still reading the rest of the sentence.
#include <catch2/catch.hpp>

#include "catalogue/pattern_group.h"

namespace {

kw::PatternGroup group(const std::vector<std::string>& patterns) {
  auto g = kw::PatternGroup::compile(patterns, "test");
  REQUIRE(g.ok());
  return std::move(g).value();
}

}  // namespace

TEST_CASE("masked() blanks every match and keeps the length", "[pattern-group]") {
  const auto g = group({"\\bgeld terug garantie\\b", "\\bprijsgarantie\\b"});
  const std::string text = "geld terug garantie en prijsgarantie en 2 jaar garantie";
  const std::string out = g.masked(text);
  CHECK(out.size() == text.size());
  CHECK(out.find("terug") == std::string::npos);
  CHECK(out.find("prijsgarantie") == std::string::npos);
  CHECK(out.find("2 jaar garantie") != std::string::npos);
}

TEST_CASE("masked() blanks repeated matches of one pattern", "[pattern-group]") {
  const auto g = group({"\\bgeen \\w+\\b"});
  CHECK(g.masked("geen kosten, geen gedoe, wel garantie") ==
        "           ,           , wel garantie");
}

TEST_CASE("masked() leaves text alone when nothing matches or the group is empty",
          "[pattern-group]") {
  CHECK(group({"\\bxyz\\b"}).masked("2 jaar garantie") == "2 jaar garantie");
  CHECK(group({}).masked("2 jaar garantie") == "2 jaar garantie");
}

TEST_CASE("masked() survives patterns that can match the empty string", "[pattern-group]") {
  CHECK(group({"a*"}).masked("baab") == "b  b");
}
