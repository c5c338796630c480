// company-name: the shop's name, read from a label, a legal form, the line above its address or the
// copyright line, remembered per site; asked about on the contact page and the final step only.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
std::vector<kw::Finding> at(const std::string& body, const std::string& url,
                            kw::SessionMemory* s = nullptr) {
  return of_rule(analyse_html(page(body, "Pagina"), url, s), "company-name");
}
}  // namespace

TEST_CASE("A name with its legal form on the contact page passes, with its node",
          "[company-name]") {
  auto fs = at("<h1>Contact</h1><p>Fietsenhuis Jansen B.V. is ingeschreven onder KvK 12345678</p>",
               "https://shop.example/contact");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  CHECK(fs[0].evidence == "Fietsenhuis Jansen B.V.");
  CHECK(fs[0].node >= 0);
}

TEST_CASE("The line above the address names the shop, in one line or its own element",
          "[company-name]") {
  auto br = at("<h1>Contact</h1><p>Fietsenhuis Jansen<br>Dorpsstraat 12<br>3511 AB Utrecht</p>",
               "https://shop.example/contact");
  REQUIRE(br.size() == 1);
  CHECK(br[0].severity == Severity::kPass);
  CHECK(br[0].evidence == "Fietsenhuis Jansen");

  auto strong =
      at("<h1>Contact</h1><address><strong>Kaashandel Gouda</strong><br>Markt 3<br>2801 JK "
         "Gouda</address>",
         "https://shop.example/contact");
  REQUIRE(strong.size() == 1);
  CHECK(strong[0].evidence == "Kaashandel Gouda");

  auto heading =
      at("<h1>Contact</h1><div><h3>Boekhandel Het Zuiden</h3><p>Bezoekadres: Kerkstraat 4, 5211 KL "
         "'s-Hertogenbosch</p></div>",
         "https://shop.example/contact");
  REQUIRE(heading.size() == 1);
  CHECK(heading[0].evidence == "Boekhandel Het Zuiden");
}

TEST_CASE("A footer line with separators and a table with a name label name the shop",
          "[company-name]") {
  auto footer =
      at("<h1>Over ons</h1><footer>Fietsenhuis Jansen · Dorpsstraat 12 · 3511 AB Utrecht · "
         "030-123 45 67</footer>",
         "https://shop.example/over-ons");
  REQUIRE(footer.size() == 1);
  CHECK(footer[0].evidence == "Fietsenhuis Jansen");
  auto table =
      at("<h1>Contact</h1><table><tr><td>Bedrijfsnaam</td><td>Kaas &amp; Zo Gouda</td></tr>"
         "<tr><td>Adres</td><td>Markt 41, 2801 JK Gouda</td></tr></table>",
         "https://shop.example/contact");
  REQUIRE(table.size() == 1);
  CHECK(table[0].evidence == "Kaas & Zo Gouda");
}

TEST_CASE("A footer heading above other text is no name", "[company-name]") {
  auto fs =
      at("<h1>Contact</h1><footer><h4>Informatie</h4><p>Wij verkopen fietsen sinds 1987.</p>"
         "<p>Dorpsstraat 12, 3511 AB Utrecht</p></footer>",
         "https://shop.example/contact");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
  auto named =
      at("<h1>Contact</h1><footer><h4>Contact</h4><p>Fietsenhuis</p><p>Dorpsstraat 12</p>"
         "<p>3511 AB Utrecht</p></footer>",
         "https://shop.example/contact");
  REQUIRE(named.size() == 1);
  CHECK(named[0].evidence == "Fietsenhuis");
}

TEST_CASE("A phone line beside the address is no name", "[company-name]") {
  auto fs = at("<h1>Contact</h1><p>Tel 06-12345678</p><p>Hoofdweg 3, 9712 CD Groningen</p>",
               "https://shop.example/contact");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
}

TEST_CASE("An address under a label only, without a name, is asked about", "[company-name]") {
  auto fs =
      at("<h1>Contact</h1><p>Bezoekadres:</p><p>Dorpsstraat 12</p><p>3511 AB Utrecht</p>"
         "<p>Mail info@shop.example</p>",
         "https://shop.example/contact");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
  CHECK(fs[0].message_key == "needs-review-missing");
}

TEST_CASE("The customer's delivery address and a payment provider are not the shop's name",
          "[company-name]") {
  auto fs =
      at("<h1>Bestelling controleren</h1><form><div><h3>Bezorgadres</h3><p>Kees Smit</p>"
         "<p>Molenweg 3</p><p>7411 AB Deventer</p></div><p>Betaal veilig via Mollie B.V.</p>"
         "<label><input type=checkbox name=av> Ik ga akkoord met de algemene voorwaarden</label>"
         "<button type=submit>Bestelling met betalingsverplichting</button></form>",
         "https://shop.example/checkout/bevestigen");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
}

