// A finding as a check produces it: which rule, how bad, where on the page and the values its
// message needs. Words come later, from the rule's messages, when a front end renders it
// (report.h).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "catalogue/severity.h"

namespace kw {

struct Finding {
  std::string rule;  // rule id
  Severity severity = Severity::kViolation;
  std::string message_key;   // which of the rule's messages applies ("violation", "pass", …)
  int node = -1;             // index of the offending node, -1 for the page as a whole
  std::vector<int> related;  // other nodes that show the evidence (the earlier page's cost, …)
  std::string evidence;      // the text found, as shown on the page
  double confidence = 0.8;   // 0..1: how sure the check is of its reading
  bool resolved_by_user = false;  // the shop's default was undone by the user for this order
  std::map<std::string, std::string> vars;  // message placeholders: amount, method, reason, …
};

}  // namespace kw
