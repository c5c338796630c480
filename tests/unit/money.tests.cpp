// Tests for the one money parser (host/core/text/money.h): the price formats Dutch shops print,
// what is not a price, spans, signs and kinds, and the helpers around it.
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "text/money.h"
#include "text/normalize.h"

using namespace kw::text;

namespace {

std::string kind_name(AmountKind k) {
  switch (k) {
    case AmountKind::kExact:
      return "exact";
    case AmountKind::kFree:
      return "free";
    case AmountKind::kFrom:
      return "from";
    case AmountKind::kRangeLow:
      return "range-low";
    case AmountKind::kRangeHigh:
      return "range-high";
  }
  return "?";
}

std::string sign_name(AmountSign s) {
  switch (s) {
    case AmountSign::kNone:
      return "none";
    case AmountSign::kPlus:
      return "plus";
    case AmountSign::kMinus:
      return "minus";
  }
  return "?";
}

// The text an amount's span covers in normalize(input).
std::string spanned(std::string_view input, const Money& m) {
  return normalize(input).substr(m.begin, m.end - m.begin);
}

struct OneAmount {
  const char* text;
  std::int64_t cents;
  AmountSign sign;
  AmountKind kind;
};

constexpr AmountSign kNone = AmountSign::kNone;
constexpr AmountSign kPlus = AmountSign::kPlus;
constexpr AmountSign kMinus = AmountSign::kMinus;
constexpr AmountKind kExact = AmountKind::kExact;
constexpr AmountKind kFree = AmountKind::kFree;
constexpr AmountKind kFrom = AmountKind::kFrom;

// Texts that hold exactly one amount, as shops print them.
const OneAmount kFormats[] = {
    {"\xE2\x82\xAC 1.234,56", 123456, kNone, kExact},
    {"\xE2\x82\xAC"
     "1234,-",
     123400, kNone, kExact},
    {"\xE2\x82\xAC 12,\xE2\x80\x94", 1200, kNone, kExact},  // ",—"
    {"\xE2\x82\xAC 12,\xE2\x80\x93", 1200, kNone, kExact},  // ",–"
    {"\xE2\x82\xAC 12,--", 1200, kNone, kExact},
    {"\xE2\x82\xAC 1.234,-", 123400, kNone, kExact},
    {"12,95 EUR", 1295, kNone, kExact},
    {"EUR 12.95", 1295, kNone, kExact},
    {"EUR12,95", 1295, kNone, kExact},
    {"eur 1.234,56", 123456, kNone, kExact},
    {"\xE2\x82\xAC 0,00", 0, kNone, kExact},
    {"\xE2\x82\xAC 0,29", 29, kNone, kExact},
    {"12,95 euro", 1295, kNone, kExact},
    {"12 euro", 1200, kNone, kExact},
    {"25 euro's", 2500, kNone, kExact},
    {"\xE2\x82\xAC"
     "12",
     1200, kNone, kExact},
    {"2,95\xE2\x82\xAC", 295, kNone, kExact},
    {"2,95 \xE2\x82\xAC", 295, kNone, kExact},
    {"\xE2\x82\xAC 1 234,56", 123456, kNone, kExact},  // space thousands
    {"\xE2\x82\xAC 1\xE2\x80\xAF"
     "234,56",
     123456, kNone, kExact},                        // narrow NBSP thousands
    {"\xE2\x82\xAC 1.234", 123400, kNone, kExact},  // Dutch thousands
    {"\xE2\x82\xAC 12.95", 1295, kNone, kExact},    // English decimal
    {"\xE2\x82\xAC 1,234.56", 123456, kNone, kExact},
    {"\xE2\x82\xAC 1,234", 123400, kNone, kExact},
    {"\xE2\x82\xAC 1.234.567,89", 123456789, kNone, kExact},
    {"\xE2\x82\xAC 2,5", 250, kNone, kExact},
    {"\xE2\x82\xAC 2.5", 250, kNone, kExact},
    {"\xE2\x82\xAC 19,95*", 1995, kNone, kExact},
    {"\xE2\x82\xAC 9,99 p/st", 999, kNone, kExact},
    {"\xE2\x82\xAC 12 ,95", 1295, kNone, kExact},  // price split over nodes
    {"Prijs:\xC2\xA0\xE2\x82\xAC\xC2\xA0"
     "49,95",
     4995, kNone, kExact},
    {"Totaal (2 artikelen) \xE2\x82\xAC 25,00", 2500, kNone, kExact},
    {"2x \xE2\x82\xAC 5", 500, kNone, kExact},
    {"Aantal: 2 \xE2\x82\xAC 10,00", 1000, kNone, kExact},  // "2 €" is not read as a suffix price
    {"\xEF\xBF\xA5 \xE2\x82\xAC \xEF\xBC\x91\xEF\xBC\x92,50", 1250, kNone,
     kExact},  // full-width digits
    {"PostNL - \xE2\x82\xAC 4,95", 495, kNone,
     kExact},  // a dash after a label separates, not subtracts
    {"Maat 42 - \xE2\x82\xAC 89,95", 8995, kNone, kExact},
    {"Verzending \xE2\x80\x93 \xE2\x82\xAC 4,95", 495, kNone, kExact},
    {"Datum 01-02-2024 \xE2\x82\xAC 25,00", 2500, kNone, kExact},
    {"gratis", 0, kNone, kFree},
    {"Kosteloos", 0, kNone, kFree},
    {"FREE", 0, kNone, kFree},
    {"Gratis verzending", 0, kNone, kFree},
    {"+ \xE2\x82\xAC 2,95", 295, kPlus, kExact},
    {"+\xE2\x82\xAC"
     "2,95",
     295, kPlus, kExact},
    {"Cadeauverpakking + \xE2\x82\xAC 2,95", 295, kPlus, kExact},
    {"-\xE2\x82\xAC"
     "5",
     500, kMinus, kExact},
    {"- \xE2\x82\xAC 5,00", 500, kMinus, kExact},
    {"\xE2\x82\xAC -5,00", 500, kMinus, kExact},
    {"\xE2\x88\x92\xE2\x82\xAC 5", 500, kMinus, kExact},  // Unicode minus
    {"\xE2\x82\xAC \xE2\x88\x92"
     "5,00",
     500, kMinus, kExact},
    {"EUR -5,00", 500, kMinus, kExact},
    {"-5,00 \xE2\x82\xAC", 500, kMinus, kExact},
    {"Korting: - \xE2\x82\xAC 5,00", 500, kMinus, kExact},
    {"Korting (WELKOM10) -\xE2\x82\xAC 7,50", 750, kMinus, kExact},
    {"vanaf \xE2\x82\xAC 9,95", 995, kNone, kFrom},
    {"Vanaf\xE2\x82\xAC"
     "9,95",
     995, kNone, kFrom},
    {"v.a. \xE2\x82\xAC"
     "9,95",
     995, kNone, kFrom},
    {"v.a.\xE2\x82\xAC"
     "9,95",
     995, kNone, kFrom},
    {"va. \xE2\x82\xAC 9,95", 995, kNone, kFrom},
    {"from \xE2\x82\xAC"
     "9.95",
     995, kNone, kFrom},
    {"gratis vanaf \xE2\x82\xAC 50", 5000, kNone, kFrom},
    {"Gratis verzending vanaf \xE2\x82\xAC 50,-", 5000, kNone, kFrom},
    {"Bij bestellingen boven \xE2\x82\xAC 75", 7500, kNone, kFrom},
};

struct Expect {
  std::int64_t cents;
  AmountSign sign;
  AmountKind kind;
  const char* span;
};

void check_amounts(const char* text, const std::vector<Expect>& expected) {
  INFO("input: " << text);
  const std::vector<Money> got = find_amounts(text);
  REQUIRE(got.size() == expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO("amount " << i);
    CHECK(got[i].cents == expected[i].cents);
    CHECK(sign_name(got[i].sign) == sign_name(expected[i].sign));
    CHECK(kind_name(got[i].kind) == kind_name(expected[i].kind));
    CHECK(spanned(text, got[i]) == expected[i].span);
    CHECK(got[i].currency == "EUR");
  }
}

}  // namespace

