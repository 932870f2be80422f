/// The visual grammar of a network drawing: one table that styles both the graph and its legend.
public enum NetworkStyle {
    /// How an edge looks for an evidence state.
    public struct Line: Hashable, Sendable {
        public let styles: [String]
        public let penWidth: Double
        public let arrowHead: String
        /// Draws the edge as a double line (two strokes in the kind's color).
        public let doubled: Bool
        /// Draws the edge faded (half-transparent).
        public let faded: Bool
    }

    /// How a node looks for an actor kind.
    public struct Node: Hashable, Sendable {
        public let shape: String
        public let styles: [String]
        public let fillColor: String
    }

    public static let fontName = "Helvetica"
    /// Actor names, in points: at least 11 px on screen at the scale a figure is drawn at.
    public static let nodeFontSize = 14.0
    /// Edge labels and the legend's words, in points: the smallest text a figure draws.
    public static let edgeFontSize = 12.0

    /// The box around an actor and its members (a state and the companies or groups under it).
    public static let groupStyles = ["rounded", "dashed"]
    public static let groupColor = "#808b96"
    public static let groupLabelColor = "#566573"

    /// The color of a flow kind.
    public static func color(of kind: FlowKind) -> String {
        switch kind {
        case .transfer: "#c0392b"
        case .sanction: "#7d3c98"
        case .aid: "#1e8449"
        case .strike: "#17202a"
        case .cooperation: "#2471a3"
        }
    }

    /// The line of an evidence state.
    public static func line(of state: EvidenceState) -> Line {
        switch state {
        case .delivered: Line(styles: ["solid"], penWidth: 2.2, arrowHead: "normal", doubled: false, faded: false)
        case .offeredOrPlanned: Line(styles: ["dashed"], penWidth: 1.6, arrowHead: "normal", doubled: false, faded: false)
        case .requestedOrAlleged: Line(styles: ["dotted"], penWidth: 1.8, arrowHead: "normal", doubled: false, faded: false)
        case .contested: Line(styles: ["solid"], penWidth: 1.2, arrowHead: "normal", doubled: true, faded: false)
        case .notObserved: Line(styles: ["dashed"], penWidth: 1.0, arrowHead: "odot", doubled: false, faded: true)
        case .denied: Line(styles: ["dotted"], penWidth: 1.0, arrowHead: "tee", doubled: false, faded: true)
        }
    }

    /// The node of an actor kind.
    public static func node(of kind: ActorKind) -> Node {
        switch kind {
        case .state: Node(shape: "box", styles: ["rounded", "filled", "bold"], fillColor: "#eaf2f8")
        case .organization: Node(shape: "hexagon", styles: ["filled"], fillColor: "#f4ecf7")
        case .armedGroup: Node(shape: "octagon", styles: ["filled"], fillColor: "#fdedec")
        case .company: Node(shape: "component", styles: ["filled"], fillColor: "#fef9e7")
        case .person: Node(shape: "ellipse", styles: ["filled"], fillColor: "#f8f9f9")
        case .publicBody: Node(shape: "house", styles: ["filled"], fillColor: "#e8f6f3")
        }
    }

    /// The color value of an edge: `base`, doubled or faded as the state's line asks.
    public static func edgeColor(base: String, state: EvidenceState) -> String {
        let line = line(of: state)
        if line.doubled { return "\(base):#ffffff:\(base)" }
        if line.faded { return base + "80" }
        return base
    }

    /// The DOT attributes that draw an edge of `kind` with `state`'s line.
    public static func edgeAttributes(kind: FlowKind, state: EvidenceState) -> [DOTAttribute] {
        edgeAttributes(baseColor: color(of: kind), state: state)
    }

    /// The DOT attributes that draw an edge in `baseColor` with `state`'s line.
    public static func edgeAttributes(baseColor: String, state: EvidenceState) -> [DOTAttribute] {
        let line = line(of: state)
        return [
            .color(edgeColor(base: baseColor, state: state)), .fontColor(line.faded ? baseColor + "99" : baseColor), .style(line.styles),
            .penWidth(line.penWidth), .arrowHead(line.arrowHead),
        ]
    }

    /// An edge's attributes made heavier and bold-labelled, for flows new in a timeline step.
    public static func markedAsNew(_ attributes: [DOTAttribute]) -> [DOTAttribute] {
        attributes.map { attribute in
            guard attribute.name == "penwidth", let width = Double(attribute.value) else { return attribute }
            return .penWidth(width + 1.8)
        } + [.fontName(fontName + "-Bold")]
    }

    /// A category in a word or two, for an aggregate edge's label ("drones, shells, …"); the
    /// tooltip and the evidence table name each item.
    public static func shortName(of category: ItemCategory) -> String {
        switch category {
        case .drone: "drones"
        case .artilleryAmmunition, .tankAmmunition: "shells"
        case .ammunition: "ammunition"
        case .ballisticMissile, .missile: "missiles"
        case .fighterAircraft, .trainerAircraft: "aircraft"
        case .helicopter: "helicopters"
        case .airDefense: "air defence"
        case .radar: "radars"
        case .electronics: "electronics"
        case .militaryEquipment: "equipment"
        case .capturedWeapons: "weapons"
        case .technology: "technology"
        case .training: "training"
        case .financialAid: "money"
        case .humanitarianAid: "aid"
        }
    }

    /// `text` broken into lines of about `width` characters at spaces, for edge labels that keep
    /// a drawing narrow enough to read at the width it is shown at.
    public static func wrapped(_ text: String, width: Int = 22) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    /// The mark under the label of a flow several articles report and one party says
    /// (`SingleVoiceFlow`): circular reporting, not corroboration.
    public static let singleVoiceMark = "(one party)"

    /// The DOT attributes that draw an actor of `kind`.
    public static func nodeAttributes(kind: ActorKind) -> [DOTAttribute] {
        let node = node(of: kind)
        return [.shape(node.shape), .style(node.styles), .fillColor(node.fillColor)]
    }
}
