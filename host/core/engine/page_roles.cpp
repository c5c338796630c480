// The page classifier (see page_roles.h). Signals are read once; the checkout step (cart or final
// step) is read first, in the order order-button-wording always used, then the pages around the
// checkout. Words come from rules/page-roles.json.
#include "engine/page_roles.h"

#include <algorithm>
#include <array>
#include <set>

#include "text/normalize.h"

namespace kw {

namespace {

constexpr std::array<std::string_view, 12> kRoleOrder = {
    "product", "cart",    "checkout", "final-step", "confirmation",      "terms",
    "privacy", "returns", "contact",  "faq",        "marketplace-offer", "other"};

constexpr std::size_t kMaxEvidenceBytes = 120;
constexpr int kMaxHeadings = 8;

std::string shown(std::string_view s) {
  return text::truncate_utf8(text::collapse_space(s), kMaxEvidenceBytes);
}

// What the page shows, read once.
struct Signals {
  std::string url_cart, url_final, url_confirmation, url_product;
  std::string words_final, words_cart, words_confirmation, order_number;
  std::string order_button;           // label of a button that places the order
  bool quote_button = false;          // "Offerte aanvragen": a request, no order
  std::string address_field;          // label of an address field
  std::string final_control;          // label of the terms box or a payment method
  bool terms_box = false;             // a box to accept the terms: where the order is concluded
  std::string next_step;              // a button naming the step it leads to ("Verder naar
                                      // controleren"), or "stap 2 van 3": a step before the last
  bool step_button = false;           // a button that only moves on ("Volgende stap", "Doorgaan")
  std::set<std::string> add_to_cart;  // distinct add-to-cart labels (word strings)
  int quantity_fields = 0;            // quantity inputs/selects
  int remove_buttons = 0;             // "Verwijderen" buttons
  bool form_fields = false;           // any text field or toggle
  std::string seller;                 // "verkocht door …"
  bool search_results = false;        // a list of search results ("/zoeken?q=", "Resultaten voor")
  std::string url_account;            // the customer's account ("/account/order"): no checkout
  std::string tracking;               // a track-and-trace page ("Volg je bestelling"): no checkout
  std::string url_seller;             // a seller's profile ("/verkoper/…"): no offer of its own
  std::vector<std::string> headings;  // the title and h1 headings, as word strings
  std::vector<std::string> headings_raw;

