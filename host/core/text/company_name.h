// The trader's name in shop text: a name with a legal form ("Fietsenhuis Jansen B.V.", "Stichting
// Boekenbank"), a labelled name ("Handelsnaam: …", "h.o.d.n. …"), the holder in a copyright line
// ("© 2026 Fietsenhuis Jansen") and the name line above an address. Unlike dutch_ids, these
// functions read text as shown, with its case: "B.V." is a legal form while "bv." means
// bijvoorbeeld, and a name is a run of capitalised words. Pure text; never throws.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kw::text {

struct NameMention {
  std::string name;       // as shown, e.g. "Fietsenhuis Jansen B.V."
  std::size_t begin = 0;  // byte span in the input
  std::size_t end = 0;
};

// Names with a Dutch or common foreign legal form, before ("… B.V.", "… V.O.F.", "… GmbH") or after
// it ("Stichting …"). The words before a suffix form must start with a capital or digit.
std::vector<NameMention> find_legal_form_names(std::string_view shown);

// Names after a label: "Handelsnaam: Fietsenhuis", "h.o.d.n. Fietsenhuis", "is een handelsnaam van
// Jansen Holding", "trading as Fietsenhuis".
std::vector<NameMention> find_labelled_names(std::string_view shown);

// Whether the whole text is such a label, its name standing in the next cell: "Bedrijfsnaam".
bool is_name_label(std::string_view shown);

// The holder in a copyright line: "© 2019–2026 Fietsenhuis Jansen | Alle rechten voorbehouden".
// Lines that only reserve rights or credit the shop software give none.
std::optional<NameMention> copyright_holder(std::string_view shown);

// The run of name words at the start of `shown` (capitalised words and particles, a domain name,
// "&"), ended by punctuation, a separator or a lower-case word. Empty when there is none.
std::string leading_name(std::string_view shown);

// Whether all of `shown` (trimmed) is one name of at most eight words: a name line.
bool is_name_line(std::string_view shown);

// The part of an address line before the street: "Fietsenhuis Jansen Dorpsstraat 12" gives
// "Fietsenhuis Jansen". The street is found by its last word ("…straat", "…weg", "Laan …") before
// the house number, or by a comma; empty when the line holds only a street, or no street is found.
std::string text_before_street(std::string_view line);

// The first Dutch postcode (or "Postbus 12") in a line as shown, with the town after it.
struct Postcode {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string town;  // "Utrecht" in "3511 AB Utrecht"; empty when none follows
};
std::optional<Postcode> find_postcode(std::string_view line);

// The name that opens a line holding an address: "Fietsenhuis Jansen · Dorpsstraat 12 · 3511 AB
// Utrecht" gives "Fietsenhuis Jansen"; empty when the line has no postcode or no name line before
// its street.
std::string name_before_address(std::string_view line);

// The name just before a KvK number, set apart by a separator or comma: "GoedkoopFietsen · KvK
// 1234567" gives "GoedkoopFietsen"; empty otherwise.
std::string name_before_kvk(std::string_view line);

// Whether the line ends in a house number ("Dorpsstraat 12", "Laan van Meerdervoort 12-14 a"): a
// street line of an address block.
bool is_street_line(std::string_view line);

}  // namespace kw::text
