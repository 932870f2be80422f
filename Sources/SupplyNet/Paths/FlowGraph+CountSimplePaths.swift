extension FlowGraph {
    /// How many simple paths of at most `maxHops` hops lead from `source` to `target`, counting
    /// one per choice of flow at each hop: the number `simplePaths` would produce, without
    /// producing them.
    ///
    /// Walks actor-level simple paths and multiplies the numbers of parallel flows along them,
    /// meeting in the middle: a table of the flow-level two-hop routes into `target` from every
    /// actor (built once, from `target`'s side) finishes each path, so the walk from `source` stops
    /// two hops short. A route through an actor already on the path is subtracted, which keeps
    /// the count to simple paths. From 5 hops up, a breadth-first search back from `target` also
    /// keeps the walk away from actors too far from it. The count saturates at `Int.max` rather
    /// than overflow. `source == target` counts the one path of no hops.
    /// - Parameters:
    ///   - source: the actor the paths start from.
    ///   - target: the actor they end at.
    ///   - maxHops: the most hops a path may have; nil for no limit (beware: the number of
    ///     simple paths can grow exponentially with their length).
    /// - Throws: `QueryError.unknownActor` for an actor not in the graph.
    /// - Complexity: O(Σ d) over the in-neighbours of `target`'s in-neighbours for the table, plus
    ///   O(d · maxHops) for every actor-level simple path of at most `maxHops − 2` hops from
    ///   `source` that can still reach `target` (d: an actor's distinct neighbours). For
    ///   `maxHops` 4 that is the neighbours of `source`'s neighbours.
    public func countSimplePaths(from source: ActorID, to target: ActorID, maxHops: Int? = nil) throws(QueryError) -> Int {
        precondition((maxHops ?? 0) >= 0, "maxHops must be zero or more")
        let start = try index(of: source), end = try index(of: target)
        if start == end { return 1 }
        var counter = SimplePathCounter(graph: self, target: end, maxHops: min(maxHops ?? .max, actorCount - 1))
        return counter.count(from: start)
    }
}

/// The state of one `countSimplePaths` query.
private struct SimplePathCounter {
    let graph: FlowGraph
    let target: Int32
    let maxHops: Int
    /// Flows from each actor straight to the target.
    private var oneHop: [Int]
    /// The actors with flows straight to the target.
    private var intoTarget: [Int32] = []
    /// Two-hop routes (a flow to some other actor c ≠ target, then one from c to the target) from each actor.
    private var twoHops: [Int]
    /// Hops from each actor to the target, when the walk is long enough to use them.
    private var distance: [Int32]?
    private var onPath: [Bool]
    private var path: [Int32] = []
    private var total = 0

    init(graph: FlowGraph, target: Int32, maxHops: Int) {
        self.graph = graph
        self.target = target
        self.maxHops = maxHops
        oneHop = [Int](repeating: 0, count: graph.actorCount)
        twoHops = [Int](repeating: 0, count: graph.actorCount)
        onPath = [Bool](repeating: false, count: graph.actorCount)
        let neighbours = graph.backwardNeighbours
        for position in neighbours.range(of: target) {
            let actor = neighbours.neighbours[position]
            oneHop[Int(actor)] = Int(neighbours.counts[position])
            intoTarget.append(actor)
        }
        guard maxHops >= 2 else { return }
        // Below 2³¹ flows, no entry can exceed 2⁶² routes: no overflow here.
        for middle in intoTarget {
            let last = oneHop[Int(middle)]
            for position in neighbours.range(of: middle) where neighbours.neighbours[position] != target {
                twoHops[Int(neighbours.neighbours[position])] += Int(neighbours.counts[position]) * last
            }
        }
        if maxHops >= 5 {
            distance = graph.hopDistances(to: target, limit: maxHops - 1)
        }
    }

    mutating func count(from source: Int32) -> Int {
        guard maxHops >= 1 else { return 0 }
        total = oneHop[Int(source)]
        guard maxHops >= 2 else { return total }
        visit(source, depth: 0, weight: 1)
        return total
    }

    /// Counts the paths that continue the current path (ending at `actor`, `depth` hops long,
    /// `weight` flow-level ways) by exactly two more hops, and walks on while a path can still
    /// end in two hops within `maxHops`.
    private mutating func visit(_ actor: Int32, depth: Int, weight: Int) {
        onPath[Int(actor)] = true
        path.append(actor)
        defer {
            onPath[Int(actor)] = false
            path.removeLast()
        }
        // Every two-hop route from `actor`, less those whose middle actor is already on the path.
        var routes = twoHops[Int(actor)]
        if routes > 0 {
            for earlier in path.dropLast() where oneHop[Int(earlier)] > 0 {
                routes -= graph.forwardNeighbours.count(from: actor, to: earlier) * oneHop[Int(earlier)]
            }
            total = Self.adding(total, Self.multiplying(weight, routes))
        }
        let childDepth = depth + 1
        guard childDepth <= maxHops - 2 else { return }
        let neighbours = graph.forwardNeighbours
        for position in neighbours.range(of: actor) {
            let next = neighbours.neighbours[position]
            if next == target || onPath[Int(next)] { continue }
            if childDepth == maxHops - 2 {
                // The last step of the walk: only two-hop routes can finish from here.
                if twoHops[Int(next)] == 0 { continue }
            } else if let distance {
                let remaining = distance[Int(next)]
                if remaining < 0 || childDepth + Int(remaining) > maxHops { continue }
            }
            visit(next, depth: childDepth, weight: Self.multiplying(weight, Int(neighbours.counts[position])))
        }
    }

    private static func adding(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? .max : sum
    }

    private static func multiplying(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : product
    }
}
