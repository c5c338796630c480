// countdown-timer: a timer is for review; one that restarts between analyses is a violation.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/product/sneaker";
std::string with_timer(const std::string& t) {
  return page(
      "<h1>Sneaker</h1><p>€ 89,95</p><div class=\"deal\">Aanbieding eindigt over " + t + "</div>",
      "Sneaker");
}
}  // namespace

TEST_CASE("A countdown timer is for review", "[countdown-timer]") {
  auto fs = of_rule(with_timer("02:14:33"), kUrl, "countdown-timer");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
  CHECK(fs[0].vars.at("after") == "02:14:33");
}

TEST_CASE("A timer that goes up between analyses restarted", "[countdown-timer]") {
  kw::SessionMemory session;
  auto first = of_rule(analyse_html(with_timer("00:09:59"), kUrl, &session), "countdown-timer");
  REQUIRE(first.size() == 1);
  auto later = of_rule(analyse_html(with_timer("00:04:10"), kUrl, &session), "countdown-timer");
  REQUIRE(later.size() == 1);
  CHECK(later[0].severity == Severity::kNeedsReview);
  auto again = of_rule(analyse_html(with_timer("00:09:59"), kUrl, &session), "countdown-timer");
  REQUIRE(again.size() == 1);
  CHECK(again[0].severity == Severity::kViolation);
  CHECK(again[0].vars.at("before") == "00:04:10");
  CHECK(again[0].vars.at("after") == "00:09:59");
}

TEST_CASE("Timers in words and split digits are read", "[countdown-timer]") {
  auto fs = of_rule(with_timer("2 uur 14 min"), kUrl, "countdown-timer");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].vars.at("after") == "02:14:00");
  auto split = of_rule(page("<div>Nog <span>01</span>:<span>05</span>:<span>09</span></div>"), kUrl,
                       "countdown-timer");
  REQUIRE(split.size() == 1);
  CHECK(split[0].vars.at("after") == "01:05:09");
}

TEST_CASE("Delivery cut-offs and opening hours are no offer timers", "[countdown-timer]") {
  CHECK(
      of_rule(page("<p>Voor 23:59 besteld, morgen in huis</p>"), kUrl, "countdown-timer").empty());
  CHECK(of_rule(page("<p>Klantenservice: ma-vr geopend van 09:00 tot 17:00</p>"), kUrl,
                "countdown-timer")
            .empty());
}

TEST_CASE("Numbers with words between them are no clock", "[countdown-timer]") {
  // "Rang 1: nog 14 plaatsen" once read as 00:01:14.
  auto fs =
      of_rule(page("<h1>Concert</h1><p>Rang 1: nog 14 plaatsen (live bijgewerkt).</p>", "Concert"),
              kUrl, "countdown-timer");
  CHECK(fs.empty());
}

TEST_CASE("A period in days and a time of day are no timer", "[countdown-timer]") {
  for (const char* text :
       {"Je hebt nog 30 dagen bedenktijd na ontvangst.", "Actie geldig t/m 6 december 23:59.",
        "Deze aanbieding loopt nog tot zondag om 23:59 uur.",
        "Nog vragen? Bel ons tussen 09:00-17:00.", "Actie nog 2 dagen geldig."}) {
    INFO(text);
    CHECK(of_rule(page(std::string("<h1>Sneaker</h1><p>€ 89,95</p><p>") + text + "</p>", "Sneaker"),
                  kUrl, "countdown-timer")
              .empty());
  }
  // The end moment beside the time left, as the rule's fix advises: the time left is the timer.
  auto fs =
      of_rule(with_timer("zondag 30 november 23:59 – nog 2 dagen 14 uur"), kUrl, "countdown-timer");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].vars.at("after") == "2d 14:00:00");
}

TEST_CASE("An article of the law is no clock", "[countdown-timer]") {
  CHECK(of_rule(page("<h1>Maaltijdbox</h1><p>€ 10,00</p><p>Een box die nog niet is ingepakt kun je "
                     "annuleren (art. 6:230p sub d BW).</p>",
                     "Box"),
                kUrl, "countdown-timer")
            .empty());
}
