// The page classifier, rule scoping by page role, and the site memory a session keeps: which kind
// of page a snapshot is, that a rule's findings stay on the pages of its roles, and that facts are
// remembered per site, bounded.
#include <filesystem>
#include <fstream>
#include <random>

#include <nlohmann/json.hpp>

#include "analysis_helpers.h"
#include "engine/report.h"

namespace fs = std::filesystem;
using kwtest::page;
using nlohmann::json;

namespace {

kw::Analysis analyse(const std::string& html, const std::string& url,
                     const kw::Catalogue& cat = kwtest::catalogue(),
                     kw::SessionMemory* session = nullptr) {
  auto snap = kw::snapshot_from_html(html, url);
  REQUIRE(snap.ok());
  kw::AnalyzeOptions o;
  o.today = "2026-11-24";
  return kw::analyze(snap.value(), cat, session, o);
}

kw::PageRoles roles(const std::string& html, const std::string& url) {
  return analyse(html, url).page;
}

std::string joined(const kw::PageRoles& p) {
  std::string s;
  for (const auto& r : p.roles) s += (s.empty() ? "" : ",") + r;
  return s;
}

// A copy of rules/ a test may change; removed when the test ends.
struct RulesCopy {
  fs::path dir;
  RulesCopy() {
    std::random_device rd;
    dir = fs::temp_directory_path() / ("kw-roles-" + std::to_string(rd()));
    fs::copy(KW_RULES_DIR, dir, fs::copy_options::recursive);
  }
  ~RulesCopy() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  json read(const std::string& rel) const {
    std::ifstream in(dir / rel);
    return json::parse(in);
  }
  void write(const std::string& rel, const json& j) const {
    std::ofstream out(dir / rel);
    out << j.dump(2);
  }
  kw::Result<kw::Catalogue> load() const { return kw::Catalogue::load(dir, kw::all_check_specs()); }
};

const char* kPrechecked =
    R"(<form><label><input type="checkbox" name="nb" checked> Ja, stuur mij de nieuwsbrief
       met aanbiedingen</label></form>)";

}  // namespace

TEST_CASE("A step's words or address without an order button or payment choice is a checkout step",
          "[page-roles]") {
  auto p = roles(page("<aside><h2>Besteloverzicht</h2><p>Winkelwagentje: 2 artikelen</p></aside>"
                      "<label>Postcode <input name=zip></label><button>Volgende</button>"),
                 "https://shop.example/checkout/shipping");
  INFO(joined(p));
  CHECK(p.has("checkout"));
  CHECK_FALSE(p.has("final-step"));
  CHECK_FALSE(p.has("cart"));
}

TEST_CASE("A cart address makes a cart, never a final step", "[page-roles]") {
  auto p = roles(page("<h1>Winkelwagen</h1><p>Kies je betaalmethode bij het afrekenen.</p>"
                      "<a href=\"/checkout\">Afrekenen</a>"),
                 "https://shop.example/cart");
  INFO(joined(p));
  CHECK(p.has("cart"));
  CHECK_FALSE(p.has("final-step"));
  CHECK_FALSE(p.has("checkout"));
}

TEST_CASE("The final step by its words and address is also a checkout page", "[page-roles]") {
  auto p = roles(page("<h1>Controleer je bestelling</h1><button type=submit>Nu betalen</button>"),
                 "https://shop.example/checkout/review");
  INFO(joined(p));
  CHECK(p.has("final-step"));
  CHECK(p.has("checkout"));
  CHECK(p.weight("final-step") == Approx(0.95));
  REQUIRE_FALSE(p.evidence.empty());
}

TEST_CASE("An order button with address fields and a payment choice is the final step",
          "[page-roles]") {
  auto p = roles(page(R"(<form>
      <label>Postcode <input name="zip"></label>
      <label><input type="radio" name="pm" checked> iDEAL</label>
      <button type="submit">Bestelling plaatsen</button></form>)",
                      "Stap 3"),
                 "https://shop.example/stap3");
  INFO(joined(p));
  CHECK(p.has("final-step"));
  CHECK(p.has("checkout"));
  CHECK(p.final_controls);
}

