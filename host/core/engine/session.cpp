// Bounded per-session memory for cross-step rules (see session.h).
#include "engine/session.h"

namespace kw {

int FlowMemory::step_for(const std::string& url) {
  auto it = step_of_url.find(url);
  if (it != step_of_url.end()) return it->second;
  int next = static_cast<int>(step_of_url.size());
  if (step_of_url.size() >= kMaxSteps) return next;  // remembered steps are full: treat as new
  step_of_url.emplace(url, next);
  return next;
}

SessionMemory& SessionStore::get(const std::string& id) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = index_.find(id);
  if (it != index_.end()) {
    lru_.splice(lru_.begin(), lru_, it->second);
    return it->second->second;
  }
  lru_.emplace_front(id, SessionMemory{});
  index_[id] = lru_.begin();
  while (lru_.size() > max_ && lru_.size() > 1) {
    index_.erase(lru_.back().first);
    lru_.pop_back();
  }
  return lru_.front().second;
}

bool SessionStore::reset(const std::string& id) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = index_.find(id);
  if (it == index_.end()) return false;
  lru_.erase(it->second);
  index_.erase(it);
  return true;
}

std::size_t SessionStore::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return lru_.size();
}

}  // namespace kw
