// company-name: the shop says who it is — its trading name, and for a company its name with the
// legal form (art. 6:230m lid 1 sub b BW; art. 3:15d lid 1 sub a BW; Toetsingskader
// Contactgegevens 1). A page can show the name in four ways, strongest first: after a label
// ("Handelsnaam: …"), with a legal form ("… B.V."), as the line above the shop's address, or as the
// holder in the copyright line. Every page adds what it shows to the site memory (the footer
// usually carries it), so the contact page and the final step are only asked about when no page of
// the site named the shop so far. Names of payment providers, carriers and complaint bodies, and
// the customer's own delivery address on a checkout page, are not the shop's name.
#include <optional>

#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/company_name.h"
#include "text/dutch_ids.h"
#include "text/normalize.h"

namespace kw::checks {

namespace {

// How sure a way of naming is that this is the shop's own name.
// kBesideDetails: the name line above the address or just before the KvK number.
enum class Strength { kCopyright = 1, kBesideDetails = 2, kLegalForm = 3, kLabelled = 4 };

struct Candidate {
  int node = -1;
  std::string name;
  Strength strength = Strength::kCopyright;
};

// The bytes of a subtree an address block may have: one <address> or footer column, not the page.
constexpr std::size_t kBlockMaxBytes = 600;

// The smallest ancestor of `node` that holds `node` and more text, bounded to an address block.
int address_block(const PageFacts& facts, int node) {
  auto is_landmark = [&](int i) {
    const std::string& tag = facts.node(i).tag;
    return tag == "address" || tag == "footer" || tag == "header" || tag == "section" ||
           tag == "article" || tag == "aside" || tag == "form" || tag == "main" || tag == "li" ||
           tag == "table" || tag == "fieldset" || tag == "body";
  };
  int block = node;
  while (!is_landmark(block)) {
    const int p = facts.node(block).parent;
    if (p < 0 || facts.subtree_text(p, kBlockMaxBytes + 1).size() > kBlockMaxBytes) break;
    block = p;
  }
  return block;
}

// The name line of the address whose postcode is in `node`: the text before the street in the
// same line, else a name line in the same block (a <strong> inside it, the line before it).
std::optional<std::pair<int, std::string>> name_above_address(const PageFacts& facts, int node,
                                                              const PatternGroup& customer,
                                                              const PatternGroup& not_name) {
  const int block = address_block(facts, node);
  // "Bezorgadres: …", or under a heading "Bezorgadres": the customer's address on a checkout page.
  if (customer.any(text::word_string(facts.subtree_text(block, kBlockMaxBytes)))) {
    return std::nullopt;
  }
  // The heading just before the block, as its sibling ("<h2>Bezorgadres</h2><p>…</p>").
  const int parent = facts.node(block).parent;
  for (int i = block - 1; i > parent; --i) {
    if (facts.node(i).parent != parent || !is_heading(facts.node(i))) continue;
    if (customer.any(text::word_string(facts.subtree_text(i, 120)))) return std::nullopt;
    break;
  }
  if (const std::string before = text::name_before_address(facts.own_text(node));
      !before.empty() && !not_name.any(text::word_string(before))) {
    return std::make_pair(node, before);
  }
  // A name line inside the address element ("<p><strong>Kaashandel Gouda</strong><br>Markt 3…").
  auto usable = [&](int i) {
    const std::string& tag = facts.node(i).tag;
    return facts.visible(i) && !facts.own_text(i).empty() && tag != "a" && tag != "button" &&
           tag != "input" && tag != "label";
  };
  for (int i = node + 1; i < facts.size() && facts.contains(node, i); ++i) {
    if (!usable(i)) continue;
    const std::string& t = facts.own_text(i);
    if (text::is_name_line(t) && !text::is_street_line(t) && !not_name.any(text::word_string(t))) {
      return std::make_pair(i, t);
    }
  }
  // The lines before it in the block, nearest first, past the street and labels ("Bezoekadres",
  // "Contact"); any other text ("Wij verkopen fietsen sinds 1987.") ends the address.
  for (int i = node - 1; i >= block; --i) {
    if (!usable(i) || facts.contains(i, node)) continue;
    const std::string& t = facts.own_text(i);
    if (text::is_street_line(t) || not_name.any(text::word_string(t))) continue;
    if (!text::is_name_line(t)) break;
    return std::make_pair(i, t);
  }
  return std::nullopt;
}

// The next visible node in document order that has text of its own (-1 when none).
int next_text_node(const PageFacts& facts, int node) {
  for (int i = node + 1; i < facts.size(); ++i) {
    if (facts.visible(i) && !facts.own_text(i).empty()) return i;
  }
  return -1;
}

}  // namespace

void company_name(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const PatternGroup& not_name = ctx.rule.group("not_shop_name");
  const PatternGroup& customer = ctx.rule.group("customer_address");
  std::optional<Candidate> best;
  auto consider = [&](int node, const std::string& name, Strength strength) {
    if (name.empty() || not_name.any(text::word_string(name))) return;
    if (best && best->strength >= strength) return;
    best = Candidate{node, name, strength};
  };

  for (int i = 0; i < facts.size(); ++i) {
    if (!facts.visible(i)) continue;
    const std::string& t = facts.own_text(i);
    if (t.empty()) continue;
    for (const auto& m : text::find_labelled_names(t)) consider(i, m.name, Strength::kLabelled);
    if (text::is_name_label(t)) {  // "<td>Bedrijfsnaam</td><td>Kaas &amp; Zo</td>"
      const int next = next_text_node(facts, i);
      if (next >= 0 && text::is_name_line(facts.own_text(next))) {
        consider(next, facts.own_text(next), Strength::kLabelled);
      }
    }
    for (const auto& m : text::find_legal_form_names(t)) consider(i, m.name, Strength::kLegalForm);
    consider(i, text::name_before_kvk(t), Strength::kBesideDetails);
    if (auto c = text::copyright_holder(t)) consider(i, c->name, Strength::kCopyright);
  }
  if (!best || best->strength < Strength::kBesideDetails) {
    const PageText pt(facts);
    for (const auto& code : text::find_postcodes(pt.text())) {
      const int node = pt.node_at(code.begin);
      if (node < 0) continue;
      if (auto n = name_above_address(facts, node, customer, not_name)) {
        consider(n->first, n->second, Strength::kBesideDetails);
        break;
      }
    }
  }

  // A copyright line does not replace a name an earlier page gave with its legal form.
  const SiteFact* known = ctx.site->find("company-name");
  if (best && (known == nullptr || best->strength > Strength::kCopyright)) {
    ctx.site->remember("company-name", SiteFact{best->name, best->name, facts.snapshot().url});
    known = ctx.site->find("company-name");
  }
  if (!ctx.in_scope) return;
  if (best) {
    ctx.add(Severity::kPass, "pass", best->node, best->name,
            best->strength == Strength::kCopyright ? 0.6 : 0.8);
    return;
  }
  if (known != nullptr) {
    ctx.add(Severity::kPass, "pass-earlier", -1, known->evidence, 0.6);
    return;
  }
  ctx.add(Severity::kNeedsReview, "needs-review-missing", -1, "", 0.5);
}

}  // namespace kw::checks