TEST_CASE("A thank-you page is a confirmation, not a step to judge", "[page-roles]") {
  auto p = roles(page("<h1>Bedankt voor je bestelling!</h1><p>Ordernummer 100023</p>"
                      "<p>Betaalmethode: iDEAL</p><a href=\"/cart\">Winkelwagen</a>"),
                 "https://shop.example/checkout/finish");
  INFO(joined(p));
  CHECK(p.has("confirmation"));
  CHECK_FALSE(p.has("final-step"));
  CHECK_FALSE(p.has("cart"));
  CHECK_FALSE(p.has("checkout"));

  auto woo = roles(page("<h1>Bestelling ontvangen</h1><p>Bedankt. Je bestelling is ontvangen.</p>"
                        "<p>Bestelnummer: 4821</p>"),
                   "https://shop.example/afrekenen/order-received/4821/?key=wc_order_abc");
  INFO(joined(woo));
  CHECK(woo.has("confirmation"));
  CHECK_FALSE(woo.has("checkout"));
}

TEST_CASE("Terms, privacy, returns, contact and FAQ pages by their heading or address",
          "[page-roles]") {
  auto terms = roles(page("<h1>Algemene voorwaarden</h1><p>Door te bestellen ga je akkoord met de "
                          "algemene voorwaarden. De betaalmethode kies je zelf.</p>",
                          "Voorwaarden"),
                     "https://shop.example/info");
  INFO(joined(terms));
  CHECK(terms.has("terms"));
  CHECK_FALSE(terms.has("final-step"));
  CHECK(
      roles(page("<h1>Privacyverklaring</h1>", "Shop"), "https://shop.example/p1").has("privacy"));
  CHECK(roles(page("<p>x</p>", "Shop"), "https://shop.example/retourneren").has("returns"));
  CHECK(roles(page("<h1>Klantenservice</h1>", "Shop"), "https://shop.example/k").has("contact"));
  CHECK(roles(page("<h1>Veelgestelde vragen</h1>", "Shop"), "https://shop.example/v").has("faq"));
}

TEST_CASE("A product page and a marketplace offer", "[page-roles]") {
  const std::string product = R"(<h1>Stadsfiets Amsterdam</h1><p>€ 499,00</p>
      <button type="submit">In winkelwagen</button>)";
  auto p = roles(page(product, "Stadsfiets"), "https://shop.example/stadsfiets");
  INFO(joined(p));
  CHECK(p.has("product"));
  CHECK_FALSE(p.has("marketplace-offer"));
  CHECK_FALSE(p.has("checkout"));

  auto m = roles(page(product + "<p>Verkocht door Fietsenhuis Jansen</p>", "Stadsfiets"),
                 "https://markt.example/p/123");
  INFO(joined(m));
  CHECK(m.has("product"));
  CHECK(m.has("marketplace-offer"));

  // A listing with many add-to-cart buttons is not one product.
  auto list = roles(page("<p>€ 1,00</p><button>In winkelwagen</button><p>€ 2,00</p>"
                         "<button>Toevoegen aan winkelwagen</button>",
                         "Fietsen"),
                    "https://shop.example/fietsen");
  CHECK_FALSE(list.has("product"));
}

