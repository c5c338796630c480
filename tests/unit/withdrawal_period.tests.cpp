// withdrawal-period: less than 14 days to withdraw or to send back is a violation.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at_returns(const std::string& body) {
  return of_rule(page(body, "Retourneren"), "https://shop.example/retourneren",
                 "withdrawal-period");
}
}  // namespace

TEST_CASE("A period shorter than 14 days is a violation", "[withdrawal-period]") {
  for (const char* text : {"<p>Je hebt 7 dagen bedenktijd na ontvangst.</p>",
                           "<p>Retourneren kan binnen 10 dagen na levering.</p>",
                           "<p>U heeft een bedenktijd van acht dagen.</p>",
                           "<p>Artikelen kunnen binnen een week retour worden gestuurd.</p>",
                           "<p>We offer a 7 day return policy.</p>"}) {
    INFO(text);
    auto fs = at_returns(text);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kViolation);
    const std::string& e = fs[0].evidence;
    const bool shows_period =
        e.find('7') != std::string::npos || e.find("10") != std::string::npos ||
        e.find("acht") != std::string::npos || e.find("week") != std::string::npos;
    CHECK(shows_period);
  }
}

TEST_CASE("Fourteen days or more passes", "[withdrawal-period]") {
  for (const char* text :
       {"<p>Je hebt 14 dagen bedenktijd.</p>", "<p>Niet goed? Retourneren kan binnen 30 dagen.</p>",
        "<p>U heeft een bedenktijd van veertien dagen na ontvangst.</p>"}) {
    INFO(text);
    auto fs = at_returns(text);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kPass);
  }
}

TEST_CASE("Refund and delivery times are not the withdrawal period", "[withdrawal-period]") {
  CHECK(at_returns("<p>Na ontvangst van je retour storten we het bedrag binnen 5 dagen terug.</p>")
            .empty());
  CHECK(at_returns("<p>Bestellingen worden binnen 2 werkdagen verzonden.</p>").empty());
  CHECK(at_returns("<p>Transportschade moet je binnen 2 dagen melden.</p>").empty());
}

TEST_CASE("Words split over inline elements are read together", "[withdrawal-period]") {
  auto fs = at_returns("<p>Je hebt <strong>7 dagen bedenktijd</strong> na ontvangst.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
}

TEST_CASE("A shorter term beside the statutory one, for business or quoted, is silent",
          "[withdrawal-period]") {
  for (const char* text :
       {"<p>Na de bedenktijd kan de consument tot 7 dagen voor de startdatum kosteloos omboeken. "
        "Deze regeling komt bovenop het wettelijke herroepingsrecht en beperkt dat niet.</p>",
        "<p>Wij bieden zakelijke klanten vrijwillig een retourtermijn van 8 dagen.</p>",
        "<h2>Mythe 1: „Retourneren kan alleen binnen 7 dagen”</h2><p>Fout: je hebt minimaal 14 "
        "dagen.</p>"}) {
    INFO(text);
    for (const auto& f : at_returns(text)) CHECK(f.severity != kw::Severity::kViolation);
  }
}

TEST_CASE("A deposit or a refund with a term is no withdrawal period", "[withdrawal-period]") {
  for (const char* text :
       {"<p>Borg € 150,00: je krijgt hem binnen 7 dagen na vertrek terug.</p>",
        "<p>Komt het pakket niet binnen 14 dagen aan, dan krijg je je geld binnen 5 werkdagen "
        "terug.</p>",
        "<p>Some shops say \"7-day returns\". You get at least 14 days.</p>"}) {
    INFO(text);
    for (const auto& f : at_returns(text)) CHECK(f.severity != kw::Severity::kViolation);
  }
}

TEST_CASE("A question and a customer's review state no period", "[withdrawal-period]") {
  CHECK(of_rule(page("<h1>FAQ</h1><h3>Kan ik 7 dagen bedenktijd krijgen?</h3><p>Je krijgt er 14, "
                     "zoals de wet voorschrijft.</p>",
                     "FAQ"),
                "https://shop.example/faq", "withdrawal-period")
            .empty());
  auto review = at_returns(
      "<p>Je hebt 30 dagen bedenktijd.</p><div class=\"jdgm-rev\"><div "
      "class=\"jdgm-rev__body\"><p>Ik "
      "heb hem binnen de bedenktijd teruggestuurd en had binnen een week mijn geld terug.</p></div>"
      "</div>");
  REQUIRE(review.size() == 1);
  CHECK(review[0].severity == Severity::kPass);
}
