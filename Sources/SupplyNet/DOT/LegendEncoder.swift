/// The legend cluster: a sample edge per flow kind and per evidence state, a sample node per
/// actor kind, each drawn with the same `NetworkStyle` calls as the network itself.
struct LegendEncoder {
    let flowKinds: [FlowKind]
    let states: [EvidenceState]
    let actorKinds: [ActorKind]
    /// Prefixes the legend's element ids, like the network's.
    let graphID: String
    /// Whether to explain the mark of new flows.
    let showsNew: Bool
    /// Whether to explain the mark of flows several articles report and one party says.
    let showsSingleVoice: Bool

    /// A legend for what `network` shows: only the kinds and states that occur, in vocabulary order.
    init(network: Network, states drawnStates: [EvidenceState], graphID: String, showsNew: Bool = false, showsSingleVoice: Bool = false) {
        self.graphID = graphID
        self.showsNew = showsNew
        self.showsSingleVoice = showsSingleVoice
        let usedFlowKinds = Set(network.flows.map(\.kind))
        let usedActorKinds = Set(network.actors.map(\.kind))
        let usedStates = Set(drawnStates)
        flowKinds = FlowKind.allCases.filter(usedFlowKinds.contains)
        states = EvidenceState.allCases.filter(usedStates.contains)
        actorKinds = ActorKind.allCases.filter(usedActorKinds.contains)
    }

    private static let neutral = "#566573"

    func write(into dot: inout DOTWriter) {
        dot.subgraph(
            "cluster_legend",
            [.id(graphID + "-legend"), .class(["legend"]), .label("Legend"), .style(["rounded"]), .color("#d5d8dc"), .fontSize(12)]
        ) { legend in
            for kind in flowKinds {
                sample(
                    "kind-" + kind.rawValue, label: kind.rawValue,
                    NetworkStyle.edgeAttributes(kind: kind, state: .delivered), into: &legend)
            }
            for state in states {
                sample(
                    "evidence-" + state.rawValue, label: state.phrase,
                    NetworkStyle.edgeAttributes(baseColor: Self.neutral, state: state), into: &legend)
            }
            if showsNew {
                sample(
                    "new", label: "NEW in this step",
                    NetworkStyle.markedAsNew(NetworkStyle.edgeAttributes(baseColor: Self.neutral, state: .delivered)), into: &legend)
            }
            if showsSingleVoice {
                sample(
                    "single-voice", label: NetworkStyle.singleVoiceMark + " several articles, one party says it",
                    NetworkStyle.edgeAttributes(baseColor: Self.neutral, state: .delivered), into: &legend)
            }
            for kind in actorKinds {
                legend.node(
                    "legend-actor-" + kind.rawValue,
                    [.id(graphID + "-legend-actor-" + kind.rawValue), .class(["legend", "actor-" + kind.rawValue]), .label(kind.rawValue)]
                        + NetworkStyle.nodeAttributes(kind: kind) + [.fontSize(10)])
            }
        }
    }

    /// Two small points joined by a labelled edge in `attributes`' style.
    private func sample(_ name: String, label: String, _ attributes: [DOTAttribute], into dot: inout DOTWriter) {
        let tail = "legend-\(name)-from"
        let head = "legend-\(name)-to"
        for end in [tail, head] {
            dot.node(end, [.id(graphID + "-" + end), .class(["legend"]), .shape("point"), .custom("width", "0.06"), .color(Self.neutral), .label("")])
        }
        dot.edge(from: tail, to: head, [.id(graphID + "-legend-" + name), .class(["legend"]), .label(label), .tooltip(label)] + attributes)
    }
}
