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

StepMemory* FlowMemory::record(int step) {
  if (steps.size() >= kMaxSteps && !steps.count(step)) return nullptr;
  return &steps[step];
}

bool FlowMemory::shown_unticked(int step, std::string_view label_words) const {
  if (label_words.empty()) return false;
  for (const auto& [at, mem] : steps) {
    if (at > step) break;
    for (const std::string& u : mem.unticked) {
      if (u == label_words) return true;
    }
  }
  return false;
}

namespace {

std::string bounded(std::string s) {
  if (s.size() <= SiteMemory::kMaxFactBytes) return s;
  std::size_t cut = SiteMemory::kMaxFactBytes;
  // Never cut inside a UTF-8 sequence: back up to the start of the character.
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  s.resize(cut);
  return s;
}

}  // namespace

void SiteMemory::remember(std::string key, SiteFact fact) {
  fact.value = bounded(std::move(fact.value));
  fact.evidence = bounded(std::move(fact.evidence));
  fact.url = bounded(std::move(fact.url));
  auto it = facts.find(key);
  if (it != facts.end()) {
    it->second = std::move(fact);
    return;
  }
  if (facts.size() >= kMaxFacts) return;
  facts.emplace(bounded(std::move(key)), std::move(fact));
}

const SiteFact* SiteMemory::find(std::string_view key) const {
  auto it = facts.find(key);
  return it == facts.end() ? nullptr : &it->second;
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
