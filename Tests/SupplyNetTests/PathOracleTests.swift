import Foundation
import TestSupport
import SupplyNet
import Testing

/// The path queries against NetworkX (Tests/Oracles/paths_oracle.py), on seeded random graphs.
///
/// What is compared, graph by graph:
/// - hop lengths of `shortestPath` for every ordered pair, against `all_pairs_shortest_path_length`
///   (unreachable pairs must throw `noPath`);
/// - `countSimplePaths(maxHops: cutoff)` against `len(all_simple_edge_paths(G, s, t, cutoff))` on the
///   MultiDiGraph / MultiGraph, where parallel edges make separate paths;
/// - `cheapestPath`'s cost against `dijkstra_path_length` on the graph collapsed to its lightest
///   parallel edges;
/// - the costs and hop counts of the first k paths of `kShortestPaths`: on simple graphs (no parallel
///   edges) against `shortest_simple_paths` (NetworkX's Yen, which refuses multigraphs); on
///   multigraphs, with `maxHops: cutoff`, against the k least of all `all_simple_edge_paths` within
///   the cutoff. Costs and hop counts are compared, not the paths, since equal costs may tie;
/// - each flow's cost: the oracle prices flows from their claims itself (strongest status, divided
///   by the corroboration of distinct voices or parties, docs/paths.md), half the graphs by voices.
@Suite("Path queries agree with NetworkX")
struct PathOracleTests {
    static let script = FixtureData.packageRoot.appendingPathComponent("Tests/Oracles/paths_oracle.py")

    struct Query: Encodable {
        /// A claim as the oracle prices it: status, source, speaker and party.
        struct Claim: Encodable {
            let status: String
            let source: String
            let speaker: String?
            let party: String?
        }

        /// A flow: the oracle computes its weight from its claims (docs/paths.md), not from ours.
        struct Edge: Encodable {
            let id: String
            let from: String
            let to: String
            let claims: [Claim]
        }

        let name: String
        let undirected: Bool
        /// `voices` or `parties`: what counts as corroboration.
        let corroboration: String
        let simple: Bool
        let cutoff: Int
        let k: Int
        let nodes: [String]
        let edges: [Edge]
        let pairs: [[String]]
    }

    struct Answers: Decodable {
        struct Graph: Decodable {
            let name: String
            let lengths: [String: [String: Int]]
            let counts: [Int]
            let cheapest: [Double?]
            let kcosts: [[Double]]
            /// Each edge's weight, in the query's order, as the oracle priced it.
            let weights: [Double]
            let khops: [[Int]]
        }

        let networkx: String
        let graphs: [Graph]
    }

    /// The graphs: multigraphs (parallel flows, reversed flows, loops) directed and undirected, and
    /// simple graphs directed and undirected for NetworkX's Yen.
    static func graphs() -> [(query: Query, network: Network)] {
        var random = SplitMix64(seed: 0x0_2AC1E)
        var result: [(Query, Network)] = []
        let kinds: [(name: String, undirected: Bool, simple: Bool, count: Int)] = [
            ("multi", false, false, 30), ("multi-undirected", true, false, 30), ("simple", false, true, 30), ("simple-undirected", true, true, 20),
        ]
        for kind in kinds {
            for number in 0..<kind.count {
                let actors = Int.random(in: 5...12, using: &random)
                let flows = Int.random(in: actors...(actors * 7 / 2), using: &random)
                let network = kind.simple
                    ? simpleNetwork(actors: actors, flows: flows, unordered: kind.undirected, using: &random)
                    : PathTestNetworks.random(actors: actors, flows: flows, using: &random)
                let pairs = (0..<12).map { _ -> [String] in
                    let from = Int.random(in: 0..<actors, using: &random)
                    let to = (from + Int.random(in: 1..<actors, using: &random)) % actors
                    return ["a\(from)", "a\(to)"]
                }
                let edges = network.flows.map { flow in
                    Query.Edge(
                        id: flow.id.rawValue, from: flow.from.rawValue, to: flow.to.rawValue,
                        claims: flow.claims.map {
                            Query.Claim(status: $0.status.rawValue, source: $0.source.rawValue, speaker: $0.speaker, party: $0.party?.rawValue)
                        })
                }
                let query = Query(
                    name: "\(kind.name)-\(number)", undirected: kind.undirected,
                    corroboration: number % 2 == 0 ? "parties" : "voices", simple: kind.simple, cutoff: Int.random(in: 3...6, using: &random),
                    k: 8, nodes: network.actors.map(\.id.rawValue), edges: edges, pairs: pairs)
                result.append((query, network))
            }
        }
        return result
    }

