import GraphvizKit
import SupplyNet

extension PinnedLayout {
    /// The pins of Graphviz's layout: every node, cluster box and edge route.
    init(graphvizLayout layout: GraphLayout) {
        func point(_ point: GraphLayout.Point) -> Point { Point(x: point.x, y: point.y) }
        self.init(
            nodes: layout.nodes.mapValues(point),
            clusters: layout.clusters.mapValues { Route(spline: $0.boundingBox, labelPosition: $0.labelPosition) },
            edges: layout.edges.map { edge in
                LaidOutEdge(
                    tail: edge.tail, head: edge.head, className: edge.className,
                    route: Route(spline: edge.spline, labelPosition: edge.labelPosition))
            },
            lowerLeft: point(layout.lowerLeft), upperRight: point(layout.upperRight))
    }
}
