// Parse+analyse time per snapshot and per node for 1k, 10k and 100k nodes, beside a bare JSON parse
// of the same bytes (the baseline): the ratio tells what the rules cost on top of reading the
// message.
#include <benchmark/benchmark.h>

#include <map>

#include <nlohmann/json.hpp>

#include "catalogue/catalogue.h"
#include "engine/engine.h"
#include "snapshot.h"
#include "snapshot_generator.h"

namespace {

const std::string& snapshot_bytes(int nodes) {
  static std::map<int, std::string> cache;
  auto it = cache.find(nodes);
  if (it == cache.end()) it = cache.emplace(nodes, kwbench::checkout_snapshot_json(nodes)).first;
  return it->second;
}

const kw::Catalogue& catalogue() {
  static const kw::Catalogue cat = [] {
    auto c = kw::Catalogue::load(KW_RULES_DIR, kw::all_check_specs());
    if (!c) throw std::runtime_error(c.error().describe());
    return std::move(c).value();
  }();
  return cat;
}

void BM_JsonParseOnly(benchmark::State& state) {
  const std::string& bytes = snapshot_bytes(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto j = nlohmann::json::parse(bytes);
    benchmark::DoNotOptimize(j);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  state.counters["nodes"] = static_cast<double>(state.range(0));
  state.counters["per_node"] =
      benchmark::Counter(static_cast<double>(state.iterations() * state.range(0)),
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_ParseAndAnalyse(benchmark::State& state) {
  const std::string& bytes = snapshot_bytes(static_cast<int>(state.range(0)));
  const kw::Catalogue& cat = catalogue();
  std::size_t findings = 0;
  for (auto _ : state) {
    auto j = nlohmann::json::parse(bytes);
    auto snap = kw::snapshot_from_json(j);
    if (!snap) {
      state.SkipWithError(snap.error().describe().c_str());
      return;
    }
    kw::SessionMemory session;
    auto a = kw::analyze(snap.value(), cat, &session, {"2026-11-24"});
    findings = a.findings.size();
    benchmark::DoNotOptimize(a);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
  state.counters["nodes"] = static_cast<double>(state.range(0));
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["per_node"] =
      benchmark::Counter(static_cast<double>(state.iterations() * state.range(0)),
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

}  // namespace

BENCHMARK(BM_JsonParseOnly)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseAndAnalyse)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
