// contact-details: e-mail, phone and address on the contact page or known from the site memory.
#include <set>

#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kContact = "https://shop.example/contact";

std::vector<kw::Finding> contact(const std::string& body, kw::SessionMemory* s = nullptr) {
  return of_rule(analyse_html(page("<h1>Contact</h1>" + body, "Contact"), kContact, s),
                 "contact-details");
}
}  // namespace

TEST_CASE("A contact page with e-mail, phone and address passes", "[contact-details]") {
  auto fs = contact(
      "<p>Fietsenhuis Jansen, Dorpsstraat 12, 1234 AB Utrecht</p><p>E-mail: "
      "info@fietsenhuis.nl</p><p>Tel: 030-123 45 67</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("A contact page without e-mail or phone warns per missing detail", "[contact-details]") {
  auto fs = contact("<p>Dorpsstraat 12, 1234 AB Utrecht</p><form><textarea></textarea></form>");
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].severity == Severity::kWarning);
  std::set<std::string> keys;
  for (const auto& f : fs) keys.insert(f.message_key);
  CHECK(keys == std::set<std::string>{"warning-missing-email", "warning-missing-phone"});
}

TEST_CASE("mailto and tel links count", "[contact-details]") {
  auto fs = contact(
      "<p>Postbus 12, Utrecht</p><a href=\"mailto:help@shop.example\">Mail ons</a> <a "
      "href=\"tel:+31301234567\">Bel ons</a>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("Details shown on an earlier page of the site are not asked again", "[contact-details]") {
  kw::SessionMemory session;
  analyse_html(
      page("<footer>info@shop.example · 020-1234567 · Kade 1, 1011 AA Amsterdam</footer>", "Home"),
      "https://shop.example/", &session);
  auto fs = contact("<p>Vul het formulier in.</p>", &session);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
}

TEST_CASE("A product page says nothing", "[contact-details]") {
  CHECK(of_rule(analyse_html(page("<h1>Fiets</h1><p>Mooie fiets</p>", "Fiets"),
                             "https://shop.example/product/fiets"),
                "contact-details")
            .empty());
}

TEST_CASE("A Belgian shop's address counts", "[contact-details]") {
  auto fs = contact(
      "<p>Huis &amp; Hout BV<br>Nijverheidslaan 24, 2800 Mechelen, België</p>"
      "<p>info@huisenhout.be · +32 15 12 34 56</p>");
  REQUIRE_FALSE(fs.empty());
  for (const auto& f : fs) CHECK(f.severity == Severity::kPass);
}
