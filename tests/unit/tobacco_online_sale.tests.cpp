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
