/// Writes DOT statements line by line, indented, with every id and value quoted by `DOTString`.
public struct DOTWriter: Sendable {
    public private(set) var text = ""
    private var depth = 0

    /// Opens a `digraph` whose name is `graphID`.
    public init(digraph graphID: String) {
        line("digraph \(DOTString.quotedID(graphID)) {")
        depth = 1
    }

    /// Closes the graph and returns the text.
    public consuming func finish() -> String {
        depth = 0
        line("}")
        return text
    }

    public mutating func graph(_ attributes: [DOTAttribute]) { statement("graph", attributes) }
    public mutating func nodeDefaults(_ attributes: [DOTAttribute]) { statement("node", attributes) }
    public mutating func edgeDefaults(_ attributes: [DOTAttribute]) { statement("edge", attributes) }

    public mutating func node(_ id: String, _ attributes: [DOTAttribute]) {
        statement(DOTString.quotedID(id), attributes)
    }

    public mutating func edge(from tail: String, to head: String, _ attributes: [DOTAttribute]) {
        statement(DOTString.quotedID(tail) + " -> " + DOTString.quotedID(head), attributes)
    }

    /// A subgraph; name it `cluster_…` for Graphviz to draw a box around it.
    public mutating func subgraph(_ name: String, _ attributes: [DOTAttribute], body: (inout DOTWriter) -> Void) {
        line("subgraph \(DOTString.quotedID(name)) {")
        depth += 1
        if !attributes.isEmpty { graph(attributes) }
        body(&self)
        depth -= 1
        line("}")
    }

    private mutating func statement(_ head: String, _ attributes: [DOTAttribute]) {
        guard !attributes.isEmpty else {
            line(head + ";")
            return
        }
        line(head + " [" + attributes.map(\.encoded).joined(separator: ", ") + "];")
    }

    private mutating func line(_ content: String) {
        text += String(repeating: "\t", count: depth) + content + "\n"
    }
}