TEST_CASE("A header link to the cart makes no product page and no cart", "[page-roles]") {
  const std::string header = R"(<header><a href="/winkelwagen">Winkelwagen (2)</a></header>)";
  auto privacy =
      roles(page(header + "<h1>Privacyverklaring</h1><p>Wij verwerken je gegevens.</p>", "Privacy"),
            "https://shop.example/privacy");
  INFO(joined(privacy));
  CHECK(privacy.has("privacy"));
  CHECK_FALSE(privacy.has("product"));
  CHECK_FALSE(privacy.has("cart"));

  // A product page with a quantity field and the cart link in the header: a product, not a cart.
  auto product = roles(page(header + R"(<h1>Stadsfiets</h1><p>€ 499,00</p>
      <label>Aantal <input type="number" name="qty" value="1"></label>
      <button type="submit">In winkelwagen</button>)",
                            "Stadsfiets"),
                       "https://shop.example/stadsfiets");
  INFO(joined(product));
  CHECK(product.has("product"));
  CHECK_FALSE(product.has("cart"));

  // A home page with the cart link and no prices is no cart.
  auto home = roles(page(header + "<h1>Welkom bij De Spaak</h1><p>Fietsen sinds 1962.</p>", "Home"),
                    "https://shop.example/");
  INFO(joined(home));
  CHECK(home.roles == std::vector<std::string>{"other"});

  // A link that adds ("In winkelwagen") still counts as the add-to-cart control.
  auto link_add = roles(
      page(R"(<h1>Fietsbel</h1><p>€ 9,95</p><a href="?add=1">In winkelwagen</a>)", "Fietsbel"),
      "https://shop.example/fietsbel");
  CHECK(link_add.has("product"));
}

TEST_CASE("Pages around the checkout that speak of it stay what they are", "[page-roles]") {
  const std::string header = R"(<header><a href="/winkelwagen">Winkelwagen (1)</a></header>)";
  // A blog post with a price-like "gratis" and the header's cart link: no cart.
  auto blog = roles(page(header + "<h1>Zo zet je de perfecte filterkoffie</h1><p>Gebruik vers "
                                  "gemalen bonen. Bij elke bestelling krijg je gratis een "
                                  "maatschepje.</p>",
                         "Blog"),
                    "https://shop.example/blog/filterkoffie");
  INFO(joined(blog));
  CHECK(blog.roles == std::vector<std::string>{"other"});

  // The cart words in the page's own heading still make the cart.
  auto cart = roles(
      page(header + "<h1>Je winkelwagen</h1><p>Koffiebonen 1 kg – € 24,95</p>", "Winkelwagen"),
      "https://shop.example/mijn-bestelling");
  INFO(joined(cart));
  CHECK(cart.has("cart"));

  // Returns information that names the payment method is not a checkout step.
  auto returns = roles(page("<h1>Retourneren</h1><p>We betalen het bedrag terug via dezelfde "
                            "betaalmethode waarmee je hebt betaald.</p>",
                            "Retourneren"),
                       "https://shop.example/retourneren");
  INFO(joined(returns));
  CHECK(returns.roles == std::vector<std::string>{"returns"});

  // Terms that say "nadat de bestelling geplaatst is" are no confirmation page.
  auto terms = roles(page("<h1>Algemene voorwaarden</h1><p>Binnen 30 dagen nadat de consument de "
                          "bestelling geplaatst heeft, ontvangt hij bericht.</p>",
                          "Algemene voorwaarden"),
                     "https://shop.example/algemene-voorwaarden");
  INFO(joined(terms));
  CHECK(terms.roles == std::vector<std::string>{"terms"});
}

TEST_CASE("Cart rows with quantity fields and remove buttons make a cart", "[page-roles]") {
  auto p = roles(page(R"(<table><tr><td>Fietsbel</td><td><label>Aantal
      <input type="number" name="qty"></label></td><td>€ 9,95</td>
      <td><button>Verwijderen</button></td></tr></table>)",
                      "Mijn spullen"),
                 "https://shop.example/mijn-spullen");
  INFO(joined(p));
  CHECK(p.has("cart"));
}

TEST_CASE("A page nothing fits is other", "[page-roles]") {
  auto p = roles(page("<p>Welkom</p>", "Home"), "https://shop.example/");
  CHECK(p.roles == std::vector<std::string>{"other"});
  CHECK(p.evidence.empty());
}

