/// A loaded, validated supply network: actors and items, the sources, and the flows with their claims.
///
/// Collections keep the order of the files they were read from, so everything derived from a
/// network (DOT, JSON) is deterministic.
public struct Network: Hashable, Sendable {
    public var actors: [Actor]
    public var items: [Item]
    public var sources: [Source]
    public var flows: [Flow]
    /// The actors held only because a claim names them as its speaker's party: a view that
    /// narrows keeps them (with their groups) so the evidence keeps its references. Data exports
    /// list them with the other actors; drawings leave them out. Empty for a network as loaded.
    public var partyOnlyActors: Set<ActorID>

    private var actorIndex: [ActorID: Int]
    private var itemIndex: [ItemID: Int]
    private var sourceIndex: [SourceID: Int]

    public init(actors: [Actor], items: [Item], sources: [Source], flows: [Flow], partyOnlyActors: Set<ActorID> = []) {
        self.actors = actors
        self.items = items
        self.sources = sources
        self.flows = flows
        self.partyOnlyActors = partyOnlyActors
        actorIndex = Dictionary(actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        itemIndex = Dictionary(items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        sourceIndex = Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func actor(_ id: ActorID) -> Actor? { actorIndex[id].map { actors[$0] } }
    public func item(_ id: ItemID) -> Item? { itemIndex[id].map { items[$0] } }
    public func source(_ id: SourceID) -> Source? { sourceIndex[id].map { sources[$0] } }

    /// The groups `id` belongs to: its parent, the parent's parent and so on, nearest first.
    public func ancestors(of id: ActorID) -> [ActorID] {
        var result: [ActorID] = []
        var current = actor(id)?.parent
        while let parent = current, !result.contains(parent) {
            result.append(parent)
            current = actor(parent)?.parent
        }
        return result
    }

    /// The actors whose parent is `id`, in registry order.
    public func members(of id: ActorID) -> [Actor] { actors.filter { $0.parent == id } }

    /// Every claim in the network, flow by flow.
    public var claims: [Claim] { flows.flatMap(\.claims) }
}
