// text::url_host: one notion of "the same site" for the checks (a name or link that is the shop's
// own) and for the CLI's per-site sessions.
#include <catch2/catch.hpp>

#include "text/url.h"

TEST_CASE("url_host lower-cases and drops www. and the port", "[url]") {
  CHECK(kw::text::url_host("https://WWW.Shop.nl:8443/checkout?x=1") == "shop.nl");
  CHECK(kw::text::url_host("HTTP://winkel.example#top") == "winkel.example");
  CHECK(kw::text::url_host("https://sub.shop.nl/") == "sub.shop.nl");
}

TEST_CASE("url_host is empty for addresses that name no web site", "[url]") {
  CHECK(kw::text::url_host("file:///tmp/page.html").empty());
  CHECK(kw::text::url_host("about:blank").empty());
  CHECK(kw::text::url_host("/winkelwagen").empty());
  CHECK(kw::text::url_host("").empty());
  CHECK(kw::text::url_host("http").empty());
}
