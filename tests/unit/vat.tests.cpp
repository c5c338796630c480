// Tests for VAT wording on prices (host/core/text/vat.h): incl./excl./reverse charge/rate
// statements, and VAT numbers and look-alike words that are no statement about a price.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/normalize.h"
#include "text/vat.h"

using namespace kw::text;

namespace {

std::string kind_name(VatKind k) {
  switch (k) {
    case VatKind::kIncluded:
      return "included";
    case VatKind::kExcluded:
      return "excluded";
    case VatKind::kReverseCharge:
      return "reverse-charge";
    case VatKind::kRateOnly:
      return "rate-only";
  }
  return "?";
}

std::string status_name(std::string_view text) {
  const auto s = vat_status(text);
  return s ? kind_name(*s) : "none";
}

struct OneMention {
  const char* text;
  VatKind kind;
  int rate;
};

const OneMention kMentions[] = {
    {"incl. btw", VatKind::kIncluded, -1},
    {"incl btw", VatKind::kIncluded, -1},
    {"Inclusief BTW", VatKind::kIncluded, -1},
    {"inc. btw", VatKind::kIncluded, -1},
    {"incl.btw", VatKind::kIncluded, -1},
    {"Prijzen zijn inclusief btw", VatKind::kIncluded, -1},
    {"incl. 21% btw", VatKind::kIncluded, 21},
    {"inclusief 9 % BTW", VatKind::kIncluded, 9},
    {"incl. btw (21%)", VatKind::kIncluded, 21},
    {"incl. VAT", VatKind::kIncluded, -1},
    {"Incl. B.T.W.", VatKind::kIncluded, -1},
    {"inclusief de btw", VatKind::kIncluded, -1},
    {"Prijzen incl. verzendkosten en btw", VatKind::kIncluded, -1},
    {"BTW inbegrepen", VatKind::kIncluded, -1},
    {"excl. btw", VatKind::kExcluded, -1},
    {"exclusief btw", VatKind::kExcluded, -1},
    {"ex. btw", VatKind::kExcluded, -1},
    {"ex btw", VatKind::kExcluded, -1},
    {"exc. btw", VatKind::kExcluded, -1},
    {"zonder btw", VatKind::kExcluded, -1},
    {"excl. VAT", VatKind::kExcluded, -1},
    {"ex VAT", VatKind::kExcluded, -1},
    {"excl. 21% btw", VatKind::kExcluded, 21},
    {"EXCL. B.T.W.", VatKind::kExcluded, -1},
    {"\xE2\x82\xAC 100,- + btw", VatKind::kExcluded, -1},
    {"btw verlegd", VatKind::kReverseCharge, -1},
    {"BTW is verlegd", VatKind::kReverseCharge, -1},
    {"verlegde btw", VatKind::kReverseCharge, -1},
    {"btw verleggingsregeling", VatKind::kReverseCharge, -1},
    {"0% btw verlegd", VatKind::kReverseCharge, 0},
    {"VAT reverse charged", VatKind::kReverseCharge, -1},
    {"21% btw", VatKind::kRateOnly, 21},
    {"21 % BTW", VatKind::kRateOnly, 21},
    {"btw 9%", VatKind::kRateOnly, 9},
    {"BTW (21%)", VatKind::kRateOnly, 21},
    {"btw-tarief: 21%", VatKind::kRateOnly, 21},
    {"0% btw", VatKind::kRateOnly, 0},
    {"21% VAT", VatKind::kRateOnly, 21},
    {"waarvan btw", VatKind::kRateOnly, -1},
    {"waarvan 21% btw", VatKind::kRateOnly, 21},
    {"btw: \xE2\x82\xAC 4,34", VatKind::kRateOnly, -1},
    {"BTW \xE2\x82\xAC 4,34", VatKind::kRateOnly, -1},
    {"b.t.w. \xE2\x82\xAC 4,34", VatKind::kRateOnly, -1},
};

}  // namespace

TEST_CASE("find_vat recognises VAT wording on a price", "[vat]") {
  SECTION("each wording gives one mention of the right kind and rate") {
    for (const OneMention& m : kMentions) {
      INFO("input: " << m.text);
      const std::vector<VatMention> got = find_vat(m.text);
      REQUIRE(got.size() == 1);
      CHECK(kind_name(got[0].kind) == kind_name(m.kind));
      CHECK(got[0].rate_percent == m.rate);
      CHECK(status_name(m.text) == kind_name(m.kind));
    }
  }
  SECTION("spans refer to the normalised text") {
    const char* text = "Alle prijzen zijn INCLUSIEF 21% BTW en excl. verzendkosten";
    const auto got = find_vat(text);
    REQUIRE(got.size() == 1);
    CHECK(normalize(text).substr(got[0].begin, got[0].end - got[0].begin) == "inclusief 21% btw");
  }
  SECTION("several mentions come back in text order") {
    const auto got =
        find_vat("Totaal incl. BTW \xE2\x82\xAC 121,00 waarvan BTW (21%) \xE2\x82\xAC 21,00");
    REQUIRE(got.size() == 2);
    CHECK(kind_name(got[0].kind) == "included");
    CHECK(kind_name(got[1].kind) == "rate-only");
    CHECK(got[1].rate_percent == 21);
    CHECK(got[0].end <= got[1].begin);
  }
}

