// privacy-rights-info: a privacy statement names the rights of objection, access, rectification
// and erasure and the complaint to the Autoriteit Persoonsgegevens; the missing ones are named.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kPrivacy = "https://shop.example/privacyverklaring";
std::vector<kw::Finding> statement(const std::string& body, const char* url = kPrivacy) {
  return of_rule(page("<h1>Privacyverklaring</h1>" + body, "Privacyverklaring"), url,
                 "privacy-rights-info");
}
std::string reason(const std::vector<kw::Finding>& fs) {
  if (fs.size() != 1 || fs[0].vars.count("reason") == 0) return "?";
  return fs[0].vars.at("reason");
}
}  // namespace

TEST_CASE("All rights named as verbs pass", "[privacy-rights-info]") {
  auto fs = statement(
      "<p>U kunt uw gegevens inzien, laten corrigeren of verwijderen en bezwaar maken.</p><p>Bent "
      "u het niet eens met hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de "
      "Autoriteit Persoonsgegevens.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  CHECK(fs[0].evidence.find("inzien") != std::string::npos);
}

TEST_CASE("All rights named as nouns, in a list or in English, pass", "[privacy-rights-info]") {
  auto list = statement(
      "<h2>Jouw rechten</h2><ul><li>Recht op inzage</li><li>Recht op rectificatie</li><li>Recht op "
      "vergetelheid</li><li>Recht van verzet</li></ul><p>Je kunt ook een klacht indienen bij de "
      "<a href=\"https://autoriteitpersoonsgegevens.nl\">toezichthouder</a>.</p>");
  REQUIRE(list.size() == 1);
  CHECK(list[0].severity == Severity::kPass);
  auto en = statement(
      "<p>You have the right of access, rectification and erasure, and the right to object. You "
      "may lodge a complaint with the supervisory authority.</p>");
  REQUIRE(en.size() == 1);
  CHECK(en[0].severity == Severity::kPass);
}

TEST_CASE("A missing right is a warning that names it", "[privacy-rights-info]") {
  auto no_ap = statement(
      "<p>Je kunt je gegevens inzien, aanpassen of laten verwijderen en "
      "bezwaar maken tegen het gebruik ervan.</p>");
  REQUIRE(no_ap.size() == 1);
  CHECK(no_ap[0].severity == Severity::kWarning);
  CHECK(reason(no_ap).find("Autoriteit Persoonsgegevens") != std::string::npos);
  CHECK(reason(no_ap).find("inzage") == std::string::npos);

  auto only_access = statement(
      "<p>U heeft recht op inzage in uw gegevens. Klachten kunt u "
      "melden bij de Autoriteit Persoonsgegevens.</p>");
  REQUIRE(only_access.size() == 1);
  CHECK(only_access[0].severity == Severity::kWarning);
  const std::string missing = reason(only_access);
  CHECK(missing.find("correctie") != std::string::npos);
  CHECK(missing.find("verwijdering") != std::string::npos);
  CHECK(missing.find("bezwaar") != std::string::npos);
  CHECK(missing.find("inzage") == std::string::npos);
}

TEST_CASE("Removing cookies is not the right to erasure", "[privacy-rights-info]") {
  auto fs = statement(
      "<p>U kunt uw gegevens inzien en laten corrigeren en u kunt bezwaar maken. U kunt cookies "
      "verwijderen via uw browser. Klachten: Autoriteit Persoonsgegevens.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(reason(fs).find("verwijdering") != std::string::npos);
}

TEST_CASE("Only a privacy statement is judged", "[privacy-rights-info]") {
  CHECK(of_rule(page("<h1>Fiets</h1><p>Wij gaan zorgvuldig met uw gegevens om.</p>", "Fiets"),
                "https://shop.example/product/fiets", "privacy-rights-info")
            .empty());
  // A cookie statement is not the privacy statement.
  CHECK(of_rule(
            page("<h1>Cookiebeleid</h1><p>Wij gebruiken analytische cookies.</p>", "Cookiebeleid"),
            "https://shop.example/cookiebeleid", "privacy-rights-info")
            .empty());
}

TEST_CASE("Rights named as English verbs pass", "[privacy-rights-info]") {
  auto fs = statement(
      "<p>You have the right to access, rectify, erase, restrict and port your data, and to "
      "object. "
      "You can also file a complaint with the Dutch Data Protection Authority (Autoriteit "
      "Persoonsgegevens).</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}
