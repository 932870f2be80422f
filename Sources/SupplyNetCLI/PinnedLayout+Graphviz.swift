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
        // The frame holds every spline's control points too: nop2 counts them in a panel's box,
        // where dot's box holds only the curves.
        var low = point(layout.lowerLeft)
        var high = point(layout.upperRight)
        for edge in layout.edges {
            for pair in edge.spline.split(separator: " ") {
                let numbers = pair.split(separator: ",").compactMap { Double($0) }
                guard numbers.count == 2 else { continue }
                low = Point(x: min(low.x, numbers[0]), y: min(low.y, numbers[1]))
                high = Point(x: max(high.x, numbers[0]), y: max(high.y, numbers[1]))
            }
        }
        self.init(
            positions: layout.nodes.mapValues(point), routes: routes,
            clusters: layout.clusters.mapValues { Route(spline: $0.boundingBox, labelPosition: $0.labelPosition) },
            lowerLeft: low, upperRight: high)
    }
}
