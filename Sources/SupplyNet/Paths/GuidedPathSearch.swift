/// Best paths toward one fixed target, each from its own source and with its own blocked actors
/// and first flows: Yen's spur searches.
///
/// One Dijkstra back from the target with nothing blocked gives every actor its best label to
/// the target. Blocking only removes paths, so those labels never overestimate: each spur search
/// is A* forward from its source with them as the heuristic, and it looks only at actors that
/// could lie on a route as good as the best one left, instead of everything nearer the target.
/// Ties are broken as `PathSearch.bestPath` breaks them (then the flows in data order).
struct GuidedPathSearch {
    let target: Int32
    /// Each actor's best label to the target with nothing blocked (`.unreached` when none).
    private let toTarget: [PathLabel]
    /// The best label from the current source, valid where `reached` holds the generation.
    private var fromSource: [PathLabel]
    private var reached: [UInt32]
    private var settled: [UInt32]
    /// Whether a settled actor lies on a best route to the target (filled after the search).
    private var onBestRoute: [Bool]
    private var generation: UInt32 = 0

    /// Prepares searches toward `target`, pricing flows as `search` does (nothing blocked yet).
    init(target: Int32, pricedLike search: PathSearch) {
        self.target = target
        let actorCount = search.graph.actorCount
        toTarget = PathSearch(graph: search.graph, order: search.order).labels(toward: target, stoppingAt: nil).labels
        fromSource = [PathLabel](repeating: .unreached, count: actorCount)
        reached = [UInt32](repeating: 0, count: actorCount)
        settled = reached
        onBestRoute = [Bool](repeating: false, count: actorCount)
    }

    /// The best path's flows from `source` to the target avoiding what `search` blocks, or nil.
    /// The same answer as `search.bestPath(from: source, to: target)`.
    mutating func bestPath(from source: Int32, avoiding search: PathSearch) -> [Int32]? {
        if source == target { return [] }
        guard toTarget[Int(source)] != .unreached else { return nil }
        generation &+= 1
        let graph = search.graph
        // A*: settle every actor whose label from the source plus its label to the target is at
        // most the best path's, in increasing order of that sum.
        var order: [Int32] = []
        var best = PathLabel.unreached
        var heap = BinaryHeap<PathSearch.HeapEntry>()
        reach(source, label: .zero)
        heap.insert(PathSearch.HeapEntry(label: toTarget[Int(source)], actor: source))
        while let entry = heap.popMin() {
            if best < entry.label { break }
            let actor = entry.actor
            if settled[Int(actor)] == generation || entry.label != fromSource[Int(actor)] + toTarget[Int(actor)] { continue }
            settled[Int(actor)] = generation
            order.append(actor)
            if actor == target {
                best = fromSource[Int(actor)]
                continue
            }
            for position in graph.forward.range(of: actor) {
                let edge = graph.forward.edges[position]
                let next = graph.otherEnd(of: edge, from: actor)
                if next == actor || search.blocked[Int(next)] || toTarget[Int(next)] == .unreached { continue }
                if actor == source && search.blockedFirstEdges.contains(edge) { continue }
                if settled[Int(next)] == generation { continue }
                let candidate = fromSource[Int(actor)] + search.weight(edge)
                if reached[Int(next)] != generation || candidate < fromSource[Int(next)] {
                    reach(next, label: candidate)
                    heap.insert(PathSearch.HeapEntry(label: candidate + toTarget[Int(next)], actor: next))
                }
            }
        }
        guard best != .unreached else { return nil }
        // Which settled actors lie on a best route: the target, and any actor with a tight flow
        // (its label plus the flow's weight is the next actor's label) to one that does. Labels
        // grow along tight flows, so deciding the actors by decreasing label decides the next
        // actor first. (A* settles by label plus estimate, which need not be that order.)
        order.sort { fromSource[Int($0)] == fromSource[Int($1)] ? $0 < $1 : fromSource[Int($1)] < fromSource[Int($0)] }
        for actor in order {
            onBestRoute[Int(actor)] = actor == target || hasTightFlow(from: actor, source: source, search: search)
        }
        // Forward along the first tight flow to an actor on a best route, as `bestPath` walks.
        return search.walk(from: source, to: target) { edge, current, next, _ in isTight(edge, from: current, to: next, search: search) }
    }

    private mutating func reach(_ actor: Int32, label: PathLabel) {
        reached[Int(actor)] = generation
        fromSource[Int(actor)] = label
    }

    /// Whether `edge` from `actor` to `next` is tight and leads to a settled actor on a best route.
    private func isTight(_ edge: Int32, from actor: Int32, to next: Int32, search: PathSearch) -> Bool {
        settled[Int(next)] == generation && onBestRoute[Int(next)] && fromSource[Int(actor)] + search.weight(edge) == fromSource[Int(next)]
    }

    /// Whether some flow out of `actor` that the search allows is tight.
    private func hasTightFlow(from actor: Int32, source: Int32, search: PathSearch) -> Bool {
        let graph = search.graph
        for position in graph.forward.range(of: actor) {
            let edge = graph.forward.edges[position]
            let next = graph.otherEnd(of: edge, from: actor)
            if next == actor || search.blocked[Int(next)] { continue }
            if actor == source && search.blockedFirstEdges.contains(edge) { continue }
            if isTight(edge, from: actor, to: next, search: search) { return true }
        }
        return false
    }
}
