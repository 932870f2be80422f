import SupplyNet

/// A figure's legend: the flow kinds and evidence states it draws, each with its line from
/// `NetworkStyle` (the table the drawing itself uses) and words for those who cannot see colors.
struct FigureLegend: Hashable, Sendable {
    struct Entry: Hashable, Sendable {
        /// "transfer", "contested (delivery claimed and denied)".
        let label: String
        /// "red", "double line".
        let look: String
        let color: String
        let line: NetworkStyle.Line
        /// A heavier line, as for new flows and flows on a path.
        let heavy: Bool
    }

    let entries: [Entry]

    private static let neutral = "#566573"

    init(_ figure: ReportFigure) {
        let flows = figure.flows
        let kinds = FlowKind.allCases.filter { kind in flows.contains { $0.kind == kind } }
        let states = EvidenceState.allCases.filter { state in flows.contains { FlowEvidence($0)?.state == state } }
        var entries = kinds.map { kind in
            Entry(label: kind.rawValue, look: Self.colorName(kind), color: NetworkStyle.color(of: kind), line: NetworkStyle.line(of: .delivered), heavy: false)
        }
        entries += states.map { state in
            Entry(label: state.phrase, look: Self.lineName(NetworkStyle.line(of: state)), color: Self.neutral, line: NetworkStyle.line(of: state), heavy: false)
        }
        if figure.panels.contains(where: { !$0.newFlows.isEmpty }) {
            entries.append(Entry(label: "NEW: first reported in this snapshot", look: "heavier line", color: Self.neutral, line: NetworkStyle.line(of: .delivered), heavy: true))
        }
        if figure.panels.contains(where: { $0.highlightedFlows != nil }) {
            entries.append(Entry(label: "on a path (other flows faded)", look: "heavier line", color: Self.neutral, line: NetworkStyle.line(of: .delivered), heavy: true))
        }
        self.entries = entries
    }

    /// The color of a kind in words; the hex values are `NetworkStyle.color(of:)`'s.
    static func colorName(_ kind: FlowKind) -> String {
        switch kind {
        case .transfer: "red"
        case .sanction: "purple"
        case .aid: "green"
        case .strike: "black"
        case .cooperation: "blue"
        }
    }

    /// "solid line", "faded dashed line, circle head", "double line".
    static func lineName(_ line: NetworkStyle.Line) -> String {
        var words = line.doubled ? "double line" : (line.styles.first { $0 != "solid" } ?? "solid") + " line"
        if line.faded { words = "faded " + words }
        switch line.arrowHead {
        case "odot": words += ", circle head"
        case "tee": words += ", bar head"
        default: break
        }
        return words
    }

    /// The SVG stroke dashes of a line's style.
    static func dashes(_ line: NetworkStyle.Line) -> String? {
        if line.styles.contains("dashed") { return "6 4" }
        if line.styles.contains("dotted") { return "1.5 3" }
        return nil
    }
}
