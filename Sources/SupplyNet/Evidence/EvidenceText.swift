/// Plain-text renderings of evidence for tooltips and terminals.
public enum EvidenceText {
    /// One line per claim-part: status, the quote in curly quotes, who said it, where and when.
    public static func citation(_ claim: Claim, in network: Network) -> String {
        var who = claim.speaker ?? ""
        if let party = claim.party, let actor = network.actor(party), actor.name != claim.speaker {
            who += who.isEmpty ? actor.name : " (\(actor.name))"
        }
        let source = network.source(claim.source)
        let date = claim.said ?? source?.published
        var reference = source.map { "“\($0.title)”" } ?? claim.source.rawValue
        if let outlet = source?.outlet { reference += ", \(outlet)" }
        if let date { reference += ", \(date)" }
        let attribution = who.isEmpty ? "" : " — \(who)"
        return "\(claim.status.rawValue.uppercased()): “\(claim.quote)”\(attribution). \(reference)"
    }

    /// A flow's tooltip: its summary line, the strongest claim, and the denial that contests it.
    public static func tooltip(for flow: Flow, _ evidence: FlowEvidence, in network: Network) -> String {
        let from = network.actor(flow.from)?.name ?? flow.from.rawValue
        let to = network.actor(flow.to)?.name ?? flow.to.rawValue
        let claims = flow.claims.count == 1 ? "1 claim" : "\(flow.claims.count) claims"
        var lines = ["\(from) → \(to): \(flow.kind.rawValue), \(evidence.state.phrase) (\(claims))", citation(evidence.strongest, in: network)]
        if let denial = evidence.denial { lines.append(citation(denial, in: network)) }
        return lines.joined(separator: "\n")
    }
}
