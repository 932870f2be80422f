/// A party in the network: a state, an organization, an armed group, a company, a person or a
/// public body.
public struct Actor: Hashable, Sendable {
    public var id: ActorID
    public var name: String
    public var kind: ActorKind
    /// Other names the reporting uses ("Tehran", "the Islamic Republic").
    public var aliases: [String]
    /// The actor this one belongs to, such as a company's state.
    public var parent: ActorID?
    /// False for an actor a tool proposed (`extract --into`, `import`) that nobody has reviewed yet.
    public var isReviewed: Bool

    public init(id: ActorID, name: String, kind: ActorKind, aliases: [String] = [], parent: ActorID? = nil, isReviewed: Bool = true) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.parent = parent
        self.isReviewed = isReviewed
    }
}
