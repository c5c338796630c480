// Generates checkout-like snapshots of a given size for benchmarks: product rows with prices,
// option boxes, payment methods, a summary and an order button, repeated until the node count is
// reached.
#pragma once

#include <string>

namespace kwbench {

// Returns the JSON text of a snapshot with about `nodes` nodes (never fewer).
std::string checkout_snapshot_json(int nodes);

}  // namespace kwbench
