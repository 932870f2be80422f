/// Where every actor and edge of a figure of several panels goes: one layout of the union of the
/// panels, so that each panel, drawn with `nop2` (neato -n2: positions and splines as given), puts
/// each actor in the same place, routes each edge the same way and has the same frame (two
/// invisible pinned corners), and the panels can be compared by eye.
public struct PinnedLayout: Hashable, Sendable {
    /// A position in points, in Graphviz's coordinates (y up).
    public struct Point: Hashable, Sendable {
        public let x: Double
        public let y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// Each node's centre, by its DOT name (an actor's id; the legend's nodes).
    public let positions: [String: Point]
    /// A laid-out edge: Graphviz's `pos` (its spline) and `lp` (its label's centre).
    public struct Route: Hashable, Sendable {
        public let spline: String
        public let labelPosition: String?

        public init(spline: String, labelPosition: String?) {
            self.spline = spline
            self.labelPosition = labelPosition
        }
    }
    /// The union's edges by `routeKey(from:to:kind:)`: every flow of one pair and kind shares one route.
    public let routes: [String: Route]
    /// A cluster's `bb` and `lp`, by subgraph name (`cluster_RUS`).
    public let clusters: [String: Route]

    /// The key of the edges of one pair and kind.
    public static func routeKey(from: String, to: String, kind: String) -> String { from + "\u{0}" + to + "\u{0}" + kind }

    /// The frame every panel is drawn in: the union layout's bounding box with a margin.
    public let lowerLeft: Point
    public let upperRight: Point

    /// - Parameter margin: added on every side of the bounding box, in points, for edges and
    ///   labels that a panel routes outside the union's box.
    public init(
        positions: [String: Point], routes: [String: Route] = [:], clusters: [String: Route] = [:], lowerLeft: Point, upperRight: Point,
        margin: Double = 0
    ) {
        self.positions = positions
        self.routes = routes
        self.clusters = clusters
        self.lowerLeft = Point(x: lowerLeft.x - margin, y: lowerLeft.y - margin)
        self.upperRight = Point(x: upperRight.x + margin, y: upperRight.y + margin)
    }

    /// The layout engine that draws a pinned panel.
    public static let engine = "nop2"

    /// `"x,y"`: a node's `pos`, in points.
    static func pin(_ point: Point) -> String {
        DOTAttribute.number((point.x * 100).rounded() / 100) + "," + DOTAttribute.number((point.y * 100).rounded() / 100)
    }

    /// The `pos` and `lp` attributes of the edges from `from` to `to` of `kind`, when the union has them.
    func routeAttributes(from: ActorID, to: ActorID, kind: FlowKind) -> [DOTAttribute] {
        guard let route = routes[Self.routeKey(from: from.rawValue, to: to.rawValue, kind: kind.rawValue)] else { return [] }
        return [.custom("pos", route.spline)] + (route.labelPosition.map { [.custom("lp", $0)] } ?? [])
    }
}
