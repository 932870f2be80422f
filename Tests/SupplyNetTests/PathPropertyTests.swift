import SupplyNet
import Testing

/// Every query against a brute-force enumeration of all simple paths, on seeded random multigraphs
/// (parallel flows, reversed flows, loops, every evidence status).
@Suite("Path queries agree with brute force on random multigraphs")
struct PathPropertyTests {
    /// All simple paths from `source` to `target` as flow positions, found by trying every flow
    /// at every step, in data order.
    static func bruteForce(_ network: Network, from source: Int, to target: Int, undirected: Bool) -> [[Int]] {
        let number = { (id: ActorID) in Int(id.rawValue.dropFirst())! }
        var arcs: [Int: [(flow: Int, to: Int)]] = [:]
        for (position, flow) in network.flows.enumerated() {
            let from = number(flow.from), to = number(flow.to)
            arcs[from, default: []].append((position, to))
            if undirected && from != to { arcs[to, default: []].append((position, from)) }
        }
        var paths: [[Int]] = []
        var visited: Set<Int> = [source]
        var current: [Int] = []
        func walk(_ actor: Int) {
            if actor == target {
                paths.append(current)
                return
            }
            for arc in arcs[actor, default: []].sorted(by: { $0.flow < $1.flow }) where !visited.contains(arc.to) {
                visited.insert(arc.to)
                current.append(arc.flow)
                walk(arc.to)
                current.removeLast()
                visited.remove(arc.to)
            }
        }
        walk(source)
        return paths
    }

    /// (primary, secondary, flows): how `kShortestPaths` ranks, computed from scratch.
    static func rankKey(_ flows: [Int], costs: [Double], byCost: Bool) -> (Double, Double, [Int]) {
        let cost = flows.reduce(0.0) { $0 + costs[$1] }
        return byCost ? (cost, Double(flows.count), flows) : (Double(flows.count), cost, flows)
    }

    static func precedes(_ a: (Double, Double, [Int]), _ b: (Double, Double, [Int])) -> Bool {
        if a.0 != b.0 { return a.0 < b.0 }
        if a.1 != b.1 { return a.1 < b.1 }
        return a.2.lexicographicallyPrecedes(b.2)
    }

