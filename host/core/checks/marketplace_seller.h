// Who sells an offer on a marketplace page: shared by the platform checks (seller status,
// responsibility), so "sold by the platform itself" is decided in one place.
#pragma once

#include <optional>
#include <string>

#include "catalogue/catalogue.h"
#include "engine/page_facts.h"

namespace kw::checks {

struct OfferSeller {
  int node = -1;          // the element that names the seller ("Verkocht door Fietsenhuis")
  std::string after;      // the words after the intro ("fietsenhuis jansen"), may be empty
  bool platform = false;  // the platform sells it itself ("Verkoop door bol" on bol.com)
};

// The one seller of a single offer, found by `intro` (the words that introduce a seller); node -1
// when none is named. Nullopt when several are: a list of offers is no single offer.
std::optional<OfferSeller> offer_seller(const PageFacts& facts, const PatternGroup& intro);

}  // namespace kw::checks