TEST_CASE("find_amounts reads the price formats Dutch shops print", "[money]") {
  SECTION("each real-world format gives exactly one amount with the right value, sign and kind") {
    STATIC_REQUIRE(sizeof(kFormats) / sizeof(kFormats[0]) >= 40);
    for (const OneAmount& f : kFormats) {
      INFO("input: " << f.text);
      const std::vector<Money> got = find_amounts(f.text);
      REQUIRE(got.size() == 1);
      CHECK(got[0].cents == f.cents);
      CHECK(sign_name(got[0].sign) == sign_name(f.sign));
      CHECK(kind_name(got[0].kind) == kind_name(f.kind));
      CHECK(got[0].currency == "EUR");
      CHECK(got[0].begin < got[0].end);
      CHECK(got[0].end <= normalize(f.text).size());
    }
  }
}

TEST_CASE("find_amounts reports spans, signs and kinds in text order", "[money]") {
  SECTION("spans cover sign, currency and number in the normalised text") {
    check_amounts(
        "Subtotaal: \xE2\x82\xAC\xC2\xA0"
        "12,95",
        {{1295, kNone, kExact, "\xE2\x82\xAC 12,95"}});
    check_amounts("12,95 EUR incl.", {{1295, kNone, kExact, "12,95 eur"}});
    check_amounts(
        "Korting -\xE2\x82\xAC"
        "5",
        {{500, kMinus, kExact,
          "-\xE2\x82\xAC"
          "5"}});
    check_amounts("PostNL - \xE2\x82\xAC 4,95", {{495, kNone, kExact, "\xE2\x82\xAC 4,95"}});
    check_amounts("vanaf \xE2\x82\xAC 9,95", {{995, kNone, kFrom, "\xE2\x82\xAC 9,95"}});
    check_amounts("Verzending: GRATIS", {{0, kNone, kFree, "gratis"}});
  }
  SECTION("a threshold with gratis gives the threshold only, not a separate free amount") {
    check_amounts(
        "Verzendkosten: \xE2\x82\xAC 4,95 (gratis vanaf \xE2\x82\xAC 50)",
        {{495, kNone, kExact, "\xE2\x82\xAC 4,95"}, {5000, kNone, kFrom, "\xE2\x82\xAC 50"}});
  }
  SECTION("gratis that does not qualify a threshold stays a free amount") {
    check_amounts("Verzending: gratis. Totaal: \xE2\x82\xAC 25,00",
                  {{0, kNone, kFree, "gratis"}, {2500, kNone, kExact, "\xE2\x82\xAC 25,00"}});
    check_amounts("Vanaf \xE2\x82\xAC 50 gratis verzending",
                  {{5000, kNone, kFrom, "\xE2\x82\xAC 50"}, {0, kNone, kFree, "gratis"}});
  }
  SECTION("ranges give a low and a high end") {
    check_amounts("\xE2\x82\xAC 10 - \xE2\x82\xAC 20",
                  {{1000, kNone, AmountKind::kRangeLow, "\xE2\x82\xAC 10"},
                   {2000, kNone, AmountKind::kRangeHigh, "\xE2\x82\xAC 20"}});
    check_amounts(
        "\xE2\x82\xAC 10\xE2\x80\x93"
        "20",
        {{1000, kNone, AmountKind::kRangeLow, "\xE2\x82\xAC 10"},
         {2000, kNone, AmountKind::kRangeHigh, "20"}});
    check_amounts(
        "\xE2\x82\xAC"
        "10,00 tot \xE2\x82\xAC"
        "20,00",
        {{1000, kNone, AmountKind::kRangeLow,
          "\xE2\x82\xAC"
          "10,00"},
         {2000, kNone, AmountKind::kRangeHigh,
          "\xE2\x82\xAC"
          "20,00"}});
    check_amounts("tussen \xE2\x82\xAC 10 en \xE2\x82\xAC 20",
                  {{1000, kNone, AmountKind::kRangeLow, "\xE2\x82\xAC 10"},
                   {2000, kNone, AmountKind::kRangeHigh, "\xE2\x82\xAC 20"}});
    check_amounts("\xE2\x82\xAC 10,- - \xE2\x82\xAC 20,-",
                  {{1000, kNone, AmountKind::kRangeLow, "\xE2\x82\xAC 10,-"},
                   {2000, kNone, AmountKind::kRangeHigh, "\xE2\x82\xAC 20,-"}});
    check_amounts("10 - 20 euro", {{1000, kNone, AmountKind::kRangeLow, "10"},
                                   {2000, kNone, AmountKind::kRangeHigh, "20 euro"}});
  }
  SECTION("what only looks like a range gives separate amounts") {
    check_amounts(
        "\xE2\x82\xAC 10 en \xE2\x82\xAC 20",  // "en" needs "tussen"
        {{1000, kNone, kExact, "\xE2\x82\xAC 10"}, {2000, kNone, kExact, "\xE2\x82\xAC 20"}});
    check_amounts(
        "\xE2\x82\xAC 20 -\xE2\x82\xAC"
        "5",  // the high end would be lower: a deduction
        {{2000, kNone, kExact, "\xE2\x82\xAC 20"},
         {500, kMinus, kExact,
          "-\xE2\x82\xAC"
          "5"}});
    check_amounts("\xE2\x82\xAC 10 - 20% korting", {{1000, kNone, kExact, "\xE2\x82\xAC 10"}});
  }
  SECTION("several prices in one text come back in order") {
    check_amounts("Was \xE2\x82\xAC 29,99 nu \xE2\x82\xAC 19,99 + \xE2\x82\xAC 4,95 verzending",
                  {{2999, kNone, kExact, "\xE2\x82\xAC 29,99"},
                   {1999, kNone, kExact, "\xE2\x82\xAC 19,99"},
                   {495, kPlus, kExact, "+ \xE2\x82\xAC 4,95"}});
    check_amounts(
        "2,95 \xE2\x82\xAC 3,95 \xE2\x82\xAC",
        {{295, kNone, kExact, "2,95 \xE2\x82\xAC"}, {395, kNone, kExact, "3,95 \xE2\x82\xAC"}});
  }
  SECTION("signed_cents is negative for a deduction") {
    const auto m = first_amount("Korting: -\xE2\x82\xAC 12,50");
    REQUIRE(m);
    CHECK(m->cents == 1250);
    CHECK(m->signed_cents() == -1250);
    CHECK(first_amount("+ \xE2\x82\xAC 1,00")->signed_cents() == 100);
  }
}

