/// Encodes a network as DOT: one edge per flow, colored by kind, drawn by its evidence, with
/// states grouped with their members and a legend from the same style table.
///
/// The output depends only on the network and the options: same input, byte-identical DOT.
public struct NetworkDOTEncoder: Sendable {
    public struct Options: Hashable, Sendable {
        /// The graph's `id`: SVG element ids are prefixed with it, so several inlined SVGs never collide.
        public var graphID: String
        /// A title drawn above the graph.
        public var title: String?
        /// `LR` (left to right) or `TB` (top to bottom).
        public var rankDirection: String
        public var includeLegend: Bool
        /// Flows to mark as new (a timeline step's additions): class `new`, a heavier line, "NEW" in the label.
        public var newFlows: Set<FlowID>
        /// Flows to highlight (the flows of paths): class `path` and a heavier line, every other
        /// flow faded (class `faded`). Nil highlights nothing and fades nothing.
        public var highlightedFlows: Set<FlowID>?
        /// Reference numbers and links for flows (a report's evidence rows): the number is written
        /// before the edge's label, `[3] Shahed drones`, and the edge and its label link to the URL.
        public var flowLinks: [FlowID: FlowLink]
        /// Draws the flows of one actor pair and kind as one edge when there are several
        /// (`ParallelFlows`): its label gives their count, reference numbers and items, its line
        /// their strongest evidence state, its tooltip each flow. An overview's choice: the detail
        /// figures and evidence tables still show each flow.
        public var aggregatesParallelFlows: Bool
        /// Every actor pinned where one layout of all the panels put it (draw with
        /// `PinnedLayout.engine`), so the panels of a timeline put each actor in the same place.
        public var pinnedLayout: PinnedLayout?
        /// Labels edges with their reference number alone (and NEW), for small panels: the items
        /// are in the tooltip and the evidence table.
        public var numbersOnly: Bool
        /// Links for actors (an explorer's actor pages): the node links to the URL.
        public var actorLinks: [ActorID: String]
        /// Whether an actor with members is drawn as a box around them. Graphviz 2.42 leaks about
        /// 23 KB per layout with clusters, so a long-running server draws without them.
        public var groupsAsClusters: Bool

        public init(
            graphID: String = "supplynet", title: String? = nil, rankDirection: String = "LR", includeLegend: Bool = true,
            newFlows: Set<FlowID> = [], highlightedFlows: Set<FlowID>? = nil, flowLinks: [FlowID: FlowLink] = [:],
            aggregatesParallelFlows: Bool = false, pinnedLayout: PinnedLayout? = nil, numbersOnly: Bool = false,
            actorLinks: [ActorID: String] = [:], groupsAsClusters: Bool = true
        ) {
            self.aggregatesParallelFlows = aggregatesParallelFlows
            self.pinnedLayout = pinnedLayout
            self.numbersOnly = numbersOnly
            self.actorLinks = actorLinks
            self.groupsAsClusters = groupsAsClusters
            self.graphID = graphID
            self.title = title
            self.rankDirection = rankDirection
            self.includeLegend = includeLegend
            self.newFlows = newFlows
            self.highlightedFlows = highlightedFlows
            self.flowLinks = flowLinks
        }
    }

    /// Where an edge points to: its reference number and the URL of its evidence.
    public struct FlowLink: Hashable, Sendable {
        public let number: Int
        /// A link, such as `#ev1-3`, written as the edge's `URL` (Graphviz's SVG makes it an `<a>`);
        /// nil for the number alone.
        public let url: String?

