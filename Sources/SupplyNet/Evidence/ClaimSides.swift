/// A flow's claims split into the two sides of a contradiction: those that say it happened (or
/// was offered, requested, planned, alleged) and those that deny it or saw nothing.
public struct ClaimSides: Hashable, Sendable {
    public let affirming: [Claim]
    public let disputing: [Claim]

    public init(_ flow: Flow) {
        affirming = flow.claims.filter { !Self.isDisputing($0.status) }
        disputing = flow.claims.filter { Self.isDisputing($0.status) }
    }

    /// Whether both sides have claims: the flow is disputed.
    public var isContradicted: Bool { !affirming.isEmpty && !disputing.isEmpty }

    static func isDisputing(_ status: ClaimStatus) -> Bool {
        status == .denied || status == .notObserved
    }
}

extension Network {
    /// The flows between two actors, in either direction, in data order.
    public func flows(between first: ActorID, and second: ActorID) -> [Flow] {
        flows.filter { ($0.from == first && $0.to == second) || ($0.from == second && $0.to == first) }
    }

    /// The flows an actor sends or receives, in data order.
    public func flows(touching actor: ActorID) -> [Flow] {
        flows.filter { $0.from == actor || $0.to == actor }
    }

    /// The same network holding only `flows`, the actors they touch and the groups holding those,
    /// and the parties their claims quote (with their groups), marked in `partyOnlyActors`: data
    /// exports keep every reference, drawings leave those actors out and tooltips still name them.
    public func restricted(to flows: [Flow]) -> Network {
        let touched = Set(flows.flatMap { [$0.from, $0.to] })
        let nodes = touched.union(touched.flatMap { ancestors(of: $0) })
        let parties = Set(flows.flatMap { $0.claims.compactMap(\.party) })
        let kept = nodes.union(parties).union(parties.flatMap { ancestors(of: $0) })
        return Network(
            actors: actors.filter { kept.contains($0.id) }, items: items, sources: sources, flows: flows,
            partyOnlyActors: kept.subtracting(nodes))
    }
}
