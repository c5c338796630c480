// prechecked-consent: pre-ticked consent is no consent; the soft opt-out is lawful.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/checkout";

std::vector<kw::Finding> box(const std::string& label, bool checked = true) {
  return of_rule(page(std::string("<label><input type=\"checkbox\"") + (checked ? " checked" : "") +
                      "> " + label + "</label>"),
                 kUrl, "prechecked-consent");
}
}  // namespace

TEST_CASE("A pre-ticked newsletter or marketing box is a violation", "[prechecked-consent]") {
  for (const char* label :
       {"Ja, ik wil de nieuwsbrief ontvangen", "Houd mij op de hoogte van aanbiedingen en acties",
        "Stuur mij persoonlijke aanbiedingen per e-mail",
        "Ik ontvang graag tips en inspiratie via SMS"}) {
    INFO(label);
    auto fs = box(label);
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kViolation);
    CHECK(fs[0].message_key == "violation");
  }
}

TEST_CASE("Sharing with third parties is named as such", "[prechecked-consent]") {
  auto fs = box("Mijn gegevens mogen worden gedeeld met zorgvuldig geselecteerde partners");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-third-party");
}

TEST_CASE("The soft opt-out for a buying customer is not a violation", "[prechecked-consent]") {
  auto fs = box("Stuur mij als klant e-mails over vergelijkbare producten (afmelden kan altijd)");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  CHECK(fs[0].message_key == "pass-soft-opt-out");
  SECTION("but not when partners get the address too") {
    auto fs2 = box("Stuur mij en onze partners e-mails over vergelijkbare producten");
    REQUIRE(fs2.size() == 1);
    CHECK(fs2[0].severity == Severity::kViolation);
  }
}

TEST_CASE("Unticked boxes and boxes that are not consent are silent", "[prechecked-consent]") {
  CHECK(box("Ja, ik wil de nieuwsbrief ontvangen", false).empty());
  CHECK(box("Ik ga akkoord met de algemene voorwaarden").empty());
  CHECK(box("Bezorgen op een ander adres").empty());
}

TEST_CASE("A soft opt-out for similar products and a disabled recap box are no violation",
          "[prechecked-consent]") {
  for (const auto& f : box("Stuur mij af en toe tips en aanbiedingen voor vergelijkbare sneakers "
                           "per e-mail. Geen interesse? Haal het vinkje weg.")) {
    CHECK(f.severity != Severity::kViolation);
  }
  CHECK(of_rule(page("<label><input type=\"checkbox\" checked disabled> Stuur me de nieuwsbrief "
                     "(door jou aangevinkt)</label>"),
                kUrl, "prechecked-consent")
            .empty());
}

TEST_CASE("Tips on products like the ones bought are the soft opt-out", "[prechecked-consent]") {
  auto fs = of_rule(page(R"(<h1>Controleer je bestelling</h1><label><input type="checkbox"
      name="tips" checked> Stuur mij af en toe klustips en aanbiedingen voor producten die lijken op
      wat ik kocht.</label><p>Afmelden kan altijd gratis.</p>)"),
                    kUrl, "prechecked-consent");
  for (const auto& f : fs) CHECK(f.severity != Severity::kViolation);
}

TEST_CASE("The account's settings page shows consent given before", "[prechecked-consent]") {
  const std::string body =
      "<h1>Nieuwsbrief en voorkeuren</h1><p>Hier zie je waarvoor je je hebt aangemeld.</p>"
      "<label><input type=\"checkbox\" name=\"nb\" checked> Nieuwsbrief (je meldde je aan op "
      "14-03-2026)</label><label><input type=\"checkbox\" name=\"sms\"> Sms-acties</label>";
  CHECK(of_rule(page(body, "Voorkeuren"), "https://shop.example/account/voorkeuren",
                "prechecked-consent")
            .empty());
  // Creating an account is no settings page: a ticked newsletter box there is the shop's default.
  auto signup =
      of_rule(page("<h1>Account aanmaken</h1><label><input type=\"checkbox\" checked> Ja, "
                   "ik wil de nieuwsbrief ontvangen</label>",
                   "Account aanmaken"),
              "https://shop.example/account/registreren", "prechecked-consent");
  REQUIRE(signup.size() == 1);
  CHECK(signup[0].severity == Severity::kViolation);
}
