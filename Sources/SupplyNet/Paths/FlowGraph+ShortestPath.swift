extension FlowGraph {
    /// The path with the fewest hops from `source` to `target`.
    ///
    /// Among paths with equally few hops, the cheapest (`EvidenceCosts`); among those, the one
    /// whose flows come first in data order, hop by hop (lexicographically by flow position). A
    /// breadth-first search back from `target` gives every actor's distance and the cost of its
    /// cheapest shortest route; the path then leaves `source` along the first flow that keeps it
    /// on such a route, and so on. `source == target` gives the path of no hops.
    /// - Throws: `QueryError.unknownActor` for an actor not in the graph; `QueryError.noPath`
    ///   when no chain of flows leads from `source` to `target`.
    /// - Complexity: O(actors + flows).
    public func shortestPath(from source: ActorID, to target: ActorID) throws(QueryError) -> Path {
        let start = try index(of: source), end = try index(of: target)
        var distance = [Int32](repeating: -1, count: actorCount)
        var cost = [Double](repeating: .infinity, count: actorCount)
        distance[Int(end)] = 0
        cost[Int(end)] = 0
        var queue: [Int32] = [end]
        var head = 0
        // Level by level; an actor's cost is final once every actor one level nearer is processed.
        while head < queue.count {
            let actor = queue[head]
            head += 1
            if distance[Int(start)] >= 0 && distance[Int(actor)] >= distance[Int(start)] { break }
            for position in backward.range(of: actor) {
                let edge = backward.edges[position]
                let previous = otherEnd(of: edge, from: actor)
                if distance[Int(previous)] < 0 {
                    distance[Int(previous)] = distance[Int(actor)] + 1
                    queue.append(previous)
                }
                if distance[Int(previous)] == distance[Int(actor)] + 1 {
                    cost[Int(previous)] = min(cost[Int(previous)], Double(edgeCosts[Int(edge)]) + cost[Int(actor)])
                }
            }
        }
        guard distance[Int(start)] >= 0 else { throw .noPath(from: source.rawValue, to: target.rawValue) }
        var edges: [Int32] = []
        var current = start
        while current != end {
            for position in forward.range(of: current) {
                let edge = forward.edges[position]
                let next = otherEnd(of: edge, from: current)
                if distance[Int(next)] >= 0 && distance[Int(next)] == distance[Int(current)] - 1
                    && Double(edgeCosts[Int(edge)]) + cost[Int(next)] == cost[Int(current)]
                {
                    edges.append(edge)
                    current = next
                    break
                }
            }
        }
        return makePath(from: start, edges: edges)
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
    /// search along `backward` that stops once `stop` is reached (every actor nearer is known by then).
    func hopDistances(to target: Int32, stoppingAt stop: Int32? = nil, limit: Int = .max) -> [Int32] {
        var distance = [Int32](repeating: -1, count: actorCount)
        distance[Int(target)] = 0
        if stop == target { return distance }
        var queue: [Int32] = [target]
        var head = 0
        while head < queue.count {
            let actor = queue[head]
            head += 1
            let next = distance[Int(actor)] + 1
            if next > limit { break }
            for position in backward.range(of: actor) {
                let previous = otherEnd(of: backward.edges[position], from: actor)
                if distance[Int(previous)] < 0 {
                    distance[Int(previous)] = next
                    if previous == stop { return distance }
                    queue.append(previous)
                }
            }
        }
        return distance
    }
}
