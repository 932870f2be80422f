/// A view of a network made ready for Graphviz: checked against its engine's `LayoutBudget`,
/// then encoded as DOT. The one way every front end (render, paths, timeline, the report, the
/// explorer) turns a network into a drawing; the drawing itself is the renderer's (GraphvizKit,
/// in process), passed in so this library needs no Graphviz.
///
/// ```swift
/// let drawing = try NetworkDrawing(answer.shown, options: .init(title: answer.title), engine: "dot")
/// let svg = try drawing.svg { dot, engine in try Graphviz.renderSVG(dot, engine: LayoutEngine(engine)) }
/// ```
public struct NetworkDrawing: Hashable, Sendable {
    /// The DOT text of the view.
    public let dot: String
    /// The layout engine to draw it with (`PinnedLayout.engine` when its options pin a layout).
    public let engine: String

    /// Checks `network` against `engine`'s budget, then encodes it with `options`.
    /// - Throws: `LayoutBudgetError` before anything is encoded, for a view too large to lay out.
    public init(_ network: Network, options: NetworkDOTEncoder.Options, engine: String) throws(LayoutBudgetError) {
        try LayoutBudget.check(network, engine: engine)
        dot = NetworkDOTEncoder(options: options).encode(network)
        self.engine = options.pinnedLayout == nil ? engine : PinnedLayout.engine
    }

    /// The drawing as an SVG document, made by `render(dot, engine)`.
    public func svg(_ render: (_ dot: String, _ engine: String) throws -> String) rethrows -> String {
        try render(dot, engine)
    }
}