TEST_CASE("find_amounts ignores what is not a price", "[money]") {
  SECTION("numbers without a currency are not amounts") {
    const char* const texts[] = {
        "2 stuks",
        "Art. 6:230 BW",
        "1234 AB Amsterdam",
        "21% btw",
        "2,5% toeslag",
        "Levering in 2-3 werkdagen",
        "Bestelnummer 123456",
        "Bel 020-1234567",
        "Maat 42",
        "12,95",
        "6 - 8 werkdagen",
        "versie 1.2.3",
        "",
        "geen prijs hier",
        "\xE2\x82\xAC",
        "EUR",
    };
    for (const char* t : texts) {
      INFO("input: " << t);
      CHECK(find_amounts(t).empty());
      CHECK_FALSE(first_amount(t).has_value());
    }
  }
  SECTION("words that merely contain a currency code or a free word are not amounts") {
    const char* const texts[] = {"12 europese landen", "peur 5", "freelance werk",
                                 "vrijgratisheid"};
    for (const char* t : texts) {
      INFO("input: " << t);
      CHECK(find_amounts(t).empty());
    }
  }
  SECTION("digits that make no sense as a price are rejected") {
    const char* const texts[] = {
        "\xE2\x82\xAC 1234567890123",  // more than 12 integer digits
        "\xE2\x82\xAC 0,2995",         // four decimals
        "\xE2\x82\xAC 1234.567",       // a thousands group after four digits
        "\xE2\x82\xAC 1,234.567,89",   // the decimal separator used as thousands too
    };
    for (const char* t : texts) {
      INFO("input: " << t);
      CHECK(find_amounts(t).empty());
    }
  }
  SECTION("space thousands need a decimal part, so a number after the price stays apart") {
    check_amounts("\xE2\x82\xAC 5 100 gram", {{500, kNone, kExact, "\xE2\x82\xAC 5"}});
  }
  SECTION("invalid UTF-8 and huge inputs do not crash") {
    CHECK(find_amounts("\xFF\xE2\x82\xAC 5\xC0").size() == 1);
    const std::string digits(10000, '9');
    CHECK(find_amounts("\xE2\x82\xAC " + digits).empty());
  }
}

