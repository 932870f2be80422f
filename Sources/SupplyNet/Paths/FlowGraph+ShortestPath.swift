extension FlowGraph {
    /// The path with the fewest hops from `source` to `target`.
    ///
    /// Among paths with equally few hops, the cheapest (`EvidenceCosts`); among those, the one
    /// whose flows come first in data order, hop by hop (lexicographically by flow position).
    /// A bidirectional breadth-first search grows a ball around each end, always the side with
    /// fewer neighbours to scan, until they meet; every shortest path crosses the meeting level.
    /// The cheapest cost from each actor on such a path to `target` is then known, with the
    /// first flow that achieves it (the backward side computes both as it grows; the forward
    /// side's are filled in level by level back from the meeting level, over actor-level
    /// adjacency where each neighbour carries its cheapest parallel flow), and the path leaves
    /// `source` along those flows. `source == target` gives the path of no hops.
    /// - Throws: `QueryError.unknownActor` for an actor not in the graph; `QueryError.noPath`
    ///   when no chain of flows leads from `source` to `target`.
    /// - Complexity: O(actors + flows) at worst; on graphs with hubs, usually a small part of that.
    public func shortestPath(from source: ActorID, to target: ActorID) throws(QueryError) -> Path {
        let start = try index(of: source), end = try index(of: target)
        let edges = scratch.withScratch { shortestEdges(from: start, to: end, using: &$0) }
        guard let edges else { throw .noPath(from: source.rawValue, to: target.rawValue) }
        return makePath(from: start, edges: edges)
    }

    /// The flows of `shortestPath`, or nil when there is no path.
    private func shortestEdges(from start: Int32, to end: Int32, using search: inout SearchScratch) -> [Int32]? {
        if start == end { return [] }
        search.reachForward(start, hops: 0)
        search.reachBackward(end, hops: 0, cost: 0)
        // The forward ball level by level (the last is its frontier), and the backward frontier.
        // Both grow over actor-level adjacency: parallel flows count once, at their cheapest.
        var forwardLevels: [[Int32]] = [[start]]
        var backwardFrontier: [Int32] = [end]
        var backwardLevel: Int32 = 0
        // How many neighbours growing each frontier would look at.
        var forwardWork = forwardNeighbours.range(of: start).count, backwardWork = backwardNeighbours.range(of: end).count
        var met = false
        while !met {
            let forwardFrontier = forwardLevels[forwardLevels.count - 1]
            if forwardFrontier.isEmpty || backwardFrontier.isEmpty { return nil }
            var nextWork = 0
            // Grow the side with fewer neighbours to look at (a hub's level can be huge).
            if forwardWork <= backwardWork {
                let hops = Int32(forwardLevels.count)
                var next: [Int32] = []
                for actor in forwardFrontier {
                    for position in forwardNeighbours.range(of: actor) {
                        let other = forwardNeighbours.neighbours[position]
                        if search.reachedForward(other) { continue }
                        search.reachForward(other, hops: hops)
                        next.append(other)
                        nextWork += forwardNeighbours.range(of: other).count
                        if search.reachedBackward(other) { met = true }
                    }
                }
                forwardLevels.append(next)
                forwardWork = nextWork
            } else {
                // Growing back from the target, each actor's cost along its shortest routes is
                // final once the whole level nearer the target has been expanded.
                let hops = backwardLevel + 1
                var next: [Int32] = []
                for actor in backwardFrontier {
                    let cost = search.states[Int(actor)].backwardCost
                    for position in backwardNeighbours.range(of: actor) {
                        let previous = backwardNeighbours.neighbours[position]
                        if !search.reachedBackward(previous) {
                            search.reachBackward(previous, hops: hops, cost: .infinity)
                            next.append(previous)
                            nextWork += backwardNeighbours.range(of: previous).count
                            if search.reachedForward(previous) { met = true }
                        }
                        if search.states[Int(previous)].backwardHops == hops {
                            let viaActor = Double(backwardNeighbours.cheapest[position]) + cost
                            search.states[Int(previous)].offerBackward(viaActor, edge: backwardNeighbours.cheapestEdge[position])
                        }
                    }
                }
                backwardFrontier = next
                backwardWork = nextWork
                backwardLevel = hops
            }
        }
        // Every shortest path crosses the forward frontier at an actor the backward side reached
        // at exactly `backwardLevel` hops (nearer would have met a level earlier).
        let meetingLevel = forwardLevels.count - 1
        for actor in forwardLevels[meetingLevel]
        where search.reachedBackward(actor) && search.states[Int(actor)].backwardHops == backwardLevel {
            search.states[Int(actor)].forwardCost = search.states[Int(actor)].backwardCost
            search.states[Int(actor)].forwardFlow = search.states[Int(actor)].backwardFlow
        }
        // Back from the meeting level: an actor's cheapest cost to the target along shortest routes.
        for level in stride(from: meetingLevel - 1, through: 0, by: -1) {
            for actor in forwardLevels[level] {
                for position in forwardNeighbours.range(of: actor) {
                    let next = forwardNeighbours.neighbours[position]
                    if search.states[Int(next)].forwardHops == level + 1 && search.reachedForward(next) {
                        let viaNext = Double(forwardNeighbours.cheapest[position]) + search.states[Int(next)].forwardCost
                        search.states[Int(actor)].offerForward(viaNext, edge: forwardNeighbours.cheapestEdge[position])
                    }
                }
            }
        }
        // Each actor on a cheapest shortest route knows the first flow (in data order) that keeps
        // on one: through the forward ball to the meeting level, then the backward ball.
        var edges: [Int32] = []
        var current = start
        for step in 0..<(meetingLevel + Int(backwardLevel)) {
            let edge = step < meetingLevel ? search.states[Int(current)].forwardFlow : search.states[Int(current)].backwardFlow
            edges.append(edge)
            current = otherEnd(of: edge, from: current)
        }
        precondition(current == end, "a cheapest shortest route leads to the target")
        return edges
    }

    /// The actors a path leads to from `source`, nearest first; among equally near, in the order a
    /// breadth-first search taking each actor's flows in data order finds them. `source` itself
    /// is left out.
    /// - Throws: `QueryError.unknownActor` for an actor not in the graph.
    /// - Complexity: O(actors + flows).
    public func reachable(from source: ActorID) throws(QueryError) -> [ActorID] {
        breadthFirstOrder(from: try index(of: source), along: forward).dropFirst().map { actorIDs[Int($0)] }
    }

    /// The actors from which a path leads to `target`, nearest first, in the order of
    /// `reachable(from:)` with every flow reversed. `target` itself is left out.
    /// - Throws: `QueryError.unknownActor` for an actor not in the graph.
    /// - Complexity: O(actors + flows).
    public func reaching(to target: ActorID) throws(QueryError) -> [ActorID] {
        breadthFirstOrder(from: try index(of: target), along: backward).dropFirst().map { actorIDs[Int($0)] }
    }

    /// The actors reached from `start` along `adjacency`, in breadth-first order, `start` first.
    func breadthFirstOrder(from start: Int32, along adjacency: Adjacency) -> [Int32] {
        var seen = [Bool](repeating: false, count: actorCount)
        var order: [Int32] = [start]
        seen[Int(start)] = true
        var head = 0
        while head < order.count {
            let actor = order[head]
            head += 1
            for position in adjacency.range(of: actor) {
                let next = otherEnd(of: adjacency.edges[position], from: actor)
                if !seen[Int(next)] {
                    seen[Int(next)] = true
                    order.append(next)
                }
            }
        }
        return order
    }

    /// Hops from each actor to `target` (-1 when unknown or beyond `limit`), by a breadth-first
    /// search back from `target` over the actor-level adjacency (parallel flows looked at once).
    func hopDistances(to target: Int32, limit: Int = .max) -> [Int32] {
        var distance = [Int32](repeating: -1, count: actorCount)
        distance[Int(target)] = 0
        var queue: [Int32] = [target]
        var head = 0
        while head < queue.count {
            let actor = queue[head]
            head += 1
            let next = distance[Int(actor)] + 1
            if next > limit { break }
            for position in backwardNeighbours.range(of: actor) {
                let previous = backwardNeighbours.neighbours[position]
                if distance[Int(previous)] < 0 {
                    distance[Int(previous)] = next
                    queue.append(previous)
                }
            }
        }
        return distance
    }
}
