// Failures in the core are values, not exceptions: front ends turn them into error replies or exit
// codes.
#pragma once

#include <string>
#include <utility>
#include <variant>

#include "error_codes.h"

namespace kw {

// What went wrong and where. `where` is a location a person can follow: a JSON pointer
// ("/nodes/12/checked"), a byte offset ("byte 31"), or "file:rule:field" for the catalogue.
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string where;

  // One line for logs and CLI output: "<where>: <message>" (or just the message).
  std::string describe() const { return where.empty() ? message : where + ": " + message; }
};

// A value or an Error. Small on purpose: std::expected is C++23.
template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // Precondition: ok().
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }

  // Precondition: !ok().
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace kw
