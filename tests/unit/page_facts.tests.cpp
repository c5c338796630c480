// Page facts: the rows that show an amount (also when the amount is split over several nodes), the
// controls with the words around them, and page text that leaves hidden parts out.
#include "engine/page_facts.h"
#include "analysis_helpers.h"

using kwtest::page;

namespace {

kw::Snapshot read(const std::string& body) {
  auto s = kw::snapshot_from_html(page(body), "https://shop.example/checkout");
  REQUIRE(s.ok());
  return std::move(s).value();
}

}  // namespace

TEST_CASE("A price split over nodes is read as one amount in its row", "[facts]") {
  const kw::Snapshot snap = read(R"(<table><tr><th>Regenjas</th>
      <td><span class="price"><span class="currency">€</span>24<sup>,95</sup></span></td></tr></table>)");
  kw::PageFacts facts(snap);
  REQUIRE(facts.price_rows().size() == 1);
  const kw::PriceRow& r = facts.price_rows()[0];
  CHECK(r.money.cents == 2495);
  CHECK(snap.nodes[static_cast<std::size_t>(r.node)].attr("class") == "price");
  CHECK(r.label_words.find("regenjas") != std::string::npos);
}

TEST_CASE("A label in one cell and the amount in the next are one row", "[facts]") {
  const kw::Snapshot snap = read(R"(<table><tr><th>Verzendkosten</th><td>€ 4,95</td></tr>
      <tr><th>Totaal</th><td>€ 29,90</td></tr></table>)");
  kw::PageFacts facts(snap);
  REQUIRE(facts.price_rows().size() == 2);
  CHECK(facts.price_rows()[0].label_words == "verzendkosten 4,95");
  CHECK(facts.price_rows()[1].money.cents == 2990);
}

TEST_CASE("A checkbox's context is its own option row, not its neighbour's", "[facts]") {
  const kw::Snapshot snap = read(R"(<div class="options">
      <p><label><input type="checkbox" id="a"> Cadeauverpakking</label> <span>+ € 2,50</span></p>
      <p><label><input type="checkbox" id="b"> Verzendverzekering</label> <span>+ € 1,95</span></p></div>)");
  kw::PageFacts facts(snap);
  REQUIRE(facts.controls().size() == 2);
  CHECK(facts.controls()[0].context == "Cadeauverpakking + € 2,50");
  CHECK(facts.controls()[1].context == "Verzendverzekering + € 1,95");
}

TEST_CASE("Hidden parts of the page are not page text", "[facts]") {
  const kw::Snapshot snap =
      read(R"(<p>Zichtbaar</p><div hidden><p>Controleer je bestelling</p></div>
      <p style="display:none">Ook verborgen</p>)");
  kw::PageFacts facts(snap);
  CHECK(facts.page_words() == "zichtbaar");
}

TEST_CASE("Text reads in the order a person reads it, links and emphasis in place", "[facts]") {
  const kw::Snapshot s = read(
      "<p id=\"p\">Je hebt <strong>14 dagen</strong> bedenktijd; lees "
      "de <a href=\"/av\">voorwaarden</a> (<a href=\"/r\">zo werkt "
      "het</a>).</p>");
  const kw::PageFacts facts(s);
  int p = -1;
  for (int i = 0; i < facts.size(); ++i) {
    if (facts.node(i).attr("id") == "p") p = i;
  }
  REQUIRE(p >= 0);
  CHECK(facts.subtree_text(p) ==
        "Je hebt 14 dagen bedenktijd; lees de voorwaarden (zo werkt het).");
  CHECK(facts.page_words().find("je hebt 14 dagen bedenktijd lees de voorwaarden zo werkt het") !=
        std::string::npos);
}

TEST_CASE("The page footer's columns are furniture; an article's footer is content",
          "[page-facts]") {
  auto snap = kw::snapshot_from_html(
      "<main><article><p>Tekst</p><footer><p id=a>Geschreven door Marije</p></footer></article>"
      "</main><footer><section><ul><li><a id=b href=\"/retourneren\">Retourneren</a></li></ul>"
      "</section></footer>",
      "https://shop.example/");
  REQUIRE(snap.ok());
  kw::PageFacts facts(snap.value());
  int a = -1, b = -1;
  for (int i = 0; i < facts.size(); ++i) {
    if (facts.node(i).attr("id") == "a") a = i;
    if (facts.node(i).attr("id") == "b") b = i;
  }
  REQUIRE(a >= 0);
  REQUIRE(b >= 0);
  CHECK_FALSE(kw::in_page_chrome(facts, a));
  CHECK(kw::in_page_chrome(facts, b));
}
