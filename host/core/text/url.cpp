// See url.h.
#include "text/url.h"

#include "text/normalize.h"

namespace kw::text {

std::string url_host(std::string_view url) {
  const std::string lower = lower_ascii(url.substr(0, 8));
  std::size_t start = 0;
  if (lower.starts_with("https://")) {
    start = 8;
  } else if (lower.starts_with("http://")) {
    start = 7;
  } else {
    return {};
  }
  const std::size_t end = url.find_first_of("/?#:", start);
  std::string host =
      lower_ascii(url.substr(start, end == std::string_view::npos ? url.npos : end - start));
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

}  // namespace kw::text
