/// An edge of the network: something moving from one actor to another, with its evidence.
public struct Flow: Hashable, Sendable {
    public var id: FlowID
    public var from: ActorID
    public var to: ActorID
    public var kind: FlowKind
    public var items: [ItemID]
    /// The evidence, in the order the claims files list it (files sorted by name).
    public var claims: [Claim]
    /// The recorded flows a grouped edge stands for (a view with `--group pair`), in data order,
    /// each with its own items and claims; empty for a flow as recorded.
    public var parts: [Flow]

    public init(
        id: FlowID, from: ActorID, to: ActorID, kind: FlowKind, items: [ItemID] = [], claims: [Claim] = [],
        parts: [Flow] = []
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.kind = kind
        self.items = items
        self.claims = claims
        self.parts = parts
    }
}
