internal import CGraphviz

/// Graphviz, in process: layout, rendering and DOT parsing through libgvc and
/// libcgraph, never by spawning `dot`.
///
/// Every call is synchronous and safe from any thread: calls are serialized
/// behind one process-wide lock (Graphviz itself is not thread safe), so a
/// call blocks while another is running. Graphviz's messages never reach
/// stderr; errors come back as `GraphvizError` carrying Graphviz's text, and
/// warnings are dropped.
public enum Graphviz {
    /// Lays out DOT text with `engine` and renders it to `format`, in process.
    ///
    /// - Parameters:
    ///   - dot: One graph in the DOT language. Text after the first graph is ignored.
    ///   - engine: The layout engine.
    ///   - format: The output format; `.svg` is the core SVG renderer.
    /// - Returns: The rendered bytes.
    /// - Throws: `.unknownEngine` or `.unknownFormat` (listing the valid names),
    ///   `.syntax`, `.layout` or `.render` with Graphviz's message.
    public static func render(
        _ dot: String,
        engine: LayoutEngine = .dot,
        format: OutputFormat = .svg
    ) throws(GraphvizError) -> [UInt8] {
        var warnings: [String] = []
        return try render(dot, engine: engine, format: format, warnings: &warnings)
    }

    /// `render(_:engine:format:)`, also handing back Graphviz's warnings.
    static func render(
        _ dot: String,
        engine: LayoutEngine,
        format: OutputFormat,
        warnings: inout [String]
    ) throws(GraphvizError) -> [UInt8] {
        try GraphvizContext.shared.withExclusiveAccess { session throws(GraphvizError) in
            defer { warnings = session.warnings }
            try session.checkAvailable(engine)
            try session.checkAvailable(format)

            let graph = try session.readGraph(dot)
            defer { agclose(graph) }

            let layoutStatus = gvLayout(session.context, graph, engine.rawValue)
            defer { gvFreeLayout(session.context, graph) }
            let layoutMessages = session.takeMessages()
            if layoutStatus != 0 || layoutMessages.errorText != nil {
                let message = layoutMessages.errorText ?? "gvLayout returned \(layoutStatus)"
                if message.contains("not recognized") {
                    throw session.unknownEngineError(engine)
                }
                throw GraphvizError(kind: .layout, message: message)
            }

            var data: UnsafeMutablePointer<CChar>?
            var length = 0
            let renderStatus = gvshim_renderData(session.context, graph, format.rawValue, &data, &length)
            // gvRenderData allocates the buffer before it can fail, so free it on every path.
            defer { if let data { gvFreeRenderData(data) } }
            let renderMessages = session.takeMessages()
            if renderStatus != 0 || renderMessages.errorText != nil {
                let message = renderMessages.errorText ?? "gvRenderData returned \(renderStatus)"
                if message.contains("not recognized") || message.contains("is unavailable") {
                    throw session.unknownFormatError(format)
                }
                throw GraphvizError(kind: .render, message: message)
            }
            guard let data else {
                throw GraphvizError(kind: .render, message: "gvRenderData returned no data")
            }
            return [UInt8](UnsafeRawBufferPointer(start: data, count: length))
        }
    }

    /// Convenience: lays out DOT text with `engine` and renders it as SVG text
    /// (Graphviz's core SVG renderer).
    ///
    /// - Throws: As `render(_:engine:format:)`.
    public static func renderSVG(_ dot: String, engine: LayoutEngine = .dot) throws(GraphvizError) -> String {
        String(decoding: try render(dot, engine: engine, format: .svg), as: UTF8.self)
    }

    /// Parses DOT with libcgraph (no layout) and returns what it read: used to
    /// check that our DOT encoding round-trips.
    ///
    /// - Parameter dot: One graph in the DOT language. Text after the first graph is ignored.
    /// - Throws: `.syntax` with Graphviz's message and line.
    public static func parse(_ dot: String) throws(GraphvizError) -> ParsedGraph {
        var warnings: [String] = []
        return try parse(dot, warnings: &warnings)
    }

    /// `parse(_:)`, also handing back Graphviz's warnings.
    static func parse(_ dot: String, warnings: inout [String]) throws(GraphvizError) -> ParsedGraph {
        try GraphvizContext.shared.withExclusiveAccess { session throws(GraphvizError) in
            defer { warnings = session.warnings }
            let graph = try session.readGraph(dot)
            defer { agclose(graph) }
            return ParsedGraph(reading: graph)
        }
    }
}