TEST_CASE("A rule's findings stay on the pages of its roles", "[page-roles]") {
  RulesCopy rules;
  const std::string rel = "privacy/prechecked-consent.json";
  json rule = rules.read(rel);
  rule["roles"] = {"final-step"};
  rules.write(rel, rule);
  auto cat = rules.load();
  REQUIRE(cat.ok());

  SECTION("out of scope, the check runs but its findings are dropped") {
    auto a = analyse(page(kPrechecked, "Winkelwagen"), "https://shop.example/cart", cat.value());
    CHECK(kwtest::of_rule(a.findings, "prechecked-consent").empty());
  }
  SECTION("in scope, they are kept") {
    auto a = analyse(page(std::string("<h1>Controleer je bestelling</h1>") + kPrechecked +
                          "<button type=submit>Nu betalen</button>"),
                     "https://shop.example/checkout/review", cat.value());
    CHECK_FALSE(kwtest::of_rule(a.findings, "prechecked-consent").empty());
  }
  SECTION("without roles, a rule speaks everywhere") {
    auto a = analyse(page(kPrechecked, "Winkelwagen"), "https://shop.example/cart");
    CHECK_FALSE(kwtest::of_rule(a.findings, "prechecked-consent").empty());
  }
}

TEST_CASE("page-roles.json is validated like a rule file", "[page-roles][catalogue]") {
  RulesCopy rules;
  json words = rules.read("page-roles.json");
  SECTION("an unknown group names file and group") {
    words["groups"]["url_carts"] = json::array({"/x"});
    rules.write("page-roles.json", words);
    auto c = rules.load();
    REQUIRE_FALSE(c.ok());
    CHECK_THAT(c.error().describe(), Catch::Contains("page-roles.json:groups.url_carts"));
  }
  SECTION("a missing group names it") {
    words["groups"].erase("terms_heading");
    rules.write("page-roles.json", words);
    auto c = rules.load();
    REQUIRE_FALSE(c.ok());
    CHECK_THAT(c.error().describe(), Catch::Contains("page-roles.json:groups.terms_heading"));
  }
  SECTION("an upper-case pattern names its place") {
    words["groups"]["faq_heading"][0] = "\\bFAQ\\b";
    rules.write("page-roles.json", words);
    auto c = rules.load();
    REQUIRE_FALSE(c.ok());
    CHECK_THAT(c.error().describe(), Catch::Contains("page-roles.json:groups.faq_heading[0]"));
  }
  SECTION("a missing file is an error") {
    fs::remove(rules.dir / "page-roles.json");
    CHECK_FALSE(rules.load().ok());
  }
}

TEST_CASE("The page's roles are in the JSON report", "[page-roles]") {
  auto a = analyse(page("<h1>Controleer je bestelling</h1><button>Nu betalen</button>"),
                   "https://shop.example/checkout");
  const json j = kw::page_roles_to_json(a.page);
  CHECK(j["roles"] == json::array({"checkout", "final-step"}));
  REQUIRE(j["evidence"].is_array());
  REQUIRE_FALSE(j["evidence"].empty());
  CHECK(j["evidence"][0].contains("role"));
  CHECK(j["evidence"][0].contains("evidence"));
  CHECK(j["evidence"][0].contains("weight"));
}

TEST_CASE("Site memory keeps the latest fact per key, bounded", "[page-roles][session]") {
  kw::SiteMemory site;
  CHECK(site.find("kvk") == nullptr);
  site.remember("kvk", {"12345678", "KvK 12345678", "https://shop.example/contact"});
  site.remember("kvk", {"87654321", "KvK-nummer 87654321", "https://shop.example/"});
  REQUIRE(site.find("kvk") != nullptr);
  CHECK(site.find("kvk")->value == "87654321");
  CHECK(site.find("kvk")->url == "https://shop.example/");

  site.remember("long", {std::string(10000, 'x'), "", ""});
  CHECK(site.find("long")->value.size() == kw::SiteMemory::kMaxFactBytes);

  for (std::size_t i = 0; i < 2 * kw::SiteMemory::kMaxFacts; ++i) {
    site.remember("k" + std::to_string(i), {"v", "", ""});
  }
  CHECK(site.facts.size() == kw::SiteMemory::kMaxFacts);
  site.remember("kvk", {"11111111", "", ""});  // a known key is still replaced when full
  CHECK(site.find("kvk")->value == "11111111");
}

