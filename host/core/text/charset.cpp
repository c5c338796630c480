// Legacy charsets to UTF-8 with ICU's converters (see charset.h).
#include "text/charset.h"

#include "text/normalize.h"

#include <algorithm>
#include <vector>

#include <re2/re2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

namespace kw::text {

std::optional<std::string> to_utf8(std::string_view bytes, std::string_view charset) {
  if (bytes.size() > (256u << 20)) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(std::string(charset).c_str(), &status);
  if (U_FAILURE(status) || cnv == nullptr) return std::nullopt;
  // Stop at a byte the charset has no character for, instead of a silent replacement.
  ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> buf(bytes.size() * 2 + 16);
  const int32_t n = ucnv_toUChars(cnv, buf.data(), static_cast<int32_t>(buf.size()), bytes.data(),
                                  static_cast<int32_t>(bytes.size()), &status);
  ucnv_close(cnv);
  if (U_FAILURE(status)) return std::nullopt;
  std::string out;
  icu::UnicodeString(buf.data(), n).toUTF8String(out);
  return out;
}

std::string declared_charset(std::string_view html) {
  static const RE2 re("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
  const std::string_view head = html.substr(0, std::min<std::size_t>(html.size(), 4096));
  std::string name;
  if (!RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), re, &name)) return {};
  return lower_ascii(name);
}

}  // namespace kw::text
