extension FlowGraph {
    /// Every simple path (no actor twice) from `source` to `target` of at most `maxHops` hops, one
    /// per choice of flow at each hop, produced lazily.
    ///
    /// Parallel flows multiply paths, so there may be very many: take what you need
    /// (`.prefix(10)`) or count them with `countSimplePaths`, which does not enumerate. Paths come
    /// in depth-first order taking each actor's flows in data order: lexicographically by their
    /// flows' positions. `source == target` gives the one path of no hops (as NetworkX does).
    /// - Throws: `QueryError.unknownActor` for an actor not in the graph.
    /// - Complexity: O(actors + flows) to start (a breadth-first search back from `target`, so the
    ///   walk never enters an actor too far from it), then O(maxHops · d) per path for the
    ///   largest number d of flows at an actor.
    public func simplePaths(from source: ActorID, to target: ActorID, maxHops: Int? = nil) throws(QueryError) -> SimplePaths {
        precondition((maxHops ?? 0) >= 0, "maxHops must be zero or more")
        let start = try index(of: source), end = try index(of: target)
        return SimplePaths(graph: self, source: start, target: end, maxHops: min(maxHops ?? .max, max(0, actorCount - 1)))
    }
}

/// The simple paths between two actors, enumerated lazily: see `FlowGraph.simplePaths(from:to:maxHops:)`.
public struct SimplePaths: Sequence, Sendable {
    let graph: FlowGraph
    let source: Int32
    let target: Int32
    let maxHops: Int

    public func makeIterator() -> Iterator { Iterator(self) }

    /// A depth-first walk that keeps its stack between calls to `next()`.
    public struct Iterator: IteratorProtocol {
        private let graph: FlowGraph
        private let target: Int32
        private let maxHops: Int
        /// Hops from each actor to the target; -1 when farther than `maxHops`.
        private let distance: [Int32]
        private var onPath: [Bool]
        /// The actors of the current partial path, and for each the position of its next flow to try.
        private var actors: [Int32]
        private var cursors: [Int]
        private var edges: [Int32]
        private var yieldedEmptyPath = false

        init(_ paths: SimplePaths) {
            graph = paths.graph
            target = paths.target
            maxHops = paths.maxHops
            distance = paths.graph.hopDistances(to: paths.target, limit: paths.maxHops)
            onPath = [Bool](repeating: false, count: paths.graph.actorCount)
            let reachable = paths.source != paths.target && distance[Int(paths.source)] >= 0
            actors = reachable ? [paths.source] : []
            cursors = reachable ? [paths.graph.forward.range(of: paths.source).lowerBound] : []
            edges = []
            if reachable { onPath[Int(paths.source)] = true }
            yieldedEmptyPath = paths.source != paths.target
            if paths.source == paths.target { actors = [paths.source] }
        }

        public mutating func next() -> Path? {
            if !yieldedEmptyPath {
                yieldedEmptyPath = true
                let path = graph.makePath(from: actors[0], edges: [])
                actors = []
                return path
            }
            while let actor = actors.last {
                let depth = actors.count - 1
                let end = graph.forward.range(of: actor).upperBound
                let cursor = cursors[depth]
                guard cursor < end else {
                    onPath[Int(actor)] = false
                    actors.removeLast()
                    cursors.removeLast()
                    if !edges.isEmpty { edges.removeLast() }
                    continue
                }
                cursors[depth] = cursor + 1
                let edge = graph.forward.edges[cursor]
                let next = graph.otherEnd(of: edge, from: actor)
                if onPath[Int(next)] { continue }
                if next == target {
                    return graph.makePath(from: actors[0], edges: edges + [edge])
                }
                let remaining = distance[Int(next)]
                guard remaining > 0, depth + 1 + Int(remaining) <= maxHops else { continue }
                onPath[Int(next)] = true
                actors.append(next)
                cursors.append(graph.forward.range(of: next).lowerBound)
                edges.append(edge)
            }
            return nil
        }
    }
}
