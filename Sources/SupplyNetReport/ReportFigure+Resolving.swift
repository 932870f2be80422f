import SupplyNet

extension ReportFigure {
    /// Answers `query` against `network`.
    /// - Parameter number: the figure's number in the report.
    /// - Throws: `ReportError` at the word naming an unknown actor or flow, or at the block when
    ///   there is no path or nothing to draw.
    public init(_ query: ReportQuery, number: Int, in network: Network) throws(ReportError) {
        let resolver = ActorResolver(network)
        func actor(_ word: ReportQuery.Word) throws(ReportError) -> ActorID {
            do { return try resolver.resolve(word.text) } catch { throw ReportError(word.location, error.description) }
        }
        func name(_ id: ActorID) -> String { network.actor(id)?.name ?? id.rawValue }

        var view = NetworkView(
            asOf: query.asOf, kinds: query.kinds.isEmpty ? nil : Set(query.kinds),
            statuses: query.statuses.isEmpty ? nil : Set(query.statuses),
            categories: query.categories.isEmpty ? nil : Set(query.categories), radius: query.radius, grouping: query.grouping)
        if let focus = query.focus { view.focus = try actor(focus) }
        if let sender = query.sender { view.sender = try actor(sender) }
        if let recipient = query.recipient { view.recipient = try actor(recipient) }

        var title: String
        var notes: [String] = []
        var panels: [Panel]
        var flows: [Flow]
        var columns = 1
        switch query.subject {
        case .network, .flows:
            let shown = view.apply(to: network)
            if query.subject == .flows, !query.kinds.isEmpty {
                let kinds = Self.list(query.kinds.map(\.rawValue))
                title = kinds.prefix(1).uppercased() + kinds.dropFirst() + " flows" + Self.qualifiers(of: query, view, name, kinds: false)
            } else {
                title = (query.subject == .network ? "The network" : "Flows") + Self.qualifiers(of: query, view, name)
            }
            panels = [Panel(caption: nil, network: shown, newFlows: [], highlightedFlows: nil)]
            // The overview draws parallel flows as one edge: numbered together, "[3–8]".
            flows = query.subject == .network ? ParallelFlows.ordered(shown.flows) : shown.flows
        case .focus(let word):
            view.focus = try actor(word)
            let shown = view.apply(to: network)
            title = "Around \(name(view.focus!))" + Self.qualifiers(of: query, view, name)
            panels = [Panel(caption: nil, network: shown, newFlows: [], highlightedFlows: nil)]
            flows = shown.flows
        case .paths(let fromWord, let toWord, let options):
            let from = try actor(fromWord)
            let to = try actor(toWord)
            guard from != to else {
                throw ReportError(toWord.location, "'\(fromWord.text)' and '\(toWord.text)' are the same actor (\(from)); give two different actors")
            }
            let shown = view.apply(to: network)
            let graph = FlowGraph(shown, direction: options.undirected ? .undirected : .directed)
            let paths: [Path]
            do throws(QueryError) {
                guard graph.contains(from), graph.contains(to) else {
                    let missing = graph.contains(from) ? to : from
                    throw QueryError.noPath(from: name(from), to: name(to) + "; \(name(missing)) has no flows among those shown")
                }
                paths = try graph.kShortestPaths(from: from, to: to, k: options.k, byCost: options.cheapest, maxHops: options.maxHops)
                if paths.isEmpty { throw QueryError.noPath(from: name(from), to: name(to) + " within \(options.maxHops ?? 0) hops (raise --max-hops)") }
            } catch {
                throw ReportError(query.location, error.description)
            }
            let onPaths = Set(paths.flatMap(\.flows))
            let drawn = options.onlyPaths ? shown.restricted(to: shown.flows.filter { onPaths.contains($0.id) }) : shown
            var ordered: [FlowID] = []
            for id in paths.flatMap(\.flows) where !ordered.contains(id) { ordered.append(id) }
            let byID = Dictionary(drawn.flows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            flows = ordered.compactMap { byID[$0] } + drawn.flows.filter { !onPaths.contains($0.id) }
            let numbers = Dictionary(flows.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
            let order = options.cheapest ? "cheapest evidence first" : "fewest hops first"
            title = "From \(name(from)) to \(name(to)): \(paths.count == 1 ? "1 path" : "\(paths.count) paths"), \(order)"
                + Self.qualifiers(of: query, view, name)
            notes = paths.map { path in
                var route = name(path.from)
                for hop in path.hops { route += (hop.againstDirection ? " ← " : " → ") + name(hop.to) }
                let references = path.flows.compactMap { numbers[$0] }.map { "[\($0)]" }.joined(separator: " ")
                return "\(route) (\(path.hopCount == 1 ? "1 hop" : "\(path.hopCount) hops"): \(references))"
            }
            panels = [Panel(caption: nil, network: drawn, newFlows: [], highlightedFlows: onPaths)]
        case .timeline(let count):
            columns = count
            let shown = view.apply(to: network)
            let steps = Timeline.steps(of: shown)
            panels = steps.map { step in
                let sources = step.sources.count == 1 ? "1 source" : "\(step.sources.count) sources"
                return Panel(
                    caption: "As of \(step.date): \(step.network.flows.count) flows, \(step.newFlows.count) new (\(sources))",
                    network: step.network, newFlows: Set(step.newFlows), highlightedFlows: nil)
            }
            flows = steps.last?.network.flows ?? []
            title = "How the picture grew, source by source" + Self.qualifiers(of: query, view, name)
        case .show(let words):
            let shown = view.apply(to: network)
            if words.count == 2 {
                let first = try actor(words[0])
                let second = try actor(words[1])
                flows = shown.flows(between: first, and: second)
                title = "Between \(name(first)) and \(name(second))"
            } else if let flow = shown.flows.first(where: { $0.id.rawValue == words[0].text }) {
                flows = [flow]
                title = "\(name(flow.from)) → \(name(flow.to)): \(flow.kind.rawValue)"
            } else {
                let id: ActorID
                do {
                    id = try resolver.resolve(words[0].text)
                } catch {
                    let closest = ClosestMatches.to(words[0].text, among: network.flows.map(\.id.rawValue))
                    throw ReportError(
                        words[0].location, "'\(words[0].text)' is neither a flow id nor an actor; \(error.description)"
                            + (closest.isEmpty ? "" : "; closest flows: " + closest.joined(separator: ", ")))
                }
                flows = shown.flows(touching: id)
                title = "Every flow of \(name(id))"
            }
            title += query.asOf.map { ", as reported by \($0)" } ?? ""
            panels = [Panel(caption: nil, network: shown.restricted(to: flows), newFlows: [], highlightedFlows: nil)]
        case .sources:
            throw ReportError(query.location, "'sources' is a table, not a figure")
        }
        guard !flows.isEmpty else {
            throw ReportError(query.location, "'\(query.text)' shows no flows; nothing to draw (widen --as-of, --kind, --status, --item or --focus)")
        }
        self.number = number
        self.query = query
        self.title = query.title ?? title
        self.summary = Self.summary(of: flows, panels: panels, in: network)
        self.notes = notes
        self.panels = panels
        self.columns = columns
        self.flows = flows
        self.network = network
    }

    /// ", sanction only, as reported by 2023-02-28, within 1 hop of Iran": what the view options narrow
    /// (from the first word on, "to Iran", when the kinds are said before).
    private static func qualifiers(of query: ReportQuery, _ view: NetworkView, _ name: (ActorID) -> String, kinds: Bool = true) -> String {
        var parts: [String] = []
        if kinds, !query.kinds.isEmpty { parts.append(Self.list(query.kinds.map(\.rawValue)) + " only") }
        if !query.statuses.isEmpty { parts.append("with a claim " + Self.list(query.statuses.map(\.rawValue), or: true)) }
        if !query.categories.isEmpty { parts.append("of " + Self.list(query.categories.map(\.rawValue), or: true)) }
        if let sender = view.sender { parts.append("from \(name(sender))") }
        if let recipient = view.recipient { parts.append("to \(name(recipient))") }
        if let asOf = query.asOf { parts.append("as reported by \(asOf)") }
        if case .focus = query.subject {
            parts.append("within \(view.radius == 1 ? "1 hop" : "\(view.radius) hops")")
        } else if let focus = view.focus {
            parts.append("within \(view.radius == 1 ? "1 hop" : "\(view.radius) hops") of \(name(focus))")
        }
        if query.grouping == .pair { parts.append("one edge per pair and kind") }
        if !kinds, let first = parts.first, first.hasPrefix("from ") || first.hasPrefix("to ") {
            return " " + parts.joined(separator: ", ")
        }
        return parts.isEmpty ? "" : ", " + parts.joined(separator: ", ")
    }

    private static func list(_ words: [String], or: Bool = false) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + words.last!
    }

    /// "6 actors and 7 flows: 5 transfers, 2 sanctions; 4 delivered, 1 contested, 2 offered or planned."
    static func summary(of flows: [Flow], panels: [Panel], in network: Network) -> String {
        var actors: [ActorID] = []
        for flow in flows { for id in [flow.from, flow.to] where !actors.contains(id) { actors.append(id) } }
        let kinds = FlowKind.allCases.compactMap { kind -> String? in
            let count = flows.count { $0.kind == kind }
            return count == 0 ? nil : "\(count) \(kind.rawValue)\(count == 1 ? "" : kind.plural)"
        }
        let states = EvidenceState.allCases.compactMap { state -> String? in
            let count = flows.count { FlowEvidence($0)?.state == state }
            return count == 0 ? nil : "\(count) \(state.phrase)"
        }
        let claims = flows.reduce(0) { $0 + $1.claims.count }
        var text = "\(actors.count) actors and \(flows.count == 1 ? "1 flow" : "\(flows.count) flows") (\(kinds.joined(separator: ", ")); "
            + "\(states.joined(separator: ", "))), backed by \(claims == 1 ? "1 quoted claim" : "\(claims) quoted claims")"
        if panels.count > 1 { text += ", in \(panels.count) snapshots, one per source date" }
        return text + "."
    }
}

extension FlowKind {
    /// The plural ending: transfers, strikes, aid.
    fileprivate var plural: String { self == .aid ? "" : "s" }
}
