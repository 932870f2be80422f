/// An index of a network for path queries, built once: actors as dense `Int32` indices, flows
/// as parallel arrays, and compressed adjacency (CSR: an offset array and an edge-id array) for
/// the flows leaving and entering each actor.
///
/// Build it from the network a `NetworkView` gives, so filters and `asOf` apply:
///
/// ```swift
/// let graph = FlowGraph(NetworkView(kinds: [.transfer, .strike]).apply(to: network))
/// let path = try graph.shortestPath(from: "IRN", to: "UKR")
/// ```
///
/// Every flow becomes one edge (a multigraph: parallel flows stay apart), numbered in data
/// order, so an edge's number orders it like its flow's position in `network.flows`. Every
/// adjacency list is sorted by edge number, which is how every query breaks its last ties: among
/// otherwise equal answers (as many hops, as cheap), the one whose flows come first in data
/// order, hop by hop.
///
/// The index holds numbers only (`Int32` and `Float` arrays, no per-edge objects or strings):
/// at most 56 bytes per flow directed, 64 undirected, plus about 60 per actor (`indexByteCount`). It keeps the network it was built from, whose
/// storage it shares, to name actors and flows in answers.
public struct FlowGraph: Sendable {
    /// Which way a path may take a flow.
    public enum Direction: String, CaseIterable, Sendable {
        /// Only from the flow's `from` to its `to`.
        case directed
        /// Either way: a hop may go against a flow's direction (`Path.Hop.againstDirection`).
        case undirected
    }

    /// The network the index was built from.
    public let network: Network
    public let direction: Direction
    /// How each flow's evidence was priced into its cost.
    public let costs: EvidenceCosts

    /// Actor index → id, in registry order.
    let actorIDs: [ActorID]
    let actorIndex: [ActorID: Int32]

    /// Edge number → the flow's tail and head actor, its cost, and its position in `network.flows`.
    let tails: [Int32]
    let heads: [Int32]
    let edgeCosts: [Float]
    let flowPositions: [Int32]

    /// The flows leaving and entering each actor, by edge number.
    let outgoing: Adjacency
    let incoming: Adjacency
    /// What a path may take out of an actor, and into one: `outgoing` and `incoming` when
    /// directed; both merged (without repeating a loop) when undirected.
    let forward: Adjacency
    let backward: Adjacency
    /// The same, one entry per neighbour with the number of parallel flows: what path counts use.
    let forwardNeighbours: NeighbourAdjacency
    let backwardNeighbours: NeighbourAdjacency
    /// Working arrays searches reuse (not counted in `indexByteCount`): one set made with the
    /// index, more only while queries run at once.
    let scratch: SearchScratchPool

    /// Indexes `network`, pricing each flow with `costs`.
    ///
    /// Flows whose `from` or `to` is not among the network's actors are left out (a loaded
    /// network has none).
    /// - Precondition: fewer than 2³¹ actors and flows; every cost `costs` gives is positive and finite.
    /// - Complexity: O(actors + flows · log d) for the largest number of distinct neighbours d.
    public init(_ network: Network, costs: EvidenceCosts = .standard, direction: Direction = .directed) {
        precondition(network.actors.count < Int(Int32.max) && network.flows.count < Int(Int32.max), "FlowGraph indexes fewer than 2^31 actors and flows")
        self.network = network
        self.direction = direction
        self.costs = costs

        var actorIndex: [ActorID: Int32] = [:]
        actorIndex.reserveCapacity(network.actors.count)
        var actorIDs: [ActorID] = []
        actorIDs.reserveCapacity(network.actors.count)
        for actor in network.actors where actorIndex[actor.id] == nil {
            actorIndex[actor.id] = Int32(actorIDs.count)
            actorIDs.append(actor.id)
        }

        var tails: [Int32] = [], heads: [Int32] = [], edgeCosts: [Float] = [], flowPositions: [Int32] = []
        tails.reserveCapacity(network.flows.count)
        heads.reserveCapacity(network.flows.count)
        edgeCosts.reserveCapacity(network.flows.count)
        flowPositions.reserveCapacity(network.flows.count)
        for (position, flow) in network.flows.enumerated() {
            guard let tail = actorIndex[flow.from], let head = actorIndex[flow.to] else { continue }
            let cost = costs.cost(of: flow, in: network)
            precondition(cost > 0 && cost.isFinite, "EvidenceCosts must give every flow a positive, finite cost")
            tails.append(tail)
            heads.append(head)
            edgeCosts.append(Float(cost))
            flowPositions.append(Int32(position))
        }

        self.actorIDs = actorIDs
        self.actorIndex = actorIndex
        self.tails = tails
        self.heads = heads
        self.edgeCosts = edgeCosts
        self.flowPositions = flowPositions
        scratch = SearchScratchPool(actorCount: actorIDs.count)
        outgoing = Adjacency(grouping: tails, actorCount: actorIDs.count)
        incoming = Adjacency(grouping: heads, actorCount: actorIDs.count)
        switch direction {
        case .directed:
            forward = outgoing
            backward = incoming
            forwardNeighbours = NeighbourAdjacency(outgoing, tails: tails, heads: heads, costs: edgeCosts)
            backwardNeighbours = NeighbourAdjacency(incoming, tails: tails, heads: heads, costs: edgeCosts)
        case .undirected:
            forward = Adjacency(merging: outgoing, incoming)
            backward = forward
            forwardNeighbours = NeighbourAdjacency(forward, tails: tails, heads: heads, costs: edgeCosts)
            backwardNeighbours = forwardNeighbours
        }
    }

