// One function per check, keyed by rule id in registry.cpp. Each lives in a file of its own name.
#pragma once

#include "engine/check.h"

namespace kw::checks {

void order_button_wording(CheckContext& ctx);
void prechecked_paid_option(CheckContext& ctx);
void prechecked_consent(CheckContext& ctx);
void late_extra_cost(CheckContext& ctx);
void sneak_into_basket(CheckContext& ctx);
void payment_surcharge(CheckContext& ctx);
void price_excl_vat(CheckContext& ctx);

// Issue 5 families (begin).
void withdrawal_period(CheckContext& ctx);
void withdrawal_conditions(CheckContext& ctx);
void withdrawal_info(CheckContext& ctx);
void withdrawal_function(CheckContext& ctx);
void withdrawal_value_loss(CheckContext& ctx);
void statutory_warranty_info(CheckContext& ctx);
void warranty_limits_statutory(CheckContext& ctx);
void countdown_timer(CheckContext& ctx);
void scarcity_claim(CheckContext& ctx);
void reference_price(CheckContext& ctx);
void payment_protection(CheckContext& ctx);
void payment_methods_info(CheckContext& ctx);
void delivery_costs_info(CheckContext& ctx);
void delivery_term(CheckContext& ctx);
void delivery_promise(CheckContext& ctx);
void order_overview(CheckContext& ctx);
void terms_prechecked(CheckContext& ctx);
void offer_language(CheckContext& ctx);
void subscription_terms(CheckContext& ctx);
void review_authenticity(CheckContext& ctx);
void alcohol_age_check(CheckContext& ctx);
void tobacco_online_sale(CheckContext& ctx);
// Issue 5 families (end).

// Issue 5: identity, terms, complaints, privacy, trustmark and platform families (begin).
void contact_details(CheckContext& ctx);
void kvk_number(CheckContext& ctx);
void company_name(CheckContext& ctx);
void btw_id(CheckContext& ctx);
void premium_rate_number(CheckContext& ctx);
void terms_before_order(CheckContext& ctx);
void thuiswinkel_terms(CheckContext& ctx);
void complaint_procedure(CheckContext& ctx);
void thuiswinkel_complaint_links(CheckContext& ctx);
void odr_link_obsolete(CheckContext& ctx);
void privacy_statement_link(CheckContext& ctx);
void privacy_rights_info(CheckContext& ctx);
void privacy_third_party_objection(CheckContext& ctx);
void privacy_ssl_statement(CheckContext& ctx);
void liability_disclaimer(CheckContext& ctx);
void insecure_form(CheckContext& ctx);
void cookies_before_consent(CheckContext& ctx);
void trustmark_verifiable(CheckContext& ctx);
void marketplace_seller_status(CheckContext& ctx);
void marketplace_ranking(CheckContext& ctx);
void marketplace_responsibility(CheckContext& ctx);
void p2b_complaints(CheckContext& ctx);
// Issue 5: identity, terms, complaints, privacy, trustmark and platform families (end).

}  // namespace kw::checks
