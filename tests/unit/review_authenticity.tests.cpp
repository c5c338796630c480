// review-authenticity: reviews shown without saying how they are checked.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/product/blender";
}

TEST_CASE("Reviews without an explanation are a warning", "[review-authenticity]") {
  auto fs = of_rule(page("<h1>Blender</h1><p>4,6 van 5</p><p>(128 reviews)</p>", "Blender"), kUrl,
                    "review-authenticity");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
}

TEST_CASE("An explanation passes, also from another page", "[review-authenticity]") {
  auto fs = of_rule(page("<h1>Blender</h1><p>4,6 van 5</p><p>Alleen klanten die dit product bij "
                         "ons kochten, kunnen een review schrijven.</p>",
                         "Blender"),
                    kUrl, "review-authenticity");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kPass);
  kw::SessionMemory session;
  analyse_html(page("<p>Hoe we reviews controleren: elke review is gekoppeld aan een "
                    "bestelling.</p>",
                    "Over reviews"),
               "https://shop.example/over-reviews", &session);
  CHECK(
      of_rule(analyse_html(page("<h1>Blender</h1><p>(128 reviews)</p>", "Blender"), kUrl, &session),
              "review-authenticity")
          .empty());
}

TEST_CASE("A page without reviews is silent", "[review-authenticity]") {
  CHECK(of_rule(page("<h1>Blender</h1><p>€ 79,00</p>", "Blender"), kUrl, "review-authenticity")
            .empty());
}

TEST_CASE("Reviews said to come only from buyers are explained", "[review-authenticity]") {
  for (const char* how :
       {"We tonen alleen reviews van klanten die het bankstel bij ons kochten.",
        "Beoordelingen komen alleen van kopers met een afgeronde bestelling bij deze verkoper.",
        "Reviews worden verzameld door WebwinkelKeur bij klanten met een bestelling."}) {
    INFO(how);
    auto fs = kwtest::of_rule(kwtest::page(std::string("<h1>Bankstel Oslo</h1><p>4,6 van 5 (212 "
                                                       "reviews)</p><p>") +
                                               how + "</p><p>€ 899,00</p>",
                                           "Bankstel"),
                              "https://shop.example/product/bankstel", "review-authenticity");
    for (const auto& f : fs) CHECK(f.severity != kw::Severity::kWarning);
  }
}
