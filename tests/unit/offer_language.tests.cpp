// offer-language: Dutch or English; another language without a Dutch/English version.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;

namespace {
const char* kUrl = "https://shop.example/product/schuhe";
std::string html(const std::string& lang, const std::string& body) {
  return "<!doctype html><html lang=\"" + lang + "\"><head><title>Shop</title></head><body>" +
         body + "</body></html>";
}
const char* kGerman =
    "<h1>Laufschuhe</h1><p>Jetzt kaufen und sparen! Der Schuh ist leicht und bequem, mit einer "
    "Sohle aus Gummi. Wir liefern kostenlos und die Lieferung ist in zwei Tagen bei Ihnen. Sie "
    "können den Artikel zum Warenkorb hinzufügen oder mehr über unsere Marke lesen. Das Angebot "
    "gilt nicht für alle Größen.</p><button>In den Warenkorb</button>";
}  // namespace

TEST_CASE("A German page without a Dutch version is a violation", "[offer-language]") {
  auto fs = of_rule(html("de", kGerman), kUrl, "offer-language");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-de");
  CHECK(fs[0].evidence.find("lang=\"de\"") == 0);
}

TEST_CASE("A language switch to Dutch makes it compliant", "[offer-language]") {
  CHECK(
      of_rule(html("de", std::string(kGerman) + "<a href=\"/nl/product/schoenen\">Nederlands</a>"),
              kUrl, "offer-language")
          .empty());
}

TEST_CASE("Dutch and English pages are silent", "[offer-language]") {
  CHECK(of_rule(html("nl",
                     "<h1>Hardloopschoenen</h1><p>Deze schoen is licht en je bestelt hem "
                     "met gratis verzending. Wij leveren binnen twee dagen bij jou thuis, "
                     "ook in het weekend. Voeg het artikel toe aan je winkelwagen.</p>"),
                kUrl, "offer-language")
            .empty());
  CHECK(of_rule(html("en",
                     "<h1>Running shoes</h1><p>Buy the shoe with free shipping. We deliver "
                     "your order within two days and you can return it for free. Add it "
                     "to your cart and check out with the payment method of your "
                     "choice.</p>"),
                kUrl, "offer-language")
            .empty());
}

TEST_CASE("A declared other language with little text is for review", "[offer-language]") {
  auto fs = of_rule(html("fr", "<h1>Chaussures</h1><p>€ 89</p>"), kUrl, "offer-language");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNeedsReview);
}

TEST_CASE("A quote in French on a Dutch product page is no French offer", "[offer-language]") {
  const std::string quote =
      "Un vin de la Loire élégant et minéral, avec des notes de pamplemousse et de silex. Le vin "
      "est vinifié et élevé sur lies fines dans nos caves du village de Bué. Il est parfait pour "
      "accompagner le chèvre de Chavignol et les fruits de mer.";
  const std::string dutch =
      "<h1>Domaine de la Vallée – Sancerre Blanc 2023</h1><p>Witte wijn · 75 cl · € 21,95</p>"
      "<p>Op voorraad. Bij de bezorging controleert de bezorger je leeftijd.</p>";
  const std::string ours =
      "<p>Onze sommelier: fris en mineraal, met tonen van grapefruit.</p>"
      "<button>In winkelwagen</button>";
  SECTION("in a <blockquote>") {
    CHECK(of_rule(html("nl", dutch + "<blockquote lang=\"fr\">" + quote + "</blockquote>" + ours),
                  kUrl, "offer-language")
              .empty());
  }
  SECTION("in a plain paragraph: one element does not outweigh the page") {
    CHECK(of_rule(html("nl", dutch + "<p>« " + quote + " » – le vigneron</p>" + ours), kUrl,
                  "offer-language")
              .empty());
  }
}

TEST_CASE("A French page in several elements is still French", "[offer-language]") {
  auto fs = of_rule(
      html("fr",
           "<h1>Vin de la Loire</h1><p>Un vin élégant et minéral, avec des notes de silex.</p>"
           "<p>Livraison gratuite pour toutes les commandes dans la journée.</p>"
           "<p>Le prix est pour une bouteille et nous livrons aux Pays-Bas.</p>"
           "<button>Ajouter au panier</button>"),
      kUrl, "offer-language");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-fr");
}
