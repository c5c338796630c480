// countdown-timer: a timer that counts down to the end of an offer must be true (art. 6:193g BW,
// Annex I point 7 UCPD; ACM guidance). The check reads the time left ("nog 02:14:33", "eindigt over
// 2 uur 14 min") and remembers it per page address in the site memory; when a later analysis of the
// same page shows more time left than before, the timer restarted: a violation. Otherwise a timer
// is for review. Delivery cut-off timers ("voor 23:00 besteld, morgen in huis") are not offers.
#include <re2/re2.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "checks/checks.h"
#include "checks/text_blocks.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

// Seconds left in normalised text: "02:14:33", "14 : 59", "2 dagen 4 uur 12 min", "2u 14m 5s".
// A timer ticks: it shows hours, minutes or seconds. Days alone ("nog 30 dagen bedenktijd", "nog 2
// dagen geldig") are a period, and a time of day ("t/m 6 december 23:59", "tot 17:00 uur") is when
// something ends, not how long is left.
std::optional<long> seconds_left(std::string norm) {
  // A clock after a word that gives a moment ("tot", "om"), a weekday, a month or a year; a range
  // of hours ("09:00-17:00"); a clock followed by "uur".
  static const RE2 time_of_day(
      "\\b(?:tot en met|t/m|tot|om|voor|vóór|vanaf|tussen|until|till|before|at|by|maandag|dinsdag|"
      "woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|"
      "augustus|september|oktober|november|december|\\d{4}) (?:om )?\\d{1,2} ?[:.] ?\\d{2}"
      "(?: ?: ?\\d{2})?(?: ?(?:-|–|en|tot|to) ?\\d{1,2}[:.]\\d{2})?(?: ?uur\\b)?"
      "|\\b\\d{1,2}[:.]\\d{2} ?(?:-|–|en|tot|to) ?\\d{1,2}[:.]\\d{2}\\b"
      "|\\b\\d{1,2} ?: ?\\d{2} ?uur\\b");
  RE2::GlobalReplace(&norm, time_of_day, " ");
  static const RE2 clock(R"((?:^|[^\d:])(\d{1,2}) ?: ?(\d{2})(?: ?: ?(\d{2}))?(?:[^\d:]|$))");
  static const RE2 days(R"((\d{1,3}) ?(?:dagen|dag|days|day|d)\b)");
  static const RE2 hours(R"((\d{1,3}) ?(?:uren|uur|u|hours|hour|hrs|hr|h)\b)");
  static const RE2 mins(R"((\d{1,3}) ?(?:minuten|minuut|min|mins|minutes|m)\b)");
  static const RE2 secs(R"((\d{1,3}) ?(?:seconden|sec|secs|seconds|s)\b)");
  std::string a, b, c;
  long total = 0;
  bool any = false;
  long d = 0, h = 0, m = 0, s = 0;
  if (RE2::PartialMatch(norm, days, &d)) total += d * 86400;
  if (RE2::PartialMatch(norm, clock, &a, &b, &c)) {
    // "02:14:33" is h:m:s; a two-part "09:59" under a timer is minutes and seconds. Only the
    // change between analyses counts, so one consistent reading is enough.
    if (!c.empty()) {
      total += std::stol(a) * 3600 + std::stol(b) * 60 + std::stol(c);
    } else {
      total += std::stol(a) * 60 + std::stol(b);
    }
    return total;
  }
  // Digits in spans of their own lose their place against the colons ("nog : : 02 14 33"): a run
  // of only digits, colons and spaces. "Rang 1: nog 14 plaatsen" has words between its numbers.
  static const RE2 clock_run(R"(([\d ]*:[\d: ]*))");
  re2::StringPiece runs(norm);
  std::string run;
  while (RE2::FindAndConsume(&runs, clock_run, &run)) {
    // Each part of a clock has one or two digits: "art. 6:230p" is an article, not 6:23:0.
    static const RE2 num(R"((\d+))");
    re2::StringPiece rest(run);
    std::vector<long> parts;
    std::string part;
    bool clock_parts = true;
    while (parts.size() < 4 && RE2::FindAndConsume(&rest, num, &part)) {
      clock_parts = clock_parts && part.size() <= 2;
      parts.push_back(std::stol(part.substr(0, 3)));
    }
    if (!clock_parts) continue;
    if (parts.size() == 3) return total + parts[0] * 3600 + parts[1] * 60 + parts[2];
    if (parts.size() == 2) return total + parts[0] * 60 + parts[1];
  }
  if (RE2::PartialMatch(norm, hours, &h)) {
    total += h * 3600;
    any = true;
  }
  if (RE2::PartialMatch(norm, mins, &m)) {
    total += m * 60;
    any = true;
  }
  if (RE2::PartialMatch(norm, secs, &s)) {
    total += s;
    any = true;
  }
  if (!any) return std::nullopt;
  return total;
}

std::string shown(long secs) {
  const long d = secs / 86400, h = (secs % 86400) / 3600, m = (secs % 3600) / 60, s = secs % 60;
  char buf[64];
  if (d > 0) {
    std::snprintf(buf, sizeof buf, "%ldd %02ld:%02ld:%02ld", d, h, m, s);
  } else {
    std::snprintf(buf, sizeof buf, "%02ld:%02ld:%02ld", h, m, s);
  }
  return buf;
}

}  // namespace

void countdown_timer(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PatternGroup& context = ctx.rule.group("timer_context");
  const PatternGroup& cutoff = ctx.rule.group("cutoff");
  int index = 0;
  for (const TextBlock& b : text_blocks(facts, 300)) {
    if (b.text.size() > 280 || !context.any(b.words) || cutoff.any(b.words)) continue;
    auto left = seconds_left(text::normalize(b.text));
    if (!left || *left <= 0) continue;
    const std::string key = "timer:" + std::to_string(index++) + ":" + facts.snapshot().url;
    const SiteFact* before = ctx.site->find(key);
    long previous = -1;
    if (before != nullptr) previous = std::stol(before->value);
    ctx.site->remember(key, SiteFact{std::to_string(*left), b.text, facts.snapshot().url});
    // More than a few seconds up: the timer began again (a re-render of the same moment is equal).
    const bool restarted = previous >= 0 && *left > previous + 5;
    Finding& f = ctx.add(restarted ? Severity::kViolation : Severity::kNeedsReview,
                         restarted ? "violation" : "needs-review", b.node,
                         text::truncate_utf8(b.text, 160), restarted ? 0.85 : 0.5);
    f.vars["after"] = shown(*left);
    if (restarted) f.vars["before"] = shown(previous);
    if (index >= 3) break;
  }
}

}  // namespace kw::checks
