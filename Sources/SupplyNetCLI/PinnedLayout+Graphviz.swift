import GraphvizKit
import SupplyNet

extension PinnedLayout {
    /// The positions Graphviz's layout gave every node, and its bounding box.
    init(graphvizLayout layout: GraphLayout) {
        func point(_ point: GraphLayout.Point) -> Point { Point(x: point.x, y: point.y) }
        var routes: [String: Route] = [:]
        for edge in layout.edges {
            guard let kind = edge.className.split(separator: " ").first(where: { $0.hasPrefix("flow-") })?.dropFirst(5) else { continue }
            let key = PinnedLayout.routeKey(from: edge.tail, to: edge.head, kind: String(kind))
            if routes[key] == nil { routes[key] = Route(spline: edge.spline, labelPosition: edge.labelPosition) }
        }
        self.init(
            positions: layout.nodes.mapValues(point), routes: routes,
            clusters: layout.clusters.mapValues { Route(spline: $0.boundingBox, labelPosition: $0.labelPosition) },
            lowerLeft: point(layout.lowerLeft), upperRight: point(layout.upperRight))
    }
}
