// Tests for reading the trader's name in shown text (host/core/text/company_name.h): legal forms
// with their case ("B.V." is a company, "bv." is bijvoorbeeld), labels, copyright holders and the
// name line before a street.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/company_name.h"

using namespace kw::text;

namespace {

std::vector<std::string> legal(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& m : find_legal_form_names(s)) out.push_back(m.name);
  return out;
}

}  // namespace

TEST_CASE("Names with a legal form are read with the words before the form", "[company_name]") {
  using V = std::vector<std::string>;
  CHECK(legal("Fietsenhuis Jansen B.V. is ingeschreven bij de KvK") ==
        V{"Fietsenhuis Jansen B.V."});
  CHECK(legal("Welkom bij Fietsenhuis Jansen BV.") == V{"Fietsenhuis Jansen BV"});
  CHECK(legal("Dutch Design Store B.V., Keizersgracht 100") == V{"Dutch Design Store B.V."});
  CHECK(legal("© 2026 Van der Linden & Zonen V.O.F. | KvK 12345678") ==
        V{"Van der Linden & Zonen V.O.F."});
  CHECK(legal("Kaashandel Gouda v.o.f.") == V{"Kaashandel Gouda v.o.f."});
  CHECK(legal("Nordic Home GmbH, Berlin") == V{"Nordic Home GmbH"});
  CHECK(legal("Een initiatief van Stichting Boekenbank Nederland.") ==
        V{"Stichting Boekenbank Nederland"});
  CHECK(legal("123inkt B.V.") == V{"123inkt B.V."});
}

TEST_CASE("Lower-case bv, a label before the form and a lone form are no names", "[company_name]") {
  CHECK(legal("kies een kleur, bv. rood of blauw").empty());
  CHECK(legal("neem bv contact op").empty());
  CHECK(legal("Bedrijfsnaam: B.V.").empty());
  CHECK(legal("B.V. Nederland").empty());
  CHECK(legal("de stichting zet zich in").empty());
  CHECK(legal("een besloten vennootschap (bv) of een vof").empty());
}

