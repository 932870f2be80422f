import SupplyNet

/// A block answered: what its figure draws and the flows its evidence table lists, numbered.
public struct ReportFigure: Hashable, Sendable {
    /// One drawing of the figure; a timeline has one per source date.
    public struct Panel: Hashable, Sendable {
        /// Above the panel, for a timeline ("As of 2023-02-24: 20 flows, 6 new").
        public let caption: String?
        public let network: Network
        /// Flows marked new in this panel.
        public let newFlows: Set<FlowID>
        /// Flows highlighted (paths), the rest faded; nil for none.
        public let highlightedFlows: Set<FlowID>?
    }

    /// Counts from 1 in the report's order.
    public let number: Int
    public let query: ReportQuery
    /// "Flows between Iran and Russia", or the block's `--title`.
    public let title: String
    /// A sentence that says what the figure shows, for its caption and for screen readers.
    public let summary: String
    /// Lines listed under the caption: the routes of a paths figure.
    public let notes: [String]
    public let panels: [Panel]
    /// Panels per row, for a timeline.
    public let columns: Int
    /// The flows the evidence table lists, in order: flow `flows[i]` has reference number `i + 1`.
    public let flows: [Flow]
    /// The network the figure draws from, for names and sources.
    public let network: Network

    /// The id every element of the figure starts with: `fig1`.
    public var id: String { "fig\(number)" }

    /// The reference number of each flow: report-wide once `ReportLedger` has numbered the report
    /// (a flow keeps its number in every figure that shows it), else 1-based in this figure.
    public var numbers: [FlowID: Int] {
        ledgerNumbers ?? Dictionary(flows.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    }

    /// Report-wide reference numbers, set by `ReportLedger`.
    var ledgerNumbers: [FlowID: Int]?
    /// Flows whose evidence an earlier figure already tables (the same flow with the same claims),
    /// with that figure's number: this figure links to those rows instead of repeating them.
    var tabledIn: [FlowID: Int] = [:]

    /// The flows this figure's own evidence table lists.
    var tabledFlows: [Flow] { flows.filter { tabledIn[$0.id] == nil } }
}