TEST_CASE("An address under a customer heading outside its block is still the customer's",
          "[company-name]") {
  std::string long_text(700, 'x');
  auto fs =
      at("<h1>Bestelling controleren</h1><form><h2>Bezorgadres</h2><p>Lotte Visser, "
         "Prinsengracht 300-2, 1016 HX Amsterdam</p><p>" +
             long_text +
             "</p><label><input type=checkbox name=av> Ik ga akkoord met de algemene "
             "voorwaarden</label><button type=submit>Bestellen en betalen</button></form>"
             "<footer>Vintage Kleding · Haarlemmerdijk 50 · 1013 HX Amsterdam</footer>",
         "https://shop.example/bestellen/bevestigen");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  CHECK(fs[0].evidence == "Vintage Kleding");
}

TEST_CASE("A name from the footer of an earlier page counts on the contact page",
          "[company-name]") {
  kw::SessionMemory session;
  at("<h1>Fietsen</h1><footer>© 2026 Fietsenhuis Jansen</footer>", "https://shop.example/",
     &session);
  auto fs =
      at("<h1>Contact</h1><p>Mail info@shop.example</p>", "https://shop.example/contact", &session);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "pass-earlier");
  CHECK(fs[0].evidence == "Fietsenhuis Jansen");

  // A copyright line does not replace a name given with its legal form.
  at("<footer>© 2026 Fietsenhuis</footer><p>Fietsenhuis Jansen B.V.</p>",
     "https://shop.example/over-ons", &session);
  at("<footer>© 2026 Fietsenhuis</footer>", "https://shop.example/fietsen", &session);
  auto later = at("<h1>Contact</h1>", "https://shop.example/contact", &session);
  REQUIRE(later.size() == 1);
  CHECK(later[0].evidence == "Fietsenhuis Jansen B.V.");
}

TEST_CASE("Product pages say nothing about the name", "[company-name]") {
  CHECK(at("<h1>Fiets</h1><p>Nu € 499</p>", "https://shop.example/product/fiets").empty());
}

TEST_CASE("A name matching the web address wins over a third party's legal-form name",
          "[company-name]") {
  auto fs =
      at("<h1>Contact</h1><footer><p>Fietsenhuis Jansen<br>Dorpsstraat 12<br>3511 AB Utrecht</p>"
         "<p>Webshop gebouwd door Pixelmakers B.V.</p></footer>",
         "https://www.fietsenhuis-jansen.nl/contact");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].evidence == "Fietsenhuis Jansen");
  // Even with no name matching the address, a credit after "door" is no shop name.
  auto credit =
      at("<h1>Contact</h1><p>Webdesign door Pixelmakers B.V.</p>", "https://shop.example/contact");
  REQUIRE(credit.size() == 1);
  CHECK(credit[0].severity == Severity::kNeedsReview);
}

TEST_CASE("On a checkout page only the header, the footer and a seller line are read",
          "[company-name]") {
  const std::string form =
      "<form><h2>Je gegevens</h2><p>Jan de Vries<br>Kerkstraat 5<br>1234 AB Amsterdam</p>"
      "<p><strong>Bedrijfsnaam:</strong> Acme Retail Ltd</p><p>Betalingen worden verwerkt "
      "door ING Bank N.V.</p><label><input type=checkbox name=av> Ik ga akkoord met de "
      "algemene voorwaarden</label><button type=submit>Bestelling met betalingsverplichting"
      "</button></form>";
  auto none =
      at("<h1>Bestelling controleren</h1>" + form, "https://shop.example/afrekenen/bevestigen");
  REQUIRE(none.size() == 1);
  CHECK(none[0].severity == Severity::kNeedsReview);
  auto footer = at("<h1>Bestelling controleren</h1>" + form +
                       "<footer>Fietsenhuis Jansen B.V. · KvK 12345678</footer>",
                   "https://shop.example/afrekenen/bevestigen");
  REQUIRE(footer.size() == 1);
  CHECK(footer[0].evidence == "Fietsenhuis Jansen B.V.");
  auto seller = at("<h1>Bestelling controleren</h1><form><p>Verkoper: Fietsenhuis Jansen B.V.</p>" +
                       form.substr(6),
                   "https://shop.example/afrekenen/bevestigen");
  REQUIRE(seller.size() == 1);
  CHECK(seller[0].evidence == "Fietsenhuis Jansen B.V.");
}

TEST_CASE("A form's field labels and an empty cell give no name", "[company-name]") {
  auto form =
      at("<h1>Contact</h1><form><label>Bedrijfsnaam</label><input name=company>"
         "<label>E-mailadres</label><input name=email></form>",
         "https://shop.example/contact");
  REQUIRE(form.size() == 1);
  CHECK(form[0].severity == Severity::kNeedsReview);
  auto empty =
      at("<h1>Contact</h1><table><tr><td>Bedrijfsnaam</td><td></td></tr><tr><td>KvK-nummer</td>"
         "<td>12345678</td></tr></table>",
         "https://shop.example/contact");
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].severity == Severity::kNeedsReview);
}

TEST_CASE("Headings of a branch or a section above an address are no name", "[company-name]") {
  for (const char* heading :
       {"Showroom Utrecht", "Utrecht", "Retouren", "Hoofdvestiging", "Get In Touch"}) {
    INFO(heading);
    auto fs = at(std::string("<h1>Contact</h1><h3>") + heading +
                     "</h3><p>Dorpsstraat 12<br>3511 AB Utrecht</p>",
                 "https://shop.example/contact");
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kNeedsReview);
  }
}