TEST_CASE("A session's site memory outlives one page; a lone page's does not", "[page-roles]") {
  kw::SessionMemory session;
  session.site.remember("terms-link", {"/voorwaarden", "Algemene voorwaarden", "https://a/"});
  analyse(page("<p>x</p>"), "https://shop.example/", kwtest::catalogue(), &session);
  CHECK(session.site.find("terms-link") != nullptr);
  kw::SessionStore store;
  store.get("tab-1|shop.example").site.remember("kvk", {"1", "", ""});
  CHECK(store.get("tab-1|shop.example").site.find("kvk") != nullptr);
  CHECK(store.get("tab-1|other.example").site.find("kvk") == nullptr);
}

TEST_CASE("Shop furniture and passing words make no checkout, cart or confirmation",
          "[page-roles]") {
  const std::string header =
      R"(<header><input type="search" aria-label="Zoeken"><a href="/winkelwagen">Winkelwagen (2)</a></header>)";
  // A home page with product tiles: their "In winkelwagen" buttons are no cart words.
  auto home = roles(page(header + R"(<h1>Welkom</h1><div><p>Fietsbel</p><p>€ 9,95</p>
      <button>In winkelwagen</button></div><div><p>Koplamp</p><p>€ 24,95</p>
      <button>In winkelwagen</button></div>)",
                         "Home"),
                    "https://shop.example/");
  INFO(joined(home));
  CHECK_FALSE(home.has("cart"));

  // A payment-methods page whose only field is the search box is no checkout step.
  auto methods = roles(page(header + "<h1>Betaalmethoden</h1><p>Kies bij het afrekenen je "
                                     "betaalmethode: iDEAL, creditcard of PayPal.</p>",
                            "Betaalmethoden"),
                       "https://shop.example/betaalmethoden");
  INFO(joined(methods));
  CHECK(methods.roles == std::vector<std::string>{"other"});

  // A blog post that mentions the thank-you mail and the order number is no confirmation.
  auto blog = roles(page(header + "<h1>Nieuw: duidelijkere bevestigingsmails</h1><p>Na het "
                                  "bestellen krijg je een mail: bedankt voor je bestelling, met "
                                  "bovenaan je ordernummer.</p>",
                         "Blog"),
                    "https://shop.example/blog/bevestigingsmails");
  INFO(joined(blog));
  CHECK_FALSE(blog.has("confirmation"));

  // The real thank-you page: the thanks in its heading, or beside the order number itself.
  auto thanks = roles(
      page("<h1>Bedankt voor je bestelling!</h1><p>We gaan ermee aan de slag.</p>", "Bedankt"),
      "https://shop.example/klaar");
  CHECK(thanks.has("confirmation"));
  auto numbered = roles(page("<h1>Gelukt</h1><p>Je bestelling is geplaatst. Bestelnummer: "
                             "BB-77120</p>",
                             "Gelukt"),
                        "https://shop.example/klaar");
  CHECK(numbered.has("confirmation"));
  // A booking is confirmed the same way, with its booking number.
  auto booked = roles(page("<h1>Gelukt!</h1><p>Je boeking is bevestigd. Boekingsnummer: "
                           "WKD-20931</p><p>Je ontvangt de tickets per e-mail.</p>",
                           "Boeking"),
                      "https://tickets.example/klaar");
  INFO(joined(booked));
  CHECK(booked.has("confirmation"));

  // A quote request with address fields and a payment choice places no order.
  auto quote = roles(page(R"(<h1>Offerte aanvragen</h1><label>Postcode <input name="pc"></label>
      <label>Betaalwijze <select><option>iDEAL</option><option>Op rekening</option></select></label>
      <button>Offerte aanvragen</button>)",
                          "Offerte"),
                     "https://shop.example/offerte");
  INFO(joined(quote));
  CHECK_FALSE(quote.has("final-step"));

  // The seller answering a question on a product page is not the offer's seller.
  auto qa = roles(page(R"(<h1>Fietshouder</h1><p>€ 19,95</p><button>In winkelwagen</button>
      <p>Past deze op mijn stuur?</p><p>Verkoper: Ja, de houder past op elk stuur van 31,8 mm.</p>)",
                       "Fietshouder"),
                  "https://shop.example/p/fietshouder");
  INFO(joined(qa));
  CHECK(qa.has("product"));
  CHECK_FALSE(qa.has("marketplace-offer"));
}

