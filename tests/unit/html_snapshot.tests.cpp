// The HTML reader: plain pages become the same snapshot the extension sends, with roles, names,
// states and visibility worked out from the markup alone, and never a typed value.
#include <catch2/catch.hpp>

#include <string>

#include <nlohmann/json.hpp>

#include "html_snapshot.h"
#include "snapshot.h"

namespace {

kw::Snapshot read(const std::string& html, const std::string& url = "file:///page.html") {
  auto r = kw::snapshot_from_html(html, url);
  if (!r.ok()) FAIL(r.error().describe());
  return std::move(r).value();
}

std::string page(const std::string& body) {
  return "<!doctype html><html lang=\"nl\"><head><title>Afrekenen</title></head><body>" + body +
         "</body></html>";
}

// The first node with HTML id `id`.
const kw::Node& by_id(const kw::Snapshot& s, std::string_view id) {
  for (const kw::Node& n : s.nodes) {
    if (n.attr("id") == id) return n;
  }
  FAIL("no node with id " << id);
  throw;  // unreachable
}

// The first node with tag `tag`.
const kw::Node& by_tag(const kw::Snapshot& s, std::string_view tag) {
  for (const kw::Node& n : s.nodes) {
    if (n.tag == tag) return n;
  }
  FAIL("no node with tag " << tag);
  throw;  // unreachable
}

bool has_tag(const kw::Snapshot& s, std::string_view tag) {
  for (const kw::Node& n : s.nodes) {
    if (n.tag == tag) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a page becomes a snapshot without layout", "[html]") {
  const auto s =
      read(page("<main><h1>Afrekenen</h1><p>Totaal <b>€ 10</b></p></main>"), "shop/kassa.html");

  SECTION("The top-level fields come from the document.") {
    CHECK(s.url == "shop/kassa.html");
    CHECK(s.lang == "nl");
    CHECK(s.title == "Afrekenen");
    CHECK_FALSE(s.layout);
    CHECK(s.source == "html");
    CHECK(s.frames.empty());
  }
  SECTION("Nodes are in document order with parents before children.") {
    REQUIRE(s.nodes.size() == 6);
    CHECK(s.nodes[0].tag == "html");
    CHECK(s.nodes[0].parent == -1);
    CHECK(s.nodes[1].tag == "body");
    CHECK(s.nodes[1].parent == 0);
    CHECK(s.nodes[2].tag == "main");
    CHECK(s.nodes[3].tag == "h1");
    CHECK(s.nodes[3].parent == 2);
    CHECK(s.nodes[4].tag == "p");
    CHECK(s.nodes[5].tag == "b");
    CHECK(s.nodes[5].parent == 4);
  }
  SECTION("Node ids are h and the index.") {
    for (std::size_t i = 0; i < s.nodes.size(); ++i)
      CHECK(s.nodes[i].id == "h" + std::to_string(i));
  }
  SECTION("The head is left out.") {
    CHECK_FALSE(has_tag(s, "head"));
    CHECK_FALSE(has_tag(s, "title"));
  }
  SECTION("Own text holds only direct text children.") {
    CHECK(s.nodes[4].text == "Totaal");
    CHECK(s.nodes[5].text == "€ 10");
  }
  SECTION("Nodes have no boxes or fonts.") {
    for (const auto& n : s.nodes) {
      CHECK_FALSE(n.box);
      CHECK_FALSE(n.font_size);
    }
  }
  SECTION("The snapshot meets the JSON contract and round-trips.") {
    auto back = kw::snapshot_from_json(kw::snapshot_to_json(s));
    REQUIRE(back.ok());
    CHECK(kw::snapshot_to_json(back.value()) == kw::snapshot_to_json(s));
  }
}

TEST_CASE("text is collapsed and scripts, styles and templates are skipped", "[html]") {
  const auto s = read(page(R"h(<p>  Gratis
      verzending   </p><script>var x = "<b>nee</b>";</script><style>p{color:red}</style>
      <template><button>Sjabloon</button></template><noscript><p>Zet JavaScript aan</p></noscript>
      <!-- <button>commentaar</button> --><div>na</div>)h"));
  SECTION("White space in own text is collapsed.") {
    CHECK(by_tag(s, "p").text == "Gratis verzending");
  }
  SECTION("A <br> stays a line break; a newline in the markup does not.") {
    const auto a =
        read(page("<address>Fietsenhuis\n Jansen<br>Dorpsstraat 12 <br/><br>\n"
                  "3511 AB Utrecht</address>"));
    CHECK(by_tag(a, "address").text == "Fietsenhuis Jansen\nDorpsstraat 12\n3511 AB Utrecht");
  }
  SECTION("Script, style, template and noscript make no nodes.") {
    for (const char* tag : {"script", "style", "template", "noscript", "button"}) {
      INFO(tag);
      CHECK_FALSE(has_tag(s, tag));
    }
    CHECK(s.nodes.back().text == "na");
  }
}

TEST_CASE("roles are explicit or implicit", "[html]") {
  const auto s = read(page(R"h(
    <button id="b">Betalen</button><a id="l" href="/x">Link</a><a id="nolink">Anker</a>
    <input id="cb" type="checkbox"><input id="rb" type="radio"><input id="sub" type="submit" value="Go">
    <input id="btn" type="button" value="b"><input id="rst" type="reset"><input id="img" type="image" alt="Pay">
    <input id="t" type="text"><input id="e" type="EMAIL"><input id="tel" type="tel"><input id="pw" type="password">
    <input id="num" type="number"><input id="srch" type="search"><input id="u" type="url"><input id="notype">
    <input id="date" type="date"><select id="sel"><option id="opt">A</option></select><textarea id="ta"></textarea>
    <img id="im" alt="logo"><h2 id="h">Kop</h2><nav id="nav"></nav><form id="f"></form><label id="lab">L</label>
    <table id="tab"></table><ul><li id="li">x</li></ul>
    <input id="sw" type="checkbox" role="switch"><div id="div" role="Button  link">x</div>
    <span id="plain">x</span>)h"));
  const std::pair<const char*, const char*> expected[] = {
      {"b", "button"},       {"l", "link"},      {"nolink", ""},      {"cb", "checkbox"},
      {"rb", "radio"},       {"sub", "button"},  {"btn", "button"},   {"rst", "button"},
      {"img", "button"},     {"t", "textbox"},   {"e", "textbox"},    {"tel", "textbox"},
      {"pw", "textbox"},     {"num", "textbox"}, {"srch", "textbox"}, {"u", "textbox"},
      {"notype", "textbox"}, {"date", ""},       {"sel", "combobox"}, {"opt", "option"},
      {"ta", "textbox"},     {"im", "img"},      {"h", "heading"},    {"nav", "navigation"},
      {"f", "form"},         {"lab", ""},        {"tab", "table"},    {"li", "listitem"},
      {"sw", "switch"},      {"div", "button"},  {"plain", ""}};
  SECTION("Each element gets the role a browser would give it.") {
    for (const auto& [id, role] : expected) {
      INFO(id);
      CHECK(by_id(s, id).role == role);
    }
  }
}

TEST_CASE("checked, disabled and filled states are read from the markup", "[html]") {
  const auto s = read(page(R"h(
    <input id="on" type="checkbox" checked><input id="off" type="checkbox"><input id="r" type="radio" checked>
    <input id="sw" type="checkbox" role="switch" checked>
    <div id="aria-on" role="switch" aria-checked="true"></div><div id="aria-off" role="checkbox" aria-checked="false"></div>
    <div id="aria-mixed" role="checkbox" aria-checked="mixed"></div><div id="aria-none" role="switch"></div>
    <span id="span" aria-checked="true"></span>
    <button id="dis" disabled>x</button><a id="adis" href="#" aria-disabled="true">y</a><button id="en">z</button>
    <input id="full" type="email" value="jan@example.nl"><input id="empty" type="text" value="">
    <input id="none" type="text"><textarea id="tfull">Mijn opmerking</textarea><textarea id="tempty"></textarea>
    <input id="hid" type="hidden" value="token"><input id="sub" type="submit" value="Bestellen">)h"));
  SECTION("Checkboxes and radios take both states from the checked attribute.") {
    CHECK(by_id(s, "on").checked == true);
    CHECK(by_id(s, "on").default_checked == true);
    CHECK(by_id(s, "off").checked == false);
    CHECK(by_id(s, "off").default_checked == false);
    CHECK(by_id(s, "r").checked == true);
    CHECK(by_id(s, "sw").checked == true);
  }
  SECTION("ARIA widgets take both states from aria-checked.") {
    CHECK(by_id(s, "aria-on").checked == true);
    CHECK(by_id(s, "aria-on").default_checked == true);
    CHECK(by_id(s, "aria-off").checked == false);
    CHECK(by_id(s, "aria-mixed").checked == false);
    CHECK_FALSE(by_id(s, "aria-none").checked.has_value());
    CHECK_FALSE(by_id(s, "span").checked.has_value());
  }
  SECTION("Disabled comes from the attribute or aria-disabled.") {
    CHECK(by_id(s, "dis").disabled);
    CHECK(by_id(s, "adis").disabled);
    CHECK_FALSE(by_id(s, "en").disabled);
  }
  SECTION("Text fields say whether they are filled, never what they hold.") {
    CHECK(by_id(s, "full").filled == true);
    CHECK(by_id(s, "empty").filled == false);
    CHECK(by_id(s, "none").filled == false);
    CHECK(by_id(s, "tfull").filled == true);
    CHECK(by_id(s, "tempty").filled == false);
    CHECK(by_id(s, "tfull").text.empty());
    CHECK_FALSE(by_id(s, "on").filled.has_value());
    const std::string dumped = kw::snapshot_to_json(s).dump();
    CHECK(dumped.find("jan@example.nl") == std::string::npos);
    CHECK(dumped.find("Mijn opmerking") == std::string::npos);
    CHECK(dumped.find("token") == std::string::npos);
  }
  SECTION("Only button inputs keep their value attribute.") {
    CHECK(by_id(s, "sub").attr("value") == "Bestellen");
    CHECK(by_id(s, "full").attrs.count("value") == 0);
    CHECK(by_id(s, "hid").attrs.count("value") == 0);
  }
}

TEST_CASE("attributes are filtered", "[html]") {
  const std::string long_class(300, 'c');
  const auto s = read(page(R"h(<a id="a" href="/v" class="  btn
      btn-primary  " title="T" data-testid="pay" data-other="x" aria-describedby="d" onclick="evil()"
      style="color:red" tabindex="0" autocomplete="off" rel="nofollow">x</a><div id="long" class=")h" +
                           long_class + R"h("></div>)h"));
  const kw::Node& a = by_id(s, "a");
  SECTION("Listed attributes and aria-* are kept.") {
    CHECK(a.attr("href") == "/v");
    CHECK(a.attr("title") == "T");
    CHECK(a.attr("data-testid") == "pay");
    CHECK(a.attr("aria-describedby") == "d");
    CHECK(a.attr("autocomplete") == "off");
    CHECK(a.attr("id") == "a");
  }
  SECTION("Other attributes are dropped.") {
    for (const char* k : {"data-other", "onclick", "style", "tabindex", "rel"}) {
      INFO(k);
      CHECK(a.attrs.count(k) == 0);
    }
  }
  SECTION("The class is trimmed and at most 200 bytes.") {
    CHECK(a.attr("class") == "btn btn-primary");
    CHECK(by_id(s, "long").attr("class").size() == 200);
  }
}

TEST_CASE("visibility follows the markup", "[html]") {
  const auto s = read(page(R"h(
    <div id="h1" hidden><span id="c1">x</span></div><input id="h2" type="hidden">
    <div id="h3" aria-hidden="true"></div><div id="h4" style="DISPLAY : None !important"></div>
    <div id="h5" style="color: red; visibility:hidden"></div><div id="v1" style="display:block"></div>
    <div id="v2" aria-hidden="false"><p id="v3">y</p></div>)h"));
  SECTION("Hidden markup makes a node and its descendants invisible.") {
    for (const char* id : {"h1", "c1", "h2", "h3", "h4", "h5"}) {
      INFO(id);
      CHECK_FALSE(by_id(s, id).visible);
    }
  }
  SECTION("Other nodes are visible.") {
    for (const char* id : {"v1", "v2", "v3"}) {
      INFO(id);
      CHECK(by_id(s, id).visible);
    }
  }
}

TEST_CASE("struck-through text is marked", "[html]") {
  const auto s = read(
      page(R"h(<s id="s"><span id="in">€ 20</span></s><del id="d">1</del><strike id="k">2</strike>
    <span id="st" style="text-decoration: LINE-THROUGH red">3</span>
    <span id="stl" style="text-decoration-line:line-through">4</span><span id="no" style="text-decoration:underline">5</span>)h"));
  SECTION("s, del, strike and line-through styles are struck, with their descendants.") {
    for (const char* id : {"s", "in", "d", "k", "st", "stl"}) {
      INFO(id);
      CHECK(by_id(s, id).struck);
    }
    CHECK_FALSE(by_id(s, "no").struck);
  }
}

TEST_CASE("accessible names are computed the simple way", "[html]") {
  const auto s = read(page(R"h(
    <span id="lbl1">Akkoord met</span><span id="lbl2" hidden>de voorwaarden</span>
    <input id="by" type="checkbox" aria-labelledby="lbl1  lbl2 missing" aria-label="genegeerd">
    <input id="al" type="checkbox" aria-label="  Nieuwsbrief ">
    <label for="f1">E-mail<span> adres</span></label><input id="f1" type="email">
    <label>Verzendverzekering <input id="wrapped" type="checkbox"> + € 2,95</label>
    <label>Eerste <input id="first"> <input id="second"></label>
    <input id="s1" type="submit" value="Bestellen en betalen"><input id="s2" type="submit">
    <input id="s3" type="submit" title="Versturen"><input id="im" type="image" alt="Betalen">
    <img id="img" alt="Logo"><button id="b">  Nu
      <b>betalen</b><img alt="iDEAL"><span aria-label="(verplicht)">*</span><span hidden>verborgen</span></button>
    <a id="a" href="#"><svg id="svg"><title>Winkelwagen</title><path d="M0"/></svg></a>
    <div id="rb" role="button"><i aria-hidden="true">x</i>Doorgaan</div>
    <h2 id="hd">Stap <em>3</em></h2><summary id="sum">Meer</summary>
    <div id="dv" title="Tooltip">inhoud telt niet</div><span id="plain">geen naam</span>
    <input id="ph" type="text" placeholder="Postcode"><label for="lb">Label</label><button id="lb">Inhoud</button>
    <p id="p1">Een</p><p id="p2">Twee</p><button id="two" aria-labelledby="p1 p2">x</button>
    <a id="blocks" href="#"><div>Bestel</div><div>nu</div></a>)h"));
  const std::pair<const char*, const char*> expected[] = {
      {"by", "Akkoord met de voorwaarden"},
      {"al", "Nieuwsbrief"},
      {"f1", "E-mail adres"},
      {"wrapped", "Verzendverzekering + € 2,95"},
      {"first", "Eerste"},
      {"second", ""},
      {"s1", "Bestellen en betalen"},
      {"s2", ""},
      {"s3", "Versturen"},
      {"im", "Betalen"},
      {"img", "Logo"},
      {"b", "Nu betalen iDEAL (verplicht)"},
      {"svg", "Winkelwagen"},
      {"a", "Winkelwagen"},
      {"rb", "Doorgaan"},
      {"hd", "Stap 3"},
      {"sum", "Meer"},
      {"dv", "Tooltip"},
      {"plain", ""},
      {"ph", "Postcode"},
      {"lb", "Label"},
      {"two", "Een Twee"},
      {"blocks", "Bestel nu"},
  };
  SECTION("Each element gets the name a browser would give it.") {
    for (const auto& [id, name] : expected) {
      INFO(id);
      CHECK(by_id(s, id).name == name);
    }
  }
  SECTION("A name never holds what a field contains.") {
    const auto t = read(page(R"h(<label id="l">Opmerking <textarea id="ta">geheim</textarea></label>
      <input id="by" type="text" aria-labelledby="ta l"><button id="b">Stuur <textarea>ook geheim</textarea></button>)h"));
    CHECK(by_id(t, "by").name == "Opmerking");
    CHECK(by_id(t, "ta").name == "Opmerking");
    CHECK(by_id(t, "b").name == "Stuur");
    CHECK(kw::snapshot_to_json(t).dump().find("geheim") == std::string::npos);
  }
  SECTION("Inline markup inside a word does not split it.") {
    const auto t = read(page(R"h(<a id="a" href="#">Be<b role="button">stel</b>len</a>)h"));
    CHECK(by_id(t, "a").name == "Bestellen");
  }
  SECTION("An svg keeps its node but not its contents.") {
    CHECK(has_tag(s, "svg"));
    CHECK_FALSE(has_tag(s, "path"));
  }
}

TEST_CASE("iframes become nodes and uninspected frames", "[html]") {
  const auto s = read(page(
      R"h(<div><iframe id="pay" src="https://pay.example/x" title="Betalen">fallback</iframe></div>
    <iframe id="nosrc"></iframe>)h"));
  SECTION("Each iframe is listed as a frame pointing at its node.") {
    REQUIRE(s.frames.size() == 2);
    CHECK(s.nodes[static_cast<std::size_t>(s.frames[0].node)].attr("id") == "pay");
    CHECK(s.frames[0].src == "https://pay.example/x");
    CHECK_FALSE(s.frames[0].inspected);
    CHECK(s.frames[0].reason == "not inspected (HTML input)");
    CHECK(s.frames[1].src.empty());
    CHECK(by_id(s, "pay").text.empty());
  }
}

TEST_CASE("odd input is still read", "[html]") {
  SECTION("An empty document gives the few nodes the parser makes.") {
    const auto s = read("");
    REQUIRE(s.nodes.size() == 2);
    CHECK(s.nodes[0].tag == "html");
    CHECK(s.nodes[1].tag == "body");
    CHECK(s.title.empty());
    CHECK(s.lang.empty());
  }
  SECTION("Malformed HTML is parsed leniently.") {
    const auto s = read("<div><p>Open <b>vet <i>schuin</div><button>Koop</p>");
    CHECK(has_tag(s, "i"));
    CHECK(by_tag(s, "button").name == "Koop");
  }
  SECTION("Unknown and custom elements keep their lower-case tag.") {
    const auto s = read(page("<My-Button id=\"c\">Ok</My-Button>"));
    CHECK(by_id(s, "c").tag == "my-button");
  }
  SECTION("Invalid UTF-8 is an error naming the byte.") {
    auto r = kw::snapshot_from_html("<p>ok\xff</p>", "bad.html");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == kw::ErrorCode::kHtmlUnreadable);
    CHECK(r.error().message == "not valid UTF-8 at byte 5");
    CHECK(r.error().where == "bad.html");
  }
  SECTION("A very long text is shortened to the limit.") {
    const auto s = read(page("<p>" + std::string(kw::kMaxNodeTextBytes + 100, 'a') + "</p>"));
    CHECK(by_tag(s, "p").text.size() <= kw::kMaxNodeTextBytes);
    CHECK(kw::snapshot_from_json(kw::snapshot_to_json(s)).ok());
  }
}

TEST_CASE("large pages are read whole and within limits", "[html]") {
  SECTION("A page of 10000 elements is read whole (its speed is measured in bench/, not here).") {
    std::string body;
    for (int i = 0; i < 2000; ++i) {
      body += "<div class=\"row\"><label for=\"f" + std::to_string(i) + "\">Veld " +
              std::to_string(i) + "</label><input id=\"f" + std::to_string(i) +
              "\" type=\"checkbox\"><a href=\"#\">Link <b>" + std::to_string(i) + "</b></a></div>";
    }
    const auto s = read(page(body));
    CHECK(s.nodes.size() == 2 + 2000 * 5);
    CHECK(by_id(s, "f1999").name == "Veld 1999");
  }
  SECTION("Deep nesting does not overflow the stack.") {
    std::string html;
    for (int i = 0; i < 2000; ++i) html += "<span role=\"button\">x";
    const auto s = read(page(html));
    CHECK(s.nodes.size() == 2002);
    CHECK(s.nodes.back().name == "x");
  }
  SECTION("More elements than the node limit are refused.") {
    std::string html;
    html.reserve((kw::kMaxSnapshotNodes + 1) * 5);
    for (std::size_t i = 0; i < kw::kMaxSnapshotNodes; ++i) html += "<br>";
    auto r = kw::snapshot_from_html(html, "big.html");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == kw::ErrorCode::kHtmlUnreadable);
    CHECK(r.error().where == "big.html");
  }
}

TEST_CASE("A saved page's canonical link gives the snapshot its address", "[html]") {
  SECTION("An http(s) canonical link replaces the file path.") {
    auto s = kw::snapshot_from_html(
        R"(<html><head><link rel="Canonical" href="https://shop.example/winkelwagen/"></head><body></body></html>)",
        "/tmp/cart.html");
    REQUIRE(s.ok());
    CHECK(s.value().url == "https://shop.example/winkelwagen/");
  }
  SECTION("Without one, or with a relative one, the given address stays.") {
    auto s = kw::snapshot_from_html(R"(<html><head><link rel="canonical" href="/x"></head></html>)",
                                    "/tmp/cart.html");
    REQUIRE(s.ok());
    CHECK(s.value().url == "/tmp/cart.html");
  }
}

TEST_CASE("a child element's place in its parent's text is kept", "[html]") {
  auto s =
      read(page("<p id=\"p\">Lees onze <a id=\"a\" href=\"/av\">voorwaarden</a> vooraf.</p>"
                "<p id=\"q\">Bestel<b id=\"b\">ling</b>en</p><div id=\"d\"><p id=\"c\">Los</p>"
                "</div>"));
  CHECK(by_id(s, "p").text == "Lees onze vooraf.");
  REQUIRE(by_id(s, "a").at);
  CHECK(*by_id(s, "a").at == 10);
  CHECK(by_id(s, "q").text == "Bestelen");  // the text itself is unchanged by the places
  REQUIRE(by_id(s, "b").at);
  CHECK(*by_id(s, "b").at == 6);
  CHECK_FALSE(by_id(s, "c").at);  // a parent without text has no places to give
  // Written out and read back, the place stays.
  auto again = kw::snapshot_from_json(nlohmann::json::parse(kw::snapshot_to_json(s).dump()));
  REQUIRE(again.ok());
  CHECK(*by_id(again.value(), "a").at == 10);
}
