// Handles native messages (see protocol.h). Validates first and returns early with a numbered
// error, in the manner of keepassxc's BrowserAction; the engine does the work.
#include "protocol.h"

#include <chrono>

#include "engine/engine.h"
#include "engine/report.h"
#include "snapshot.h"

namespace kw::native {

using nlohmann::json;

Protocol::Protocol(const Result<Catalogue>* catalogue, SessionStore* sessions)
    : catalogue_(catalogue), sessions_(sessions) {}

json Protocol::error_reply(const Error& error, const json& id) {
  json e = {{"code", static_cast<int>(error.code)},
            {"name", std::string(error_name(error.code))},
            {"message", error.message}};
  if (!error.where.empty()) e["where"] = error.where;
  json reply = {{"type", "error"}, {"error", e}};
  if (!id.is_null()) reply["id"] = id;
  return reply;
}

json Protocol::handle(const json& request) {
  try {
    if (!request.is_object()) {
      return error_reply({ErrorCode::kBadRequest, "a message must be a JSON object", ""});
    }
    const json id = request.contains("id") ? request["id"] : json(nullptr);
    if (!request.contains("type") || !request["type"].is_string()) {
      return error_reply({ErrorCode::kBadRequest, "missing \"type\" (a string)", "/type"}, id);
    }
    const std::string type = request["type"].get<std::string>();
    if (type == "hello") return hello(request);
    if (!catalogue_->ok()) {
      Error e = catalogue_->error();
      e.message = "the rule catalogue could not be loaded: " + e.message;
      return error_reply(e, id);
    }
    if (type == "analyze") return analyze(request);
    if (type == "reset-session") return reset_session(request);
    return error_reply(
        {ErrorCode::kUnknownMessage,
         "unknown message type \"" + type + "\" (hello, analyze, reset-session)", "/type"},
        id);
  } catch (const std::exception& ex) {
    return error_reply({ErrorCode::kInternal, std::string("internal error: ") + ex.what(), ""});
  }
}

json Protocol::hello(const json& request) {
  json reply = {{"type", "hello"},
                {"host", "kassawacht"},
                {"version", KASSAWACHT_VERSION},
                {"protocol", kProtocolVersion},
                {"snapshotSchema", std::string(kSnapshotSchemaId)},
                {"capabilities", {"analyze", "reset-session", "flow-sessions"}}};
  if (request.contains("id")) reply["id"] = request["id"];
  if (catalogue_->ok()) {
    reply["catalogue"] = {{"version", catalogue_->value().version()},
                          {"rules", catalogue_->value().rules().size()}};
  } else {
    reply["catalogue"] = {{"error", catalogue_->error().describe()}};
  }
  return reply;
}

json Protocol::analyze(const json& request) {
  const json id = request.contains("id") ? request["id"] : json(nullptr);
  if (!request.contains("snapshot")) {
    return error_reply({ErrorCode::kBadRequest, "missing \"snapshot\"", "/snapshot"}, id);
  }
  Lang lang = Lang::kNl;
  if (request.contains("lang")) {
    auto l = request["lang"].is_string() ? lang_from_name(request["lang"].get<std::string>())
                                         : std::nullopt;
    if (!l)
      return error_reply({ErrorCode::kBadRequest, "\"lang\" must be \"nl\" or \"en\"", "/lang"},
                         id);
    lang = *l;
  }
  std::string session_id;
  if (request.contains("session")) {
    if (!request["session"].is_string()) {
      return error_reply({ErrorCode::kBadRequest, "\"session\" must be a string", "/session"}, id);
    }
    session_id = request["session"].get<std::string>();
  }
  AnalyzeOptions options;
  if (request.contains("today")) {
    if (!request["today"].is_string()) {
      return error_reply({ErrorCode::kBadRequest, "\"today\" must be a date string", "/today"}, id);
    }
    options.today = request["today"].get<std::string>();
  }

  const auto t0 = std::chrono::steady_clock::now();
  Result<Snapshot> snap = snapshot_from_json(request["snapshot"]);
  if (!snap) {
    Error e = snap.error();
    e.where = "/snapshot" + e.where;
    return error_reply(e, id);
  }
  const auto t1 = std::chrono::steady_clock::now();
  SessionMemory* session = session_id.empty() ? nullptr : &sessions_->get(session_id);
  const Catalogue& cat = catalogue_->value();
  Analysis analysis = kw::analyze(snap.value(), cat, session, options);
  const auto t2 = std::chrono::steady_clock::now();

  json findings = json::array();
  for (const Finding& f : analysis.findings) {
    findings.push_back(finding_to_json(f, cat, snap.value(), lang));
  }
  auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  json reply = {{"type", "findings"},
                {"url", snap.value().url},
                {"step", analysis.step},
                {"page", page_roles_to_json(analysis.page)},
                {"counts", severity_counts(analysis.findings)},
                {"findings", std::move(findings)},
                {"truncated", false},
                {"timing", {{"parseMs", ms(t0, t1)}, {"analyzeMs", ms(t1, t2)}}}};
  if (!id.is_null()) reply["id"] = id;
  if (!session_id.empty()) reply["session"] = session_id;
  return reply;
}

json Protocol::reset_session(const json& request) {
  const json id = request.contains("id") ? request["id"] : json(nullptr);
  if (!request.contains("session") || !request["session"].is_string()) {
    return error_reply({ErrorCode::kBadRequest, "missing \"session\" (a string)", "/session"}, id);
  }
  const bool existed = sessions_->reset(request["session"].get<std::string>());
  json reply = {{"type", "session-reset"}, {"session", request["session"]}, {"existed", existed}};
  if (!id.is_null()) reply["id"] = id;
  return reply;
}

std::string serialise_within(json reply, std::size_t max_bytes) {
  auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  std::string out = dump(reply);
  if (out.size() <= max_bytes || !reply.contains("findings") || !reply["findings"].is_array()) {
    return out;
  }
  // Findings are ordered worst first: keep the longest prefix that fits.
  json all = std::move(reply["findings"]);
  std::size_t lo = 0, hi = all.size();
  while (lo < hi) {
    std::size_t mid = (lo + hi + 1) / 2;
    json part = json(json::array());
    for (std::size_t i = 0; i < mid; ++i) part.push_back(all[i]);
    reply["findings"] = std::move(part);
    reply["truncated"] = true;
    reply["omitted"] = all.size() - mid;
    if (dump(reply).size() <= max_bytes) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  json part = json::array();
  for (std::size_t i = 0; i < lo; ++i) part.push_back(all[i]);
  reply["findings"] = std::move(part);
  reply["truncated"] = true;
  reply["omitted"] = all.size() - lo;
  return dump(reply);
}

}  // namespace kw::native