    /// The number of actors indexed.
    public var actorCount: Int { actorIDs.count }
    /// The number of flows indexed (edges).
    public var flowCount: Int { tails.count }

    /// Whether `actor` is in the index.
    public func contains(_ actor: ActorID) -> Bool { actorIndex[actor] != nil }

    /// The bytes the index's arrays and actor table hold, not counting the network it shares.
    public var indexByteCount: Int {
        let int32Arrays: [[Int32]] = [
            tails, heads, flowPositions, outgoing.offsets, outgoing.edges, incoming.offsets, incoming.edges,
            forwardNeighbours.offsets, forwardNeighbours.neighbours, forwardNeighbours.counts,
        ]
        var bytes = int32Arrays.reduce(0) { $0 + $1.capacity * MemoryLayout<Int32>.stride }
        bytes += (edgeCosts.capacity + forwardNeighbours.cheapest.capacity) * MemoryLayout<Float>.stride
        bytes += forwardNeighbours.cheapestEdge.capacity * MemoryLayout<Int32>.stride
        if direction == .directed {
            for array in [backwardNeighbours.offsets, backwardNeighbours.neighbours, backwardNeighbours.counts] {
                bytes += array.capacity * MemoryLayout<Int32>.stride
            }
            bytes += backwardNeighbours.cheapest.capacity * MemoryLayout<Float>.stride
            bytes += backwardNeighbours.cheapestEdge.capacity * MemoryLayout<Int32>.stride
        } else {
            bytes += (forward.offsets.capacity + forward.edges.capacity) * MemoryLayout<Int32>.stride
        }
        bytes += actorIDs.capacity * MemoryLayout<ActorID>.stride
        // A dictionary entry holds a key and a value, with about 1/0.75 slots per entry, plus a bit per slot.
        bytes += actorIndex.capacity * (MemoryLayout<ActorID>.stride + MemoryLayout<Int32>.stride) * 4 / 3 + actorIndex.capacity / 8
        return bytes
    }

    // MARK: - Helpers the queries share

    /// The index of `actor`.
    /// - Throws: `QueryError.unknownActor` when the graph does not hold it.
    func index(of actor: ActorID) throws(QueryError) -> Int32 {
        guard let index = actorIndex[actor] else {
            let closest = ClosestMatches.to(actor.rawValue, among: actorIDs.map(\.rawValue), limit: 5)
            throw .unknownActor(actor.rawValue, suggestions: closest)
        }
        return index
    }

    /// The end of `edge` that is not `actor` (for a loop, `actor` itself).
    @inline(__always)
    func otherEnd(of edge: Int32, from actor: Int32) -> Int32 {
        let tail = tails[Int(edge)]
        return tail == actor ? heads[Int(edge)] : tail
    }

    /// The path that leaves `source` along `edges`, hop by hop.
    func makePath(from source: Int32, edges: [Int32]) -> Path {
        var hops: [Path.Hop] = []
        hops.reserveCapacity(edges.count)
        var actors = [actorIDs[Int(source)]]
        var current = source
        for edge in edges {
            let next = otherEnd(of: edge, from: current)
            hops.append(
                Path.Hop(
                    flow: network.flows[Int(flowPositions[Int(edge)])].id, from: actorIDs[Int(current)], to: actorIDs[Int(next)],
                    againstDirection: tails[Int(edge)] != current, cost: Double(edgeCosts[Int(edge)])))
            actors.append(actorIDs[Int(next)])
            current = next
        }
        return Path(hops: hops, actors: actors)
    }
}

/// Compressed adjacency: the edges of actor `a` are `edges[offsets[a]..<offsets[a + 1]]`, in
/// increasing edge number.
struct Adjacency: Sendable {
    let offsets: [Int32]
    let edges: [Int32]

    /// Groups edge numbers by `ends[edge]` (a counting sort, so each group keeps edge order).
    init(grouping ends: [Int32], actorCount: Int) {
        var offsets = [Int32](repeating: 0, count: actorCount + 1)
        for end in ends { offsets[Int(end) + 1] += 1 }
        for actor in 0..<actorCount { offsets[actor + 1] += offsets[actor] }
        var next = offsets
        var edges = [Int32](repeating: 0, count: ends.count)
        for (edge, end) in ends.enumerated() {
            edges[Int(next[Int(end)])] = Int32(edge)
            next[Int(end)] += 1
        }
        self.offsets = offsets
        self.edges = edges
    }

