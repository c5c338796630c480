// company-name: the shop says who it is — its trading name, and for a company its name with the
// legal form (art. 6:230m lid 1 sub b BW; art. 3:15d lid 1 sub a BW; Toetsingskader
// Contactgegevens 1). A page can name the shop in five ways, strongest first: after a label
// ("Handelsnaam: …"), with a legal form ("… B.V."), as the line above its address, just before its
// KvK number, or as the holder in the copyright line. A page also names other companies (the web
// designer, the bank, the carrier, a charity) and, on a checkout page, the customer; so a name that
// matches the shop's own web address wins over a stronger kind that does not, names after "door",
// "via" or "met" and names of known third parties are skipped, and on checkout pages only the
// page's header and footer are read (and a "Verkoper: … B.V." line). Every page adds its best name
// to the site memory, so the contact page and the final step are only asked about when no page of
// the site named the shop.
#include <algorithm>
#include <optional>

#include "checks/checks.h"
#include "checks/text_scan.h"
#include "text/company_name.h"
#include "text/normalize.h"
#include "text/url.h"

namespace kw::checks {

namespace {

enum class Strength { kCopyright = 1, kBesideDetails = 2, kLegalForm = 3, kLabelled = 4 };

// A name matching the web address outranks any kind of naming that does not.
constexpr int kHostBonus = 25;
// How many nodes with a postcode are read for the name above an address (bounds the work).
constexpr int kMaxAddressNodes = 40;

struct Candidate {
  int node = -1;
  std::string name;
  int score = 0;
};

// The lines of a node's own text (a <br> is a line break in the snapshot), or its name (an image's
// alt) as one line.
std::vector<std::string> lines_of(const PageFacts& facts, int i) {
  std::vector<std::string> out;
  const std::string& raw = facts.node(i).text;
  std::size_t from = 0;
  while (from < raw.size()) {
    std::size_t nl = raw.find('\n', from);
    if (nl == std::string::npos) nl = raw.size();
    std::string line = text::collapse_space(std::string_view(raw).substr(from, nl - from));
    if (!line.empty()) out.push_back(std::move(line));
    from = nl + 1;
  }
  if (out.empty() && !facts.own_text(i).empty()) out.push_back(facts.own_text(i));
  return out;
}

bool has_ancestor_tag(const PageFacts& facts, int i, std::initializer_list<std::string_view> tags) {
  for (int p = i; p >= 0; p = facts.node(p).parent) {
    const Node& n = facts.node(p);
    if (std::find(tags.begin(), tags.end(), n.tag) != tags.end()) return true;
    if (n.role == "contentinfo" && std::find(tags.begin(), tags.end(), "footer") != tags.end()) {
      return true;
    }
  }
  return false;
}

// The words of `host` ("fietsenhuis-jansen.nl" -> "fietsenhuis", "jansen") of four letters or more.
std::vector<std::string> host_words(const std::string& host) {
  std::vector<std::string> out;
  const std::size_t tld = host.rfind('.');
  const std::string_view base = std::string_view(host).substr(0, tld);
  std::string w;
  for (char c : base) {
    if (c == '.' || c == '-') {
      if (w.size() >= 4) out.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  if (w.size() >= 4) out.push_back(w);
  return out;
}

// Whether the name and the web address share a word: "Fietsenhuis Jansen B.V." on
// fietsenhuis-jansen.nl, "Thee op de Kaart" on theeopdekaart.nl.
bool matches_host(const std::string& name, const std::vector<std::string>& host) {
  std::string squashed;
  for (char c : text::word_string(name)) {
    if (c != ' ') squashed += c;
  }
  for (const std::string& h : host) {
    if (squashed.find(h) != std::string::npos) return true;
    if (squashed.size() >= 4 && h.find(squashed) != std::string::npos) return true;
  }
  return false;
}

// Reads one page for the shop's name: every naming it finds is scored (its kind, and whether it
// matches the web address), and the best one is kept.
class Finder {
 public:
  explicit Finder(const CheckContext& ctx)
      : facts_(ctx.facts),
        not_name_(ctx.rule.group("not_shop_name")),
        heading_word_(ctx.rule.group("heading_word")),
        customer_(ctx.rule.group("customer_address")),
        seller_(ctx.role_words.group("marketplace_seller")),
        host_(host_words(text::url_host(ctx.facts.snapshot().url))),
        checkout_(ctx.page.has("checkout") || ctx.page.has("final-step") || ctx.page.has("cart")) {}

  std::optional<Candidate> best() {
    int address_nodes = 0;
    for (int i = 0; i < facts_.size(); ++i) {
      if (!facts_.visible(i) || facts_.own_text(i).empty()) continue;
      if (!readable(i)) {
        read_seller_line(i);
        continue;
      }
      const std::vector<std::string> lines = lines_of(facts_, i);
      for (const std::string& line : lines) read_line(i, line);
      if (text::is_name_label(facts_.own_text(i))) read_label_cell(i);
      if (address_nodes < kMaxAddressNodes &&
          std::any_of(lines.begin(), lines.end(),
                      [](const std::string& l) { return text::find_postcode(l).has_value(); })) {
        ++address_nodes;
        read_address(i, lines);
      }
    }
    return best_;
  }

 private:
  // On a checkout page the form and the order summary hold the customer's details and the payment
  // provider's name; the shop's own name is in the header or footer.
  bool readable(int i) const {
    if (!checkout_) return true;
    return has_ancestor_tag(facts_, i, {"footer", "header"}) &&
           !has_ancestor_tag(facts_, i, {"form"});
  }

  // "Verkoper: Fietsenhuis Jansen B.V." in a checkout's order summary names the shop that sells.
  void read_seller_line(int i) {
    if (!seller_.any(facts_.own_words(i))) return;
    if (under_customer_heading(i)) return;
    for (const std::string& line : lines_of(facts_, i)) {
      for (const auto& m : text::find_legal_form_names(line)) {
        consider(i, m.name, Strength::kLegalForm);
      }
    }
  }

  // Whether `i` stands under a heading of the customer's details ("<h2>Bezorgadres</h2>").
  bool under_customer_heading(int i) const {
    const int heading = heading_before(facts_, i);
    return heading >= 0 && customer_.any(text::word_string(facts_.subtree_text(heading, 120)));
  }

  bool acceptable(const std::string& name) const {
    if (name.empty()) return false;
    const std::string words = text::word_string(name);
    return !words.empty() && !not_name_.any(words) && !customer_.any(words);
  }

  void consider(int node, const std::string& name, Strength strength) {
    if (!acceptable(name)) return;
    // A line beside the address may be a heading ("Showroom Utrecht", "Retouren"); a name with its
    // legal form or after a label may well start so ("Kantoor Direct B.V.").
    if (strength == Strength::kBesideDetails && heading_word_.any(text::word_string(name))) return;
    const int score =
        static_cast<int>(strength) * 10 + (matches_host(name, host_) ? kHostBonus : 0);
    if (best_ && best_->score >= score) return;
    best_ = Candidate{node, name, score};
  }

  void read_line(int i, const std::string& line) {
    for (const auto& m : text::find_labelled_names(line)) consider(i, m.name, Strength::kLabelled);
    for (const auto& m : text::find_legal_form_names(line)) {
      consider(i, m.name, Strength::kLegalForm);
    }
    consider(i, text::name_before_kvk(line), Strength::kBesideDetails);
    if (auto c = text::copyright_holder(line)) {
      consider(i, c->name, Strength::kCopyright);
    } else if (is_copyright_only(line)) {
      // "&copy; 2026, <a href="/">Fietsenhuis Jansen</a>": the holder is the next element.
      for (int c : facts_.children(i)) {
        if (!facts_.own_text(c).empty()) {
          consider(c, text::leading_name(facts_.own_text(c)), Strength::kCopyright);
          break;
        }
      }
    }
  }

  // "© 2026," with nothing after the years: the holder stands in a child element.
  static bool is_copyright_only(const std::string& line) {
    const std::string w = text::word_string(line);
    const bool mark = line.find("©") != std::string::npos ||
                      line.find("(c)") != std::string::npos ||
                      w.find("copyright") != std::string::npos;
    if (!mark) return false;
    std::size_t from = 0;
    while (from < w.size()) {
      std::size_t sp = w.find(' ', from);
      if (sp == std::string::npos) sp = w.size();
      const std::string_view word = std::string_view(w).substr(from, sp - from);
      const bool year =
          std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!year && word != "copyright" && word != "c") return false;
      from = sp + 1;
    }
    return true;
  }

  // "<td>Bedrijfsnaam</td><td>Kaas &amp; Zo</td>", "<dt>Handelsnaam</dt><dd>…</dd>": the name is
  // the label's next sibling, and neither is a form's label or field.
  void read_label_cell(int i) {
    const Node& n = facts_.node(i);
    if (n.tag == "label" || has_ancestor_tag(facts_, i, {"form"})) return;
    const int parent = n.parent;
    if (parent < 0) return;
    const auto& kids = facts_.children(parent);
    const auto pos = static_cast<std::size_t>(facts_.sibling_index(i)) + 1;
    if (pos >= kids.size()) return;
    const int next = kids[pos];
    const std::string& tag = facts_.node(next).tag;
    if (tag == "input" || tag == "label" || tag == "select" || tag == "textarea") return;
    const std::string value = facts_.subtree_text(next, 160);
    if (text::is_name_line(value) && !text::is_name_label(value)) {
      consider(next, value, Strength::kLabelled);
    }
  }

  // A label line that may stand between the name and the street ("Bezoekadres:", "Contact").
  bool is_label_line(const std::string& line) const {
    const std::string w = text::word_string(line);
    return not_name_.any(w) || heading_word_.any(w) || line.ends_with(":");
  }

  // The name above the address whose postcode is on one of `lines` of node `i`: before the street
  // on that line, on the lines above it, else in the node's own children or the lines before it
  // in the page (nearest first), past street lines and labels.
  void read_address(int i, const std::vector<std::string>& lines) {
    if (under_customer_heading(i)) return;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      const auto code = text::find_postcode(lines[k]);
      if (!code) continue;
      if (customer_.any(text::word_string(lines[k].substr(0, code->begin)))) return;
      auto town_ok = [&](const std::string& name) {
        return text::word_string(name) != text::word_string(code->town);
      };
      if (const std::string before = text::name_before_address(lines[k]);
          !before.empty() && town_ok(before)) {
        consider(i, before, Strength::kBesideDetails);
        return;
      }
      const auto verdict = name_in_lines(lines, k, town_ok, i);
      if (verdict == Walk::kFound || verdict == Walk::kStopped) return;
      // No line above it in this node: look in its children, then at the nodes before it.
      for (int c = i + 1; c < facts_.size() && facts_.contains(i, c); ++c) {
        if (!usable(c)) continue;
        const std::vector<std::string> cl = lines_of(facts_, c);
        if (cl.size() == 1 && text::is_name_line(cl[0]) && !text::is_street_line(cl[0]) &&
            !is_label_line(cl[0]) && town_ok(cl[0])) {
          consider(c, cl[0], Strength::kBesideDetails);
          return;
        }
      }
      int looked = 0;
      for (int p = i - 1; p >= 0 && looked < 4; --p) {
        if (!usable(p) || facts_.contains(p, i)) continue;
        ++looked;
        const std::vector<std::string> pl = lines_of(facts_, p);
        const auto v = name_in_lines(pl, pl.size(), town_ok, p);
        if (v != Walk::kPassed) return;
      }
      return;
    }
  }

  enum class Walk { kFound, kStopped, kPassed };

  // Reads `lines` upward from just above line `k`: street lines and labels are passed, a name line
  // is the name, anything else ends the address.
  template <typename TownOk>
  Walk name_in_lines(const std::vector<std::string>& lines, std::size_t k, const TownOk& town_ok,
                     int node) {
    for (std::size_t j = k; j-- > 0;) {
      const std::string& t = lines[j];
      if (text::is_street_line(t)) continue;
      if (customer_.any(text::word_string(t))) return Walk::kStopped;
      if (is_label_line(t)) continue;
      if (text::is_name_line(t) && town_ok(t)) {
        consider(node, t, Strength::kBesideDetails);
        return Walk::kFound;
      }
      return Walk::kStopped;
    }
    return Walk::kPassed;
  }

  bool usable(int i) const {
    const std::string& tag = facts_.node(i).tag;
    return facts_.visible(i) && !facts_.own_text(i).empty() && tag != "button" && tag != "input" &&
           tag != "label" && tag != "a";
  }

  const PageFacts& facts_;
  const PatternGroup& not_name_;
  const PatternGroup& heading_word_;
  const PatternGroup& customer_;
  const PatternGroup& seller_;
  std::vector<std::string> host_;
  bool checkout_;
  std::optional<Candidate> best_;
};

}  // namespace

void company_name(CheckContext& ctx) {
  const PageFacts& facts = ctx.facts;
  const std::optional<Candidate> best = Finder(ctx).best();

  // The site remembers the best name any page gave: a later page's weaker naming (a copyright
  // line) does not replace a name an earlier page gave with its legal form.
  const SiteFact* known = ctx.site->find("company-name");
  const SiteFact* known_score = ctx.site->find("company-name-score");
  const int earlier = known_score != nullptr ? std::atoi(known_score->value.c_str()) : 0;
  if (best && (known == nullptr || best->score >= earlier)) {
    ctx.site->remember("company-name", SiteFact{best->name, best->name, facts.snapshot().url});
    ctx.site->remember("company-name-score",
                       SiteFact{std::to_string(best->score), best->name, facts.snapshot().url});
    known = ctx.site->find("company-name");
  }
  if (!ctx.in_scope) return;
  if (best) {
    ctx.add(Severity::kPass, "pass", best->node, best->name,
            best->score >= static_cast<int>(Strength::kLegalForm) * 10 ? 0.8 : 0.6);
    return;
  }
  if (known != nullptr) {
    ctx.add(Severity::kPass, "pass-earlier", -1, known->evidence, 0.6);
    return;
  }
  ctx.add(Severity::kNeedsReview, "needs-review-missing", -1, "", 0.5);
}

}  // namespace kw::checks
