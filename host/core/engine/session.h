// What a browsing session remembers between pages, so cross-step rules (a cost that appears late)
// can judge a page by what earlier pages of the same checkout disclosed. Memory is bounded.
#pragma once

#include <cstdint>
#include <list>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace kw {

// One kind of cost as a page of the flow disclosed it.
struct CostSeen {
  std::optional<std::int64_t> cents;  // the amount shown (none: named without an amount)
  bool open_ended = false;  // "vanaf € 3,95", "wordt berekend": not a promise of an amount
  std::string evidence;
};

// What one step (page) of the flow showed, as of its latest analysis.
struct StepMemory {
  bool price_shown = false;
  std::map<std::string, CostSeen> costs;  // by cost kind ("shipping", "service", …)
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
};

struct SessionMemory {
  FlowMemory flow;
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
