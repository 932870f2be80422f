/// The summary of a flow's claims: its evidence state, its strongest claim and the denial
/// that contests it.
public struct FlowEvidence: Hashable, Sendable {
    public let state: EvidenceState
    /// The claim with the strongest status; among equals, an attributed one (with a speaker or
    /// party) before one the source makes in its own voice, then the first listed.
    public let strongest: Claim
    /// The first denial, when the flow is contested.
    public let denial: Claim?

    private static func rank(_ claim: Claim) -> (Int, Int) {
        (claim.status.strength, claim.speaker != nil || claim.party != nil ? 1 : 0)
    }

    /// Summarises `flow`'s claims, or returns nil when it has none.
    public init?(_ flow: Flow) {
        guard var strongest = flow.claims.first else { return nil }
        for claim in flow.claims.dropFirst() where Self.rank(claim) > Self.rank(strongest) {
            strongest = claim
        }
        let denial = flow.claims.first { $0.status == .denied }
        let claimsDelivery = strongest.status == .delivered || strongest.status == .alleged
        self.strongest = strongest
        self.denial = claimsDelivery ? denial : nil
        if claimsDelivery, denial != nil {
            state = .contested
            return
        }
        switch strongest.status {
        case .delivered: state = .delivered
        case .offered, .planned: state = .offeredOrPlanned
        case .requested, .alleged: state = .requestedOrAlleged
        case .notObserved: state = .notObserved
        case .denied: state = .denied
        }
    }
}
