// The native-messaging protocol, JSON in and JSON out, with no I/O: the host loop feeds it frames
// and tests call it directly. Message types and numbered error codes: docs/protocol.md.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "catalogue/catalogue.h"
#include "engine/session.h"
#include "result.h"

namespace kw::native {

inline constexpr int kProtocolVersion = 1;

class Protocol {
 public:
  // `catalogue` is the loaded rule catalogue, or the error that kept it from loading: then every
  // request is answered with that error, so the browser can say what is broken.
  Protocol(const Result<Catalogue>* catalogue, SessionStore* sessions);

  // Returns the reply to one request: "hello", "analyze" or "reset-session" (docs/protocol.md).
  // Never throws; a bad request gets an error reply that names the field.
  nlohmann::json handle(const nlohmann::json& request);

  // Returns an error reply for `error`, echoing `id` when known.
  static nlohmann::json error_reply(const Error& error, const nlohmann::json& id = nullptr);

 private:
  nlohmann::json hello(const nlohmann::json& request);
  nlohmann::json analyze(const nlohmann::json& request);
  nlohmann::json reset_session(const nlohmann::json& request);

  const Result<Catalogue>* catalogue_;
  SessionStore* sessions_;
};

// Returns `reply` serialised to at most `max_bytes`: when findings make it larger, the least severe
// findings are dropped and "truncated": true and "omitted": n are set. Invalid UTF-8 is replaced.
std::string serialise_within(nlohmann::json reply, std::size_t max_bytes);

}  // namespace kw::native
