// tobacco-online-sale: tobacco and e-cigarettes offered for sale online.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::of_rule;
using kwtest::page;

TEST_CASE("A vape for sale is a violation", "[tobacco-online-sale]") {
  auto fs = of_rule(
      page("<h1>Wegwerp vape Mango Ice</h1><p>€ 7,95</p><button>In winkelwagen</button>", "Vape"),
      "https://shop.example/product/vape-mango", "tobacco-online-sale");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kViolation);
}

TEST_CASE("Cigars in the cart are a violation", "[tobacco-online-sale]") {
  auto fs = of_rule(
      page("<h1>Winkelwagen</h1><p>Cubaanse sigaren 5 stuks</p><p>€ 45,00</p>", "Winkelwagen"),
      "https://shop.example/winkelwagen", "tobacco-online-sale");
  CHECK(fs.size() == 1);
}

TEST_CASE("Accessories and information are silent", "[tobacco-online-sale]") {
  CHECK(
      of_rule(page("<h1>Asbak van glas</h1><p>€ 12,95</p><button>In winkelwagen</button>", "Asbak"),
              "https://shop.example/product/asbak", "tobacco-online-sale")
          .empty());
  CHECK(of_rule(page("<h1>Stoppen met roken</h1><p>Tips om te stoppen met roken.</p>", "Blog"),
                "https://shop.example/blog/stoppen", "tobacco-online-sale")
            .empty());
}

TEST_CASE("Tobacco named outside the product's name sells none", "[tobacco-online-sale]") {
  // A colour ("tabak"), a tasting note, a description and an FAQ are not what is offered.
  for (const char* body :
       {"<h1>Schoudertas Mila in tabak</h1><p>€ 119,00</p><button>In winkelwagen</button>",
        "<h1>Rioja Reserva 2019</h1><p>Kersen, vanille en een vleugje tabak.</p><p>€ 14,95</p>"
        "<button>In winkelwagen</button>",
        "<h1>Luchtreiniger Pure 40</h1><p>Verwijdert pollen en rook van sigaretten.</p>"
        "<p>€ 199,00</p><button>In winkelwagen</button>",
        "<h1>Houten kistje</h1><p>Vraag: Zitten er nog sigaren in het kistje? Nee.</p>"
        "<p>€ 24,95</p><button>In winkelwagen</button>"}) {
    INFO(body);
    CHECK(of_rule(page(body, "Product"), "https://shop.example/product/x", "tobacco-online-sale")
              .empty());
  }
}

TEST_CASE("Tobacco weighed out is tobacco", "[tobacco-online-sale]") {
  CHECK(of_rule(page("<h1>Winkelwagen</h1><p>Waterpijptabak Double Apple 50 g</p><p>€ 9,95</p>",
                     "Winkelwagen"),
                "https://shop.example/winkelwagen", "tobacco-online-sale")
            .size() == 1);
}

TEST_CASE("A product named without an h1 is read from the title and a short line",
          "[tobacco-online-sale]") {
  // A shop that renders the product's name in a styled div, or as an ARIA heading, still sells it.
  CHECK(of_rule(page("<div class=product-title>Wegwerp vape Mango Ice</div><p>€ 7,95</p>"
                     "<button>In winkelwagen</button>",
                     "Wegwerp vape Mango Ice | Dampwinkel"),
                "https://shop.example/product/vape-mango", "tobacco-online-sale")
            .size() == 1);
  CHECK(of_rule(page("<div role=heading aria-level=1>Wegwerp vape Mango Ice</div><p>€ 7,95</p>"
                     "<button>In winkelwagen</button>",
                     "Dampwinkel"),
                "https://shop.example/product/vape-mango", "tobacco-online-sale")
            .size() == 1);
  // Without an h1, a description's line speaks of smoke but the title names an air purifier.
  CHECK(of_rule(page("<div class=product-title>Luchtreiniger Pure 40</div><p>Tegen rook van "
                     "sigaretten.</p><p>€ 199,00</p><button>In winkelwagen</button>",
                     "Luchtreiniger Pure 40 | Huis & Lucht"),
                "https://shop.example/product/pure-40", "tobacco-online-sale")
            .empty());
}