    /// Both adjacencies merged actor by actor, in edge order, a loop (in both) kept once.
    init(merging first: Adjacency, _ second: Adjacency) {
        let actorCount = first.offsets.count - 1
        var offsets = [Int32](repeating: 0, count: actorCount + 1)
        var edges: [Int32] = []
        edges.reserveCapacity(first.edges.count + second.edges.count)
        for actor in 0..<actorCount {
            var i = Int(first.offsets[actor]), j = Int(second.offsets[actor])
            let iEnd = Int(first.offsets[actor + 1]), jEnd = Int(second.offsets[actor + 1])
            while i < iEnd || j < jEnd {
                if j == jEnd || (i < iEnd && first.edges[i] < second.edges[j]) {
                    edges.append(first.edges[i]); i += 1
                } else if i == iEnd || second.edges[j] < first.edges[i] {
                    edges.append(second.edges[j]); j += 1
                } else {
                    edges.append(first.edges[i]); i += 1; j += 1
                }
            }
            offsets[actor + 1] = Int32(edges.count)
        }
        self.offsets = offsets
        self.edges = edges
    }

    @inline(__always)
    func range(of actor: Int32) -> Range<Int> { Int(offsets[Int(actor)])..<Int(offsets[Int(actor) + 1]) }
}

/// Actor-level adjacency: each distinct neighbour once (loops left out), sorted by index, with
/// the number of parallel flows that join them, the cost of the cheapest of those and the first
/// flow (lowest edge number) at that cost.
struct NeighbourAdjacency: Sendable {
    let offsets: [Int32]
    let neighbours: [Int32]
    let counts: [Int32]
    let cheapest: [Float]
    let cheapestEdge: [Int32]

    /// Collapses `adjacency`'s parallel edges.
    init(_ adjacency: Adjacency, tails: [Int32], heads: [Int32], costs: [Float]) {
        let actorCount = adjacency.offsets.count - 1
        var offsets = [Int32](repeating: 0, count: actorCount + 1)
        var neighbours: [Int32] = [], counts: [Int32] = [], cheapest: [Float] = [], cheapestEdge: [Int32] = []
        var slot = [Int32](repeating: -1, count: actorCount)
        var distinct: [Int32] = []
        var tally: [Int32] = []
        var least: [Float] = []
        var leastEdge: [Int32] = []
        for actor in 0..<Int32(actorCount) {
            distinct.removeAll(keepingCapacity: true)
            tally.removeAll(keepingCapacity: true)
            least.removeAll(keepingCapacity: true)
            leastEdge.removeAll(keepingCapacity: true)
            for position in adjacency.range(of: actor) {
                let edge = Int(adjacency.edges[position])
                let other = tails[edge] == actor ? heads[edge] : tails[edge]
                if other == actor { continue }
                if slot[Int(other)] < 0 {
                    slot[Int(other)] = Int32(distinct.count)
                    distinct.append(other)
                    tally.append(0)
                    least.append(.infinity)
                    leastEdge.append(-1)
                }
                let index = Int(slot[Int(other)])
                tally[index] += 1
                // Edges come in increasing number, so the first at the least cost stays.
                if costs[edge] < least[index] {
                    least[index] = costs[edge]
                    leastEdge[index] = Int32(edge)
                }
            }
            let order = distinct.indices.sorted { distinct[$0] < distinct[$1] }
            for index in order {
                neighbours.append(distinct[index])
                counts.append(tally[index])
                cheapest.append(least[index])
                cheapestEdge.append(leastEdge[index])
                slot[Int(distinct[index])] = -1
            }
            offsets[Int(actor) + 1] = Int32(neighbours.count)
        }
        self.offsets = offsets
        self.neighbours = neighbours
        self.counts = counts
        self.cheapest = cheapest
        self.cheapestEdge = cheapestEdge
    }

    @inline(__always)
    func range(of actor: Int32) -> Range<Int> { Int(offsets[Int(actor)])..<Int(offsets[Int(actor) + 1]) }

    /// The number of flows from `actor` to `neighbour` (0 when none).
    /// - Complexity: O(log d) for `actor`'s d neighbours.
    func count(from actor: Int32, to neighbour: Int32) -> Int {
        var low = Int(offsets[Int(actor)]), high = Int(offsets[Int(actor) + 1])
        while low < high {
            let middle = (low + high) / 2
            if neighbours[middle] < neighbour { low = middle + 1 } else { high = middle }
        }
        return low < Int(offsets[Int(actor) + 1]) && neighbours[low] == neighbour ? Int(counts[low]) : 0
    }
}
