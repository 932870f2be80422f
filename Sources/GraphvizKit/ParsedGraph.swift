/// What libcgraph read from DOT text: the graph's name, kind, attributes,
/// nodes, edges and subgraph names, with no layout.
///
/// Attribute values are the strings cgraph holds for each object, as `agget`
/// returns them:
/// - An object lists every declared attribute whose value for it is not
///   empty, including values it got from a `node [...]`/`edge [...]` default,
///   but not Graphviz's own built-in defaults: every graph in a process that
///   has a Graphviz context gets node `label` = `\N` from cgraph's prototype
///   graph, so a node's `label` of `\N` is not listed.
/// - The DOT parser resolves only `\"` (to `"`) and backslash-newline line
///   continuations. Every other backslash stays as written: `\\`, `\n`, `\l`
///   and `\N` are label escapes that Graphviz interprets when it renders.
/// - An edge's `key` is the edge's identity in cgraph, not an attribute, so it
///   is not listed.
/// - HTML-like values (`label=<<b>x</b>>`) come back as their text between the
///   outer `<` `>` (`<b>x</b>`). cgraph marks them only by a flag on the
///   string (`aghtmlstr`), which this type does not carry, so
///   `label=<<b>x</b>>` and `label="<b>x</b>"` read the same.
/// - Anonymous graphs and subgraphs (`digraph { }`, `{ rank=same; a b }`) have
///   the name `""`; cgraph's internal `%N` names are not stable. Graphviz 2.42
///   treats any id starting with `%` as such an internal name and drops it, so
///   a node written `"%x"` comes back as `%N`.
public struct ParsedGraph: Sendable, Equatable {
    /// The graph's name; `""` when anonymous.
    public var name: String
    /// Whether it is a `digraph`.
    public var isDirected: Bool
    /// Graph attributes set on the root graph (non-empty values).
    public var attributes: [String: String]
    /// The nodes, in cgraph's order (`agfstnode`/`agnxtnode`: creation order).
    public var nodes: [ParsedNode]
    /// The edges, by tail node in node order, then in creation order.
    public var edges: [ParsedEdge]
    /// The names of all subgraphs (clusters included), depth first, siblings in
    /// the order the DOT text declares them; `""` for anonymous ones.
    public var subgraphs: [String]

    public init(
        name: String,
        isDirected: Bool,
        attributes: [String: String] = [:],
        nodes: [ParsedNode] = [],
        edges: [ParsedEdge] = [],
        subgraphs: [String] = []
    ) {
        self.name = name
        self.isDirected = isDirected
        self.attributes = attributes
        self.nodes = nodes
        self.edges = edges
        self.subgraphs = subgraphs
    }
}

/// A node as libcgraph read it; see `ParsedGraph` for how attributes read.
public struct ParsedNode: Sendable, Equatable {
    public var name: String
    public var attributes: [String: String]

    public init(name: String, attributes: [String: String] = [:]) {
        self.name = name
        self.attributes = attributes
    }
}

/// An edge as libcgraph read it, by its end nodes' names; see `ParsedGraph`
/// for how attributes read.
public struct ParsedEdge: Sendable, Equatable {
    public var tail: String
    public var head: String
    public var attributes: [String: String]

    public init(tail: String, head: String, attributes: [String: String] = [:]) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }
}
