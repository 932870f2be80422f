extension FlowGraph {
    /// The `k` best simple paths from `source` to `target`, best first, each hop naming its flow:
    /// parallel flows make distinct paths.
    ///
    /// `byCost: false` ranks by hops, then total cost (`EvidenceCosts`), then flows in data order
    /// (lexicographically by flow position); `byCost: true` ranks by total cost, then hops, then
    /// flows in data order. The order is total, so the answer is the same on every run. The first path is
    /// `shortestPath` (by hops) or `cheapestPath` (by cost).
    ///
    /// Yen's algorithm on the multigraph: each next path deviates from an earlier one at a spur
    /// actor, along the best spur path that avoids the earlier path's actors before the spur and
    /// the flows the earlier paths with the same root took next. Spur paths are found by A*
    /// guided by every actor's best label to `target` (one Dijkstra per query), then forward
    /// along the first best flow, so among equal candidates the one first in data order wins. With `maxHops`, ranking by hops stops at the
    /// first longer path; ranking by cost finds spur paths within the remaining hops (Bellman–Ford
    /// by layers).
    /// - Parameters:
    ///   - source: the actor the paths start from.
    ///   - target: the actor they end at.
    ///   - k: how many paths at most; fewer when there are fewer.
    ///   - byCost: rank by the cost of the evidence (`EvidenceCosts`) rather than by hops.
    ///   - maxHops: the most hops a path may have; nil for no limit.
    /// - Returns: up to `k` paths; empty when paths exist but every one is longer than `maxHops`.
    /// - Throws: `QueryError.unknownActor` for an actor not in the graph; `QueryError.noPath`
    ///   when no chain of flows leads from `source` to `target` at all.
    /// - Complexity: O(k · h · (actors + flows) · log flows) for paths of h hops; O(k · h² · (actors + flows)) by cost with `maxHops`.
    public func kShortestPaths(from source: ActorID, to target: ActorID, k: Int, byCost: Bool = false, maxHops: Int? = nil) throws(QueryError) -> [Path] {
        precondition(k >= 0, "k must be zero or more")
        precondition((maxHops ?? 0) >= 0, "maxHops must be zero or more")
        let start = try index(of: source), end = try index(of: target)
        let order: PathOrder = byCost ? .cost : .hops
        var search = PathSearch(graph: self, order: order)
        // By hops, the unconstrained search already finds the fewest hops: longer means no more.
        let spurLimit = order == .cost ? maxHops : nil
        // Without a hop limit every spur search heads for the same target: A* guided by the best
        // labels to it. With one, Bellman–Ford by layers.
        var guided = spurLimit == nil ? GuidedPathSearch(target: end, pricedLike: search) : nil
        func bestSpur(from spur: Int32, maxHops: Int?) -> [Int32]? {
            if guided != nil { return guided!.bestPath(from: spur, avoiding: search) }
            return search.bestPath(from: spur, to: end, maxHops: maxHops)
        }
        guard let first = bestSpur(from: start, maxHops: spurLimit) else {
            if maxHops != nil && (try? hopCount(from: source, to: target)) != nil { return [] }
            throw .noPath(from: source.rawValue, to: target.rawValue)
        }
        var accepted: [[Int32]] = []
        var acceptedActors: [[Int32]] = []
        var seen: Set<[Int32]> = [first]
        var candidates = BinaryHeap<Candidate>()
        var next: [Int32]? = first
        while let path = next, accepted.count < k {
            if let maxHops, path.count > maxHops { break }
            accepted.append(path)
            acceptedActors.append(actorsAlong(path, from: start))
            if accepted.count == k { break }
            let actors = acceptedActors[acceptedActors.count - 1]
            for spurIndex in 0..<path.count {
                let root = path[0..<spurIndex]
                search.blockedFirstEdges = accepted.filter { $0.count > spurIndex && $0[0..<spurIndex] == root }.map { $0[spurIndex] }
                for actor in actors[0..<spurIndex] { search.block(actor) }
                defer { search.unblockAll(actors[0..<spurIndex]) }
                let remaining = spurLimit.map { $0 - spurIndex }
                guard let spur = bestSpur(from: actors[spurIndex], maxHops: remaining) else { continue }
                let candidate = Array(root) + spur
                if seen.insert(candidate).inserted {
                    candidates.insert(Candidate(label: search.label(of: candidate), edges: candidate))
                }
            }
            next = candidates.popMin()?.edges
        }
        return accepted.map { makePath(from: start, edges: $0) }
    }

    /// The actors a path along `edges` from `start` visits, `start` first.
    func actorsAlong(_ edges: [Int32], from start: Int32) -> [Int32] {
        var actors = [start]
        for edge in edges { actors.append(otherEnd(of: edge, from: actors[actors.count - 1])) }
        return actors
    }

    /// A path waiting in Yen's candidate heap, ranked by its label, then its flows in data order.
    private struct Candidate: Comparable {
        let label: PathLabel
        let edges: [Int32]

        static func < (lhs: Candidate, rhs: Candidate) -> Bool {
            lhs.label != rhs.label ? lhs.label < rhs.label : lhs.edges.lexicographicallyPrecedes(rhs.edges)
        }

        static func == (lhs: Candidate, rhs: Candidate) -> Bool { lhs.edges == rhs.edges }
    }
}