  // No checkout address, order button or address field: only words or controls that any page may
  // carry (a sidebar's "Besteloverzicht", a newsletter's terms box) speak for a checkout step.
  bool step_by_words_only() const {
    return url_final.empty() && order_button.empty() && address_field.empty();
  }
};

// "Stap 2 van 3": the step's own count says a step follows (a single digit each, as shops count).
// A progress bar that spells out every step ("Stap 1 van 3 … Stap 3 van 3") does not say which one
// this page is: then the count tells nothing. Returns the count, or "" when it names no step
// before the last.
std::string step_before_last(const PatternGroup& step_counter, std::string_view words) {
  std::string count;
  while (const auto span = step_counter.first_span(words)) {
    const std::string m(words.substr(span->first, span->second - span->first));
    if (!count.empty() && m != count) return {};
    count = m;
    words.remove_prefix(span->second);
  }
  const std::size_t digit = count.find_first_of("0123456789");
  if (digit == std::string::npos || count[digit] >= count.back()) return {};
  return count;
}

// Whether node `i` sits in a dialog: an open mini-cart or cart drawer (role="dialog",
// aria-modal) on a product page shows the cart without making the page one.
bool in_dialog(const PageFacts& facts, int i) {
  for (int p = i; p >= 0; p = facts.node(p).parent) {
    const Node& n = facts.node(p);
    if (n.tag == "dialog" || n.role == "dialog" || n.role == "alertdialog" ||
        n.attr("aria-modal") == "true") {
      return true;
    }
  }
  return false;
}

// Cart words ("Winkelwagen", "Je winkelmandje is leeg") outside buttons and links: the header's
// "Winkelwagen (1)" and a tile's "In winkelwagen" are on every page of a shop and say nothing
// about this one.
std::string cart_words(const PageFacts& facts, const PageRoleWords& w) {
  const PatternGroup& cart_page = w.group("cart_page");
  // Every link and button, whatever its name: a header link's name may glue its count to its
  // words ("6Winkelwagen" from <span>6</span><span>Winkelwagen</span>), as browsers compute it.
  std::vector<int> cart_controls;
  for (const Control& c : facts.controls()) {
    if (c.kind == ControlKind::kLink || c.kind == ControlKind::kButton) {
      cart_controls.push_back(c.node);
    }
  }
  // A sentence that mentions the cart ("De kosten zie je in de winkelwagen en bij het
  // afrekenen") is about it, on any page; the cart's own heading or notice is short.
  constexpr std::size_t kMaxCartWords = 8;
  for (int i = 0; i < facts.size(); ++i) {
    // The header's mini-cart ("Mijn winkelwagen – U heeft geen artikelen") is on every page.
    if (!facts.visible(i) || facts.own_words(i).empty() || in_dialog(facts, i) ||
        in_page_chrome(facts, i)) {
      continue;
    }
    const std::string& own = facts.own_words(i);
    if (text::word_count(own) > kMaxCartWords) continue;
    const std::string found = cart_page.first_match(own);
    if (found.empty()) continue;
    const bool in_control = std::any_of(cart_controls.begin(), cart_controls.end(),
                                        [&](int link) { return facts.contains(link, i); });
    if (!in_control) return found;
  }
  return {};
}

Signals read_signals(const PageFacts& facts, const PageRoleWords& w) {
  Signals s;
  const std::string& url = facts.url_lower();
  const std::string& words = facts.page_words();
  s.url_cart = w.group("url_cart").first_match(url);
  s.url_final = w.group("url_final").first_match(url);
  s.url_confirmation = w.group("url_confirmation").first_match(url);
  s.url_product = w.group("url_product").first_match(url);
  s.url_account = w.group("url_account").first_match(url);
  s.tracking = w.group("url_tracking").first_match(url);
  s.url_seller = w.group("url_seller").first_match(url);
  // Checkout words in the page's own content: a footer's "Voor geen enkele betaalmethode rekenen
  // we kosten" is on every page of the shop.
  for (int i = 0; i < facts.size() && s.words_final.empty(); ++i) {
    if (!facts.visible(i) || facts.own_words(i).empty() || in_page_chrome(facts, i)) continue;
    s.words_final = w.group("final_step").first_match(facts.own_words(i));
  }
  s.words_cart = cart_words(facts, w);
  s.next_step = step_before_last(w.group("step_counter"), words);
  s.words_confirmation = w.group("confirmation").first_match(words);
  s.order_number = w.group("order_number").first_match(words);

  for (const Control& c : facts.controls()) {
    const std::string label = text::word_string(c.label);
    switch (c.kind) {
      case ControlKind::kButton:
      case ControlKind::kLink:
        if (label.empty() || facts.node(c.node).disabled) break;
        // A cart drawer's "Afrekenen" (a dialog) starts the checkout from any page.
        // "Verder naar controleren en betalen" leads to the step where the order is placed.
        if (w.group("step_words").any(label) && !in_page_chrome(facts, c.node)) {
          s.step_button = true;
        }
        if (w.group("next_step_button").any(label) && !in_page_chrome(facts, c.node)) {
          s.next_step = c.label;
        } else if (s.order_button.empty() && w.group("order_button").any(label) &&
                   !in_dialog(facts, c.node)) {
          s.order_button = c.label;
        }
        if (w.group("quote_button").any(label)) s.quote_button = true;
        // A header link "Winkelwagen (2)" leads to the cart; it adds nothing.
        if (w.group("add_to_cart").any(label) &&
            !(c.kind == ControlKind::kLink && w.group("cart_link").any(label))) {
          s.add_to_cart.insert(label);
        }
        // The header's mini-cart lists its lines with remove buttons on every page.
        if (w.group("remove_item").any(label) && !in_dialog(facts, c.node) &&
            !in_page_chrome(facts, c.node)) {
          ++s.remove_buttons;
        }
        break;
      case ControlKind::kTextField:
      case ControlKind::kSelect: {
        // The header's search box is on every page; it is no form to fill in.
        if (facts.node(c.node).attr("type") == "search" || w.group("search_field").any(label)) {
          break;
        }
        s.form_fields = true;
        const bool number = facts.node(c.node).attr("type") == "number";
        if ((number || w.group("quantity").any(label)) && !in_dialog(facts, c.node)) {
          ++s.quantity_fields;
        }
        if (s.address_field.empty() && w.group("address_fields").any(label)) {
          s.address_field = c.label;
        }
        if (c.kind == ControlKind::kSelect && s.final_control.empty() &&
            w.group("final_controls").any(text::word_string(c.context))) {
          s.final_control = c.label;
        }
        break;
      }
      case ControlKind::kCheckbox:
      case ControlKind::kRadio:
      case ControlKind::kSwitch:
        s.form_fields = true;
        if (w.group("terms_box").any(text::word_string(c.context))) {
          s.terms_box = true;
          if (s.final_control.empty()) s.final_control = c.context;
        }
        if (s.final_control.empty() &&
            w.group("final_controls").any(text::word_string(c.context))) {
          s.final_control = c.context;
        }
        break;
    }
  }

  const PatternGroup& seller = w.group("marketplace_seller");
  int h1s = 0;
  for (int i = 0; i < facts.size(); ++i) {
    if (!facts.visible(i)) continue;
    // A comparison table's column header "Verkoper" heads many sellers, not the offer's one; a
    // sentence that explains sellers ("Koop je bij een zakelijke verkoper, dan …") names none: the
    // seller line is short or opens with the seller ("Aangeboden door Kapsalon Lotte (…). Je sluit
    // …").
    constexpr std::size_t kMaxSellerWords = 16;
    constexpr std::size_t kSellerLead = 24;  // bytes of the element's words the seller opens in
    const auto seller_at =
        s.seller.empty() && !facts.own_words(i).empty() && facts.node(i).tag != "th"
            ? seller.first_span(facts.own_words(i))
            : std::nullopt;
    if (seller_at &&
        (seller_at->first < kSellerLead ||
         text::word_count(facts.own_words(i)) <= kMaxSellerWords) &&
        !w.group("seller_answer").any(facts.own_words(i))) {
      s.seller = facts.own_text(i);
    }
    if (h1s < kMaxHeadings && facts.node(i).is_h1()) {
      ++h1s;
      std::string t = facts.subtree_text(i, 200);
      s.headings.push_back(text::word_string(t));
      s.headings_raw.push_back("h1: " + t);
    }
  }
  if (!facts.snapshot().title.empty()) {
    s.headings.push_back(text::word_string(facts.snapshot().title));
    s.headings_raw.push_back("title: " + facts.snapshot().title);
  }
  if (s.tracking.empty() && !s.headings.empty()) {
    s.tracking = w.group("tracking_heading").first_match(s.headings.front());
  }
  const PatternGroup& search = w.group("search_results");
  s.search_results = search.any(facts.url_lower()) ||
                     std::any_of(s.headings.begin(), s.headings.end(),
                                 [&](const std::string& h) { return search.any(h); });
  return s;
}

class Reading {
 public:
  void add(std::string_view role, std::string evidence, double weight) {
    ev_.push_back({std::string(role), shown(evidence), weight});
  }
  bool has(std::string_view role) const {
    return std::any_of(ev_.begin(), ev_.end(),
                       [&](const RoleEvidence& e) { return e.role == role; });
  }
  void drop(std::string_view role) {
    ev_.erase(std::remove_if(ev_.begin(), ev_.end(),
                             [&](const RoleEvidence& e) { return e.role == role; }),
              ev_.end());
  }
  double weight(std::string_view role) const {
    double best = 0;
    for (const RoleEvidence& e : ev_) {
      if (e.role == role) best = std::max(best, e.weight);
    }
    return best;
  }
  std::vector<RoleEvidence>& evidence() { return ev_; }