TEST_CASE("Search results name sellers but are no offer; a blog about returns is no returns page",
          "[page-roles]") {
  auto search = roles(page(R"(<h1>Resultaten voor „kinderwagen”</h1>
      <div><p>Kinderwagen Joolz</p><p>€ 349,00</p><p>Verkocht door Kinderhuis Jansen</p></div>
      <div><p>Kinderwagen Bugaboo</p><p>€ 210,00</p><p>Verkocht door een particulier</p></div>)",
                           "Zoeken: kinderwagen"),
                      "https://markt.example/zoeken?q=kinderwagen");
  INFO(joined(search));
  CHECK_FALSE(search.has("marketplace-offer"));

  auto blog = roles(page("<h1>Vijf mythes over retourneren</h1><p>Mythe 1: je moet een reden "
                         "opgeven. Fout.</p>",
                         "Blog"),
                    "https://shop.example/blog/retourmythes");
  INFO(joined(blog));
  CHECK_FALSE(blog.has("returns"));
  CHECK(roles(page("<h1>Retourneren</h1><p>Je hebt 30 dagen bedenktijd.</p>", "Retourneren"),
              "https://shop.example/retourneren")
            .has("returns"));
}

TEST_CASE("An open mini-cart, the account, a question and a sentence make no checkout or cart",
          "[page-roles]") {
  // A product page with its cart drawer open is still the product page.
  auto drawer = roles(page(R"(<h1>Fietsbel messing</h1><p>€ 14,95</p><button>In winkelwagen</button>
      <div role="dialog" aria-modal="true" aria-label="Je winkelwagen"><h2>Je winkelwagen</h2>
      <table><tr><td>Fietsbel messing</td><td><label>Aantal <input type="number" name="q"></label>
      </td><td>€ 14,95</td><td><button>Verwijderen</button></td></tr></table>
      <a href="/checkout">Afrekenen</a></div>)",
                           "Fietsbel"),
                      "https://shop.example/products/fietsbel");
  INFO(joined(drawer));
  CHECK(drawer.has("product"));
  CHECK_FALSE(drawer.has("cart"));

  // The account's order list and its withdrawal form.
  for (const char* url :
       {"https://shop.example/account/order", "https://shop.example/account/order/10077/herroepen",
        "https://shop.example/sales/order/view/order_id/12345/"}) {
    auto account = roles(page("<h1>Je bestellingen</h1><p>Bestelnummer 10077 – geplaatst op 3 "
                              "november – € 54,90</p><button>Herroeping bevestigen</button>",
                              "Bestellingen"),
                         url);
    INFO(url << ": " << joined(account));
    CHECK_FALSE(account.has("checkout"));
    CHECK_FALSE(account.has("confirmation"));
  }

  // A delivery-choice step that asks how the order should arrive thanks no one.
  auto asks = roles(page(R"(<h1>Hoe wil je je bestelling ontvangen?</h1>
      <label><input type="radio" name="d"> Bezorgen</label><label><input type="radio" name="d">
      Afhalen</label><p>Subtotaal € 24,95</p><button>Verder</button>)",
                         "Bezorgen of afhalen"),
                    "https://shop.example/checkout/bezorging");
  INFO(joined(asks));
  CHECK_FALSE(asks.has("confirmation"));
  CHECK(asks.has("checkout"));

  // An information page that mentions the cart in a sentence, with a "Verzenden & betalen" link.
  auto info = roles(page(R"(<nav><a href="/verzenden-en-betalen">Verzenden &amp; betalen</a></nav>
      <h1>Bezorging</h1><p>De verzendkosten zie je altijd vooraf in uw winkelwagen en bij het
      afrekenen.</p><table><tr><td>Nederland</td><td>€ 4,95</td></tr></table>)",
                         "Bezorging"),
                    "https://shop.example/bezorging");
  INFO(joined(info));
  CHECK_FALSE(info.has("cart"));
  CHECK_FALSE(info.has("final-step"));
}

