/// The evidence on some flows as text for people: each flow's line, then every claim with its
/// quote, speaker, source and date; where claims contradict each other, the two sides side by side.
/// The flow's line counts articles and voices; a claim that relays a statement an earlier article
/// made (`Echo`) says so.
public enum EvidenceListing {
    /// `flows` described one after another, wrapped at `width` (at least 40). Text from the data is
    /// as it is: a terminal front end makes it visible-safe.
    public static func text(of flows: [Flow], in network: Network, width: Int = 100) -> String {
        flows.map { describe($0, in: network, width: max(40, width)) }.joined(separator: "\n\n")
    }

    private static func describe(_ flow: Flow, in network: Network, width: Int) -> String {
        let state = FlowEvidence(flow)?.state.phrase ?? "no claims"
        let name = { (id: ActorID) in network.actor(id)?.name ?? id.rawValue }
        var lines = ["\(flow.id): \(name(flow.from)) → \(name(flow.to)), \(EvidenceText.what(flow, in: network)) — \(state) (\(EvidenceText.weight(of: flow, in: network)))"]
        var echoOf: [ClaimID: ClaimID] = [:]
        for echo in Echo.echoes(in: flow, network: network) { for relay in echo.relays { echoOf[relay.id] = echo.first.id } }
        let block = { (claim: Claim, width: Int) in Self.block(claim, echoing: echoOf[claim.id], in: network, width: width) }
        let sides = ClaimSides(flow)
        if sides.isContradicted {
            let column = (width - 3) / 2
            let left = ["SAYS IT HAPPENED"] + sides.affirming.flatMap { [""] + block($0, column) }
            let right = ["DENIES IT OR SAW NOTHING"] + sides.disputing.flatMap { [""] + block($0, column) }
            lines += [""] + TextColumns.sideBySide(left, right, width: column)
        } else {
            for claim in flow.claims { lines += [""] + block(claim, width - 2).map { "  " + $0 } }
        }
        return lines.joined(separator: "\n")
    }

    /// One claim: status, date and who; the quote; the claim id and source, and the claim it echoes.
    private static func block(_ claim: Claim, echoing first: ClaimID?, in network: Network, width: Int) -> [String] {
        let date = EvidenceText.date(of: claim, in: network).map { " \($0)" } ?? ""
        let who = EvidenceText.attribution(of: claim, in: network)
        return TextColumns.wrap("\(claim.status.rawValue.uppercased())\(date)\(who.isEmpty ? "" : " — " + who)", width: width)
            + TextColumns.wrap("“\(claim.quote)”", width: width)
            + TextColumns.wrap("[\(claim.id)] " + EvidenceText.reference(of: claim, in: network), width: width)
            + (first.map { TextColumns.wrap("echoes [\($0)]: the same statement, relayed", width: width) } ?? [])
    }
}
