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

    /// - Parameters:
    ///   - positions: where each node is, by its DOT name.
    ///   - routes: each edge's spline, by its DOT id.
    ///   - clusters: each cluster's box, by its DOT name.
    ///   - lowerLeft: the union layout's bounding box, lower left corner.
    ///   - upperRight: its upper right corner.
    ///   - margin: added on every side of the bounding box, in points, for edges and
    ///     labels that a panel routes outside the union's box.
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

    /// An edge as a layout engine drew it: its ends, its `class` (which names the flow kind,
    /// `flow-transfer`), and its `pos` and `lp`.
    public struct LaidOutEdge: Hashable, Sendable {
        public let tail: String
        public let head: String
        public let className: String
        public let route: Route

        public init(tail: String, head: String, className: String, route: Route) {
            self.tail = tail
            self.head = head
            self.className = className
            self.route = route
        }
    }

    /// The pins of a layout of the union: its nodes, its clusters' boxes, its edges' routes (the
    /// first edge of each pair and kind), and a frame that holds its bounding box and every
    /// spline's control points (nop2 counts them in a panel's box, where dot's box holds only
    /// the curves).
    public init(nodes: [String: Point], clusters: [String: Route], edges: [LaidOutEdge], lowerLeft: Point, upperRight: Point) {
        var routes: [String: Route] = [:]
        var low = lowerLeft
        var high = upperRight
        for edge in edges {
            if let kind = edge.className.split(separator: " ").first(where: { $0.hasPrefix("flow-") })?.dropFirst(5) {
                let key = Self.routeKey(from: edge.tail, to: edge.head, kind: String(kind))
                if routes[key] == nil { routes[key] = edge.route }
            }
            for pair in edge.route.spline.split(separator: " ") {
                let numbers = pair.split(separator: ",").compactMap { Double($0) }
                guard numbers.count == 2 else { continue }
                low = Point(x: min(low.x, numbers[0]), y: min(low.y, numbers[1]))
                high = Point(x: max(high.x, numbers[0]), y: max(high.y, numbers[1]))
            }
        }
        self.init(positions: nodes, routes: routes, clusters: clusters, lowerLeft: low, upperRight: high)
    }
}
