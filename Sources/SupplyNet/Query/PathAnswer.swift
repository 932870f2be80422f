/// The paths between two actors, or why there are none.
public struct PathAnswer: Hashable, Sendable {
    public let source: ActorID
    public let target: ActorID
    public let options: NetworkQuery.PathOptions
    public let paths: [Path]
    /// How many simple paths of at most `options.maxHops` hops there are, when a limit is given.
    public let pathCount: Int?
    /// Why there is no path, saying what would find one; nil when there are paths.
    public let noPath: String?

    /// Finds the paths in `network` (a view of the data), naming actors from `names` (the data
    /// before any view, so an actor the view left out is still named).
    public init(in network: Network, from source: ActorID, to target: ActorID, options: NetworkQuery.PathOptions, names: Network) {
        self.source = source
        self.target = target
        self.options = options
        let graph = FlowGraph(network, costs: EvidenceCosts.standard.counting(options.corroboration), direction: options.undirected ? .undirected : .directed)
        let label = { (id: ActorID) in "\(names.actor(id)?.name ?? id.rawValue) (\(id))" }
        if let missing = [source, target].first(where: { !graph.contains($0) }) {
            paths = []
            pathCount = options.maxHops == nil ? nil : 0
            noPath = "\(label(missing)) has no flows among those shown; widen --as-of, --kind, --status, --item or --focus"
            return
        }
        do {
            let found = try graph.kShortestPaths(from: source, to: target, k: options.k, byCost: options.cheapest, maxHops: options.maxHops)
            var reason: String?
            if found.isEmpty, let maxHops = options.maxHops {
                let shortest = try graph.hopCount(from: source, to: target)
                reason = "no path of at most \(Self.hops(maxHops)) leads from \(label(source)) to \(label(target)); "
                    + "the shortest takes \(shortest) (--max-hops \(shortest))"
            }
            (paths, noPath) = (found, reason)
        } catch {
            (paths, noPath) = ([], Self.explainNoPath(graph: graph, source: source, target: target, label: label))
        }
        pathCount = options.maxHops.map { (try? graph.countSimplePaths(from: source, to: target, maxHops: $0)) ?? 0 }
    }

    /// The flows on the paths, each once, in the order the paths take them.
    public var flowsOnPaths: [FlowID] {
        var seen: Set<FlowID> = []
        return paths.flatMap(\.flows).filter { seen.insert($0).inserted }
    }

    /// "3 paths, fewest hops first, then cheapest evidence", or "2 of the 27 paths of at most 4 hops, …".
    public var rankingPhrase: String {
        var shown = paths.count == 1 ? "1 path" : "\(paths.count) paths"
        if let pathCount, let maxHops = options.maxHops {
            let all = pathCount == Int.max ? "more than \(Int.max)" : String(pathCount)
            shown = "\(paths.count) of the \(all) \(pathCount == 1 ? "path" : "paths") of at most \(Self.hops(maxHops))"
        }
        return shown + (options.cheapest ? ", cheapest evidence first" : ", fewest hops first, then cheapest evidence")
            + (options.corroboration == .voices ? " (corroboration counted by voices)" : "")
    }

    /// A path's route for people: "Iran → Russia ← Belarus", a hop against its flow's direction marked ←.
    public static func route(_ path: Path, name: (ActorID) -> String) -> String {
        var route = name(path.from)
        for hop in path.hops { route += (hop.againstDirection ? " ← " : " → ") + name(hop.to) }
        return route
    }

    static func hops(_ count: Int) -> String { count == 1 ? "1 hop" : "\(count) hops" }

    /// Why no chain of flows joins the two, and what each side does reach.
    private static func explainNoPath(graph: FlowGraph, source: ActorID, target: ActorID, label: (ActorID) -> String) -> String {
        var text = "no chain of flows leads from \(label(source)) to \(label(target))"
        if graph.direction == .directed {
            let either = FlowGraph(graph.network, costs: graph.costs, direction: .undirected)
            if (try? either.shortestPath(from: source, to: target)) != nil {
                return text + " in the flows' direction; --undirected follows flows either way and joins them"
            }
            text += ", even following flows either way"
        }
        let names = { (ids: [ActorID]) -> String in
            let shown = ids.prefix(5).map { graph.network.actor($0)?.name ?? $0.rawValue }
            return shown.joined(separator: ", ") + (ids.count > 5 ? " and \(ids.count - 5) more" : "")
        }
        let reached = (try? graph.reachable(from: source)) ?? []
        text += reached.isEmpty ? "; \(label(source)) reaches no one" : "; \(label(source)) reaches \(names(reached))"
        return text
    }
}