 private:
  std::vector<RoleEvidence> ev_;
};

// The checkout step, in the order order-button-wording read it: a cart address wins; the final
// step's words and address agree, or one of them speaks alone; cart words last.
void read_step(const Signals& s, Reading& r) {
  if (!s.url_cart.empty()) {
    r.add("cart", "url: " + s.url_cart, 0.9);
    return;
  }
  if (!s.url_final.empty() && !s.words_final.empty()) {
    r.add("final-step", "url: " + s.url_final + "; text: " + s.words_final, 0.95);
  } else if (!s.words_final.empty() && s.form_fields) {
    // Words alone ("betaalmethode", "stap 3 van 3") without any field to fill in are an account
    // page, a help text or a payment-methods page, not a step of the checkout.
    r.add("final-step", "text: " + s.words_final, 0.8);
  } else if (!s.url_final.empty() && s.words_cart.empty()) {
    r.add("final-step", "url: " + s.url_final, 0.7);
  } else if (!s.words_cart.empty()) {
    r.add("cart", "text: " + s.words_cart, 0.7);
  }
  // A step's words or address alone ("Besteloverzicht" in every step's sidebar, /checkout/ for
  // every step) make a checkout page; the last step also shows an order button or the final
  // controls (the terms box, the payment methods).
  // Without a checkout address the final controls alone (a newsletter pop-up's "Ik ga akkoord met
  // de voorwaarden", a refund-method choice) need an order button or address fields beside them.
  // A step that says what follows it ("Verder naar controleren", "Stap 2 van 3") and has no order
  // button is not the last, whatever its words: the payment choice often comes before the
  // overview.
  // "Volgende stap" beside a payment choice but no terms box is the payment step; the terms are
  // accepted where the order is placed.
  if (r.has("final-step") &&
      ((s.order_button.empty() && s.final_control.empty()) || s.step_by_words_only() ||
       (s.order_button.empty() && !s.next_step.empty()) ||
       (s.order_button.empty() && s.step_button && !s.terms_box))) {
    const double w = r.weight("final-step");
    r.drop("final-step");
    r.add("checkout", (!s.url_final.empty() ? "url: " + s.url_final : "text: " + s.words_final),
          std::min(w, 0.7));
  }
  // A cart's words on a checkout address: the sidebar of a checkout step, not the cart.
  if (r.has("cart") && s.url_cart.empty() && !s.url_final.empty()) {
    r.drop("cart");
    r.add("checkout", "url: " + s.url_final, 0.6);
  }
  // A quote request asks for a price; nothing is ordered or paid on it.
  if (s.quote_button && s.order_button.empty()) {
    r.drop("final-step");
    r.drop("checkout");
    return;
  }
  // Structure: the order button with address fields and the payment choice is the last step.
  if (!r.has("final-step") && !s.order_button.empty() && !s.address_field.empty() &&
      !s.final_control.empty()) {
    r.add("final-step",
          "button: " + s.order_button + "; field: " + s.address_field +
              "; choice: " + s.final_control,
          0.75);
  }
}

// Terms, privacy, returns, contact and FAQ pages: by their title or h1, or by their address.
// Returns whether any was found from the page's address or its headings.
bool read_info_pages(const Signals& s, const PageFacts& facts, const PageRoleWords& w, Reading& r) {
  struct Info {
    const char* role;
    const char* url;
    const char* heading;
  };
  constexpr std::array<Info, 5> kInfo{{{"terms", "url_terms", "terms_heading"},
                                       {"privacy", "url_privacy", "privacy_heading"},
                                       {"returns", "url_returns", "returns_heading"},
                                       {"contact", "url_contact", "contact_heading"},
                                       {"faq", "url_faq", "faq_heading"}}};
  bool any = false;
  // An article's heading ("Wat zegt de wet over retourneren?") is its subject, not the page's role.
  const bool article = w.group("url_article").any(facts.url_lower());
  for (const Info& info : kInfo) {
    for (std::size_t i = 0; i < s.headings.size() && !article; ++i) {
      if (w.group(info.heading).any(s.headings[i])) {
        r.add(info.role, s.headings_raw[i], 0.8);
        any = true;
        break;
      }
    }
    const std::string u = w.group(info.url).first_match(facts.url_lower());
    if (!u.empty()) {
      r.add(info.role, "url: " + u, 0.7);
      any = true;
    }
  }
  return any;
}

}  // namespace

bool PageRoles::has(std::string_view role) const {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

double PageRoles::weight(std::string_view role) const {
  double best = 0;
  for (const RoleEvidence& e : evidence) {
    if (e.role == role) best = std::max(best, e.weight);
  }
  return best;
}

bool PageRoles::any_of(const std::vector<std::string>& wanted) const {
  if (wanted.empty()) return true;
  return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& r) { return has(r); });
}

