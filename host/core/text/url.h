// The site an address belongs to. The checks compare a page's host with names and links on it,
// and the CLI keeps one session per site; both must agree on what "the same site" is.
#pragma once

#include <string>
#include <string_view>

namespace kw::text {

// The host of an http(s) address, lower-cased, without "www." and port
// ("https://WWW.Shop.nl:8443/x"
// -> "shop.nl"); empty for any other address (file:, about:, a bare path).
std::string url_host(std::string_view url);

}  // namespace kw::text