        public init(number: Int, url: String? = nil) {
            self.number = number
            self.url = url
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The DOT text of `network`: every actor a node, but those held only as a claim's party
    /// (`Network.partyOnlyActors`, whom tooltips name); every flow with claims an edge.
    /// - Complexity: O(actors + flows + claims).
    public func encode(_ network: Network) -> String {
        var dot = DOTWriter(digraph: options.graphID)
        var graphAttributes: [DOTAttribute] = [
            .id(options.graphID), .rankDirection(options.rankDirection), .fontName(NetworkStyle.fontName),
            .custom("charset", "UTF-8"), .custom("newrank", "true"), .custom("nodesep", "0.3"),
            .custom("ranksep", "0.6"), .custom("pad", "0.15"),
        ]
        if let title = options.title { graphAttributes += [.label(title), .custom("labelloc", "t"), .fontSize(20)] }
        if let pinned = options.pinnedLayout {
            // nop2 keeps every position and spline given; it routes (as splines) only edges without one.
            let frame = [pinned.lowerLeft.x, pinned.lowerLeft.y, pinned.upperRight.x, pinned.upperRight.y]
            graphAttributes += [.custom("splines", "true"), .custom("bb", frame.map { DOTAttribute.number(($0 * 100).rounded() / 100) }.joined(separator: ","))]
        }
        dot.graph(graphAttributes)
        dot.nodeDefaults([.fontName(NetworkStyle.fontName), .fontSize(NetworkStyle.nodeFontSize), .custom("margin", "0.08,0.04")])
        dot.edgeDefaults([.fontName(NetworkStyle.fontName), .fontSize(NetworkStyle.edgeFontSize), .custom("arrowsize", "1.2")])

        let drawn = network.flows.compactMap { flow in FlowEvidence(flow).map { (flow, $0) } }
        let shown = Set(network.actors.map(\.id)).subtracting(network.partyOnlyActors)
        writeActors(of: network, parent: nil, shown: shown, into: &dot)
        if let pinned = options.pinnedLayout {
            // Two invisible corners: every panel has the same frame, so the same scale and origin.
            for (name, corner) in [("frame-lower-left", pinned.lowerLeft), ("frame-upper-right", pinned.upperRight)] {
                dot.node(
                    name,
                    [.id(elementID(name)), .class(["frame"]), .label(""), .shape("point"), .style(["invis"]), .custom("width", "0"),
                     .custom("pos", PinnedLayout.pin(corner))])
            }
        }
        var drawnStates = drawn.map(\.1.state)
        var aggregated = false
        if options.aggregatesParallelFlows {
            drawnStates = []
            for group in ParallelFlows.groups(of: drawn.map(\.0)) {
                if group.flows.count == 1 {
                    writeFlow(group.flows[0], FlowEvidence(group.flows[0])!, in: network, into: &dot)
                } else {
                    writeAggregate(group, in: network, into: &dot)
                    aggregated = true
                }
                drawnStates.append(group.strongestState)
            }
        } else {
            for (flow, evidence) in drawn { writeFlow(flow, evidence, in: network, into: &dot) }
        }
        if options.includeLegend {
            let grouped = network.actors.contains { actor in
                shown.contains(actor.id) && actor.parent.map { shown.contains($0) } == true
            }
            LegendEncoder(
                network: network, states: drawnStates, graphID: options.graphID,
                showsNew: drawn.contains { options.newFlows.contains($0.0.id) }, showsGroups: grouped,
                showsAggregates: aggregated, showsSingleVoice: SingleVoiceFlow.isMarked(
                    in: network, aggregated: options.aggregatesParallelFlows, numbersOnly: options.numbersOnly),
                pinnedLayout: options.pinnedLayout
            ).write(into: &dot)
        }
        return dot.finish()
    }

    /// Writes the shown actors whose parent is `parent` (at the top, those without a shown parent);
    /// an actor with members becomes a cluster holding them.
    private func writeActors(of network: Network, parent: ActorID?, shown: Set<ActorID>, into dot: inout DOTWriter) {
        guard options.groupsAsClusters else {
            for actor in network.actors where shown.contains(actor.id) { writeActor(actor, into: &dot) }
            return
        }
        for actor in network.actors where shown.contains(actor.id) && actor.parent.flatMap({ shown.contains($0) ? $0 : nil }) == parent {
            let members = network.members(of: actor.id).filter { shown.contains($0.id) }
            if members.isEmpty {
                writeActor(actor, into: &dot)
                continue
            }
            dot.subgraph(
                "cluster_" + actor.id.rawValue,
                [
                    .id(elementID("group-" + actor.id.rawValue)), .label(Self.groupLabel(actor)), .style(NetworkStyle.groupStyles),
                    .color(NetworkStyle.groupColor), .fontColor(NetworkStyle.groupLabelColor), .fontSize(NetworkStyle.edgeFontSize),
                    .custom("labeljust", "l"),
                ] + (options.pinnedLayout?.clusters["cluster_" + actor.id.rawValue].map { cluster in
                    [.custom("bb", cluster.spline)] + (cluster.labelPosition.map { [.custom("lp", $0)] } ?? [])
                } ?? [])
            ) { cluster in
                writeActor(actor, into: &cluster)
                writeActors(of: network, parent: actor.id, shown: shown, into: &cluster)
            }
        }
    }

    /// The label of a group's box: "Russia and its members".
    static func groupLabel(_ actor: Actor) -> String { actor.name + " and its members" }

    /// An SVG element id: prefixed with the graph id, so figures inlined in one page never collide.
    func elementID(_ name: String) -> String { options.graphID + "-" + name }

    private func writeActor(_ actor: Actor, into dot: inout DOTWriter) {
        var tooltip = "\(actor.name) (\(actor.kind.rawValue))"
        if !actor.aliases.isEmpty { tooltip += "\nalso: " + actor.aliases.joined(separator: "; ") }
        dot.node(
            actor.id.rawValue,
            [.id(elementID("actor-" + actor.id.rawValue)), .class(["actor", "actor-" + actor.kind.rawValue]), .label(NetworkStyle.wrapped(actor.name, width: 18)), .tooltip(tooltip)]
                + (options.actorLinks[actor.id].map { [.url($0)] } ?? []) + NetworkStyle.nodeAttributes(kind: actor.kind)
                + (options.pinnedLayout?.positions[actor.id.rawValue].map { [.custom("pos", PinnedLayout.pin($0))] } ?? []))
    }

    private func writeFlow(_ flow: Flow, _ evidence: FlowEvidence, in network: Network, into dot: inout DOTWriter) {
        let itemNames = flow.items.compactMap { network.item($0)?.name }
        let isNew = options.newFlows.contains(flow.id)
        let link = options.flowLinks[flow.id]
        let singleVoice = SingleVoiceFlow.isSingleVoice(flow, in: network)
        let number = link.map { "[\($0.number)]" }
        let label: String
        if options.numbersOnly {
            label = ((isNew ? ["NEW"] : []) + [number ?? (itemNames.isEmpty ? flow.kind.rawValue : "")]).joined(separator: " ")
        } else {
            label = (number.map { $0 + " " } ?? "") + (isNew ? "NEW " : "")
                + (itemNames.isEmpty ? flow.kind.rawValue : itemNames.map { NetworkStyle.wrapped($0) }.joined(separator: "\n"))
                + (singleVoice ? "\n" + NetworkStyle.singleVoiceMark : "")
        }
        let tooltip = EvidenceText.tooltip(for: flow, evidence, in: network)
        var style = NetworkStyle.edgeAttributes(kind: flow.kind, state: evidence.state)
        if isNew { style = NetworkStyle.markedAsNew(style) }
        let highlighted = options.highlightedFlows.map { $0.contains(flow.id) }
        if highlighted == true { style = NetworkStyle.markedAsNew(style) }
        if highlighted == false { style = Self.faded(style) }
        let marks = (isNew ? ["new"] : []) + (singleVoice ? ["single-voice"] : []) + (highlighted.map { $0 ? ["path"] : ["faded"] } ?? [])
        dot.edge(
            from: flow.from.rawValue, to: flow.to.rawValue,
            [
                .id(elementID("flow-" + flow.id.rawValue)),
                .class(["flow", "flow-" + flow.kind.rawValue, "evidence-" + evidence.state.rawValue] + marks),
                .label(label), .tooltip(tooltip), .labelTooltip(tooltip),
            ] + (link?.url.map { [.url($0)] } ?? []) + style
                + (options.pinnedLayout?.routeAttributes(from: flow.from, to: flow.to, kind: flow.kind) ?? []))
    }

    /// An edge's attributes with its colors made mostly transparent, for flows off the highlighted paths.
    private static func faded(_ attributes: [DOTAttribute]) -> [DOTAttribute] {
        attributes.map { attribute in
            switch attribute.name {
            case "color":
                let colors = attribute.value.split(separator: ":").map { "#" + $0.dropFirst().prefix(6) + "40" }
                return .color(colors.joined(separator: ":"))
            case "fontcolor":
                return .fontColor("#" + attribute.value.dropFirst().prefix(6) + "60")
            default:
                return attribute
            }
        }
    }
}
