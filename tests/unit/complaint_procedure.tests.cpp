// complaint-procedure: the answer term on a complaints page; > 14 days for members is a violation.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/klantenservice/klachten";
const std::string kMember = "<footer><img alt=\"Thuiswinkel Waarborg\"></footer>";
std::vector<kw::Finding> complaints(const std::string& body) {
  return of_rule(analyse_html(page("<h1>Klachten</h1>" + body, "Klachten"), kUrl),
                 "complaint-procedure");
}
}  // namespace

TEST_CASE("A member answering within 30 days violates the 14-day term", "[complaint-procedure]") {
  auto fs = complaints("<p>Wij beantwoorden je klacht binnen 30 dagen.</p>" + kMember);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
  CHECK(fs[0].vars.at("reason") == "30 dagen");
  CHECK(fs[0].evidence == "Wij beantwoorden je klacht binnen 30 dagen.");
  auto weeks = complaints("<p>Je ontvangt binnen vier weken een reactie.</p>" + kMember);
  REQUIRE(weeks.size() == 1);
  CHECK(weeks[0].severity == Severity::kViolation);
  auto workdays = complaints("<p>Klachten worden binnen 15 werkdagen afgehandeld.</p>" + kMember);
  REQUIRE(workdays.size() == 1);
  CHECK(workdays[0].severity == Severity::kViolation);
}

TEST_CASE("Answer terms of 14 days or less pass", "[complaint-procedure]") {
  for (const char* t : {"<p>Wij reageren binnen 14 dagen inhoudelijk op je klacht.</p>",
                        "<p>Je hoort binnen 2 werkdagen van ons; we reageren binnen 48 uur.</p>",
                        "<p>We respond to complaints within 10 working days.</p>"}) {
    INFO(t);
    auto fs = complaints(t + kMember);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kPass);
  }
}

TEST_CASE("The consumer's own deadlines are no answer term", "[complaint-procedure]") {
  auto fs = complaints(
      "<p>Klachten moeten binnen 2 maanden na constatering worden ingediend.</p><p>De consument "
      "dient de ondernemer 4 weken de tijd te geven om de klacht op te lossen.</p><p>Wij "
      "beantwoorden klachten binnen 14 dagen.</p>" +
      kMember);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("Non-members: a long term says nothing; no term from a member warns",
          "[complaint-procedure]") {
  CHECK(complaints("<p>Wij beantwoorden je klacht binnen 30 dagen.</p>").empty());
  auto fs = complaints("<p>Mail je klacht naar klachten@shop.example.</p>" + kMember);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "warning-no-term");
  CHECK(of_rule(analyse_html(page("<h1>Fiets</h1>" + kMember), "https://shop.example/product/a"),
                "complaint-procedure")
            .empty());
}
