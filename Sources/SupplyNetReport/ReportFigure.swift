import SupplyNet

/// A block answered: the library's answer to its query, numbered in the report, drawn from its
/// panels with its flows' evidence listed under reference numbers.
public struct ReportFigure: Hashable, Sendable {
    /// Counts from 1 in the report's order.
    public let number: Int
    public let answer: QueryAnswer
    /// The block's opening fence.
    public let location: SourceLocation

    public init(number: Int, answer: QueryAnswer, location: SourceLocation) {
        self.number = number
        self.answer = answer
        self.location = location
    }

    public var query: NetworkQuery { answer.query }
    public var title: String { answer.title }
    public var summary: String { answer.summary }
    /// The routes of a paths figure, listed under its caption.
    public var notes: [String] { answer.notes }
    public var panels: [QueryAnswer.Panel] { answer.panels }
    /// The flows the evidence table lists: flow `flows[i]` has reference number `i + 1`.
    public var flows: [Flow] { answer.flows }
    /// The network as loaded, for names and sources.
    public var network: Network { answer.network }
    /// Panels per row, for a timeline.
    public var columns: Int { if case .timeline(let columns) = query.subject { columns } else { 1 } }

    /// The id every element of the figure starts with: `fig1`.
    public var id: String { "fig\(number)" }

    /// The reference number of each flow: report-wide once `ReportLedger` has numbered the report
    /// (a flow keeps its number in every figure that shows it), else 1-based in this figure.
    public var numbers: [FlowID: Int] {
        ledgerNumbers ?? answer.numbers
    }

    /// Report-wide reference numbers, set by `ReportLedger`.
    var ledgerNumbers: [FlowID: Int]?
    /// Flows whose evidence an earlier figure already tables (the same flow with the same claims),
    /// with that figure's number: this figure links to those rows instead of repeating them.
    var tabledIn: [FlowID: Int] = [:]

    /// The flows this figure's own evidence table lists.
    var tabledFlows: [Flow] { flows.filter { tabledIn[$0.id] == nil } }
}
