extension Network {
    /// The flows between two actors, in either direction, in data order.
    public func flows(between first: ActorID, and second: ActorID) -> [Flow] {
        flows.filter { ($0.from == first && $0.to == second) || ($0.from == second && $0.to == first) }
    }

    /// The flows an actor sends or receives, in data order.
    public func flows(touching actor: ActorID) -> [Flow] {
        flows.filter { $0.from == actor || $0.to == actor }
    }

    /// The same network holding only `flows`, the actors they touch (and `actors`), the groups
    /// holding those, and the parties their claims quote (with their groups), marked in
    /// `partyOnlyActors`: data exports keep every reference, drawings leave those actors out and
    /// tooltips still name them. The one way to narrow a network to some flows.
    /// - Parameters:
    ///   - flows: the flows to keep.
    ///   - actors: actors to keep besides those the flows touch (a focus).
    ///   - sources: the sources to keep; all when nil.
    public func restricted(to flows: [Flow], keeping actors: Set<ActorID> = [], sources: [Source]? = nil) -> Network {
        let touched = Set(flows.flatMap { [$0.from, $0.to] }).union(actors)
        let nodes = touched.union(touched.flatMap { ancestors(of: $0) })
        let parties = Set(flows.flatMap { $0.claims.compactMap(\.party) })
        let kept = nodes.union(parties).union(parties.flatMap { ancestors(of: $0) })
        return Network(
            actors: self.actors.filter { kept.contains($0.id) }, items: items, sources: sources ?? self.sources, flows: flows,
            partyOnlyActors: kept.subtracting(nodes))
    }
}
