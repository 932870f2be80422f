extension FlowGraph {
    /// The path from `source` to `target` whose hops cost least in total (`EvidenceCosts`).
    ///
    /// Among equally cheap paths, the one with fewest hops; among those, the one whose flows come
    /// first in data order, hop by hop. Dijkstra's algorithm runs back from `target` (a binary
    /// heap, ties between actors by index) until `source` is settled; the path then leaves
    /// `source` along the first flow that keeps it on a best route, and so on. Costs are `Float`
    /// and sums `Double`, exact for costs within a factor of 2²⁰ of each other, so equal sums
    /// are true ties. `source == target` gives the path of no hops.
    /// - Throws: `QueryError.unknownActor` for an actor not in the graph; `QueryError.noPath`
    ///   when no chain of flows leads from `source` to `target`.
    /// - Complexity: O((actors + flows) · log flows).
    public func cheapestPath(from source: ActorID, to target: ActorID) throws(QueryError) -> Path {
        let start = try index(of: source), end = try index(of: target)
        var search = PathSearch(graph: self, order: .cost)
        guard let edges = search.bestPath(from: start, to: end) else {
            throw .noPath(from: source.rawValue, to: target.rawValue)
        }
        return makePath(from: start, edges: edges)
    }
}

/// How paths are ranked.
enum PathOrder: Sendable {
    /// Fewest hops, then least total cost, then flows in data order.
    case hops
    /// Least total cost, then fewest hops, then flows in data order.
    case cost
}

/// A path's rank before its flows: (cost, hops) or (hops, cost), compared in that order.
struct PathLabel: Comparable, Sendable {
    var primary: Double
    var secondary: Double

    static let zero = PathLabel(primary: 0, secondary: 0)
    static let unreached = PathLabel(primary: .infinity, secondary: .infinity)

    static func + (lhs: PathLabel, rhs: PathLabel) -> PathLabel {
        PathLabel(primary: lhs.primary + rhs.primary, secondary: lhs.secondary + rhs.secondary)
    }

    static func < (lhs: PathLabel, rhs: PathLabel) -> Bool {
        (lhs.primary, lhs.secondary) < (rhs.primary, rhs.secondary)
    }
}

/// Best-path searches that may avoid some actors and some flows out of the source, for
/// `cheapestPath` and Yen's spur paths. Scratch arrays are reused from search to search.
struct PathSearch {
    let graph: FlowGraph
    let order: PathOrder
    /// Actors no path may enter.
    private(set) var blocked: [Bool]
    /// Flows the path may not take as its first hop.
    var blockedFirstEdges: [Int32] = []

    init(graph: FlowGraph, order: PathOrder) {
        self.graph = graph
        self.order = order
        blocked = [Bool](repeating: false, count: graph.actorCount)
    }

    mutating func block(_ actor: Int32) { blocked[Int(actor)] = true }
    mutating func unblockAll(_ actors: some Sequence<Int32>) { for actor in actors { blocked[Int(actor)] = false } }

    /// What taking `edge` adds to a path's label.
    @inline(__always)
    func weight(_ edge: Int32) -> PathLabel {
        switch order {
        case .cost: PathLabel(primary: Double(graph.edgeCosts[Int(edge)]), secondary: 1)
        case .hops: PathLabel(primary: 1, secondary: Double(graph.edgeCosts[Int(edge)]))
        }
    }

    /// The label of a path along `edges`, summed first hop first (as `Path.cost` sums).
    func label(of edges: [Int32]) -> PathLabel {
        edges.reduce(PathLabel.zero) { $0 + weight($1) }
    }

    /// The best path's flows from `source` to `target` that avoids the blocked actors and first
    /// flows, with at most `maxHops` hops; nil when there is none. Ties as `cheapestPath`.
    /// - Complexity: O((actors + flows) · log flows) without `maxHops`, O(maxHops · (actors + flows)) with.
    mutating func bestPath(from source: Int32, to target: Int32, maxHops: Int? = nil) -> [Int32]? {
        if source == target { return [] }
        if let maxHops { return bestPath(from: source, to: target, withinHops: maxHops) }
        let (labels, settled) = labels(toward: target, stoppingAt: source)
        guard settled[Int(source)] else { return nil }
        // A flow is on a best route when its weight plus the next actor's label is the current
        // label; labels fall strictly along the way, so the walk never repeats an actor.
        return walk(from: source, to: target) { edge, current, next, _ in
            settled[Int(next)] && labels[Int(next)] + weight(edge) == labels[Int(current)]
        }
    }

