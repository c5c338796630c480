// payment-protection: at least one protected payment method; transfer-only prepayment.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/checkout/betalen";
std::vector<kw::Finding> at_checkout(const std::string& body) {
  return of_rule(page("<h1>Kies je betaalmethode</h1>" + body), kUrl, "payment-protection");
}
std::string radio(const std::string& label) {
  return "<label><input type=\"radio\" name=\"pm\"> " + label + "</label>";
}
}  // namespace

TEST_CASE("Only bank transfer, said to be the only way, is a violation", "[payment-protection]") {
  auto fs =
      at_checkout("<p>Betalen kan uitsluitend via vooruitbetaling per bankoverschrijving.</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
}

TEST_CASE("Only transfer seen, without saying so, is for review", "[payment-protection]") {
  auto fs = at_checkout(radio("Overboeking"));
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "needs-review-transfer");
}

TEST_CASE("Only prepayment methods are for review", "[payment-protection]") {
  auto fs = at_checkout(radio("iDEAL") + radio("Bancontact"));
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "needs-review-prepay");
}

TEST_CASE("A protected method passes", "[payment-protection]") {
  auto fs =
      at_checkout(radio("iDEAL") + radio("Achteraf betalen met Klarna") + radio("Overboeking"));
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("A protected method chosen earlier is remembered", "[payment-protection]") {
  kw::SessionMemory session;
  analyse_html(page(radio("PayPal") + radio("Overboeking")), "https://shop.example/checkout/stap-2",
               &session);
  auto fs = of_rule(analyse_html(page("<h1>Controleer je bestelling</h1><p>Betaalmethode: "
                                      "Overboeking</p>"),
                                 kUrl, &session),
                    "payment-protection");
  CHECK(fs.empty());
}

TEST_CASE("Prepayment asked on individual grounds is silent", "[payment-protection]") {
  CHECK(at_checkout("<p>Op basis van je kredietscore kunnen we deze bestelling alleen leveren na "
                    "vooruitbetaling via overboeking.</p>")
            .empty());
}
