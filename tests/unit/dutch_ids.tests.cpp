// Tests for Dutch business identifiers and contact details in text (host/core/text/dutch_ids.h):
// KvK digit counts, both btw-id checksums, the BSN-bearing omzetbelastingnummer, phone tariffs,
// e-mail addresses and postcodes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/dutch_ids.h"
#include "text/normalize.h"

using namespace kw::text;

namespace {

std::vector<KvkMention> kvk(std::string_view raw) {
  return find_kvk(normalize(raw));
}
std::vector<BtwMention> btw(std::string_view raw) {
  return find_btw(normalize(raw));
}
std::vector<PhoneMention> phones(std::string_view raw) {
  return find_phones(normalize(raw));
}

}  // namespace

TEST_CASE("KvK numbers are read after every common label", "[dutch_ids]") {
  for (const char* t :
       {"KvK-nummer: 12345678", "KvK 12345678", "KVK nr. 12345678", "K.v.K. 12345678",
        "Ingeschreven bij de Kamer van Koophandel onder nummer 12345678",
        "Chamber of Commerce: 12345678", "CoC no. 12345678", "kvknummer 12 34 56 78",
        "KvK: 12.345.678", "KvK 12345678 0000"}) {
    INFO(t);
    auto m = kvk(t);
    REQUIRE(m.size() == 1);
    CHECK(m[0].valid);
    CHECK(m[0].digits == "12345678");
  }
}

TEST_CASE("A KvK number with the wrong digit count is not valid", "[dutch_ids]") {
  auto seven = kvk("KvK-nummer: 1234567");
  REQUIRE(seven.size() == 1);
  CHECK_FALSE(seven[0].valid);
  CHECK(seven[0].digits == "1234567");
  auto nine = kvk("KvK 123456789");
  REQUIRE(nine.size() == 1);
  CHECK_FALSE(nine[0].valid);
}

TEST_CASE("A KvK label without a number, or leading to another field, is no mention",
          "[dutch_ids]") {
  CHECK(kvk("KvK-nummer volgt binnenkort").empty());
  CHECK(kvk("KvK: in aanvraag. Tel. 020-1234567").empty());
  CHECK(kvk("Lees meer over de KvK op kvk.nl").empty());
  CHECK(kvk("KvK vestigingsnummer 000012345678").empty());
}

TEST_CASE("The btw-id checksums: 11-test and mod 97", "[dutch_ids]") {
  CHECK(btw_elfproef("853746333"));
  CHECK(btw_elfproef("810433941"));
  CHECK_FALSE(btw_elfproef("123456789"));
  CHECK_FALSE(btw_elfproef("000000000"));
  CHECK_FALSE(btw_elfproef("12345678"));
  CHECK(btw_mod97("NL000099998B57"));  // the Belastingdienst's example of a sole trader's id
  CHECK(btw_mod97("nl002455799b11"));
  CHECK_FALSE(btw_mod97("NL123456789B01"));
  CHECK_FALSE(btw_mod97("NL853746333B01"));
  CHECK_FALSE(btw_mod97("BE0123456789"));
}

TEST_CASE("btw-ids are found in their usual spellings", "[dutch_ids]") {
  for (const char* t :
       {"Btw-nummer: NL853746333B01", "BTW NL 8537.46.333.B01", "VAT: NL853746333 B01",
        "btw-id NL000099998B57", "btw: nl 853746333 b 01"}) {
    INFO(t);
    auto m = btw(t);
    REQUIRE(m.size() == 1);
    CHECK(m[0].well_formed);
    CHECK(m[0].valid());
    CHECK_FALSE(m[0].omzetbelasting);
  }
  auto bad = btw("Btw-nummer: NL123456789B01");
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].well_formed);
  CHECK_FALSE(bad[0].valid());
  auto short_id = btw("BTW: NL12345678B01");
  REQUIRE(short_id.size() == 1);
  CHECK_FALSE(short_id[0].well_formed);
  CHECK(short_id[0].id == "NL12345678B01");
}

TEST_CASE("The old omzetbelastingnummer is recognised by its label", "[dutch_ids]") {
  auto m = btw("Omzetbelastingnummer: 111222333B01");
  REQUIRE(m.size() == 1);
  CHECK(m[0].omzetbelasting);
  CHECK(m[0].elfproef);
  CHECK_FALSE(m[0].mod97);
  auto nl = btw("OB-nummer NL111222333B01");
  REQUIRE(nl.size() == 1);
  CHECK(nl[0].omzetbelasting);
  // A number without "NL" and without a label is not read as a btw-id.
  CHECK(btw("Artikelnummer 111222333B01").empty());
  // The nearest label wins: "omzetbelasting" earlier, "btw-id" right before the number.
  auto both = btw("Omzetbelasting: zie factuur. Btw-id: NL000099998B57");
  REQUIRE(both.size() == 1);
  CHECK_FALSE(both[0].omzetbelasting);
}

