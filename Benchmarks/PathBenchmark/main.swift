// SupplyNet's side of Benchmarks/paths/compare.py: loads a bulk file, builds the index and runs
// the fixed query pairs, printing one JSON object with timings, answers and peak memory.
// Usage: PathBenchmark --data FILE.jsonl --pairs PAIRS.json
import Foundation
import SupplyNet

func option(_ name: String) -> String {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else {
        FileHandle.standardError.write(Data("usage: PathBenchmark --data FILE.jsonl --pairs PAIRS.json\n".utf8))
        exit(64)
    }
    return arguments[index + 1]
}

struct Pairs: Decodable {
    let shortest: [[String]]
    let simple: [[String]]
    let ksp: [[String]]
    let cutoff: Int
    let k: Int
}

/// The peak resident memory of this process, in KiB (VmHWM).
func peakMemoryKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
}

let clock = ContinuousClock()
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let pairs = try JSONDecoder().decode(Pairs.self, from: Data(contentsOf: URL(fileURLWithPath: option("--pairs"))))
var network: Network!
let load = clock.measure { network = try! NetworkLoader(path: option("--data")).load() }
let afterLoad = peakMemoryKiB()
var graph: FlowGraph!
let build = clock.measure { graph = FlowGraph(network) }

var hopCounts: [Int?] = []
let distance = clock.measure {
    for pair in pairs.shortest {
        hopCounts.append(try? graph.hopCount(from: ActorID(pair[0]), to: ActorID(pair[1])))
    }
}
var shortestPaths: [Path?] = []
let shortest = clock.measure {
    for pair in pairs.shortest {
        shortestPaths.append(try? graph.shortestPath(from: ActorID(pair[0]), to: ActorID(pair[1])))
    }
}
var simpleCounts: [Int] = []
let simple = clock.measure {
    for pair in pairs.simple {
        simpleCounts.append((try? graph.countSimplePaths(from: ActorID(pair[0]), to: ActorID(pair[1]), maxHops: pairs.cutoff)) ?? 0)
    }
}
var kspCosts: [[Double]] = []
let ksp = clock.measure {
    for pair in pairs.ksp {
        let paths = (try? graph.kShortestPaths(from: ActorID(pair[0]), to: ActorID(pair[1]), k: pairs.k, byCost: true)) ?? []
        kspCosts.append(paths.map(\.cost))
    }
}

let result: [String: Any] = [
    "library": "supplynet",
    "flows": graph.flowCount,
    "load_s": seconds(load), "index_s": seconds(build),
    "distance_s": seconds(distance), "shortest_s": seconds(shortest), "simple_s": seconds(simple), "ksp_s": seconds(ksp),
    "peak_kib": peakMemoryKiB(), "peak_after_load_kib": afterLoad,
    "index_bytes": graph.indexByteCount,
    "shortest": shortestPaths.map { $0.map(\.hopCount) as Any? ?? NSNull() },
    "best": shortestPaths.map { $0.map { [$0.hopCount, $0.cost] as [Any] } as Any? ?? NSNull() }, "distance": hopCounts.map { $0 as Any? ?? NSNull() }, "simple": simpleCounts, "ksp": kspCosts,
]
FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]))
print()