    @Test("counts, enumeration, k best paths, shortest and cheapest", arguments: 0..<12)
    func agreesWithBruteForce(batch: UInt64) throws {
        var random = SplitMix64(seed: 0x5EED_0000 + batch)
        for _ in 0..<25 {
            let actors = Int.random(in: 2...7, using: &random)
            let network = PathTestNetworks.random(actors: actors, flows: Int.random(in: 0...14, using: &random), using: &random)
            let costs = network.flows.map { Double(Float(EvidenceCosts.standard.cost(of: $0, in: network))) }
            for undirected in [false, true] {
                let graph = FlowGraph(network, direction: undirected ? .undirected : .directed)
                for _ in 0..<4 {
                    let source = Int.random(in: 0..<actors, using: &random), target = Int.random(in: 0..<actors, using: &random)
                    let from = PathTestNetworks.actor(source), to = PathTestNetworks.actor(target)
                    let all = Self.bruteForce(network, from: source, to: target, undirected: undirected)
                    let context = "actors \(actors), flows \(network.flows.map { "\($0.from)>\($0.to)" }), \(from) → \(to), undirected \(undirected)"

                    for maxHops in 0...actors {
                        let within = all.filter { $0.count <= maxHops }
                        #expect(try graph.countSimplePaths(from: from, to: to, maxHops: maxHops) == within.count, "\(context), ≤ \(maxHops)")
                    }
                    #expect(try graph.countSimplePaths(from: from, to: to) == all.count, "\(context)")
                    let listed = try graph.simplePaths(from: from, to: to).map(\.flowPositions)
                    #expect(listed == all, "\(context): simplePaths lists every path once, in lexicographic order")

                    guard !all.isEmpty else {
                        #expect(throws: QueryError.noPath(from: from.rawValue, to: to.rawValue)) { try graph.shortestPath(from: from, to: to) }
                        #expect(throws: QueryError.noPath(from: from.rawValue, to: to.rawValue)) { try graph.hopCount(from: from, to: to) }
                        #expect(throws: QueryError.noPath(from: from.rawValue, to: to.rawValue)) { try graph.cheapestPath(from: from, to: to) }
                        #expect(!(try graph.reachable(from: from)).contains(to) || source == target)
                        continue
                    }
                    if source != target {
                        #expect(try graph.reachable(from: from).contains(to), "\(context)")
                        #expect(try graph.reaching(to: to).contains(from), "\(context)")
                    }
                    for byCost in [false, true] {
                        let ranked = all.sorted { Self.precedes(Self.rankKey($0, costs: costs, byCost: byCost), Self.rankKey($1, costs: costs, byCost: byCost)) }
                        let k = Int.random(in: 1...12, using: &random)
                        let best = try graph.kShortestPaths(from: from, to: to, k: k, byCost: byCost)
                        #expect(best.map(\.flowPositions) == Array(ranked.prefix(k)), "\(context), k \(k), byCost \(byCost)")
                        let maxHops = Int.random(in: 0...3, using: &random)
                        let limited = try graph.kShortestPaths(from: from, to: to, k: k, byCost: byCost, maxHops: maxHops)
                        #expect(limited.map(\.flowPositions) == Array(ranked.filter { $0.count <= maxHops }.prefix(k)), "\(context), k \(k), byCost \(byCost), ≤ \(maxHops)")
                        for path in best {
                            #expect(abs(path.cost - path.flowPositions.reduce(0) { $0 + costs[$1] }) < 1e-12)
                        }
                    }
                    #expect(try graph.shortestPath(from: from, to: to).flowPositions == Self.bruteForceBest(all, costs: costs, byCost: false))
                    #expect(try graph.hopCount(from: from, to: to) == all.map(\.count).min(), "\(context)")
                    #expect(try graph.cheapestPath(from: from, to: to).flowPositions == Self.bruteForceBest(all, costs: costs, byCost: true))
                }
            }
        }
    }

    static func bruteForceBest(_ all: [[Int]], costs: [Double], byCost: Bool) -> [Int]? {
        all.min { precedes(rankKey($0, costs: costs, byCost: byCost), rankKey($1, costs: costs, byCost: byCost)) }
    }

    @Test("reachable is exactly the actors some path reaches", arguments: 0..<4)
    func reachability(batch: UInt64) throws {
        var random = SplitMix64(seed: 0xACE_0000 + batch)
        for _ in 0..<25 {
            let actors = Int.random(in: 2...9, using: &random)
            let network = PathTestNetworks.random(actors: actors, flows: Int.random(in: 0...12, using: &random), using: &random)
            for undirected in [false, true] {
                let graph = FlowGraph(network, direction: undirected ? .undirected : .directed)
                let source = Int.random(in: 0..<actors, using: &random)
                let expected = (0..<actors).filter { $0 != source && !Self.bruteForce(network, from: source, to: $0, undirected: undirected).isEmpty }
                let reached = try graph.reachable(from: PathTestNetworks.actor(source))
                #expect(Set(reached) == Set(expected.map(PathTestNetworks.actor)))
                let reaching = try graph.reaching(to: PathTestNetworks.actor(source))
                let expectedReaching = (0..<actors).filter { $0 != source && !Self.bruteForce(network, from: $0, to: source, undirected: undirected).isEmpty }
                #expect(Set(reaching) == Set(expectedReaching.map(PathTestNetworks.actor)))
                // Nearest first.
                let hops = try reached.map { try graph.shortestPath(from: PathTestNetworks.actor(source), to: $0).hopCount }
                #expect(hops == hops.sorted())
            }
        }
    }
}