TEST_CASE("Labelled names are read after the label", "[company_name]") {
  auto names = [](std::string_view s) {
    std::vector<std::string> out;
    for (const auto& m : find_labelled_names(s)) out.push_back(m.name);
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(names("Handelsnaam: Fietsenhuis Jansen") == V{"Fietsenhuis Jansen"});
  CHECK(names("Fietsenhuis is een handelsnaam van Jansen Tweewielers B.V.") ==
        V{"Jansen Tweewielers B.V.", "Fietsenhuis"});
  CHECK(names("Keramiek Atelier Klei is een eenmanszaak van Marieke Smit.") ==
        V{"Keramiek Atelier Klei"});
  CHECK(names("IBAN NL91 ABNA 0417 1643 00 t.n.v. Fietsenhuis Jansen") == V{"Fietsenhuis Jansen"});
  CHECK(names("Handelsnamen: Fietsenhuis, Fietsenwinkel.nl") == V{"Fietsenhuis"});
  CHECK(names("Dit is een webwinkel van ons").empty());
  CHECK(names("P. de Vries h.o.d.n. Kaasmakerij De Vries") == V{"Kaasmakerij De Vries"});
  CHECK(names("Company name: Dutch Design Store") == V{"Dutch Design Store"});
  CHECK(names("Vul hier je bedrijfsnaam in").empty());
  CHECK(names("Bedrijfsnaam (optioneel)").empty());
}

TEST_CASE("The copyright holder is read after the mark and the years", "[company_name]") {
  auto holder = [](std::string_view s) {
    auto h = copyright_holder(s);
    return h ? h->name : std::string("-");
  };
  CHECK(holder("© 2026 Fietsenhuis Jansen | Alle rechten voorbehouden") == "Fietsenhuis Jansen");
  CHECK(holder("Copyright © 2019 - 2026 fietsenhuis.nl") == "fietsenhuis.nl");
  CHECK(holder("Copyright 2019–2026 door Kaashandel Gouda. Alle rechten voorbehouden.") ==
        "Kaashandel Gouda");
  CHECK(holder("© Alle rechten voorbehouden") == "-");
  CHECK(holder("© 2026 Powered by Lightspeed") == "-");
  CHECK(holder("© 2026 – alle rechten voorbehouden") == "-");
  CHECK(holder("Geen copyrightregel hier") == "-");
}

TEST_CASE("The name before the street of an address line", "[company_name]") {
  CHECK(text_before_street("Fietsenhuis Jansen Dorpsstraat 12") == "Fietsenhuis Jansen");
  CHECK(text_before_street("Fietsenhuis Jansen, Laan van Meerdervoort 12-14") ==
        "Fietsenhuis Jansen");
  CHECK(text_before_street("Kaashandel Gouda Burgemeester de Withstraat 3a") == "Kaashandel Gouda");
  CHECK(text_before_street("Fietsenhuis Jansen · Dorpsstraat 12 ·") == "Fietsenhuis Jansen");
  CHECK(text_before_street("Dorpsstraat 12").empty());
  CHECK(text_before_street("Laan van Meerdervoort 12").empty());
  CHECK(text_before_street("Bezoekadres: Dorpsstraat 12") == "Bezoekadres:");
  CHECK(text_before_street("Fietsenhuis Jansen").empty());  // no house number, no street
}

TEST_CASE("The name that opens an address line or stands before the KvK number", "[company_name]") {
  CHECK(name_before_address("Printerinkt Discount · Ampèrestraat 10 · 3812 AB Amersfoort") ==
        "Printerinkt Discount");
  CHECK(name_before_address("FitnessDirect · Postbus 211 · 6800 AE Arnhem") == "FitnessDirect");
  CHECK(name_before_address("Retouradres: Postbus 1040, 3500 BA Utrecht").empty());
  CHECK(name_before_address("Dorpsstraat 12, 3511 AB Utrecht").empty());
  CHECK(name_before_address("Geen adres hier").empty());
  CHECK(name_before_kvk("GoedkoopFietsen · KvK 1234567 · BTW NL123456789B01") == "GoedkoopFietsen");
  CHECK(name_before_kvk("Dorpsstraat 12 · Fietsenhuis Jansen, KvK 12345678") ==
        "Fietsenhuis Jansen");
  CHECK(name_before_kvk("Ons KvK-nummer is 12345678").empty());
  CHECK(name_before_kvk("KvK 12345678").empty());
}

TEST_CASE("Name lines and street lines", "[company_name]") {
  CHECK(is_name_line("Fietsenhuis Jansen"));
  CHECK(is_name_line("Van der Linden & Zonen"));
  CHECK(is_name_line("fietsenhuis.nl"));
  CHECK_FALSE(is_name_line("Bezoekadres:"));
  CHECK_FALSE(is_name_line("Neem contact met ons op"));
  CHECK_FALSE(is_name_line("Dorpsstraat 12 is ons adres"));
  CHECK_FALSE(is_name_line("12345678"));
  CHECK_FALSE(is_name_line("Tel 06-12345678"));
  CHECK(is_name_label("Bedrijfsnaam"));
  CHECK(is_name_label("Handelsnaam:"));
  CHECK_FALSE(is_name_label("Handelsnaam: Fietsenhuis"));
  CHECK_FALSE(is_name_line("Een Heel Lange Regel Met Veel Te Veel Hoofdletters Erin"));
  CHECK(is_street_line("Dorpsstraat 12"));
  CHECK(is_street_line("Laan van Meerdervoort 12-14 a"));
  CHECK_FALSE(is_street_line("Fietsenhuis Jansen"));
  CHECK_FALSE(is_street_line("12"));
}

TEST_CASE("Names keep accents and odd characters and never crash on broken UTF-8",
          "[company_name]") {
  CHECK(legal("Crème de la Crème B.V.") == std::vector<std::string>{"Crème de la Crème B.V."});
  CHECK(leading_name("Ölbaum Öle, Berlin") == "Ölbaum Öle");
  const std::string broken = "\xff\xfe B.V. \xc3";
  CHECK_NOTHROW(legal(broken));
  CHECK_NOTHROW(copyright_holder("\xc2\xa9 \xff"));
  CHECK_NOTHROW(text_before_street("\xe2\x82 12"));
  CHECK(leading_name("").empty());
}
