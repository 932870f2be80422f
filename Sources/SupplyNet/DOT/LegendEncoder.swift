/// The legend cluster, a key to the figure: one table whose rows are straight, aligned samples of
/// each flow kind's color and each evidence state's line (with its arrowhead), the group box when
/// the figure has one, and a sample node per actor kind, all from `NetworkStyle`, the table the
/// drawing itself uses, and only what the figure draws.
///
/// The samples are table cells (HTML-like label), not laid-out edges, so no layout engine can
/// slant or bend them: the key looks the same in SVG, PNG and PDF.
struct LegendEncoder {
    let flowKinds: [FlowKind]
    let states: [EvidenceState]
    let actorKinds: [ActorKind]
    /// Prefixes the legend's element ids, like the network's.
    let graphID: String
    /// Whether to explain the mark of new flows.
    let showsNew: Bool
    /// Whether the figure draws an actor with its members in a box.
    let showsGroups: Bool
    /// Whether some edge stands for several flows.
    let showsAggregates: Bool
    /// Whether to explain the mark of flows several articles report and one party says.
    let showsSingleVoice: Bool
    /// Pins the legend's nodes where a layout of all panels put them.
    let pinnedLayout: PinnedLayout?

    /// A legend for what `network` shows: only the kinds and states that occur, in vocabulary order.
    init(
        network: Network, states drawnStates: [EvidenceState], graphID: String, showsNew: Bool = false, showsGroups: Bool = false,
        showsAggregates: Bool = false, showsSingleVoice: Bool = false, pinnedLayout: PinnedLayout? = nil
    ) {
        self.showsSingleVoice = showsSingleVoice
        self.pinnedLayout = pinnedLayout
        self.graphID = graphID
        self.showsNew = showsNew
        self.showsGroups = showsGroups
        self.showsAggregates = showsAggregates
        let usedFlowKinds = Set(network.flows.map(\.kind))
        let shown = Set(network.actors.map(\.id)).subtracting(network.partyOnlyActors)
        let usedActorKinds = Set(network.actors.filter { shown.contains($0.id) }.map(\.kind))
        let usedStates = Set(drawnStates)
        flowKinds = FlowKind.allCases.filter(usedFlowKinds.contains)
        states = EvidenceState.allCases.filter(usedStates.contains)
        actorKinds = ActorKind.allCases.filter(usedActorKinds.contains)
    }

    private static let neutral = "#566573"

    func write(into dot: inout DOTWriter) {
        dot.subgraph(
            "cluster_legend",
            [
                .id(graphID + "-legend"), .class(["legend"]), .label("Key"), .style(["rounded"]), .color("#d5d8dc"),
                .fontSize(NetworkStyle.nodeFontSize), .custom("labeljust", "l"),
            ] + (pinnedLayout?.clusters["cluster_legend"].map { [.custom("bb", $0.spline)] + ($0.labelPosition.map { [.custom("lp", $0)] } ?? []) } ?? [])
        ) { legend in
            legend.node(
                "legend-key",
                [
                    .id(graphID + "-legend-key"), .class(["legend"]), .shape("plaintext"), .htmlLabel(table()),
                    .fontSize(NetworkStyle.edgeFontSize), .tooltip("Key"),
                ] + pin("legend-key"))
            guard !actorKinds.isEmpty else { return }
            legend.subgraph("legend_actors", [.custom("rank", "same")]) { column in
                for kind in actorKinds {
                    column.node(
                        "legend-actor-" + kind.rawValue,
                        [.id(graphID + "-legend-actor-" + kind.rawValue), .class(["legend", "actor-" + kind.rawValue]), .label(kind.rawValue)]
                            + NetworkStyle.nodeAttributes(kind: kind) + [.fontSize(NetworkStyle.edgeFontSize)]
                            + pin("legend-actor-" + kind.rawValue))
                }
            }
        }
    }

    /// The `pos` of a pinned legend node, when the layout placed it.
    private func pin(_ name: String) -> [DOTAttribute] {
        pinnedLayout?.positions[name].map { [.custom("pos", PinnedLayout.pin($0))] } ?? []
    }

