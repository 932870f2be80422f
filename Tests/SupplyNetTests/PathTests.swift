import Foundation
import SupplyNet
import Testing

@Suite("Paths between actors, with evidence for every hop")
struct PathTests {
    static let seeds = try! NetworkLoader(path: SeedsTests.seeds).load()

    typealias Edge = PathTestNetworks.Edge
    let a = PathTestNetworks.actor

    // MARK: - The seed network

    @Test("How do Iranian drones reach Ukraine? Through Russia: the drone transfer, then the drone strikes")
    func iranianDronesReachUkraine() throws {
        let graph = FlowGraph(Self.seeds)
        let shortest = try graph.shortestPath(from: "IRN", to: "UKR")
        #expect(shortest.actors == ["IRN", "RUS", "UKR"])
        #expect(shortest.hops.allSatisfy { !$0.againstDirection })

        let twoHops = try graph.kShortestPaths(from: "IRN", to: "UKR", k: 1000, maxHops: 2)
        #expect(twoHops.contains { $0.flows == ["irn-rus-drones", "rus-ukr-drone-strikes"] })
        // Every pair of a flow from Iran to some actor and a flow from that actor to Ukraine, once each.
        let across = { (from: ActorID, to: ActorID) in Self.seeds.flows.filter { $0.from == from && $0.to == to }.count }
        let middles = Self.seeds.actors.map(\.id).filter { $0 != "IRN" && $0 != "UKR" }
        #expect(twoHops.count == across("IRN", "UKR") + middles.reduce(0) { $0 + across("IRN", $1) * across($1, "UKR") })
        #expect(Set(twoHops).count == twoHops.count)

        let drones = FlowGraph(NetworkView(categories: [.drone]).apply(to: Self.seeds))
        #expect(try drones.cheapestPath(from: "IRN", to: "UKR").flows == ["irn-rus-drones", "rus-ukr-drone-strikes"])
    }