    /// The flows from `source` to `target` taken by always leaving along the first flow (in data
    /// order) that `isOnRoute(edge, from, to, hopsTaken)` accepts, leaving out loops, blocked
    /// actors and the blocked first flows: how every best-path search reads off its answer, so
    /// ties go to the flows first in data order.
    /// - Precondition: from every actor on the way, some flow is on the route.
    func walk(from source: Int32, to target: Int32, isOnRoute: (Int32, Int32, Int32, Int) -> Bool) -> [Int32] {
        var edges: [Int32] = []
        var current = source
        while current != target {
            var chosen: (edge: Int32, next: Int32)?
            for position in graph.forward.range(of: current) {
                let edge = graph.forward.edges[position]
                let next = graph.otherEnd(of: edge, from: current)
                if next == current || blocked[Int(next)] { continue }
                if current == source && blockedFirstEdges.contains(edge) { continue }
                if isOnRoute(edge, current, next, edges.count) {
                    chosen = (edge, next)
                    break
                }
            }
            guard let chosen else { preconditionFailure("an actor on a best route has a flow onward on it") }
            edges.append(chosen.edge)
            current = chosen.next
        }
        return edges
    }

    /// Dijkstra's algorithm back from `target` over the actors and flows not blocked:
    /// `labels[a]` is the best label of a path from `a` to `target` for every settled actor `a`.
    /// Stops once `source` is settled; with nil, settles every actor that reaches `target`.
    func labels(toward target: Int32, stoppingAt source: Int32?) -> (labels: [PathLabel], settled: [Bool]) {
        var labels = [PathLabel](repeating: .unreached, count: graph.actorCount)
        var settled = [Bool](repeating: false, count: graph.actorCount)
        var heap = BinaryHeap<HeapEntry>()
        labels[Int(target)] = .zero
        heap.insert(HeapEntry(label: .zero, actor: target))
        while let entry = heap.popMin() {
            let actor = entry.actor
            if settled[Int(actor)] || entry.label != labels[Int(actor)] { continue }
            settled[Int(actor)] = true
            if actor == source { break }
            for position in graph.backward.range(of: actor) {
                let edge = graph.backward.edges[position]
                let previous = graph.otherEnd(of: edge, from: actor)
                if previous == actor || blocked[Int(previous)] || settled[Int(previous)] { continue }
                if previous == source && blockedFirstEdges.contains(edge) { continue }
                let candidate = labels[Int(actor)] + weight(edge)
                if candidate < labels[Int(previous)] {
                    labels[Int(previous)] = candidate
                    heap.insert(HeapEntry(label: candidate, actor: previous))
                }
            }
        }
        return (labels, settled)
    }

    /// As `bestPath(from:to:)` with at most `maxHops` hops: Bellman–Ford by layers back from the
    /// target, `layers[h][a]` the best label of a path from a to the target of at most h hops.
    private func bestPath(from source: Int32, to target: Int32, withinHops maxHops: Int) -> [Int32]? {
        let hops = min(maxHops, graph.actorCount - 1)
        guard hops > 0 else { return nil }
        var layers: [[PathLabel]] = []
        layers.reserveCapacity(hops + 1)
        var first = [PathLabel](repeating: .unreached, count: graph.actorCount)
        first[Int(target)] = .zero
        layers.append(first)
        var changed: [Int32] = [target]
        var isChanged = [Bool](repeating: false, count: graph.actorCount)
        for _ in 1...hops {
            let previousLayer = layers[layers.count - 1]
            var layer = previousLayer
            var nextChanged: [Int32] = []
            for actor in changed {
                for position in graph.backward.range(of: actor) {
                    let edge = graph.backward.edges[position]
                    let previous = graph.otherEnd(of: edge, from: actor)
                    if previous == actor || previous == target || blocked[Int(previous)] { continue }
                    if previous == source && blockedFirstEdges.contains(edge) { continue }
                    let candidate = previousLayer[Int(actor)] + weight(edge)
                    if candidate < layer[Int(previous)] {
                        layer[Int(previous)] = candidate
                        if !isChanged[Int(previous)] {
                            isChanged[Int(previous)] = true
                            nextChanged.append(previous)
                        }
                    }
                }
            }
            for actor in nextChanged { isChanged[Int(actor)] = false }
            layers.append(layer)
            changed = nextChanged
            if changed.isEmpty { break }
        }
        let budget = layers.count - 1
        guard layers[budget][Int(source)] != .unreached else { return nil }
        // With h hops taken, the rest of the path has at most budget − h hops.
        return walk(from: source, to: target) { edge, current, next, taken in
            layers[budget - taken - 1][Int(next)] + weight(edge) == layers[budget - taken][Int(current)]
        }
    }

    /// An actor waiting in a search's heap, ranked by its label, then its index.
    struct HeapEntry: Comparable {
        let label: PathLabel
        let actor: Int32

        static func < (lhs: HeapEntry, rhs: HeapEntry) -> Bool {
            lhs.label != rhs.label ? lhs.label < rhs.label : lhs.actor < rhs.actor
        }
    }
}
