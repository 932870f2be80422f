import Foundation

/// What the exports (GraphML, GEXF, the transfer register) say about one flow, computed once, in
/// the data's order.
struct FlowSummary {
    /// An item of the flow, resolved; an id the registry lacks stands for itself, without a category.
    struct ResolvedItem {
        let id: ItemID
        let name: String
        let category: ItemCategory?
    }

    let flow: Flow
    /// Nil when the flow has no claims (a validated network always has some).
    let evidence: FlowEvidence?
    /// The flow's items, in its order.
    let items: [ResolvedItem]
    /// The items' categories, first occurrence first, without repeats.
    let categories: [ItemCategory]
    /// The sources the claims cite, first citation first, without repeats.
    let sources: [SourceID]
    /// Each claim's date: when it was said, else its source's publication date.
    let claimDates: [PartialDate]
    /// The first day on which a source reporting the flow is known to have been published: the
    /// earliest of the sources' `latestDay`s (a source dated 2022-12 counts from 2022-12-31).
    let firstPublished: PartialDate?
    /// Who the flow rests on: the articles, voices and parties saying it happened.
    let voices: FlowVoices
    /// The network the flow is in, for names.
    let network: Network

    init(_ flow: Flow, in network: Network) {
        self.flow = flow
        evidence = FlowEvidence(flow)
        items = flow.items.map { id in
            let item = network.item(id)
            return ResolvedItem(id: id, name: item?.name ?? id.rawValue, category: item?.category)
        }
        categories = Self.unique(items.compactMap(\.category))
        sources = Self.unique(flow.claims.map(\.source))
        claimDates = flow.claims.compactMap { $0.said ?? network.source($0.source)?.published }
        firstPublished = sources.compactMap { network.source($0)?.published.latestDay }.min()
        voices = FlowVoices(flow, in: network)
        self.network = network
    }

    /// How many claims have `status`.
    func count(of status: ClaimStatus) -> Int {
        flow.claims.count { $0.status == status }
    }

    /// The earliest claim date, by the first day each can mean (`PartialDate`'s order).
    var firstDate: PartialDate? { claimDates.min() }
    /// The latest claim date, by the last day each can mean (2023-05 ends after 2023-05-15).
    var lastDate: PartialDate? { Self.latest(claimDates) }

    /// The claims' quantities as words with their unit, written once ("more than 400 drones"),
    /// without repeats.
    var quantities: [String] {
        Self.unique(flow.claims.compactMap { $0.quantity?.phrase })
    }

    /// The span the claims refer to, as an ISO 8601 interval: the earliest `period.from` and the
    /// latest `period.to`, `..` for an open end ("2022-08/..", "../2022-02"); nil when no claim
    /// gives a period.
    var period: String? {
        let periods = flow.claims.compactMap(\.period)
        guard !periods.isEmpty else { return nil }
        let from = periods.compactMap(\.from).min()
        let to = Self.latest(periods.compactMap(\.to))
        guard from != nil || to != nil else { return nil }
        return "\(from?.description ?? "..")/\(to?.description ?? "..")"
    }

    /// The date of `dates` that reaches furthest: the latest `latestDay`, then the finer date.
    static func latest(_ dates: [PartialDate]) -> PartialDate? {
        dates.max { ($0.latestDay, $0) < ($1.latestDay, $1) }
    }

    /// The attribute name of a status count: the raw value with `_` for `-` (`not_observed`).
    static func attributeName(of status: ClaimStatus) -> String {
        status.rawValue.replacingOccurrences(of: "-", with: "_")
    }

    /// The name of actor `id`, or the id when the registry lacks it.
    static func name(of id: ActorID, in network: Network) -> String {
        network.actor(id)?.name ?? id.rawValue
    }

    /// `values` without repeats, first occurrence first.
    static func unique<Value: Hashable>(_ values: [Value]) -> [Value] {
        var seen = Set<Value>()
        return values.filter { seen.insert($0).inserted }
    }
}