    /// The key's table: a heading, then a row per sample (the line, its arrowhead, its words).
    func table() -> String {
        var rows: [String] = []
        if !flowKinds.isEmpty {
            rows.append(Self.heading("Flow (color)"))
            for kind in flowKinds {
                rows.append(Self.sample(NetworkStyle.color(of: kind), NetworkStyle.line(of: .delivered), label: kind.rawValue))
            }
        }
        if !states.isEmpty || showsNew {
            rows.append(Self.heading("Evidence (line)"))
            for state in states { rows.append(Self.sample(Self.neutral, NetworkStyle.line(of: state), label: state.phrase)) }
            if showsNew { rows.append(Self.sample(Self.neutral, NetworkStyle.line(of: .delivered), label: "NEW in this step", extraWidth: 1.8)) }
        }
        if showsAggregates {
            rows.append(
                "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">9 flows</TD><TD ALIGN=\"LEFT\">one edge for several flows of<BR ALIGN=\"LEFT\"/>"
                    + "one pair and kind, drawn as<BR ALIGN=\"LEFT\"/>the strongest of them<BR ALIGN=\"LEFT\"/></TD></TR>")
        }
        if showsSingleVoice {
            rows.append(
                "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">\(XMLText.escaped(NetworkStyle.singleVoiceMark))</TD>"
                    + "<TD ALIGN=\"LEFT\">several articles, one party<BR ALIGN=\"LEFT\"/>says it: one voice relayed<BR ALIGN=\"LEFT\"/></TD></TR>")
        }
        if showsGroups {
            rows.append(
                "<TR><TD COLSPAN=\"2\" HEIGHT=\"18\" BORDER=\"1\" STYLE=\"rounded,dashed\" COLOR=\"\(NetworkStyle.groupColor)\"></TD>"
                    + "<TD ALIGN=\"LEFT\">an actor and its members</TD></TR>")
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>"
    }

    private static func heading(_ text: String) -> String {
        "<TR><TD COLSPAN=\"3\" ALIGN=\"LEFT\"><B>\(XMLText.escaped(text))</B></TD></TR>"
    }

    /// A straight sample of `line` in `color`: a cell's bottom border (two for a double line), its
    /// arrowhead as a glyph beside it, its words; two table rows, the words spanning both.
    private static func sample(_ color: String, _ line: NetworkStyle.Line, label: String, extraWidth: Double = 0) -> String {
        let width = max(1, Int((line.penWidth + extraWidth).rounded()))
        let stroke = line.faded ? color + "80" : color
        let dash = line.styles.contains("dashed") ? " STYLE=\"dashed\"" : line.styles.contains("dotted") ? " STYLE=\"dotted\"" : ""
        let head: String
        switch line.arrowHead {
        case "odot": head = "○"
        case "tee": head = "┤"
        default: head = "▶"
        }
        let glyph = "<TD ROWSPAN=\"2\"><FONT COLOR=\"\(stroke)\">\(head)</FONT></TD>"
        let words = "<TD ROWSPAN=\"2\" ALIGN=\"LEFT\">\(XMLText.escaped(label))</TD>"
        if line.doubled {
            return "<TR><TD WIDTH=\"48\" HEIGHT=\"7\" BORDER=\"\(width)\" SIDES=\"B\" COLOR=\"\(stroke)\"></TD>\(glyph)\(words)</TR>"
                + "<TR><TD HEIGHT=\"5\" BORDER=\"\(width)\" SIDES=\"B\" COLOR=\"\(stroke)\"></TD></TR>"
        }
        return "<TR><TD WIDTH=\"48\" HEIGHT=\"9\" BORDER=\"\(width)\" SIDES=\"B\"\(dash) COLOR=\"\(stroke)\"></TD>\(glyph)\(words)</TR>"
            + "<TR><TD HEIGHT=\"9\"></TD></TR>"
    }
}
