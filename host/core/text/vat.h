// The one place that recognises VAT wording on a price: "incl. btw", "excl. btw", "ex. btw",
// "zonder btw", "btw verlegd", "21% btw". Rules ask it, never match "btw" themselves.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace kw::text {

enum class VatKind {
  kIncluded,       // "incl. btw", "inclusief BTW", "prijzen zijn inclusief btw", "incl. VAT"
  kExcluded,       // "excl. btw", "ex. btw", "exclusief", "zonder btw", "excl. VAT", "ex VAT"
  kReverseCharge,  // "btw verlegd", "verleggingsregeling": a B2B invoice term
  kRateOnly,       // "21% btw", "btw 9%", "BTW (21%)": a rate or a VAT amount line, no incl/excl
};

struct VatMention {
  VatKind kind;
  int rate_percent = -1;  // 21, 9, 0 when stated; -1 otherwise
  std::size_t begin = 0;  // byte span in normalize(text)
  std::size_t end = 0;
};

// Returns every VAT mention in `s`, in text order. Never throws.
std::vector<VatMention> find_vat(std::string_view s);

// Returns the strongest statement in `s`: excluded or included wins over a bare rate; none if no
// VAT word.
std::optional<VatKind> vat_status(std::string_view s);

}  // namespace kw::text
