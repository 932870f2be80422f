/// A view of a network: what is known as of a date, narrowed by flow kind, claim status, item
/// category, sender and recipient, around one actor, with one edge per flow or per actor pair and kind.
///
/// Applying a view gives a smaller `Network` that every encoder draws as usual.
public struct NetworkView: Hashable, Sendable {
    /// How flows become edges.
    public enum Grouping: String, CaseIterable, Sendable {
        /// One edge per flow.
        case flow
        /// One edge per (from, to, kind), carrying the items and claims of all its flows.
        case pair
    }

    /// Only claims from sources published by this date (a source dated by month counts from the
    /// month's last day).
    public var asOf: PartialDate?
    /// Only flows of these kinds (all when nil).
    public var kinds: Set<FlowKind>?
    /// Only flows with at least one claim of these statuses; their other claims stay (all when nil).
    public var statuses: Set<ClaimStatus>?
    /// Only flows with at least one item of these categories (all when nil).
    public var categories: Set<ItemCategory>?
    /// Only flows sent by this actor or one of its members (a company of a state, say).
    public var sender: ActorID?
    /// Only flows received by this actor or one of its members.
    public var recipient: ActorID?
    /// Only actors within `radius` hops of this one, in either direction.
    public var focus: ActorID?
    public var radius: Int
    public var grouping: Grouping
    /// Keep claims nobody has reviewed yet (proposed by `supplynet extract`); left out by default.
    public var includesUnreviewed: Bool

    public init(
        asOf: PartialDate? = nil, kinds: Set<FlowKind>? = nil, statuses: Set<ClaimStatus>? = nil,
        categories: Set<ItemCategory>? = nil, sender: ActorID? = nil, recipient: ActorID? = nil, focus: ActorID? = nil,
        radius: Int = 1, grouping: Grouping = .flow, includesUnreviewed: Bool = false
    ) {
        self.includesUnreviewed = includesUnreviewed
        self.asOf = asOf
        self.sender = sender
        self.recipient = recipient
        self.kinds = kinds
        self.statuses = statuses
        self.categories = categories
        self.focus = focus
        self.radius = radius
        self.grouping = grouping
    }

    /// Whether a source counts as published by the view's date.
    public func includes(_ source: Source) -> Bool {
        guard let asOf else { return true }
        return source.published.latestDay <= asOf.latestDay
    }

    /// Whether the view narrows by actor or by flow (a focus, a sender or recipient, kinds,
    /// statuses or item categories). A view that does not keeps every actor of the registry;
    /// `asOf`, unreviewed claims and grouping never drop an actor.
    public var narrows: Bool {
        focus != nil || sender != nil || recipient != nil || kinds != nil || statuses != nil || categories != nil
    }

    /// The network as this view shows it.
    ///
    /// A view that does not narrow (`narrows` is false) keeps every actor of the registry, those
    /// no flow uses included. One that narrows keeps the actors a kept flow touches, the focus and
    /// the groups holding them; it also keeps the parties of kept claims (and their groups), so
    /// the evidence keeps its references, and marks those in `partyOnlyActors`. Items are all kept.
    /// - Complexity: O(actors + flows + claims) plus O(radius · flows) for a focus.
    public func apply(to network: Network) -> Network {
        let sources = network.sources.filter(includes)
        let known = Set(sources.map(\.id))
        var flows: [Flow] = network.flows.compactMap { flow in
            var flow = flow
            flow.claims = flow.claims.filter { known.contains($0.source) && (includesUnreviewed || $0.isReviewed) }
            guard !flow.claims.isEmpty, kinds?.contains(flow.kind) ?? true else { return nil }
            if let statuses, !flow.claims.contains(where: { statuses.contains($0.status) }) { return nil }
            if let categories, !flow.items.contains(where: { network.item($0).map { categories.contains($0.category) } ?? false }) {
                return nil
            }
            if let sender, !Self.isPart(flow.from, of: sender, in: network) { return nil }
            if let recipient, !Self.isPart(flow.to, of: recipient, in: network) { return nil }
            return flow
        }
        if let focus {
            let near = Self.neighbourhood(of: focus, radius: radius, flows: flows)
            flows = flows.filter { near.contains($0.from) && near.contains($0.to) }
        }
        if grouping == .pair { flows = Self.groupedByPair(flows) }
        guard narrows else {
            return Network(
                actors: network.actors, items: network.items, sources: sources, flows: flows,
                partyOnlyActors: network.partyOnlyActors)
        }
        return network.restricted(to: flows, keeping: focus.map { [$0] } ?? [], sources: sources)
    }

    /// The actors within `radius` hops of `center`, following flows either way.
    static func neighbourhood(of center: ActorID, radius: Int, flows: [Flow]) -> Set<ActorID> {
        var reached: Set<ActorID> = [center]
        var frontier: Set<ActorID> = [center]
        var hops = 0
        while hops < radius, !frontier.isEmpty {
            hops += 1
            var next: Set<ActorID> = []
            for flow in flows {
                if frontier.contains(flow.from), !reached.contains(flow.to) { next.insert(flow.to) }
                if frontier.contains(flow.to), !reached.contains(flow.from) { next.insert(flow.from) }
            }
            reached.formUnion(next)
            frontier = next
        }
        return reached
    }

    /// Whether `actor` is `group` or one of its members, at any depth.
    static func isPart(_ actor: ActorID, of group: ActorID, in network: Network) -> Bool {
        actor == group || network.ancestors(of: actor).contains(group)
    }

    /// One flow per (from, to, kind), in order of first appearance: items in order, without repeats,
    /// every claim, and in `parts` the flows it stands for, in data order, each with its own items
    /// and claims. Its id is `from-to-kind`, lowercased.
    static func groupedByPair(_ flows: [Flow]) -> [Flow] {
        var grouped: [Flow] = []
        var index: [String: Int] = [:]
        for flow in flows {
            let key = "\(flow.from.rawValue)-\(flow.to.rawValue)-\(flow.kind.rawValue)".lowercased()
            if let position = index[key] {
                for item in flow.items where !grouped[position].items.contains(item) { grouped[position].items.append(item) }
                grouped[position].claims += flow.claims
                grouped[position].parts.append(flow)
            } else {
                index[key] = grouped.count
                grouped.append(
                    Flow(id: FlowID(key), from: flow.from, to: flow.to, kind: flow.kind, items: flow.items, claims: flow.claims, parts: [flow]))
            }
        }
        return grouped
    }
}