TEST_CASE("Phone numbers are read with their tariff", "[dutch_ids]") {
  struct Case {
    const char* text;
    const char* national;
    PhoneKind kind;
  };
  for (const Case& c : std::vector<Case>{
           {"Bel 020-1234567", "0201234567", PhoneKind::kRegular},
           {"Tel: +31 (0)20 123 45 67", "0201234567", PhoneKind::kRegular},
           {"0031 6 12345678", "0612345678", PhoneKind::kRegular},
           {"085 - 123 45 67", "0851234567", PhoneKind::kRegular},
           {"088-1234567", "0881234567", PhoneKind::kRegular},
           {"0800-0123", "08000123", PhoneKind::kFree},
           {"Klantenservice 0900-1234567 (€ 0,80 p/m)", "09001234567", PhoneKind::kPremium},
           {"0900 - 1234 (10 ct/min)", "09001234", PhoneKind::kPremium},
           {"0906-123 45 67", "09061234567", PhoneKind::kPremium},
           {"Call +32 3 123 45 67", "+3231234567", PhoneKind::kRegular}}) {
    INFO(c.text);
    auto m = phones(c.text);
    REQUIRE(m.size() == 1);
    CHECK(m[0].national == c.national);
    CHECK(m[0].kind == c.kind);
  }
}

TEST_CASE("Numbers that are no phone number are skipped", "[dutch_ids]") {
  CHECK(phones("Besteld op 01-01-2024").empty());
  CHECK(phones("Prijs € 0,80 per minuut").empty());
  CHECK(phones("KvK 12345678").empty());
  CHECK(phones("IBAN NL91 ABNA 0417 1643 00").empty());
  CHECK(phones("Artikel 1234567890").empty());
  // Opening hours: "09.00-17.00" is no 0900 line.
  CHECK(phones("Openingstijden ma-vr 09.00-17.00.").empty());
  CHECK(phones("(gewoon tarief, ma-za 09.00 - 21.00)").empty());
  REQUIRE(phones("Bel 0900-1234 (ma-vr 09.00-17.00)").size() == 1);
  CHECK(phones("Bel 0900-1234 (ma-vr 09.00-17.00)")[0].kind == kw::text::PhoneKind::kPremium);
  CHECK(national_phone("tel:+31-20-1234567") == "0201234567");
  CHECK(national_phone("tel:0900-1234567") == "09001234567");
  CHECK(national_phone("tel:123").empty());
}

TEST_CASE("E-mail addresses and postcodes", "[dutch_ids]") {
  CHECK(find_emails(normalize("Mail naar info@fietsenhuis.nl of bel")).size() == 1);
  CHECK(find_emails(normalize("klantenservice [at] shop.example.nl")).size() == 1);
  CHECK(find_emails(normalize("Kijk at shop.nl")).empty());
  CHECK(find_postcodes(normalize("Dorpsstraat 12, 1234 AB Utrecht")).size() == 1);
  CHECK(find_postcodes(normalize("Postbus 1234, Amsterdam")).size() == 1);
  CHECK(find_postcodes(normalize("Sinds 2024 en 2025 gratis")).empty());
  CHECK(find_postcodes(normalize("Bestel 1000 stuks")).empty());
  // Letters that are also words count right after a house number, as in an address line.
  CHECK(find_postcodes(normalize("Haarlemmerdijk 50 · 1013 JE Amsterdam")).size() == 1);
  CHECK(find_postcodes(normalize("Kerkstraat 4a, 5211 EN Den Bosch")).size() == 1);
  CHECK(find_postcodes(normalize("tussen 2024 en 2025 of in 1990 je")).empty());
  CHECK(find_postcodes(normalize("Dorpsstraat 1, 1234 SA Utrecht")).empty());
  // A neighbouring country's postcode counts with its country or its prefix, not as a bare number.
  CHECK(find_postcodes(normalize("Nijverheidslaan 24, 2800 Mechelen, België")).size() == 1);
  CHECK(find_postcodes(lower_ascii("Nijverheidslaan 24, 2800 Mechelen, België")).size() == 1);
  CHECK(find_postcodes(normalize("Kerkstraat 3, B-2000 Antwerpen")).size() == 1);
  CHECK(find_postcodes(normalize("Grenzweg 7, 47533 Kleve (Duitsland)")).size() == 1);
  CHECK(find_postcodes(normalize("Nijverheidslaan 24, 2800 Mechelen")).empty());
  CHECK(find_postcodes(normalize("Wij leveren 2800 artikelen ook in België")).empty());
}

TEST_CASE("A Belgian btw-nummer is read with its own mod-97 check", "[dutch_ids]") {
  auto ok = btw("Btw-nummer: BE0833584148");  // 97 - 08335841 mod 97 = 48
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].id == "BE0833584148");
  CHECK(ok[0].valid());
  auto dotted = btw("btw BE 0833.584.148");
  REQUIRE(dotted.size() == 1);
  CHECK(dotted[0].valid());
  auto wrong = btw("Btw-nummer: BE0712345678");
  REQUIRE(wrong.size() == 1);
  CHECK(wrong[0].well_formed);
  CHECK_FALSE(wrong[0].valid());
}

TEST_CASE("A KvK label does not reach into the next sentence", "[dutch_ids]") {
  CHECK(kvk("Bij elke aanbieder staat het KvK-nummer. 2 Bestellen").empty());
  CHECK(kvk("Bij elke aanbieder staat het KvK-nummer. Klusboeker B.V. 1 keer").empty());
  REQUIRE(kvk("KvK-nr. 12345678").size() == 1);
}

TEST_CASE("A count or a foreign register's number is no KvK number", "[dutch_ids]") {
  CHECK(kvk("registreren met je KvK-nummer (8 cijfers)").empty());
  CHECK(kvk("Handelsregister Amtsgericht Freiburg im Breisgau, HRB 701234").empty());
  REQUIRE(kvk("KvK 1234567").size() == 1);  // seven digits: a mistyped number, still warned
  CHECK_FALSE(kvk("KvK 1234567")[0].valid);
}
