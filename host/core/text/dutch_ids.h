// Dutch business identifiers and contact details in shop text: KvK numbers, btw-ids (with both
// checksums), the old omzetbelastingnummer that holds a sole trader's BSN, phone numbers by tariff,
// e-mail addresses and postcodes. Pure text: every function reads normalize() output (lower case,
// no diacritics, punctuation kept) and returns byte spans into it. Never throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kw::text {

// "KvK-nummer: 12345678", "Kamer van Koophandel onder nummer 12 34 56 78", "CoC 12345678".
struct KvkMention {
  std::string digits;     // the digits read after the label, separators dropped
  bool valid = false;     // exactly 8 digits (a trailing 4-digit branch number is allowed)
  std::size_t begin = 0;  // span of label + number
  std::size_t end = 0;
};
std::vector<KvkMention> find_kvk(std::string_view normalized);

// The btw-identificatienummer "NL" + 9 digits + "B" + 2 digits.
// Old numbers (legal entities, and sole traders before 2020) pass the 11-test over the 9 digits;
// sole traders' numbers since 2020 pass ISO 7064 mod 97-10 over the whole id (N=23, L=21, B=11).
bool btw_elfproef(std::string_view nine_digits);
bool btw_mod97(std::string_view id);  // "NL123456789B01", upper or lower case

struct BtwMention {
  std::string id;               // canonical "NL123456789B01" (or what was read, when malformed)
  bool well_formed = false;     // 9 digits, "B", 2 digits
  bool elfproef = false;        // passes the 11-test (old format)
  bool mod97 = false;           // passes mod 97 (sole traders since 2020; a Belgian id's check)
  bool omzetbelasting = false;  // labelled "omzetbelastingnummer"/"OB-nummer" (or "BSN")
  bool country_check = false;   // a German USt-IdNr. that passes its own check digit
  std::size_t begin = 0;
  std::size_t end = 0;
  bool valid() const { return well_formed && (elfproef || mod97 || country_check); }
};
// Finds "NL…B.." ids (with spaces or dots between digit groups) and, after an omzetbelasting/btw
// label, also ids written without "NL" ("123456789B01"); a Belgian shop's "BE0123.456.789"; a
// German shop's "DE812345673".
std::vector<BtwMention> find_btw(std::string_view normalized);

enum class PhoneKind {
  kPremium,  // 0900, 0906, 0909: a paid information number
  kFree,     // 0800
  kRegular,  // geographic, mobile (06), 085/088/091 business numbers, foreign numbers
};

struct PhoneMention {
  std::string national;  // digits in national form: "0201234567", "09001234567"
  PhoneKind kind = PhoneKind::kRegular;
  std::size_t begin = 0;
  std::size_t end = 0;
};
// Dutch numbers ("020-123 45 67", "+31 (0)20 1234567", "0900-1234", "06-12345678") and
// international ones starting with "+"; a run of digits that is no phone number is skipped.
std::vector<PhoneMention> find_phones(std::string_view normalized);
// The kind of a national number ("0900…"), or of a tel: link's number after cleaning.
PhoneKind phone_kind(std::string_view national_digits);
// "tel:+31-20-1234567" → "0201234567"; empty when it is no phone number.
std::string national_phone(std::string_view raw);

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};
// E-mail addresses ("info@shop.nl"); obfuscated forms ("info [at] shop.nl") too.
std::vector<Span> find_emails(std::string_view normalized);
// Dutch postcodes ("1234 AB", "1234ab"), "Postbus 12", and a neighbouring country's postcode
// given with its country ("2800 Mechelen, België", "B-2800").
std::vector<Span> find_postcodes(std::string_view normalized);

}  // namespace kw::text
