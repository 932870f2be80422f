/// An edge of the network: something moving from one actor to another, with its evidence.
public struct Flow: Hashable, Sendable {
    public var id: FlowID
    public var from: ActorID
    public var to: ActorID
    public var kind: FlowKind
    public var items: [ItemID]
    /// The evidence, in the order the claims files list it (files sorted by name).
    public var claims: [Claim]

    public init(id: FlowID, from: ActorID, to: ActorID, kind: FlowKind, items: [ItemID] = [], claims: [Claim] = []) {
        self.id = id
        self.from = from
        self.to = to
        self.kind = kind
        self.items = items
        self.claims = claims
    }
}
