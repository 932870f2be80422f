/// What a flow's claims add up to, which decides how its edge is drawn.
public enum EvidenceState: String, CaseIterable, Sendable, Codable {
    /// At least one claim says it was delivered, and none denies it.
    case delivered
    /// The strongest claims offer or plan it.
    case offeredOrPlanned = "offered-or-planned"
    /// The strongest claims request or allege it.
    case requestedOrAlleged = "requested-or-alleged"
    /// A denial stands against a claim of delivery (or an allegation of one).
    case contested
    /// The strongest claim says no movement has been seen.
    case notObserved = "not-observed"
    /// Only denials.
    case denied

    /// A short phrase for legends and tooltips.
    public var phrase: String {
        switch self {
        case .delivered: "delivered"
        case .offeredOrPlanned: "offered or planned"
        case .requestedOrAlleged: "requested or alleged"
        case .contested: "contested (delivery claimed and denied)"
        case .notObserved: "not observed"
        case .denied: "denied"
        }
    }
}

extension ClaimStatus {
    /// How strongly a claim of this status says the flow happened; the strongest claim speaks for a flow.
    public var strength: Int {
        switch self {
        case .delivered: 6
        case .alleged: 5
        case .planned: 4
        case .offered: 3
        case .requested: 2
        case .notObserved: 1
        case .denied: 0
        }
    }
}

extension EvidenceState {
    /// How strongly a state says flows happened, for the strongest of several flows drawn as one
    /// edge: delivered first, then contested (a delivery claimed and denied), offered or planned,
    /// requested or alleged, not observed, denied.
    public var strength: Int {
        switch self {
        case .delivered: 5
        case .contested: 4
        case .offeredOrPlanned: 3
        case .requestedOrAlleged: 2
        case .notObserved: 1
        case .denied: 0
        }
    }
}
