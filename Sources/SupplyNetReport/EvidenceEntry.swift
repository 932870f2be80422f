import SupplyNet

/// One flow of a figure's evidence table: its reference number, what it is, and a row per claim.
struct EvidenceEntry: Hashable, Sendable {
    /// One claim: the words a table shows, every one from the data (escape before writing).
    struct Row: Hashable, Sendable {
        let status: String
        let quote: String
        /// "John Kirby (United States)", or "" when the source speaks in its own voice.
        let who: String
        let sourceTitle: String
        let outlet: String?
        /// The article's address, only when it is `http` or `https`.
        let link: String?
        let date: String
        let claim: ClaimID
        let source: SourceID
    }

    let number: Int
    let flow: FlowID
    /// "Iran → Russia: transfer of Shahed drones, 120mm tank shells".
    let heading: String
    /// "contested (delivery claimed and denied), 13 claims from 3 sources".
    let state: String
    let rows: [Row]

    /// The entries of `figure`'s table, in reference-number order: its flows but those an earlier
    /// figure tables (`ReportFigure.tabledIn`).
    static func entries(of figure: ReportFigure) -> [EvidenceEntry] {
        let network = figure.network
        let numbers = figure.numbers
        return figure.tabledFlows.enumerated().map { index, flow in
            let state = (FlowEvidence(flow)?.state.phrase ?? "no claims") + ", " + EvidenceText.weight(of: flow, in: network)
            let rows = flow.claims.map { claim in
                let source = network.source(claim.source)
                return Row(
                    status: claim.status.rawValue, quote: claim.quote, who: EvidenceText.attribution(of: claim, in: network),
                    sourceTitle: source?.title ?? claim.source.rawValue, outlet: source?.outlet, link: SafeLink.web(source?.url),
                    date: EvidenceText.date(of: claim, in: network)?.description ?? "", claim: claim.id, source: claim.source)
            }
            return EvidenceEntry(
                number: numbers[flow.id] ?? index + 1, flow: flow.id, heading: EvidenceText.heading(flow, in: network), state: state, rows: rows)
        }
    }
}
