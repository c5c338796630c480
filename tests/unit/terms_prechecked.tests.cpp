// terms-prechecked: a pre-ticked terms box is a warning; bundled with marketing a violation; never
// together with prechecked-consent on one box.
#include "analysis_helpers.h"

using kw::Severity;
using kwtest::analyse_html;
using kwtest::of_rule;
using kwtest::page;

namespace {
const char* kUrl = "https://shop.example/checkout";
std::string box(const std::string& label, bool checked = true) {
  return page(std::string("<label><input type=\"checkbox\"") + (checked ? " checked" : "") + "> " +
              label + "</label>");
}
}  // namespace

TEST_CASE("A pre-ticked terms box is a warning", "[terms-prechecked]") {
  auto fs = of_rule(box("Ik ga akkoord met de algemene voorwaarden"), kUrl, "terms-prechecked");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].evidence == "Ik ga akkoord met de algemene voorwaarden");
}

TEST_CASE("Terms bundled with marketing consent is a violation", "[terms-prechecked]") {
  auto all = analyse_html(
      box("Ik ga akkoord met de algemene voorwaarden en wil de nieuwsbrief ontvangen"), kUrl);
  auto fs = of_rule(all, "terms-prechecked");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message_key == "violation-bundled");
  CHECK(of_rule(all, "prechecked-consent").empty());
}

TEST_CASE("A box sharing data with partners is left to prechecked-consent", "[terms-prechecked]") {
  auto all = analyse_html(
      box("Ik ga akkoord met de voorwaarden en mijn gegevens worden gedeeld met partners"), kUrl);
  CHECK(of_rule(all, "terms-prechecked").empty());
  CHECK(of_rule(all, "prechecked-consent").size() == 1);
}

TEST_CASE("Unticked boxes and other boxes are silent", "[terms-prechecked]") {
  CHECK(of_rule(box("Ik ga akkoord met de algemene voorwaarden", false), kUrl, "terms-prechecked")
            .empty());
  CHECK(of_rule(box("Ja, ik wil de nieuwsbrief ontvangen"), kUrl, "terms-prechecked").empty());
}

TEST_CASE("Terms the customer ticked on a re-rendered step are no pre-ticked box",
          "[terms-prechecked]") {
  const auto step = [](bool ticked) {
    return kwtest::page(std::string("<h1>Afrekenen</h1><label><input type=\"checkbox\"") +
                        (ticked ? " checked" : "") +
                        "> Ik heb de algemene voorwaarden gelezen en ga akkoord</label>"
                        "<button>Bestellen en betalen</button>");
  };
  kw::SessionMemory s;
  kwtest::analyse_html(step(false), "https://shop.example/afrekenen", &s);
  CHECK(kwtest::of_rule(kwtest::analyse_html(step(true), "https://shop.example/afrekenen", &s),
                        "terms-prechecked")
            .empty());
}
