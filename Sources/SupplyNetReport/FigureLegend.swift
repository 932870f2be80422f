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
        /// Drawn as the dashed box around an actor and its members, not as a line.
        var box = false
    }

    let entries: [Entry]

    private static let neutral = "#566573"

    init(_ figure: ReportFigure) {
        let flows = figure.flows
        let kinds = FlowKind.allCases.filter { kind in flows.contains { $0.kind == kind } }
        // The states drawn: an aggregated figure draws each pair and kind in its strongest state.
        let aggregated = (figure.query.subject == .network && !figure.query.everyFlow) || figure.panels.count > 1
        let drawn = Set(
            aggregated
                ? figure.panels.flatMap { ParallelFlows.groups(of: $0.network.flows).map(\.strongestState) }
                : flows.compactMap { FlowEvidence($0)?.state })
        let states = EvidenceState.allCases.filter(drawn.contains)
        var entries = kinds.map { kind in
            Entry(label: kind.rawValue, look: Self.colorName(kind), color: NetworkStyle.color(of: kind), line: NetworkStyle.line(of: .delivered), heavy: false)
        }
        entries += states.map { state in
            Entry(label: state.phrase, look: Self.lineName(NetworkStyle.line(of: state)), color: Self.neutral, line: NetworkStyle.line(of: state), heavy: false)
        }
        if figure.panels.contains(where: { !$0.newFlows.isEmpty }) {
            entries.append(Entry(label: "NEW: first reported in this snapshot", look: "heavier line", color: Self.neutral, line: NetworkStyle.line(of: .delivered), heavy: true))
        }
        if aggregated, figure.panels.contains(where: { ParallelFlows.groups(of: $0.network.flows).contains { $0.flows.count > 1 } }) {
            entries.append(
                Entry(
                    label: "[1–6] 6 flows: several flows of one actor pair and kind as one edge, drawn as the strongest of them",
                    look: "their numbers and count on the label", color: Self.neutral, line: NetworkStyle.line(of: .delivered), heavy: false))
        }
        if figure.panels.contains(where: { Self.drawsGroups($0.network) }) {
            var entry = Entry(
                label: "an actor and its members (\"Russia and its members\")", look: "dashed box", color: NetworkStyle.groupColor,
                line: NetworkStyle.line(of: .offeredOrPlanned), heavy: false)
            entry.box = true
            entries.append(entry)
        }
        if figure.panels.contains(where: { SingleVoiceFlow.isMarked(in: $0.network, aggregated: aggregated, numbersOnly: figure.panels.count > 1) }) {
            entries.append(
                Entry(
                    label: "\(NetworkStyle.singleVoiceMark): several articles, one party says it: one voice relayed, not corroboration",
                    look: "marked under the label", color: Self.neutral, line: NetworkStyle.line(of: .delivered), heavy: false))
        }
        if figure.panels.contains(where: { $0.highlightedFlows != nil }) {
            entries.append(Entry(label: "on a path (other flows faded)", look: "heavier line", color: Self.neutral, line: NetworkStyle.line(of: .delivered), heavy: true))
        }
        self.entries = entries
    }

    /// Whether a drawing of `network` boxes an actor with its members.
    static func drawsGroups(_ network: Network) -> Bool {
        let shown = Set(network.actors.map(\.id)).subtracting(network.partyOnlyActors)
        return network.actors.contains { actor in shown.contains(actor.id) && actor.parent.map { shown.contains($0) } == true }
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
