extension FlowGraph {
    /// The fewest hops a path from `source` to `target` takes (0 when they are the same actor).
    ///
    /// Cheaper than `shortestPath` when only the number matters: the bidirectional search stops
    /// at the first actor both sides reach instead of finishing that level to compare costs.
    /// - Throws: `QueryError.unknownActor` for an actor not in the graph; `QueryError.noPath`
    ///   when no chain of flows leads from `source` to `target`.
    /// - Complexity: O(actors + flows) at worst; on graphs with hubs, usually a small part of that.
    public func hopCount(from source: ActorID, to target: ActorID) throws(QueryError) -> Int {
        let start = try index(of: source), end = try index(of: target)
        let hops = scratch.withScratch { hopCount(from: start, to: end, using: &$0) }
        guard let hops else { throw .noPath(from: source.rawValue, to: target.rawValue) }
        return hops
    }

    /// The hops of `hopCount`, or nil when there is no path.
    private func hopCount(from start: Int32, to end: Int32, using search: inout SearchScratch) -> Int? {
        if start == end { return 0 }
        search.reachForward(start, hops: 0)
        search.reachBackward(end, hops: 0, cost: 0)
        var forwardFrontier: [Int32] = [start], backwardFrontier: [Int32] = [end]
        // How many neighbours growing each frontier would look at.
        var forwardWork = forwardNeighbours.range(of: start).count, backwardWork = backwardNeighbours.range(of: end).count
        var forwardLevel: Int32 = 0, backwardLevel: Int32 = 0
        var next: [Int32] = []
        while !forwardFrontier.isEmpty && !backwardFrontier.isEmpty {
            // The first actor both sides reach is on a shortest path: no earlier level met.
            next.removeAll(keepingCapacity: true)
            var nextWork = 0
            if forwardWork <= backwardWork {
                for actor in forwardFrontier {
                    for position in forwardNeighbours.range(of: actor) {
                        let other = forwardNeighbours.neighbours[position]
                        if search.reachedBackward(other) { return Int(forwardLevel + 1 + search.states[Int(other)].backwardHops) }
                        if search.reachedForward(other) { continue }
                        search.reachForward(other, hops: forwardLevel + 1)
                        next.append(other)
                        nextWork += forwardNeighbours.range(of: other).count
                    }
                }
                forwardLevel += 1
                forwardWork = nextWork
                swap(&forwardFrontier, &next)
            } else {
                for actor in backwardFrontier {
                    for position in backwardNeighbours.range(of: actor) {
                        let other = backwardNeighbours.neighbours[position]
                        if search.reachedForward(other) { return Int(backwardLevel + 1 + search.states[Int(other)].forwardHops) }
                        if search.reachedBackward(other) { continue }
                        search.reachBackward(other, hops: backwardLevel + 1, cost: 0)
                        next.append(other)
                        nextWork += backwardNeighbours.range(of: other).count
                    }
                }
                backwardLevel += 1
                backwardWork = nextWork
                swap(&backwardFrontier, &next)
            }
        }
        return nil
    }
}
