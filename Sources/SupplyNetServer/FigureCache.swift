import Foundation
import SupplyNet
import SupplyNetReport

/// The explorer's drawings, made once per data version and normalized query and kept for the
/// next request: actors link to their pages, flows to theirs, and the SVG is sanitized like a
/// report's. Graphviz stays behind its own lock; the cache is shared by every request.
final class FigureCache: Sendable {
    /// Draws DOT with a layout engine and returns an SVG document.
    typealias Renderer = @Sendable (_ dot: String, _ engine: String) throws -> String
    /// Lays out DOT and returns where every node and edge went, to pin a timeline's snapshots.
    typealias Layout = @Sendable (_ dot: String, _ engine: String) throws -> PinnedLayout

    /// A drawing, or why there is none.
    enum Figure: Sendable {
        case drawn(SanitizedSVG)
        case refused(String)
    }

    private let render: Renderer
    private let layout: Layout?
    private let figures: BoundedCache<Figure>
    /// One layout per timeline (data version and query), every snapshot pinned to it.
    private let layouts = BoundedCache<PinnedLayout?>(capacity: 64)

    init(capacity: Int = 512, render: @escaping Renderer, layout: Layout? = nil) {
        figures = BoundedCache(capacity: capacity)
        self.render = render
        self.layout = layout
    }

    /// One layout of `union` (a timeline's last snapshot, which holds every flow) for all its
    /// snapshots; nil without a layout function, or when the union is too large or fails.
    func pinnedLayout(of union: Network, engine: String, key: String, version: Int) -> PinnedLayout? {
        guard let layout else { return nil }
        return layouts.value(for: "\(version)\u{1E}\(key)") {
            let options = NetworkDOTEncoder.Options(
                graphID: "explorer", includeLegend: false, newFlows: Set(union.flows.map(\.id)), aggregatesParallelFlows: true,
                groupsAsClusters: false)
            guard let drawing = try? NetworkDrawing(union, options: options, engine: engine) else { return nil }
            return try? layout(drawing.dot, drawing.engine)
        }
    }

    /// How many drawings are held.
    var count: Int { figures.count }

    /// The drawing of `panel` for the page asking `key` of data version `version`.
    /// - Parameter aggregate: draw parallel flows of one actor pair and kind as one edge (an overview).
    func figure(_ panel: QueryAnswer.Panel, title: String, engine: String, aggregate: Bool, numbers: [FlowID: Int], pinned: PinnedLayout? = nil, key: String, version: Int, graphID: String = "explorer") -> Figure {
        figures.value(for: "\(version)\u{1E}\(graphID)\u{1E}\(key)") {
            draw(panel, title: title, engine: engine, aggregate: aggregate, numbers: numbers, pinned: pinned, graphID: graphID)
        }
    }

    private func draw(
        _ panel: QueryAnswer.Panel, title: String, engine: String, aggregate: Bool, numbers: [FlowID: Int], pinned: PinnedLayout?, graphID: String
    ) -> Figure {
        var flowLinks: [FlowID: NetworkDOTEncoder.FlowLink] = [:]
        // Numbered as the page's table lists them.
        for (index, flow) in panel.network.flows.enumerated() {
            flowLinks[flow.id] = NetworkDOTEncoder.FlowLink(number: numbers[flow.id] ?? index + 1, url: ExplorerPaths.flow(flow.id))
        }
        let actorLinks = Dictionary(panel.network.actors.map { ($0.id, ExplorerPaths.actor($0.id)) }, uniquingKeysWith: { first, _ in first })
        let options = NetworkDOTEncoder.Options(
            graphID: graphID, includeLegend: false, newFlows: panel.newFlows, highlightedFlows: panel.highlightedFlows,
            flowLinks: flowLinks, aggregatesParallelFlows: aggregate || pinned != nil, pinnedLayout: pinned, actorLinks: actorLinks,
            groupsAsClusters: false)
        let drawing: NetworkDrawing
        do throws(LayoutBudgetError) { drawing = try NetworkDrawing(panel.network, options: options, engine: engine) } catch {
            return .refused("This view is too large to draw: \(error.description).")
        }
        do {
            let svg = try drawing.svg(render)
            return .drawn(try SanitizedSVG(svg, graphTitle: title, sitePaths: true))
        } catch {
            return .refused("Graphviz could not draw this view: \(String(describing: error)).")
        }
    }
}
