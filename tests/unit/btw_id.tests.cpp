// btw-id: both checksums; omzetbelastingnummer with a BSN; absence on the contact page.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at(const std::string& body,
                            const std::string& url = "https://shop.example/contact") {
  return of_rule(analyse_html(page(body, "Fietsenhuis"), url), "btw-id");
}
}  // namespace

TEST_CASE("Valid btw-ids of both kinds pass", "[btw-id]") {
  for (const char* id : {"NL853746333B01", "NL000099998B57", "NL 8104.33.941.B01"}) {
    INFO(id);
    auto fs = at(std::string("<h1>Contact</h1><p>Btw-nummer: ") + id + "</p>");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kPass);
  }
}

TEST_CASE("A btw-id failing both checksums warns", "[btw-id]") {
  auto fs =
      at("<footer><span>BTW: NL123456789B01</span></footer>", "https://shop.example/product/x");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].message_key == "warning-checksum");
  CHECK(fs[0].vars.at("reason") == "NL123456789B01");
  auto malformed = at("<p>VAT: NL12345678B01</p>");
  REQUIRE(malformed.size() == 1);
  CHECK(malformed[0].message_key == "warning-format");
}

TEST_CASE("A sole trader's omzetbelastingnummer is a privacy warning", "[btw-id]") {
  auto fs = at("<p>Eenmanszaak De Kaaswinkel</p><p>Omzetbelastingnummer: NL111222333B01</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "warning-bsn");
  SECTION("but not for a B.V., whose number holds its RSIN") {
    auto bv = at("<p>De Kaaswinkel B.V.</p><p>Omzetbelastingnummer: NL111222333B01</p>");
    REQUIRE(bv.size() == 1);
    CHECK(bv[0].severity == Severity::kPass);
  }
}

TEST_CASE("No btw-id on the contact page is needs-review; elsewhere silence", "[btw-id]") {
  auto fs = at("<h1>Contact</h1><p>KvK 12345678</p>");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
  CHECK(at("<h1>Fiets</h1>", "https://shop.example/product/fiets").empty());
}

TEST_CASE("A Belgian btw-nummer passes or fails its own check", "[btw-id]") {
  auto ok = at("<h1>Contact</h1><p>Btw-nummer: BE0833584148</p>");
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].severity == Severity::kPass);
  auto wrong = at("<h1>Contact</h1><p>Btw-nummer: BE0712345678</p>");
  REQUIRE(wrong.size() == 1);
  CHECK(wrong[0].message_key == "warning-checksum-be");
}

TEST_CASE("A German USt-IdNr. that passes its check digit is the shop's VAT id", "[btw-id]") {
  auto ok = at("<h1>Impressum</h1><p>USt-IdNr. (btw-nummer): DE812345673</p>",
               "https://shop.example/contact");
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].severity == Severity::kPass);
  CHECK(ok[0].vars.at("reason") == "DE812345673");
  // A failing check digit, or "de" as an article before a number, is no German id.
  auto wrong = at("<h1>Contact</h1><p>USt-IdNr.: DE812345674</p>");
  REQUIRE(wrong.size() == 1);
  CHECK(wrong[0].message_key == "needs-review-missing");
  auto article = at("<h1>Contact</h1><p>Bel ons over de 136695976 bestellingen.</p>");
  REQUIRE(article.size() == 1);
  CHECK(article[0].message_key == "needs-review-missing");
}
