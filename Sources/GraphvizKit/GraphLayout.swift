internal import Foundation

/// Where a layout engine put a graph's nodes, in points, in Graphviz's coordinates (origin at the
/// bottom left, y up): what a caller needs to draw several graphs with every node in one place.
public struct GraphLayout: Hashable, Sendable {
    /// A position in points.
    public struct Point: Hashable, Sendable {
        public let x: Double
        public let y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// The drawing's bounding box: lower left and upper right corners.
    public let lowerLeft: Point
    public let upperRight: Point
    /// Each node's centre, by node name.
    public let nodes: [String: Point]
    /// A cluster's box and label position, as Graphviz's `bb` and `lp` attribute values.
    public struct Cluster: Hashable, Sendable {
        public let boundingBox: String
        public let labelPosition: String?
    }
    /// Each cluster, by subgraph name.
    public let clusters: [String: Cluster]
    /// An edge as laid out: its ends (node names), its `class`, and its spline and label
    /// position as Graphviz's `pos` and `lp` attribute values (points, y up).
    public struct Edge: Hashable, Sendable {
        public let tail: String
        public let head: String
        public let className: String
        public let spline: String
        public let labelPosition: String?
    }
    /// The edges, in the order Graphviz lists them.
    public let edges: [Edge]

    /// Reads Graphviz's `json` output: the root's `bb` and each node object's `name` and `pos`.
    init?(json bytes: [UInt8]) {
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let box = (root["bb"] as? String).map(Self.numbers), box.count == 4
        else { return nil }
        lowerLeft = Point(x: box[0], y: box[1])
        upperRight = Point(x: box[2], y: box[3])
        var nodes: [String: Point] = [:]
        var clusters: [String: Cluster] = [:]
        var names: [Int: String] = [:]
        for object in root["objects"] as? [[String: Any]] ?? [] {
            guard let name = object["name"] as? String else { continue }
            // Subgraphs (clusters) are objects too, with a `bb` and no `pos`.
            if let box = object["bb"] as? String, name.hasPrefix("cluster") {
                clusters[name] = Cluster(boundingBox: box, labelPosition: object["lp"] as? String)
            }
            guard let pos = (object["pos"] as? String).map(Self.numbers), pos.count == 2 else { continue }
            nodes[name] = Point(x: pos[0], y: pos[1])
            if let gvid = object["_gvid"] as? Int { names[gvid] = name }
        }
        self.nodes = nodes
        self.clusters = clusters
        edges = (root["edges"] as? [[String: Any]] ?? []).compactMap { edge in
            guard let tail = (edge["tail"] as? Int).flatMap({ names[$0] }), let head = (edge["head"] as? Int).flatMap({ names[$0] }),
                let spline = edge["pos"] as? String
            else { return nil }
            return Edge(
                tail: tail, head: head, className: edge["class"] as? String ?? "", spline: spline, labelPosition: edge["lp"] as? String)
        }
    }

    private static func numbers(_ text: String) -> [Double] {
        text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }
}

extension Graphviz {
    /// Lays out DOT text with `engine` and returns where each node went, without drawing it.
    ///
    /// - Throws: As `render(_:engine:format:)`; `.render` when Graphviz's layout cannot be read.
    public static func layout(_ dot: String, engine: LayoutEngine = .dot) throws(GraphvizError) -> GraphLayout {
        let bytes = try render(dot, engine: engine, format: OutputFormat("json"))
        guard let layout = GraphLayout(json: bytes) else {
            throw GraphvizError(kind: .render, message: "Graphviz's json layout has no bounding box")
        }
        return layout
    }
}