TEST_CASE("first_amount returns the first amount", "[money]") {
  SECTION("the first of several amounts is returned") {
    const auto m = first_amount("Totaal \xE2\x82\xAC 12,95 incl. \xE2\x82\xAC 2,25 btw");
    REQUIRE(m);
    CHECK(m->cents == 1295);
  }
  SECTION("a gratis that turns out to qualify a threshold is not returned") {
    const auto m = first_amount("Gratis verzending vanaf \xE2\x82\xAC 50");
    REQUIRE(m);
    CHECK(m->cents == 5000);
    CHECK(kind_name(m->kind) == "from");
  }
  SECTION("a plain gratis is returned") {
    const auto m = first_amount("Verzending gratis");
    REQUIRE(m);
    CHECK(kind_name(m->kind) == "free");
  }
}

TEST_CASE("join_price_parts glues the nodes of one price", "[money]") {
  SECTION("parts are trimmed and joined by a space") {
    CHECK(join_price_parts({"\xE2\x82\xAC", " 12", ",95 "}) == "\xE2\x82\xAC 12,95");
    CHECK(join_price_parts({" \xE2\x82\xAC\xC2\xA0", "12", "", ",-"}) == "\xE2\x82\xAC 12,-");
    CHECK(join_price_parts({"12", ".95", "EUR"}) == "12.95 EUR");
  }
  SECTION("a part after a trailing decimal separator is glued too") {
    CHECK(join_price_parts({"\xE2\x82\xAC 12,", "95"}) == "\xE2\x82\xAC 12,95");
  }
  SECTION("the joined text parses as one amount") {
    const auto m = first_amount(join_price_parts({"\xE2\x82\xAC", "1.234", ",56"}));
    REQUIRE(m);
    CHECK(m->cents == 123456);
  }
  SECTION("no parts give an empty string") {
    CHECK(join_price_parts({}).empty());
    CHECK(join_price_parts({" ", ""}).empty());
  }
}