PageRoles classify_page(const PageFacts& facts, const PageRoleWords& words) {
  const Signals s = read_signals(facts, words);
  Reading r;
  read_step(s, r);
  const bool info = read_info_pages(s, facts, words, r);
  // Terms or a returns page that mention a payment method or the checkout are no checkout step,
  // nor is a returns form with address fields and a refund method, without an order button, nor a
  // help page under a checkout-like address ("/help/betalen") with no field of the checkout.
  const bool help_address =
      !s.url_final.empty() && s.address_field.empty() && s.final_control.empty();
  const bool info_not_checkout =
      info && s.order_button.empty() && (s.url_final.empty() || help_address);
  if (info_not_checkout) {
    r.drop("final-step");
    r.drop("checkout");
  }

  // After the order: the thanks in the page's title or h1, or in its text beside an order number,
  // or the order number alone on a page without a form. A blog post that says "bedankt voor je
  // bestelling" in passing, terms that speak of "de bestelling geplaatst" and a returns page that
  // asks for the order number are no thank-you page.
  // "Hoe wil je je bestelling ontvangen?" asks; it thanks no one.
  bool thanks_heading = false;
  for (std::size_t i = 0; i < s.headings.size(); ++i) {
    const std::string& raw = s.headings_raw[i];
    const std::size_t last = raw.find_last_not_of(" \t\n");
    const bool question = last != std::string::npos && raw[last] == '?';
    if (!question && words.group("confirmation").any(s.headings[i])) thanks_heading = true;
  }
  if (!s.words_confirmation.empty() && !info && (thanks_heading || !s.order_number.empty())) {
    r.add("confirmation", "text: " + s.words_confirmation, 0.9);
  }
  if (!s.url_confirmation.empty()) r.add("confirmation", "url: " + s.url_confirmation, 0.7);
  if (!r.has("confirmation") && !info && !s.order_number.empty() && !s.form_fields &&
      s.order_button.empty() && s.add_to_cart.empty()) {
    r.add("confirmation", "text: " + s.order_number, 0.6);
  }
  // After the order there is no step left to judge, even under a checkout address
  // (WooCommerce's /afrekenen/order-received/).
  if (r.has("confirmation")) {
    r.drop("final-step");
    r.drop("cart");
    r.drop("checkout");
  }

  // A cart by its rows: quantity fields beside remove buttons.
  if (!r.has("cart") && !r.has("final-step") && !r.has("confirmation") && s.quantity_fields > 0 &&
      s.remove_buttons > 0 && !facts.price_rows().empty()) {
    r.add("cart",
          "rows: " + std::to_string(s.quantity_fields) + " quantity field(s), " +
              std::to_string(s.remove_buttons) + " remove button(s)",
          0.6);
  }

  // A product page: one add-to-cart button (a sticky copy has the same words), outside the
  // checkout.
  // Cart words alone ("Winkelwagen (2)" in the header) are on every page of a shop.
  // A product page has a quantity field too, but beside an add-to-cart button, not remove buttons.
  const bool cart_by_words_only =
      r.has("cart") && s.url_cart.empty() &&
      (s.quantity_fields == 0 || (s.remove_buttons == 0 && s.add_to_cart.size() == 1));
  const bool in_checkout = (r.has("cart") && !cart_by_words_only) || r.has("confirmation") ||
                           r.has("final-step") || !s.url_final.empty();
  if (!in_checkout && s.add_to_cart.size() == 1) {
    r.add("product", "button: " + *s.add_to_cart.begin(), 0.7);
  } else if (!in_checkout && !s.url_product.empty() && s.add_to_cart.size() <= 1) {
    r.add("product", "url: " + s.url_product, 0.6);
  }
  // Cart words with no price on the page: the header's cart link on a home or content page.
  if ((info || r.has("product") || facts.price_rows().empty()) && cart_by_words_only) {
    r.drop("cart");
  }

  // The checkout: the final step is part of it; so is a checkout address, or address fields on a
  // page with prices.
  if (r.has("final-step")) {
    r.add("checkout", "final step", r.weight("final-step"));
  } else if (!s.url_final.empty() && !r.has("cart") && !r.has("confirmation") &&
             !info_not_checkout) {
    r.add("checkout", "url: " + s.url_final, 0.6);
  } else if (!s.address_field.empty() && !facts.price_rows().empty() && !r.has("cart") &&
             !r.has("confirmation") && !r.has("product") && !info) {
    r.add("checkout", "field: " + s.address_field, 0.5);
  }

  // A marketplace offer: a seller named on a product page, or on an ad with a price. A list of
  // search results names many sellers and offers none of them yet.
  if (!s.seller.empty() && !s.search_results && !r.has("cart") && !r.has("checkout") &&
      !r.has("confirmation") && (r.has("product") || (!facts.price_rows().empty() && !info))) {
    r.add("marketplace-offer", "seller: " + s.seller, r.has("product") ? 0.8 : 0.6);
  }
  // A seller's profile ("/verkoper/p/ingrid-83") tells about the seller and lists his offers; it
  // is no offer itself, even where its address looks like a product's.
  if (!s.url_seller.empty()) {
    r.drop("marketplace-offer");
    r.drop("product");
  }

  // The customer's account lists orders and their numbers, and may hold the withdrawal
  // function under "/account/order/…/herroepen": no checkout, cart or thank-you page. Nor is a
  // track-and-trace page, whose timeline says "Bestelling ontvangen en betaald".
  if (!s.url_account.empty() || !s.tracking.empty()) {
    r.drop("confirmation");
    r.drop("final-step");
    r.drop("cart");
    r.drop("checkout");
  }

  PageRoles out;
  std::vector<RoleEvidence>& ev = r.evidence();
  std::stable_sort(ev.begin(), ev.end(), [](const RoleEvidence& a, const RoleEvidence& b) {
    auto rank = [](const std::string& role) {
      return std::find(kRoleOrder.begin(), kRoleOrder.end(), role) - kRoleOrder.begin();
    };
    if (a.role != b.role) return rank(a.role) < rank(b.role);
    return a.weight > b.weight;
  });
  for (const RoleEvidence& e : ev) {
    if (out.roles.empty() || out.roles.back() != e.role) out.roles.push_back(e.role);
  }
  if (out.roles.empty()) out.roles.push_back("other");
  out.evidence = std::move(ev);
  out.final_controls = !s.final_control.empty();
  out.terms_box = s.terms_box;
  // Only the page's own name counts (its title and first h1): a marketplace's terms for
  // consumers may carry a later h1 about its sellers' terms and still address consumers.
  for (std::size_t i = 0; i < s.headings.size() && !out.for_business; ++i) {
    const bool own_name = i == 0 || s.headings_raw[i].starts_with("title: ");
    out.for_business = own_name && words.group("business_heading").any(s.headings[i]);
  }
  return out;
}

}  // namespace kw
