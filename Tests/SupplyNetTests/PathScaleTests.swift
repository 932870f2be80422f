import Foundation
import SupplyNet
import Testing

/// Path queries on `SyntheticNetwork`s: hub states with tens of thousands of flows, heavy-tailed
/// degrees, parallel flows. A debug build checks 100,000 flows; the 1,000,000-flow timings are
/// asserted in a release build:
///
///     swift test -c release -Xswiftc -enable-testing --filter PathScaleTests
@Suite("Path queries at scale", .serialized)
struct PathScaleTests {
    #if DEBUG
        static let flowCount = 100_000
    #else
        static let flowCount = 1_000_000
    #endif

    /// 20 pairs: hub to hub, hub to a mid-sized actor and back, and anywhere to anywhere.
    static func pairs(actorCount: Int) -> [(ActorID, ActorID)] {
        var random = SplitMix64(seed: 20)
        let hubs = ["AAA", "AAB", "AAC", "AAD", "AAE", "AAF", "AAG", "AAH"].map { ActorID($0) }
        let middling = { ActorID("a\(Int.random(in: 250..<2_000, using: &random))") }
        let anyone = { ActorID("a\(Int.random(in: 250..<actorCount, using: &random))") }
        var pairs: [(ActorID, ActorID)] = [(hubs[0], hubs[1]), (hubs[2], hubs[0]), (hubs[1], hubs[3]), (hubs[4], hubs[5]), (hubs[6], hubs[7])]
        for index in 0..<5 { pairs.append((hubs[index], middling())) }
        for index in 0..<5 { pairs.append((middling(), hubs[index + 1])) }
        for _ in 0..<5 { pairs.append((anyone(), anyone())) }
        return pairs
    }

    @Test("counting simple paths of 4 hops between 20 pairs, hubs among them, takes well under a second")
    func countAtScale() throws {
        let clock = ContinuousClock()
        var network: Network?
        let generating = clock.measure { network = SyntheticNetwork.generate(flows: Self.flowCount) }
        let synthetic = try #require(network)
        var built: FlowGraph?
        let indexing = clock.measure { built = FlowGraph(synthetic) }
        let graph = try #require(built)
        #expect(graph.flowCount == Self.flowCount)
        let bytesPerFlow = Double(graph.indexByteCount) / Double(graph.flowCount)
        #expect(bytesPerFlow < 200)

        let pairs = Self.pairs(actorCount: graph.actorCount)
        var counts: [Int] = []
        let counting = try clock.measure {
            for (from, to) in pairs { counts.append(try graph.countSimplePaths(from: from, to: to, maxHops: 4)) }
        }
        #expect(counts.contains { $0 > 1_000_000 }, "the hubs join by many paths: \(counts)")
        let undirected = FlowGraph(synthetic, direction: .undirected)
        var undirectedCounts: [Int] = []
        let countingUndirected = try clock.measure {
            for (from, to) in pairs { undirectedCounts.append(try undirected.countSimplePaths(from: from, to: to, maxHops: 4)) }
        }
        #expect(zip(counts, undirectedCounts).allSatisfy { $0 <= $1 })
        let searching = try clock.measure {
            for (from, to) in pairs.prefix(5) {
                _ = try graph.shortestPath(from: from, to: to)
                _ = try graph.cheapestPath(from: from, to: to)
            }
        }
        print(
            "\(Self.flowCount) flows, \(graph.actorCount) actors: generated in \(generating), indexed in \(indexing), "
                + String(format: "%.1f bytes a flow; ", bytesPerFlow)
                + "20 counts of ≤ 4 hops in \(counting) (undirected \(countingUndirected)); 5 shortest + 5 cheapest in \(searching); counts \(counts)")
        #if !DEBUG
            #expect(counting < .seconds(1))
            #expect(countingUndirected < .seconds(1))
        #endif
    }

    /// The plain walk: every actor-level simple path, each flow-level choice multiplied in.
    static func plainCount(_ graph: [ActorID: [ActorID: Int]], from source: ActorID, to target: ActorID, maxHops: Int) -> Int {
        var onPath: Set<ActorID> = [source]
        func walk(_ actor: ActorID, _ depth: Int) -> Int {
            var total = 0
            for (next, flows) in graph[actor, default: [:]] where !onPath.contains(next) {
                if next == target {
                    total += flows
                } else if depth + 1 < maxHops {
                    onPath.insert(next)
                    total += flows * walk(next, depth + 1)
                    onPath.remove(next)
                }
            }
            return total
        }
        return walk(source, 0)
    }

    @Test("meeting in the middle counts what the plain walk counts, on a synthetic network of 3,000 flows", arguments: [false, true])
    func meetInTheMiddleAgrees(undirected: Bool) throws {
        let network = SyntheticNetwork.generate(flows: 3_000, seed: 9)
        let graph = FlowGraph(network, direction: undirected ? .undirected : .directed)
        var neighbours: [ActorID: [ActorID: Int]] = [:]
        for flow in network.flows where flow.from != flow.to {
            neighbours[flow.from, default: [:]][flow.to, default: 0] += 1
            if undirected { neighbours[flow.to, default: [:]][flow.from, default: 0] += 1 }
        }
        var random = SplitMix64(seed: 3)
        for _ in 0..<30 {
            let from = network.actors[Int.random(in: 0..<40, using: &random)].id
            let to = network.actors[Int.random(in: 0..<network.actors.count, using: &random)].id
            guard from != to else { continue }
            for maxHops in 1...4 {
                #expect(
                    try graph.countSimplePaths(from: from, to: to, maxHops: maxHops) == Self.plainCount(neighbours, from: from, to: to, maxHops: maxHops),
                    "\(from) → \(to), ≤ \(maxHops)")
            }
        }
    }

    @Test("from five hops up, pruning by distance to the target counts what the plain walk counts", arguments: [false, true])
    func longerPathsAgree(undirected: Bool) throws {
        let network = SyntheticNetwork.generate(flows: 300, seed: 11)
        let graph = FlowGraph(network, direction: undirected ? .undirected : .directed)
        var neighbours: [ActorID: [ActorID: Int]] = [:]
        for flow in network.flows where flow.from != flow.to {
            neighbours[flow.from, default: [:]][flow.to, default: 0] += 1
            if undirected { neighbours[flow.to, default: [:]][flow.from, default: 0] += 1 }
        }
        for (from, to) in [("AAA", "AAB"), ("a30", "AAC"), ("AAD", "a10"), ("a12", "a20")] {
            for maxHops in 5...6 {
                #expect(
                    try graph.countSimplePaths(from: ActorID(from), to: ActorID(to), maxHops: maxHops)
                        == Self.plainCount(neighbours, from: ActorID(from), to: ActorID(to), maxHops: maxHops), "\(from) → \(to), ≤ \(maxHops)")
            }
        }
    }
}