TEST_CASE("find_percentages returns basis points", "[money]") {
  SECTION("percent signs and the word procent are understood") {
    CHECK(find_percentages("2%") == std::vector<std::int64_t>{200});
    CHECK(find_percentages("+ 1,5 %") == std::vector<std::int64_t>{150});
    CHECK(find_percentages("3 procent") == std::vector<std::int64_t>{300});
    CHECK(find_percentages("2,5% toeslag") == std::vector<std::int64_t>{250});
    CHECK(find_percentages("21% btw en 9% btw") == std::vector<std::int64_t>{2100, 900});
    CHECK(find_percentages("0,125%") == std::vector<std::int64_t>{13});
  }
  SECTION("an attached minus gives a negative percentage; a range dash does not") {
    CHECK(find_percentages("Korting -10%") == std::vector<std::int64_t>{-1000});
    CHECK(find_percentages("10-20%") == std::vector<std::int64_t>{2000});
  }
  SECTION("prices and bare numbers are not percentages") {
    CHECK(find_percentages("\xE2\x82\xAC 12,95").empty());
    CHECK(find_percentages("Art. 6:230 BW").empty());
    CHECK(find_percentages("procent").empty());
  }
}

TEST_CASE("format_euro writes cents the Dutch way", "[money]") {
  SECTION("thousands get dots and cents a comma") {
    CHECK(format_euro(123456) == "\xE2\x82\xAC 1.234,56");
    CHECK(format_euro(0) == "\xE2\x82\xAC 0,00");
    CHECK(format_euro(5) == "\xE2\x82\xAC 0,05");
    CHECK(format_euro(100000000) == "\xE2\x82\xAC 1.000.000,00");
  }
  SECTION("negative amounts get a leading minus") {
    CHECK(format_euro(-500) == "-\xE2\x82\xAC 5,00");
    CHECK(format_euro(std::numeric_limits<std::int64_t>::min()) ==
          "-\xE2\x82\xAC 92.233.720.368.547.758,08");
  }
  SECTION("a formatted amount parses back to the same value") {
    for (const std::int64_t cents : {0LL, 1LL, 99LL, 1295LL, 123456LL, 99999999999LL}) {
      INFO(cents);
      const auto m = first_amount(format_euro(cents));
      REQUIRE(m);
      CHECK(m->cents == cents);
    }
  }
}

