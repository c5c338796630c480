// privacy-statement-link: a privacy statement can be opened at the checkout (or was linked
// earlier).
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kCheckout = "https://shop.example/checkout/gegevens";
const std::string kForm =
    "<h1>Je gegevens</h1><label>Postcode <input name=\"postcode\"></label><label>E-mail <input "
    "type=\"email\"></label><button>Verder naar betalen</button>";
std::vector<kw::Finding> checkout(const std::string& extra, kw::SessionMemory* s = nullptr) {
  return of_rule(analyse_html(page(kForm + extra), kCheckout, s), "privacy-statement-link");
}
}  // namespace

TEST_CASE("A privacy link in the checkout passes", "[privacy-statement-link]") {
  auto fs = checkout("<footer><a href=\"/privacy\">Privacyverklaring</a></footer>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  CHECK(fs[0].evidence == "Privacyverklaring");
}

TEST_CASE("A privacy link seen earlier on the site passes", "[privacy-statement-link]") {
  kw::SessionMemory session;
  analyse_html(
      page("<footer><a href=\"/privacy-policy\">Privacy &amp; cookies</a></footer>", "Home"),
      "https://shop.example/", &session);
  auto fs = checkout("", &session);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "pass-earlier");
}

TEST_CASE("No privacy link anywhere is a warning", "[privacy-statement-link]") {
  auto fs = checkout("");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(of_rule(analyse_html(page("<h1>Fiets</h1>", "Fiets"), "https://shop.example/product/a"),
                "privacy-statement-link")
            .empty());
}
