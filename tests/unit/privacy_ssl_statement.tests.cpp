// privacy-ssl-statement: the site says it uses a secure (SSL/TLS) connection; remembered per
// site and judged on the privacy statement.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kPrivacy = "https://shop.example/privacy";
std::vector<kw::Finding> statement(const std::string& body, kw::SessionMemory* s = nullptr) {
  return of_rule(
      analyse_html(page("<h1>Privacyverklaring</h1>" + body, "Privacyverklaring"), kPrivacy, s),
      "privacy-ssl-statement");
}
}  // namespace

TEST_CASE("A statement of a secure connection passes", "[privacy-ssl-statement]") {
  for (const char* text :
       {"<p>Tijdens het bestellen gebruiken wij een beveiligde SSL-verbinding.</p>",
        "<p>Je gegevens worden versleuteld verzonden.</p>",
        "<p>De verbinding is beveiligd met TLS, herkenbaar aan het slotje in je adresbalk.</p>",
        "<p>Our checkout uses a secure connection.</p>"}) {
    INFO(text);
    auto fs = statement(text);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].message_key == "pass");
  }
}

TEST_CASE("A member's privacy statement without it is a warning", "[privacy-ssl-statement]") {
  const std::string member = "<footer>Wij zijn lid van Thuiswinkel.org</footer>";
  for (const char* text : {"<p>Wij gaan zorgvuldig om met je gegevens.</p>",
                           "<p>Wachtwoorden bewaren wij versleuteld.</p>",
                           "<p>Deze tas heeft een handig slotje.</p>"}) {
    INFO(text);
    auto fs = statement(text + member);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kWarning);
  }
}

TEST_CASE("Without a membership claim a missing statement is no finding",
          "[privacy-ssl-statement]") {
  // The Toetsingskader binds members; no law asks a shop to state its encryption.
  CHECK(statement("<p>Wij gaan zorgvuldig om met je gegevens.</p>").empty());
  // A claim on an earlier page of the site makes the shop a member here too.
  kw::SessionMemory session;
  analyse_html(page("<footer><img alt=\"Thuiswinkel Waarborg\" src=\"tw.png\"></footer>", "Home"),
               "https://shop.example/", &session);
  auto fs = statement("<p>Wij gaan zorgvuldig om met je gegevens.</p>", &session);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
}

TEST_CASE("A statement on an earlier page of the site passes", "[privacy-ssl-statement]") {
  kw::SessionMemory session;
  auto home = of_rule(
      analyse_html(
          page("<footer><p>Veilig bestellen via een beveiligde verbinding</p></footer>", "Home"),
          "https://shop.example/", &session),
      "privacy-ssl-statement");
  CHECK(home.empty());  // remembered, but judged only on the privacy statement
  auto fs = statement("<p>Wij gaan zorgvuldig om met je gegevens.</p>", &session);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "pass-earlier");
  CHECK(fs[0].evidence.find("beveiligde verbinding") != std::string::npos);
}
