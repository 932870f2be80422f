/// A query answered: what its drawing shows and the flows whose evidence it cites, in order.
///
/// Front ends print or draw this value and add nothing: the command line writes it as text, JSON
/// or a drawing, a report as a figure with its evidence table, the explorer as a page.
public struct QueryAnswer: Hashable, Sendable {
    /// One drawing of the answer; a timeline has one per source date.
    public struct Panel: Hashable, Sendable {
        /// Above the panel, for a timeline ("As of 2023-02-24: 20 flows, 6 new (1 source)").
        public let caption: String?
        /// The date a timeline's snapshot ends at.
        public let date: PartialDate?
        public let network: Network
        /// Flows marked new in this panel.
        public let newFlows: Set<FlowID>
        /// Flows highlighted (paths), the rest faded; nil for none.
        public let highlightedFlows: Set<FlowID>?
    }

    public let query: NetworkQuery
    /// "Flows between Iran and Russia", or the query's `--title`.
    public let title: String
    /// A sentence that says what the answer shows, for a caption and for screen readers.
    public let summary: String
    /// The routes of a paths answer, one line each, with the flows' reference numbers.
    public let notes: [String]
    public let panels: [Panel]
    /// The flows the answer cites, in order: flow `flows[i]` has reference number `i + 1`.
    public let flows: [Flow]
    /// The paths, for a `paths` query.
    public let paths: PathAnswer?
    /// The network as loaded, before the view: for names and sources.
    public let network: Network

