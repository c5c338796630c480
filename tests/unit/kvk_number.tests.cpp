// kvk-number: 8 digits; wrong counts warn anywhere; absence only on contact/final step.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at(const std::string& body, const std::string& url,
                            kw::SessionMemory* s = nullptr) {
  return of_rule(analyse_html(page(body, "Pagina"), url, s), "kvk-number");
}
}  // namespace

TEST_CASE("A KvK number on the contact page passes, with its node", "[kvk-number]") {
  auto fs = at("<h1>Contact</h1><p>Bel 020-1234567</p><p>KvK-nummer: 12345678</p>",
               "https://shop.example/contact");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  CHECK(fs[0].evidence == "KvK-nummer: 12345678");
}

TEST_CASE("A KvK number with 7 or 9 digits warns, on any page", "[kvk-number]") {
  auto fs = at("<footer>Fietsenhuis · KvK 1234567</footer>", "https://shop.example/product/fiets");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].vars.at("reason") == "7");
  CHECK(fs[0].evidence == "Fietsenhuis · KvK 1234567");
  auto nine = at("<p>Chamber of Commerce: 123456789</p>", "https://shop.example/about-us");
  REQUIRE(nine.size() == 1);
  CHECK(nine[0].message_key == "warning-digits");
}

TEST_CASE("No KvK number: needs-review on the contact page, unless the site showed it",
          "[kvk-number]") {
  auto fs = at("<h1>Contact</h1><p>Mail info@shop.example</p>", "https://shop.example/contact");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);

  kw::SessionMemory session;
  at("<footer>KvK 87654321</footer>", "https://shop.example/", &session);
  CHECK(at("<h1>Contact</h1><p>Mail ons</p>", "https://shop.example/contact", &session).empty());
}

TEST_CASE("Product pages without a KvK number say nothing", "[kvk-number]") {
  CHECK(at("<h1>Fiets</h1>", "https://shop.example/product/fiets").empty());
}

TEST_CASE("A company in a foreign register needs no KvK number", "[kvk-number]") {
  CHECK(at("<h1>Contact</h1><p>Huis &amp; Hout BV, Nijverheidslaan 24, 2800 Mechelen, België</p>"
           "<p>Ondernemingsnummer 0833.584.148</p>",
           "https://shop.example/contact")
            .empty());
  kw::SessionMemory session;
  at("<footer>KBO 0833.584.148</footer>", "https://shop.example/", &session);
  CHECK(at("<h1>Contact</h1><p>Mail ons</p>", "https://shop.example/contact", &session).empty());
}
