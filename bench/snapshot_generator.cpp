// Synthetic checkout snapshots for benchmarks (see snapshot_generator.h). Deterministic: the same
// size gives the same bytes, so runs compare.
#include "snapshot_generator.h"

#include <nlohmann/json.hpp>

namespace kwbench {

using nlohmann::json;

std::string checkout_snapshot_json(int target) {
  json nodes = json::array();
  auto add = [&](int parent, const std::string& tag, json extra = json::object()) {
    json n = {{"id", "k" + std::to_string(nodes.size())}, {"parent", parent}, {"tag", tag}};
    for (auto& [k, v] : extra.items()) n[k] = v;
    nodes.push_back(std::move(n));
    return static_cast<int>(nodes.size()) - 1;
  };
  const int body = add(-1, "body");
  add(body, "h1",
      {{"text", "Controleer je bestelling"}, {"font", {{"size", 28}, {"weight", 700}}}});
  const int list = add(body, "div", {{"attrs", {{"class", "cart-items"}}}});
  int i = 0;
  while (static_cast<int>(nodes.size()) + 40 < target) {
    const int row = add(list, "div", {{"attrs", {{"class", "cart-item"}}}});
    add(row, "span", {{"text", "Product nummer " + std::to_string(i) + " – blauw, maat M"}});
    const int price = add(row, "span", {{"attrs", {{"class", "price"}}}});
    add(price, "span", {{"text", "€"}});
    add(price, "span", {{"text", std::to_string(10 + i % 90)}});
    add(price, "sup", {{"text", ",95"}});
    if (i % 10 == 0) {
      const int opt = add(row, "label");
      add(opt, "input",
          {{"role", "checkbox"},
           {"name", "Garantie-uitbreiding + € 4,95"},
           {"attrs", {{"type", "checkbox"}}},
           {"checked", i % 20 == 0},
           {"defaultChecked", i % 20 == 0}});
      add(opt, "span", {{"text", "Garantie-uitbreiding + € 4,95"}});
    }
    ++i;
  }
  const int summary = add(body, "table");
  for (const char* line : {"Subtotaal", "Verzendkosten", "Betaalkosten iDEAL", "Totaal"}) {
    const int tr = add(summary, "tr");
    add(tr, "th", {{"text", line}});
    add(tr, "td", {{"text", "€ 4,95"}});
  }
  const int form = add(body, "form");
  for (const char* m : {"iDEAL + € 0,29", "Creditcard", "PayPal"}) {
    const int l = add(form, "label");
    add(l, "input",
        {{"role", "radio"},
         {"name", m},
         {"attrs", {{"type", "radio"}, {"name", "pm"}}},
         {"checked", false},
         {"defaultChecked", false}});
    add(l, "span", {{"text", m}});
  }
  add(form, "button",
      {{"role", "button"},
       {"name", "Bestelling plaatsen"},
       {"text", "Bestelling plaatsen"},
       {"attrs", {{"type", "submit"}}},
       {"font", {{"size", 18}, {"weight", 700}}}});
  while (static_cast<int>(nodes.size()) < target) add(body, "div", {{"text", "Klantenservice"}});
  json snap = {{"schema", "kassawacht.snapshot/1"},
               {"url", "https://shop.example/checkout/review"},
               {"lang", "nl"},
               {"title", "Afrekenen"},
               {"nodes", std::move(nodes)}};
  return snap.dump();
}

}  // namespace kwbench