    @Test("every hop names a flow of the network that joins the hop's actors")
    func hopsAreFlows() throws {
        let graph = FlowGraph(Self.seeds, direction: .undirected)
        let flows = Dictionary(Self.seeds.flows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for path in try graph.kShortestPaths(from: "IRN", to: "UKR", k: 40, byCost: true) {
            #expect(path.actors.first == "IRN" && path.actors.last == "UKR")
            #expect(Set(path.actors).count == path.actors.count, "simple: no actor twice")
            for hop in path.hops {
                let flow = try #require(flows[hop.flow])
                let ends = hop.againstDirection ? (flow.to, flow.from) : (flow.from, flow.to)
                #expect(ends == (hop.from, hop.to))
                #expect(hop.cost == Double(Float(EvidenceCosts.standard.cost(of: flow, in: Self.seeds))))
            }
        }
    }

    @Test("an unknown actor and a missing path are different answers")
    func unknownActorIsNotNoPath() throws {
        let graph = FlowGraph(Self.seeds)
        #expect(throws: QueryError.noPath(from: "PRK", to: "UKR")) { try graph.shortestPath(from: "PRK", to: "UKR") }
        #expect(throws: QueryError.noPath(from: "PRK", to: "UKR")) { try graph.cheapestPath(from: "PRK", to: "UKR") }
        #expect(throws: QueryError.noPath(from: "PRK", to: "UKR")) { try graph.kShortestPaths(from: "PRK", to: "UKR", k: 3) }
        #expect(try graph.countSimplePaths(from: "PRK", to: "UKR", maxHops: 6) == 0)
        #expect(try Array(graph.simplePaths(from: "PRK", to: "UKR")).isEmpty)

        do {
            _ = try graph.shortestPath(from: "IRM", to: "UKR")
            Issue.record("an unknown actor must throw")
        } catch {
            guard case .unknownActor(let name, let suggestions) = error else {
                Issue.record("expected unknownActor, got \(error)")
                return
            }
            #expect(name == "IRM")
            #expect(suggestions.contains("IRN"))
        }
        #expect(throws: QueryError.self) { try graph.reachable(from: "Atlantis") }
        #expect(throws: QueryError.self) { try graph.countSimplePaths(from: "IRN", to: "Atlantis", maxHops: 3) }
        #expect(throws: QueryError.self) { try graph.simplePaths(from: "Atlantis", to: "IRN") }

        let description = QueryError.noPath(from: "PRK", to: "UKR").description
        #expect(description.contains("no chain of flows leads from 'PRK' to 'UKR'"))
        #expect(description.contains("both are in the network"))
    }

    @Test("undirected: a path may take a flow against its direction, and says so")
    func undirected() throws {
        let directed = FlowGraph(Self.seeds)
        #expect(throws: QueryError.noPath(from: "UKR", to: "IRN")) { try directed.shortestPath(from: "UKR", to: "IRN") }
        #expect(try directed.reachable(from: "UKR").isEmpty, "Ukraine sends no flow in the seed network")

        let either = FlowGraph(Self.seeds, direction: .undirected)
        let path = try either.shortestPath(from: "UKR", to: "IRN")
        #expect(path.hopCount == 2)
        #expect(path.hops.first?.againstDirection == true, "the first hop goes back along a flow into Ukraine")
        #expect(Set(try either.reachable(from: "UKR")) == Set(try either.reaching(to: "UKR")))
    }

    @Test("filters apply before the search: kinds, statuses, items, as-of")
    func filters() throws {
        let sanctions = FlowGraph(NetworkView(kinds: [.sanction]).apply(to: Self.seeds))
        #expect(!sanctions.contains("UKR"), "no sanction touches Ukraine")
        #expect(throws: QueryError.self) { try sanctions.shortestPath(from: "IRN", to: "UKR") }

        let denied = FlowGraph(NetworkView(statuses: [.denied]).apply(to: Self.seeds))
        #expect(try denied.kShortestPaths(from: "IRN", to: "UKR", k: 10).contains { $0.flows == ["irn-rus-drones", "rus-ukr-drone-strikes"] })

        let items = Dictionary(Self.seeds.items.map { ($0.id, $0.category) }, uniquingKeysWith: { first, _ in first })
        let drones = FlowGraph(NetworkView(categories: [.drone]).apply(to: Self.seeds))
        for path in try drones.kShortestPaths(from: "IRN", to: "UKR", k: 20) {
            for hop in path.hops {
                let flow = try #require(Self.seeds.flows.first { $0.id == hop.flow })
                #expect(flow.items.contains { items[$0] == .drone })
            }
        }

        let early = FlowGraph(NetworkView(asOf: PartialDate(parsing: "2022-12-31")).apply(to: Self.seeds))
        let late = FlowGraph(Self.seeds)
        let earlyCount = try early.countSimplePaths(from: "IRN", to: "UKR", maxHops: 3)
        #expect(earlyCount > 0)
        #expect(earlyCount <= (try late.countSimplePaths(from: "IRN", to: "UKR", maxHops: 3)))
        #expect(early.flowCount < late.flowCount)
    }

    @Test("the same network gives the same paths, in the same order, on every run")
    func deterministic() throws {
        let first = FlowGraph(Self.seeds, direction: .undirected)
        let second = FlowGraph(try NetworkLoader(path: SeedsTests.seeds).load(), direction: .undirected)
        for byCost in [false, true] {
            let one = try first.kShortestPaths(from: "IRN", to: "UKR", k: 25, byCost: byCost, maxHops: 4)
            let two = try second.kShortestPaths(from: "IRN", to: "UKR", k: 25, byCost: byCost, maxHops: 4)
            #expect(one == two)
        }
        #expect(Array(try first.simplePaths(from: "IRN", to: "UKR", maxHops: 3)) == Array(try second.simplePaths(from: "IRN", to: "UKR", maxHops: 3)))
        #expect(try first.reachable(from: "PRK") == second.reachable(from: "PRK"))
    }

    @Test("cheapest prefers a delivery several sources report to a single source's offer")
    func cheapestPrefersCorroboratedDeliveries() throws {
        let standard = EvidenceCosts.standard
        #expect(standard.cost(status: .delivered, confirmations: 2) < standard.cost(status: .offered, confirmations: 1))
        #expect(standard.cost(status: .delivered, confirmations: 2) < standard.cost(status: .delivered, confirmations: 1))
        #expect(standard.cost(status: .denied, confirmations: 1) > standard.cost(status: .notObserved, confirmations: 1))

        // a0 → a1 offered by one source (3), or a0 → a2 → a1 delivered by two sources each (2/1.5).
        let network = PathTestNetworks.network(actors: 3, [
            Edge(from: 0, to: 1, status: .offered), Edge(from: 0, to: 2, sources: 2), Edge(from: 2, to: 1, sources: 2),
        ])
        let graph = FlowGraph(network)
        #expect(try graph.shortestPath(from: a(0), to: a(1)).flows == ["f0"])
        let cheapest = try graph.cheapestPath(from: a(0), to: a(1))
        #expect(cheapest.flows == ["f1", "f2"])
        #expect(abs(cheapest.cost - 4.0 / 3.0) < 1e-6)

        // On the seeds, the cheapest way from Iran to Ukraine rests on deliveries.
        let seeds = try FlowGraph(Self.seeds).cheapestPath(from: "IRN", to: "UKR")
        for hop in seeds.hops {
            let flow = try #require(Self.seeds.flows.first { $0.id == hop.flow })
            #expect(FlowEvidence(flow)?.strongest.status == .delivered)
        }
    }

    @Test("a denial does not corroborate; only the sources saying it happened count")
    func denialsDoNotCorroborate() {
        let claim = { (status: ClaimStatus, source: String) in Claim(id: "c", status: status, source: SourceID(source), quote: "q") }
        let flow = Flow(id: "f", from: "a", to: "b", kind: .transfer, claims: [claim(.delivered, "s1"), claim(.denied, "s2"), claim(.denied, "s3")])
        #expect(EvidenceCosts.standard.cost(of: flow, in: Network(actors: [], items: [], sources: [], flows: [flow])) == 1)
        let denied = Flow(id: "g", from: "a", to: "b", kind: .transfer, claims: [claim(.denied, "s1"), claim(.denied, "s2")])
        #expect(EvidenceCosts.standard.cost(of: denied, in: Network(actors: [], items: [], sources: [], flows: [denied])) == 10)
        let twice = Flow(id: "h", from: "a", to: "b", kind: .transfer, claims: [claim(.alleged, "s1"), claim(.delivered, "s2")])
        #expect(EvidenceCosts.standard.cost(of: twice, in: Network(actors: [], items: [], sources: [], flows: [twice])) == 1 / 1.5)
    }

    @Test("drawn: the paths' flows highlighted (class path, heavier), the rest faded; no highlight, no change")
    func highlightedDrawing() throws {
        let path = try FlowGraph(Self.seeds).shortestPath(from: "IRN", to: "UKR")
        let plain = NetworkDOTEncoder().encode(Self.seeds)
        #expect(NetworkDOTEncoder(options: .init(highlightedFlows: nil)).encode(Self.seeds) == plain)
        let dot = NetworkDOTEncoder(options: .init(highlightedFlows: Set(path.flows))).encode(Self.seeds)
        let edges = dot.split(separator: "\n").filter { $0.contains("[id=\"supplynet-flow-") }
        #expect(edges.count == Self.seeds.flows.count)
        for edge in edges {
            let onPath = path.flows.contains { edge.contains("[id=\"supplynet-flow-\($0)\"") }
            #expect(edge.contains(onPath ? " path\"" : " faded\""), "\(edge.prefix(80))")
            if !onPath { #expect(edge.contains("40\"") && !edge.contains("Helvetica-Bold")) }
        }
    }

    // MARK: - Small networks

    @Test("parallel flows multiply paths; the count multiplies them without listing them")
    func parallelFlows() throws {
        // a0 ⇉ a1 (2 flows), a1 ⇶ a2 (3 flows), a0 → a2.
        let graph = FlowGraph(PathTestNetworks.network(actors: 3, pairs: [(0, 1), (0, 1), (1, 2), (1, 2), (1, 2), (0, 2)]))
        #expect(try graph.countSimplePaths(from: a(0), to: a(2), maxHops: 2) == 7)
        #expect(try graph.countSimplePaths(from: a(0), to: a(2), maxHops: 1) == 1)
        let all = Array(try graph.simplePaths(from: a(0), to: a(2), maxHops: 2))
        #expect(all.map(\.flowPositions) == [[0, 2], [0, 3], [0, 4], [1, 2], [1, 3], [1, 4], [5]], "lexicographic by flow position")
        let best = try graph.kShortestPaths(from: a(0), to: a(2), k: 3)
        #expect(best.map(\.flowPositions) == [[5], [0, 2], [0, 3]])
        #expect(try graph.kShortestPaths(from: a(0), to: a(2), k: 100).count == 7)
    }

    @Test("simple paths are produced lazily: the first few of 10^25 come at once, and the count saturates")
    func lazyAndSaturating() throws {
        // A chain of 25 hops with 10 parallel flows on each.
        let pairs = (0..<25).flatMap { hop in Array(repeating: (hop, hop + 1), count: 10) }
        let graph = FlowGraph(PathTestNetworks.network(actors: 26, pairs: pairs))
        let first = Array(try graph.simplePaths(from: a(0), to: a(25)).prefix(3))
        #expect(first.count == 3)
        #expect(first[0].flowPositions == (0..<25).map { $0 * 10 })
        #expect(first[1].flowPositions.last == 241)
        #expect(try graph.countSimplePaths(from: a(0), to: a(25), maxHops: 25) == Int.max)
        #expect(try graph.countSimplePaths(from: a(0), to: a(25), maxHops: 24) == 0)
        #expect(try graph.countSimplePaths(from: a(0), to: a(5), maxHops: 5) == 100_000)
    }

    @Test("an actor to itself: the one path of no hops (as NetworkX counts it)")
    func sameActor() throws {
        let graph = FlowGraph(PathTestNetworks.network(actors: 2, pairs: [(0, 1), (1, 0)]))
        #expect(try graph.shortestPath(from: a(0), to: a(0)).hops.isEmpty)
        #expect(try graph.shortestPath(from: a(0), to: a(0)).actors == [a(0)])
        #expect(try graph.cheapestPath(from: a(0), to: a(0)).cost == 0)
        #expect(try graph.countSimplePaths(from: a(0), to: a(0), maxHops: 3) == 1)
        #expect(Array(try graph.simplePaths(from: a(0), to: a(0))).map(\.hopCount) == [0])
        #expect(try graph.kShortestPaths(from: a(0), to: a(0), k: 3).map(\.hopCount) == [0])
    }

    @Test("loops never join a simple path")
    func loops() throws {
        let graph = FlowGraph(PathTestNetworks.network(actors: 2, pairs: [(0, 0), (0, 1), (1, 1)]), direction: .undirected)
        #expect(try graph.countSimplePaths(from: a(0), to: a(1), maxHops: 3) == 1)
        #expect(try graph.kShortestPaths(from: a(0), to: a(1), k: 5).map(\.flowPositions) == [[1]])
    }

    @Test("reachable and reaching: nearest first, then in data order")
    func reachability() throws {
        // a0 → a3, a0 → a1, a1 → a2, a3 → a2, a4 → a0
        let graph = FlowGraph(PathTestNetworks.network(actors: 5, pairs: [(0, 3), (0, 1), (1, 2), (3, 2), (4, 0)]))
        #expect(try graph.reachable(from: a(0)) == [a(3), a(1), a(2)])
        #expect(try graph.reaching(to: a(2)) == [a(1), a(3), a(0), a(4)])
        #expect(try graph.reachable(from: a(2)) == [])
        let either = FlowGraph(PathTestNetworks.network(actors: 5, pairs: [(0, 3), (0, 1), (1, 2), (3, 2), (4, 0)]), direction: .undirected)
        #expect(try either.reachable(from: a(2)) == [a(1), a(3), a(0), a(4)])
    }

    @Test("ties: fewest hops, then cheapest, then the flows listed first")
    func ties() throws {
        // Two equal two-hop routes a0 → a1 → a3 (flows 0, 1) and a0 → a2 → a3 (flows 2, 3), and a dearer one.
        let network = PathTestNetworks.network(actors: 4, [
            Edge(from: 0, to: 1), Edge(from: 1, to: 3), Edge(from: 0, to: 2), Edge(from: 2, to: 3),
            Edge(from: 0, to: 2, status: .offered), Edge(from: 0, to: 3, status: .denied),
        ])
        let graph = FlowGraph(network)
        #expect(try graph.shortestPath(from: a(0), to: a(3)).flowPositions == [5])
        #expect(try graph.cheapestPath(from: a(0), to: a(3)).flowPositions == [0, 1])
        #expect(try graph.kShortestPaths(from: a(0), to: a(3), k: 4).map(\.flowPositions) == [[5], [0, 1], [2, 3], [4, 3]])
        #expect(try graph.kShortestPaths(from: a(0), to: a(3), k: 4, byCost: true).map(\.flowPositions) == [[0, 1], [2, 3], [4, 3], [5]])
        #expect(try graph.kShortestPaths(from: a(0), to: a(3), k: 4, byCost: true, maxHops: 1).map(\.flowPositions) == [[5]])
    }

    @Test("within a hop limit: none when every path is longer, noPath only when there is none at all")
    func hopLimit() throws {
        let graph = FlowGraph(PathTestNetworks.network(actors: 3, pairs: [(0, 1), (1, 2)]))
        #expect(try graph.kShortestPaths(from: a(0), to: a(2), k: 3, maxHops: 1).isEmpty)
        #expect(try graph.kShortestPaths(from: a(0), to: a(2), k: 3, byCost: true, maxHops: 1).isEmpty)
        #expect(throws: QueryError.noPath(from: "a2", to: "a0")) { try graph.kShortestPaths(from: a(2), to: a(0), k: 3, maxHops: 1) }
        #expect(try Array(graph.simplePaths(from: a(0), to: a(2), maxHops: 1)).isEmpty)
    }

    @Test("the index stays small: numbers only, well under 200 bytes a flow")
    func indexSize() {
        var random = SplitMix64(seed: 7)
        let network = PathTestNetworks.random(actors: 500, flows: 20_000, using: &random)
        for direction in FlowGraph.Direction.allCases {
            let graph = FlowGraph(network, direction: direction)
            #expect(graph.flowCount == 20_000)
            #expect(graph.indexByteCount / graph.flowCount < 80, "\(direction): \(graph.indexByteCount / graph.flowCount) bytes a flow")
        }
    }
}