    /// No parallel flows and no loops; with `unordered`, not both a→b and b→a either.
    static func simpleNetwork(actors: Int, flows: Int, unordered: Bool, using random: inout SplitMix64) -> Network {
        var seen: Set<[Int]> = []
        var edges: [PathTestNetworks.Edge] = []
        for _ in 0..<flows * 20 where edges.count < flows {
            let from = Int.random(in: 0..<actors, using: &random), to = Int.random(in: 0..<actors, using: &random)
            guard from != to, seen.insert(unordered ? [min(from, to), max(from, to)] : [from, to]).inserted else { continue }
            var edge = PathTestNetworks.Edge(
                from: from, to: to, status: PathTestNetworks.statuses.randomElement(using: &random)!, sources: Int.random(in: 1...3, using: &random))
            edge.voices = (0..<edge.sources).map { _ in PathTestNetworks.voicePool.randomElement(using: &random)! }
            edges.append(edge)
        }
        return PathTestNetworks.network(actors: actors, edges)
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

    @Test("shortest lengths, simple-path counts, cheapest costs and the k best paths, on 110 random graphs")
    func agreesWithNetworkX() throws {
        let missing = try ProcessRunner.missingPythonModule("networkx")
        try #require(missing == nil, "\(missing ?? "")")
        let graphs = Self.graphs()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paths-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let queries = folder.appendingPathComponent("queries.json"), answersFile = folder.appendingPathComponent("answers.json")
        try JSONEncoder().encode(["graphs": graphs.map(\.query)]).write(to: queries)
        let run = try ProcessRunner.python([Self.script.path, queries.path, answersFile.path])
        try #require(run.status == 0, "paths_oracle.py failed: \(run.standardError)")
        let answers = try JSONDecoder().decode(Answers.self, from: Data(contentsOf: answersFile))
        try #require(answers.graphs.count == graphs.count)

        var compared = (lengths: 0, counts: 0, cheapest: 0, kPaths: 0, paths: 0)
        for ((query, network), answer) in zip(graphs, answers.graphs) {
            let costs = EvidenceCosts.standard.counting(Corroboration(rawValue: query.corroboration)!)
            let graph = FlowGraph(network, costs: costs, direction: query.undirected ? .undirected : .directed)
            for (flow, weight) in zip(network.flows, answer.weights) {
                #expect(Self.close(Double(Float(costs.cost(of: flow, in: network))), weight), "\(query.name): cost of \(flow.id)")
            }
            for from in query.nodes {
                for to in query.nodes {
                    let expected = answer.lengths[from]?[to]
                    let found = try? graph.shortestPath(from: ActorID(from), to: ActorID(to)).hopCount
                    #expect(found == expected, "\(query.name): shortest \(from) → \(to)")
                    let hops = try? graph.hopCount(from: ActorID(from), to: ActorID(to))
                    #expect(hops == expected, "\(query.name): hop count \(from) → \(to)")
                    compared.lengths += 1
                }
            }
            for (index, pair) in query.pairs.enumerated() {
                let from = ActorID(pair[0]), to = ActorID(pair[1])
                let context = "\(query.name): \(from) → \(to)"
                let count = try graph.countSimplePaths(from: from, to: to, maxHops: query.cutoff)
                #expect(count == answer.counts[index], "\(context): simple paths of at most \(query.cutoff) hops")
                compared.paths += count

                let cheapest = try? graph.cheapestPath(from: from, to: to).cost
                if let expected = answer.cheapest[index], let cheapest {
                    #expect(Self.close(cheapest, expected), "\(context): cheapest \(cheapest), NetworkX \(expected)")
                } else {
                    #expect(cheapest == nil && answer.cheapest[index] == nil, "\(context): one finds a path, the other none")
                }

                let limit = query.simple ? nil : query.cutoff
                let byCost = (try? graph.kShortestPaths(from: from, to: to, k: query.k, byCost: true, maxHops: limit)) ?? []
                let byHops = (try? graph.kShortestPaths(from: from, to: to, k: query.k, byCost: false, maxHops: limit)) ?? []
                #expect(byCost.count == answer.kcosts[index].count, "\(context): k best by cost")
                for (path, expected) in zip(byCost, answer.kcosts[index]) {
                    #expect(Self.close(path.cost, expected), "\(context): \(byCost.map(\.cost)), NetworkX \(answer.kcosts[index])")
                }
                #expect(byHops.map(\.hopCount) == answer.khops[index], "\(context): k best by hops")
                compared.cheapest += 1
                compared.kPaths += byCost.count + byHops.count
            }
        }
        print(
            "NetworkX \(answers.networkx): \(graphs.count) graphs; \(compared.lengths) shortest lengths, \(compared.cheapest) pairs "
                + "counted (\(compared.paths) flow-level paths in all), costed and ranked (\(compared.kPaths) k-best paths)")
    }
}
