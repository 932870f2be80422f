import SupplyNet

/// Numbers the flows of a report once, across figures, so that no evidence is tabled twice: the
/// first figure that shows a flow tables its claims under the next free number; a later figure
/// that shows the same flow (with the same claims) labels its edge with that number and links to
/// those rows. A flow shown with other claims (a figure `--as-of` an earlier date) is a different
/// flow, with its own number and rows.
enum ReportLedger {
    /// `figures` with report-wide numbers and the flows they leave to earlier figures' tables.
    /// - Complexity: O(flows of all figures), hashing each flow once.
    static func numbered(_ figures: [ReportFigure]) -> [ReportFigure] {
        var tabled: [Flow: (figure: Int, number: Int)] = [:]
        var next = 1
        return figures.map { figure in
            var figure = figure
            var numbers: [FlowID: Int] = [:]
            var elsewhere: [FlowID: Int] = [:]
            for flow in figure.flows where numbers[flow.id] == nil {
                if let earlier = tabled[flow] {
                    numbers[flow.id] = earlier.number
                    elsewhere[flow.id] = earlier.figure
                } else {
                    numbers[flow.id] = next
                    tabled[flow] = (figure.number, next)
                    next += 1
                }
            }
            figure.ledgerNumbers = numbers
            figure.tabledIn = elsewhere
            return figure
        }
    }
}
