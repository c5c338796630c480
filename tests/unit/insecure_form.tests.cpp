// insecure-form: personal data or passwords over http, or a form posting to http.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at(const std::string& body, const std::string& url) {
  return of_rule(page(body, "Account"), url, "insecure-form");
}
}  // namespace

TEST_CASE("A password field on an http page is a violation", "[insecure-form]") {
  auto fs =
      at("<form><label>E-mail <input type=\"email\"></label><label>Wachtwoord <input "
         "type=\"password\"></label></form>",
         "http://shop.example/login");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
  CHECK(fs[0].message_key == "violation-password");
  CHECK(fs[0].evidence == "Wachtwoord");
}

TEST_CASE("Address fields on an http page are a violation", "[insecure-form]") {
  auto fs = at("<form><label>Postcode <input name=\"zip\"></label></form>",
               "http://shop.example/checkout");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-page");
}

TEST_CASE("A form posting to http from an https page is a violation", "[insecure-form]") {
  auto fs =
      at("<form action=\"http://shop.example/nieuwsbrief\" method=\"post\"><label>E-mailadres "
         "<input type=\"email\"></label></form>",
         "https://shop.example/");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-action");
  CHECK(fs[0].vars.at("reason") == "http://shop.example/nieuwsbrief");
}

TEST_CASE("https pages and fields without personal data say nothing", "[insecure-form]") {
  CHECK(at("<form action=\"/login\"><input type=\"password\"></form>", "https://shop.example/login")
            .empty());
  CHECK(at("<form><label>Zoeken <input type=\"search\" name=\"q\"></label></form>",
           "http://shop.example/")
            .empty());
  CHECK(at("<form><input type=\"password\"></form>", "http://localhost:8080/login").empty());
}

TEST_CASE("Loopback addresses are not an insecure connection", "[insecure-form]") {
  // Browsers treat loopback as a secure context and nothing crosses a network: a shop's test
  // server, or the demo shop, on this machine.
  const std::string form =
      "<form action=\"http://127.0.0.1:8765/afrekenen/\" method=\"post\"><label>E-mailadres "
      "<input type=\"email\"></label><label>Wachtwoord <input type=\"password\"></label></form>";
  CHECK(at(form, "http://127.0.0.1:8765/afrekenen/").empty());
  CHECK(at(form, "http://[::1]:8765/afrekenen/").empty());
  CHECK(at(form, "http://shop.localhost/afrekenen/").empty());
  // ...but an address that only looks like it is not.
  CHECK_FALSE(at(form, "http://127.example/afrekenen/").empty());
}