TEST_CASE("find_amounts keeps its invariants on arbitrary price-like text", "[money]") {
  SECTION("spans lie inside the normalised text, in order, and cents are never negative") {
    const char* const pieces[] = {"\xE2\x82\xAC",
                                  "1",
                                  "2",
                                  "9",
                                  "0",
                                  ".",
                                  ",",
                                  "-",
                                  " ",
                                  "  ",
                                  "eur",
                                  "euro",
                                  "gratis",
                                  "vanaf",
                                  "v.a.",
                                  "tussen",
                                  " en ",
                                  " tot ",
                                  "%",
                                  "\xE2\x88\x92",
                                  "\xE2\x80\x93",
                                  "\xE2\x80\x94",
                                  "+",
                                  "x",
                                  "\xC2\xA0",
                                  "\xFF"};
    constexpr std::size_t kPieces = sizeof(pieces) / sizeof(pieces[0]);
    std::uint32_t state = 2024;
    for (int round = 0; round < 2000; ++round) {
      std::string text;
      state = state * 1103515245u + 12345u;
      const int len = static_cast<int>((state >> 16) % 24);
      for (int i = 0; i < len; ++i) {
        state = state * 1103515245u + 12345u;
        text += pieces[(state >> 16) % kPieces];
      }
      INFO("input: " << text);
      const std::string n = normalize(text);
      std::size_t previous_begin = 0;
      for (const Money& m : find_amounts(text)) {
        CHECK(m.begin < m.end);
        CHECK(m.end <= n.size());
        CHECK(m.begin >= previous_begin);
        CHECK(m.cents >= 0);
        previous_begin = m.begin;
      }
      (void)find_percentages(text);
    }
  }
}

TEST_CASE("labelled_amounts gives each amount the words beside it", "[money]") {
  const auto a = kw::text::labelled_amounts(
      "Bosch GSR € 119,00 + cadeauverpakking (door jou gekozen) · verzending € 3,95");
  REQUIRE(a.size() == 2);
  CHECK(a[0].money.cents == 11900);
  CHECK(a[0].label() == "bosch gsr ");  // normalised text
  CHECK(a[1].money.cents == 395);
  CHECK(a[1].label().find("verzending") != std::string::npos);
  CHECK(a[1].label().find("Bosch") == std::string::npos);
  SECTION("an amount with nothing in front belongs to the words after it") {
    const auto b = kw::text::labelled_amounts("€ 4,95 verzendkosten");
    REQUIRE(b.size() == 1);
    CHECK(b[0].label() == " verzendkosten");
  }
  CHECK(kw::text::labelled_amounts("geen bedrag").empty());
}
