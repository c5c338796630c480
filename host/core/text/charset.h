// Pages saved in a legacy charset ("windows-1252", "iso-8859-1", as older shops and some browsers'
// "save as" write them): their bytes turned into the UTF-8 every other part of the host reads.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kw::text {

// `bytes` in `charset` (an IANA or ICU name) as UTF-8; nothing when ICU does not know the charset
// or stops at a byte it cannot convert. Never throws.
std::optional<std::string> to_utf8(std::string_view bytes, std::string_view charset);

// The charset an HTML page declares in its first 4 KiB (<meta charset="…"> or the http-equiv
// content type), lower-cased; empty when it declares none.
std::string declared_charset(std::string_view html);

}  // namespace kw::text