TEST_CASE(
    "A seller's profile and a comparison table are no offer; other terms and the withdrawal "
    "function have their roles",
    "[page-roles]") {
  auto profile = roles(page("<h1>Ingrid</h1><p>Particuliere verkoper uit Zwolle</p><div><p>Vaas"
                            "</p><p>€ 12,00</p></div>",
                            "Verkoper Ingrid"),
                       "https://markt.example/verkoper/p/ingrid-83");
  INFO(joined(profile));
  CHECK_FALSE(profile.has("marketplace-offer"));
  CHECK_FALSE(profile.has("product"));

  auto compare = roles(page(R"(<h1>Vergelijk e-bikes</h1><table><tr><th>Fiets</th><th>Verkoper</th>
      <th>Prijs</th></tr><tr><td>Stadsrijder</td><td>Fietsenhuis Zwolle B.V. (zakelijk)</td>
      <td>€ 2.599,00</td></tr></table>)",
                            "Vergelijken"),
                       "https://markt.example/vergelijk/e-bikes");
  INFO(joined(compare));
  CHECK_FALSE(compare.has("marketplace-offer"));

  CHECK(roles(page("<h1>Abonnementsvoorwaarden</h1><p>Artikel 1.</p>", "Voorwaarden"),
              "https://thee.example/abonnementsvoorwaarden")
            .has("terms"));
  CHECK(roles(page("<h1>De overeenkomst hier herroepen</h1><form><label>Bestelnummer <input "
                   "name=o></label><button>Herroeping bevestigen</button></form>",
                   "Herroepen"),
              "https://thee.example/pages/herroepen")
            .has("returns"));
}

TEST_CASE("A blog article about returns is no returns page", "[page-roles]") {
  auto blog = roles(page("<h1>Wat zegt de wet eigenlijk over retourneren? Vijf fabels</h1><p>Fabel "
                         "1: je moet een reden opgeven.</p>",
                         "Blog"),
                    "https://shop.example/blog/wat-zegt-de-wet-over-retourneren");
  INFO(joined(blog));
  CHECK_FALSE(blog.has("returns"));
}

