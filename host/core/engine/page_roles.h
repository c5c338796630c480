// Which kind of page a snapshot is (product, cart, checkout step, final step, confirmation, terms,
// …), so a rule speaks only where it means something: a rule file's "roles" name the pages its
// findings are kept on. The words live in rules/page-roles.json; the logic, here, reads the page's
// address, title, h1 headings and structure (an order button with address fields and a payment
// choice is a final step; quantity fields with remove buttons are a cart).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.h"
#include "engine/page_facts.h"

namespace kw {

// One reason for a role: what was read, and how much it counts (0..1).
struct RoleEvidence {
  std::string role;      // one of the roles below
  std::string evidence;  // "url: /checkout/review", "h1: Algemene voorwaarden", "button: Kopen"
  double weight = 0.5;
};

// The roles of one page. Role names are those rule files may use (catalogue.cpp validates them):
// product, cart, checkout, final-step, confirmation, terms, privacy, returns, contact, faq,
// marketplace-offer, other. A page may have several ("checkout" and "final-step"; "product" and
// "marketplace-offer"); final-step always comes with checkout.
struct PageRoles {
  std::vector<std::string> roles;      // in the order above; never empty: {"other"} when none fits
  std::vector<RoleEvidence> evidence;  // why, strongest first per role
  // The page's controls show the last step: the terms box or a choice of payment method
  // (page-roles.json, terms_box and final_controls).
  bool final_controls = false;
  // Of those, the box to accept the terms (page-roles.json, terms_box): a payment step may come
  // before the overview, but the terms are accepted where the order is placed.
  bool terms_box = false;
  // The page addresses the platform's business sellers ("Partnervoorwaarden voor zakelijke
  // verkopers", page-roles.json business_heading): rules protecting consumers are silent on it.
  bool for_business = false;

  // Returns whether the page has `role`.
  bool has(std::string_view role) const;
  // Returns the strongest evidence weight for `role` (0 when the page does not have it).
  double weight(std::string_view role) const;
  // Returns whether any of `roles` is one of the page's; an empty list means every page.
  bool any_of(const std::vector<std::string>& roles) const;
};

// Returns the roles of the page in `facts`, read with `words`. Linear in the page size.
PageRoles classify_page(const PageFacts& facts, const PageRoleWords& words);

}  // namespace kw
