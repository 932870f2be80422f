/// What a hop costs, from its flow's evidence: the weaker the evidence, the dearer the hop, so the
/// cheapest path is the best-attested one.
///
/// A flow's cost is the cost of its strongest claim's status (the claim `FlowEvidence` picks),
/// divided by a corroboration factor that grows with the number of independent confirmations
/// among the claims saying it happened (or was offered, requested, planned, alleged): distinct
/// parties by default, or distinct voices (`corroboration`; see `FlowVoices`). Articles do not
/// count: one statement relayed by three outlets is one confirmation.
///
///     cost = statusCosts[strongest.status] / (1 + corroborationStep · (confirmations − 1))
///
/// Denials and "not observed" never corroborate: a flow only denied costs its status's cost
/// whatever the number of denials. A denial does not raise the cost of a flow whose delivery is
/// claimed either: the strongest claim speaks for the flow, as it does in the drawing.
///
/// With `standard`, a delivery confirmed by two parties costs 1/1.5 ≈ 0.67, less than one
/// allegation (2) or one offer (3); a delivery one official told three outlets costs 1.
public struct EvidenceCosts: Hashable, Sendable {
    /// The cost of a hop whose strongest claim has this status, before corroboration. A status
    /// left out costs `unclaimed`.
    public var statusCosts: [ClaimStatus: Double]
    /// How much each further confirmation lowers the cost: the divisor is `1 + corroborationStep · (confirmations − 1)`.
    public var corroborationStep: Double
    /// What counts as a confirmation: distinct parties (the default) or distinct voices.
    public var corroboration: Corroboration
    /// The cost of a flow with no claims (only hand-built networks have them).
    public var unclaimed: Double

    /// Costs must be positive and finite; `corroborationStep` must be zero or more.
    public init(statusCosts: [ClaimStatus: Double], corroborationStep: Double, unclaimed: Double, corroboration: Corroboration = .parties) {
        precondition(statusCosts.values.allSatisfy { $0 > 0 && $0.isFinite } && unclaimed > 0 && unclaimed.isFinite, "costs must be positive and finite")
        precondition(corroborationStep >= 0 && corroborationStep.isFinite, "corroborationStep must be zero or more")
        self.statusCosts = statusCosts
        self.corroborationStep = corroborationStep
        self.unclaimed = unclaimed
        self.corroboration = corroboration
    }

    /// Delivered 1, alleged 2, planned 3, offered 3, requested 4, not observed 8, denied 10; each
    /// further party adds 0.5 to the divisor.
    public static let standard = EvidenceCosts(
        statusCosts: [
            .delivered: 1, .alleged: 2, .planned: 3, .offered: 3, .requested: 4, .notObserved: 8, .denied: 10,
        ],
        corroborationStep: 0.5, unclaimed: 10)

    /// Every hop costs 1, whatever its evidence: cheapest becomes fewest hops.
    public static let uniform = EvidenceCosts(
        statusCosts: Dictionary(uniqueKeysWithValues: ClaimStatus.allCases.map { ($0, 1.0) }), corroborationStep: 0, unclaimed: 1)

    /// These costs, counting confirmations as `corroboration` says.
    public func counting(_ corroboration: Corroboration) -> EvidenceCosts {
        var costs = self
        costs.corroboration = corroboration
        return costs
    }

    /// The cost of a hop along `flow`; `network` names the outlets of unattributed claims.
    /// - Complexity: O(claims).
    public func cost(of flow: Flow, in network: Network) -> Double {
        guard let evidence = FlowEvidence(flow) else { return unclaimed }
        let confirmations = ClaimSides(flow).affirming.isEmpty ? 1 : FlowVoices(flow, in: network).count(corroboration)
        return cost(status: evidence.strongest.status, confirmations: confirmations)
    }

    /// The cost of a hop whose strongest claim has `status`, confirmed by `confirmations`
    /// independent voices or parties (counted as 1 when fewer).
    public func cost(status: ClaimStatus, confirmations: Int) -> Double {
        let base = statusCosts[status] ?? unclaimed
        return base / (1 + corroborationStep * Double(max(1, confirmations) - 1))
    }
}
