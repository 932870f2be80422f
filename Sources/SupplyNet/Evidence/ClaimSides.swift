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