    /// Answers `query` against `network`.
    /// - Throws: `NetworkQueryError` (`.invalid`) at the word naming an unknown actor or flow, or
    ///   giving the same actor twice. An answer that shows nothing is not an error: see `unanswered`.
    public init(_ query: NetworkQuery, in network: Network) throws(NetworkQueryError) {
        let resolver = ActorResolver(network)
        func actor(_ word: NetworkQuery.Word) throws(NetworkQueryError) -> ActorID {
            do { return try resolver.resolve(word.text) } catch {
                throw NetworkQueryError(.invalid, word.location ?? query.location, (word.option.map { "\($0): " } ?? "") + error.description)
            }
        }
        func name(_ id: ActorID) -> String { network.actor(id)?.name ?? id.rawValue }

        var view = NetworkView(
            asOf: query.asOf, kinds: query.kinds.isEmpty ? nil : Set(query.kinds),
            statuses: query.statuses.isEmpty ? nil : Set(query.statuses),
            categories: query.categories.isEmpty ? nil : Set(query.categories), radius: query.radius, grouping: query.grouping,
            includesUnreviewed: query.includesUnreviewed)
        if let focus = query.focus { view.focus = try actor(focus) }
        if let sender = query.sender { view.sender = try actor(sender) }
        if let recipient = query.recipient { view.recipient = try actor(recipient) }

        var title: String
        var notes: [String] = []
        var panels: [Panel]
        var flows: [Flow]
        var paths: PathAnswer?
        let qualifiers = { (kinds: Bool) in Self.qualifiers(of: query, view, name, kinds: kinds) }
        switch query.subject {
        case .network, .flows, .sources:
            var shown = view.apply(to: network)
            if query.singleVoice {
                let single = SingleVoiceFlow.all(in: shown)
                shown = shown.restricted(to: single.map(\.flow))
                notes = single.map { $0.note(in: network) }
            }
            if query.subject == .flows, !query.kinds.isEmpty {
                let kinds = Self.list(query.kinds.map(\.rawValue))
                title = kinds.prefix(1).uppercased() + kinds.dropFirst() + " flows" + qualifiers(false)
            } else {
                title = (query.subject == .flows ? (query.singleVoice ? "Flows several articles report and one party says" : "Flows") : query.subject == .sources ? "Sources" : "The network") + qualifiers(true)
            }
            panels = [Panel(caption: nil, date: nil, network: shown, newFlows: [], highlightedFlows: nil)]
            // The overview draws parallel flows as one edge: numbered together, "[3–8]".
            flows = query.subject == .network && !query.everyFlow ? ParallelFlows.ordered(shown.flows) : shown.flows
        case .focus(let word):
            view.focus = try actor(word)
            let shown = view.apply(to: network)
            title = "Around \(name(view.focus!))" + qualifiers(true)
            panels = [Panel(caption: nil, date: nil, network: shown, newFlows: [], highlightedFlows: nil)]
            flows = shown.flows
        case .paths(let fromWord, let toWord, let options):
            let from = try actor(fromWord)
            let to = try actor(toWord)
            guard from != to else {
                throw NetworkQueryError(
                    .invalid, toWord.location ?? query.location,
                    "'\(fromWord.text)' and '\(toWord.text)' are the same actor (\(from)); give two different actors")
            }
            let shown = view.apply(to: network)
            let answer = PathAnswer(in: shown, from: from, to: to, options: options, names: network)
            let onPaths = answer.flowsOnPaths
            let highlighted = Set(onPaths)
            let drawn = options.onlyPaths ? shown.restricted(to: shown.flows.filter { highlighted.contains($0.id) }) : shown
            let byID = Dictionary(drawn.flows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            flows = onPaths.compactMap { byID[$0] } + drawn.flows.filter { !highlighted.contains($0.id) }
            let numbers = Dictionary(flows.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
            title = "From \(name(from)) to \(name(to)): \(answer.rankingPhrase)" + qualifiers(true)
            notes = answer.paths.map { path in
                let references = path.flows.compactMap { numbers[$0] }.map { "[\($0)]" }.joined(separator: " ")
                return "\(PathAnswer.route(path, name: name)) (\(PathAnswer.hops(path.hopCount)): \(references))"
            }
            panels = [Panel(caption: nil, date: nil, network: drawn, newFlows: [], highlightedFlows: highlighted)]
            paths = answer
        case .timeline:
            let shown = view.apply(to: network)
            // Before the snapshots are made: each is a network, and a timeline is only for drawing.
            do throws(LayoutBudgetError) {
                try LayoutBudget.checkTimeline(shown, snapshots: Timeline.dates(of: shown).count, engine: query.engine)
            } catch {
                throw NetworkQueryError(.unanswered, query.location, "the timeline is too large to draw: \(error.description)")
            }
            let steps = Timeline.steps(of: shown)
            panels = steps.map { step in
                let sources = step.sources.count == 1 ? "1 source" : "\(step.sources.count) sources"
                return Panel(
                    caption: "As of \(step.date): \(step.network.flows.count) flows, \(step.newFlows.count) new (\(sources))",
                    date: step.date, network: step.network, newFlows: Set(step.newFlows), highlightedFlows: nil)
            }
            flows = steps.last?.network.flows ?? []
            title = "How the picture grew, source by source" + qualifiers(true)
        case .show(let words):
            let shown = view.apply(to: network)
            if words.count == 2 {
                let first = try actor(words[0])
                let second = try actor(words[1])
                flows = shown.flows(between: first, and: second)
                title = "Between \(name(first)) and \(name(second))"
            } else if let flow = network.flows.first(where: { $0.id.rawValue == words[0].text }) {
                // A flow of the data, whose claims the view may leave out (none published by --as-of).
                flows = shown.flows.filter { $0.id == flow.id }
                title = "\(name(flow.from)) → \(name(flow.to)): \(flow.kind.rawValue)"
            } else {
                let id: ActorID
                do {
                    id = try resolver.resolve(words[0].text)
                } catch {
                    let closest = ClosestMatches.to(words[0].text, among: network.flows.map(\.id.rawValue))
                    throw NetworkQueryError(
                        .invalid, words[0].location ?? query.location,
                        "'\(words[0].text)' is neither a flow id nor an actor; \(error.description)"
                            + (closest.isEmpty ? "" : "; closest flows: " + closest.joined(separator: ", ")))
                }
                flows = shown.flows(touching: id)
                title = "Every flow of \(name(id))"
            }
            title += query.asOf.map { ", as reported by \($0)" } ?? ""
            panels = [Panel(caption: nil, date: nil, network: shown.restricted(to: flows), newFlows: [], highlightedFlows: nil)]
        }
        self.query = query
        self.title = query.title ?? title
        self.summary = Self.summary(of: flows, snapshots: panels.count)
        self.notes = notes
        self.panels = panels
        self.flows = flows
        self.paths = paths
        self.network = network
    }

    /// One source of the answer, with how much of the answer it supports.
    public struct SourceTally: Hashable, Sendable {
        public let source: Source
        /// The source's place among the network's sources, 0-based: a stable anchor.
        public let position: Int
        /// The answer's claims that quote it.
        public let claims: Int
        /// The answer's flows with at least one such claim.
        public let flows: Int
    }

    /// The sources the answer shows (those published by `--as-of`), in data order, each with the
    /// claims and flows of the answer it supports: the table a `sources` query asks for.
    /// - Complexity: O(sources + claims).
    public var sourceTallies: [SourceTally] {
        let shown = self.shown
        var claims: [SourceID: Int] = [:]
        var flows: [SourceID: Int] = [:]
        for flow in shown.flows {
            for source in Set(flow.claims.map(\.source)) { flows[source, default: 0] += 1 }
            for claim in flow.claims { claims[claim.source, default: 0] += 1 }
        }
        let kept = Set(shown.sources.map(\.id))
        return network.sources.enumerated().compactMap { position, source in
            guard kept.contains(source.id) else { return nil }
            return SourceTally(source: source, position: position, claims: claims[source.id] ?? 0, flows: flows[source.id] ?? 0)
        }
    }

    /// Why the answer shows nothing, when it does not: there is no path, or no flow is shown.
    public var unanswered: NetworkQueryError? {
        if let noPath = paths?.noPath { return NetworkQueryError(.unanswered, query.location, "no path: \(noPath)") }
        guard flows.isEmpty else { return nil }
        return NetworkQueryError(
            .unanswered, query.location,
            "'\(query.text)' shows no flows; widen --as-of, --kind, --status, --item or --focus")
    }

    /// The network the answer shows: its one drawing, or a timeline's last snapshot.
    public var shown: Network {
        panels.last?.network ?? Network(actors: [], items: network.items, sources: [], flows: [])
    }

    /// The reference number of each flow, 1-based.
    public var numbers: [FlowID: Int] {
        Dictionary(flows.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    }
}
