// What a browsing session remembers between pages, so cross-step rules (a cost that appears late)
// can judge a page by what earlier pages of the same checkout disclosed. Memory is bounded.
#pragma once

#include <cstdint>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kw {

// One kind of cost as a page of the flow disclosed it.
struct CostSeen {
  static constexpr std::size_t kMaxAnnounced = 16;

  std::optional<std::int64_t> cents;  // the amount shown (none: named without an amount)
  bool open_ended = false;  // "vanaf € 3,95", "wordt berekend": not a promise of an amount
  std::string evidence;
  // Every amount the page's rows of this kind showed ("€ 5,95 doordeweeks of € 8,95 op
  // zaterdag", each delivery option): a later step asking one of them asks what was announced.
  std::vector<std::int64_t> announced;
};

// One line of the basket as a step showed it: "2 x Fietsbel Zilver € 19,90".
struct LineItem {
  std::string name;  // the line's words as shown, without its amounts (bounded)
  std::string key;   // word_string of the name without numbers: what lines are matched by
  int quantity = 1;  // "2 x", "Aantal: 2"; 1 when the line does not say
  bool quantity_shown = false;  // the line says its quantity in text (not in a field)
  std::int64_t cents = 0;
};

// What one step (page) of the flow showed, as of its latest analysis. Each part is written by one
// check, which replaces only its own part when the step is analysed again.
struct StepMemory {
  static constexpr std::size_t kMaxLines = 64;

  // late-extra-cost
  bool price_shown = false;
  std::map<std::string, CostSeen> costs;       // by cost kind ("shipping", "service", …)
  std::optional<std::int64_t> total;           // the grand total, when shown
  std::vector<std::int64_t> line_amounts;      // amounts of the other exact lines, sorted
  std::vector<std::int64_t> discount_amounts;  // discounts shown, sorted
  // sneak-into-basket
  bool basket_shown = false;
  std::vector<LineItem> items;      // the basket's lines (at most kMaxLines)
  std::vector<std::string> offers;  // word strings of extras offered to add (option rows, add
                                    // buttons' rows), so a line the user added is not "sneaked"
  // alcohol-age-check: the step asked the customer's age (an unticked "ik ben 18+" box, a date of
  // birth), so a later step of the same order need not ask again
  bool age_asked = false;
  // payment-surcharge
  std::string payment_method;  // the method chosen on this step ("iDEAL"), empty when none
  // Written by the engine after the checks: word strings of the boxes and options this step
  // showed unticked (at most kMaxLines). A box ticked later, after the shop showed it empty, was
  // ticked by the customer, not pre-ticked by the shop.
  std::vector<std::string> unticked;
};

// The checkout flow of one session: steps are distinct page addresses, in the order first seen.
// A page analysed again (a DOM change, a reload) replaces its own step's memory, so re-analysis
// gives the same findings and never compares a page with itself.
struct FlowMemory {
  static constexpr std::size_t kMaxSteps = 64;

  std::map<int, StepMemory> steps;         // by step number
  std::map<std::string, int> step_of_url;  // address -> step number (bounded by kMaxSteps)

  // Returns the step number of `url`: a page seen before keeps its number (a reload or a
  // re-analysis after a DOM change is the same step), a new one gets the next number.
  int step_for(const std::string& url);

  // Returns the memory of `step` to write, or null when kMaxSteps steps are already remembered
  // and `step` is not one of them.
  StepMemory* record(int step);

  // Whether a step up to `step` showed the box or option `label_words` unticked. Includes `step`
  // itself: its record is from its previous analysis (a shop re-renders the same address after
  // each choice), as the engine writes it after the checks ran.
  bool shown_unticked(int step, std::string_view label_words) const;
};

// One fact about the site, as some page of it showed it: the KvK number on the contact page, the
// link to the terms in the footer. Checks remember facts on any page (in scope or not) and use them
// on later pages of the same site ("the terms were linked on an earlier page").
struct SiteFact {
  std::string value;     // the fact itself, normalised by the check that found it ("12345678")
  std::string evidence;  // the text it was read from, as shown on the page
  std::string url;       // the page that showed it
};

// What the pages of one site showed so far. A session is one tab on one site
// ("tab-12|shop.example"), so a session's SiteMemory is per site. Bounded: at most kMaxFacts keys,
// and each string is cut at kMaxFactBytes. Not thread-safe on its own; a session is used by one
// analysis at a time (engine.h).
struct SiteMemory {
  static constexpr std::size_t kMaxFacts = 256;
  static constexpr std::size_t kMaxFactBytes = 2048;

  // By key: "kvk", "btw-id", "terms-link", "privacy-link", "email", "phone", "address", …
  std::map<std::string, SiteFact, std::less<>> facts;

  // Stores `fact` under `key`. The latest wins: a key seen before is replaced. When kMaxFacts keys
  // are already held, a new key is not stored (facts already known are kept).
  void remember(std::string key, SiteFact fact);

  // Returns the fact under `key`, or null when no page of the site showed it yet. The pointer is
  // valid until the next remember() on this memory.
  const SiteFact* find(std::string_view key) const;
};

struct SessionMemory {
  FlowMemory flow;
  SiteMemory site;
};

// Sessions by id, least recently used evicted beyond `max_sessions`. Thread-safe; a returned
// reference stays valid until that session is evicted or reset, so use it within one analysis.
class SessionStore {
 public:
  explicit SessionStore(std::size_t max_sessions = 256) : max_(max_sessions) {}

  // Returns the session `id`, creating it (and evicting the oldest) when needed.
  SessionMemory& get(const std::string& id);

  // Forgets session `id`. Returns whether it existed.
  bool reset(const std::string& id);

  std::size_t size() const;

 private:
  std::size_t max_;
  mutable std::mutex mu_;
  std::list<std::pair<std::string, SessionMemory>> lru_;  // front = most recent
  std::unordered_map<std::string, std::list<std::pair<std::string, SessionMemory>>::iterator>
      index_;
};

}  // namespace kw