TEST_CASE("Seller terms are for businesses; a step that names the next is not the last",
          "[page-roles]") {
  auto terms = roles(page("<h1>Partnervoorwaarden voor zakelijke verkopers</h1><p>Artikel 1.</p>",
                          "Partnervoorwaarden"),
                     "https://markt.example/voorwaarden/partners");
  CHECK(terms.for_business);
  // A marketplace's consumer terms that end with a chapter for its sellers still address
  // consumers: only the page's title and first h1 name its audience.
  auto consumer = roles(page("<h1>Algemene voorwaarden voor kopers</h1><p>Artikel 1.</p>"
                             "<h1>Voorwaarden voor zakelijke verkopers</h1><p>Artikel 20.</p>",
                             "Algemene voorwaarden"),
                        "https://markt.example/voorwaarden");
  CHECK_FALSE(consumer.for_business);
  auto step = roles(page(R"(<h1>Afrekenen — betaalwijze</h1><p>Stap 2 van 3</p>
      <label><input type="radio" name="pm" checked> iDEAL</label>
      <label>Postcode <input name="pc"></label>
      <button type="submit">Verder naar controleren</button>)"),
                    "https://shop.example/afrekenen/betaalwijze");
  INFO(joined(step));
  CHECK(step.has("checkout"));
  CHECK_FALSE(step.has("final-step"));
  // The cart drawer's "Afrekenen" on a returns page makes no checkout of it.
  auto returns = roles(page(R"(<h1>Retourneren</h1><p>Je krijgt je geld terug via je oorspronkelijke
      betaalmethode.</p><div role="dialog" aria-modal="true"><button type="submit">Afrekenen</button>
      </div>)",
                            "Retourneren"),
                       "https://shop.example/retourneren");
  INFO(joined(returns));
  CHECK_FALSE(returns.has("final-step"));
}

TEST_CASE(
    "A payment step with 'Volgende stap' and no terms box, or 'Controleer bestelling', is "
    "not the last",
    "[page-roles]") {
  for (const char* button : {"Volgende stap", "Controleer bestelling"}) {
    auto step = roles(page(std::string(R"(<h1>Betaalmethode</h1>
        <label><input type="radio" name="pm" checked> iDEAL</label>
        <label>Postcode <input name="pc"></label><button type="submit">)") +
                           button + "</button>"),
                      "https://shop.example/checkout/betaling");
    INFO(button << ": " << joined(step));
    CHECK(step.has("checkout"));
    CHECK_FALSE(step.has("final-step"));
  }
}

TEST_CASE("The header's mini-cart and cart link, and a tracking page, make no cart or step",
          "[page-roles]") {
  // WooCommerce's header mini-cart lists a line with its remove button on every page.
  auto product = roles(page(R"(<header role="banner"><ul><li><a href="/winkelwagen/?remove_item=a"
      aria-label="Verwijder Schwalbe Marathon uit winkelwagen">×</a> Schwalbe Marathon 1 × € 32,95
      </li></ul></header><h1>Schwalbe Marathon 28 x 1.40</h1><p>€ 32,95</p>
      <label>Aantal <input type="number" name="quantity"></label>
      <button type="submit">Toevoegen aan winkelwagen</button>)",
                            "Schwalbe Marathon"),
                       "https://fiets.example/product/schwalbe-marathon/");
  INFO(joined(product));
  CHECK(product.has("product"));
  CHECK_FALSE(product.has("cart"));
  // A cart link whose name glues its count to its words ("6Winkelwagen"), on a page with prices.
  auto disclaimer = roles(page(R"(<div class="cart"><a href="/cart/"><span>6</span><span>Winkelwagen
      </span></a></div><h1>Disclaimer</h1><p>Een fles van € 149 die door een tikfout € 14,90 kost,
      bindt ons niet.</p>)",
                               "Disclaimer"),
                          "https://wijn.example/service/disclaimer/");
  INFO(joined(disclaimer));
  CHECK_FALSE(disclaimer.has("cart"));
  // A track-and-trace timeline says the order was received; the page thanks no one for it.
  auto tracking = roles(page(R"(<h1>Volg je bestelling</h1><p>Bestelnummer: LL-20931</p><ol>
      <li>12-11-2026 – Bestelling ontvangen en betaald</li><li>13-11-2026 – Verzonden</li></ol>)",
                             "Volg je bestelling"),
                        "https://shop.example/bestelling/volgen");
  INFO(joined(tracking));
  CHECK_FALSE(tracking.has("confirmation"));
  CHECK_FALSE(tracking.has("checkout"));
}