TEST_CASE("find_vat ignores VAT numbers and look-alike words", "[vat]") {
  SECTION("a VAT number or VAT id is no statement about a price") {
    const char* const texts[] = {
        "btwnummer NL123456789B01",
        "btw-nummer: NL123456789B01",
        "Btw nummer",
        "btw-id",
        "BTW-ID: NL001",
        "btw identificatienummer",
        "btw-identificatienummer",
        "BTW: NL123456789B01",
        "btw-nr. NL0012",
        "KvK-nummer 12345678, btw-nummer NL001234567B01",
        "VAT number",
        "VAT-ID",
    };
    for (const char* t : texts) {
      INFO("input: " << t);
      CHECK(find_vat(t).empty());
      CHECK(status_name(t) == "none");
    }
  }
  SECTION("text without VAT wording has no mention") {
    const char* const texts[] = {
        "",
        "inclusief verzendkosten",
        "exclusief verzendkosten",
        "zonder verzendkosten",
        "een vat wijn",
        "Hij vat het samen",
        "21% korting",
        "Totaal \xE2\x82\xAC 12,95",
        "extra btwx",
    };
    for (const char* t : texts) {
      INFO("input: " << t);
      CHECK(find_vat(t).empty());
      CHECK(status_name(t) == "none");
    }
  }
  SECTION("a VAT number beside a real statement leaves the statement") {
    const auto got = find_vat("Btw-nummer NL001234567B01 - alle prijzen excl. btw");
    REQUIRE(got.size() == 1);
    CHECK(kind_name(got[0].kind) == "excluded");
  }
}

TEST_CASE("vat_status returns the strongest statement", "[vat]") {
  SECTION("included or excluded beats a bare rate") {
    CHECK(status_name("21% btw \xE2\x82\xAC 2,10 - prijzen incl. btw") == "included");
    CHECK(status_name("btw \xE2\x82\xAC 4,34 (excl. btw)") == "excluded");
  }
  SECTION("when both included and excluded appear, the first in text order wins") {
    CHECK(status_name("excl. btw \xE2\x82\xAC 100, incl. btw \xE2\x82\xAC 121") == "excluded");
    CHECK(status_name("incl. btw \xE2\x82\xAC 121, excl. btw \xE2\x82\xAC 100") == "included");
  }
  SECTION("reverse charge beats a bare rate") {
    CHECK(status_name("btw 0% - btw verlegd") == "reverse-charge");
  }
  SECTION("a bare rate is reported when nothing stronger appears") {
    CHECK(status_name("waarvan btw \xE2\x82\xAC 2,10") == "rate-only");
  }
  SECTION("no VAT word gives no status") {
    CHECK_FALSE(vat_status("Gratis verzending").has_value());
  }
}

TEST_CASE("find_vat keeps its invariants on arbitrary VAT-like text", "[vat]") {
  SECTION("spans lie inside the normalised text, in order, and rates are -1 or a percentage") {
    const char* const pieces[] = {"btw",     "BTW",    "b.t.w.", "vat", "incl", "excl",    ".",
                                  " ",       "ex",     "zonder", "21",  "%",    "(",       ")",
                                  "verlegd", "nummer", "-",      ":",   "nl1",  "waarvan", "+"};
    constexpr std::size_t kPieces = sizeof(pieces) / sizeof(pieces[0]);
    std::uint32_t state = 7;
    for (int round = 0; round < 2000; ++round) {
      std::string text;
      state = state * 1103515245u + 12345u;
      const int len = static_cast<int>((state >> 16) % 16);
      for (int i = 0; i < len; ++i) {
        state = state * 1103515245u + 12345u;
        text += pieces[(state >> 16) % kPieces];
      }
      INFO("input: " << text);
      const std::string n = normalize(text);
      std::size_t previous_end = 0;
      for (const VatMention& v : find_vat(text)) {
        CHECK(v.begin < v.end);
        CHECK(v.end <= n.size());
        CHECK(v.begin >= previous_end);
        CHECK(v.rate_percent >= -1);
        CHECK(v.rate_percent <= 100);
        previous_end = v.end;
      }
    }
  }
}
