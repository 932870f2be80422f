/// A Graphviz layout engine, named the way Graphviz names it.
///
/// The six common engines are constants; any other name Graphviz knows
/// (`osage`, `patchwork`, …) works through `init(_:)`. A name Graphviz does
/// not know makes `Graphviz.render` throw `GraphvizError.Kind.unknownEngine`.
public struct LayoutEngine: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The engine's name as Graphviz spells it, e.g. `"dot"`.
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// An engine by name, e.g. `LayoutEngine("osage")`.
    public init(_ name: String) {
        self.init(rawValue: name)
    }

    public var description: String { rawValue }

    /// Hierarchical layout in ranks: the default for flows.
    public static let dot = LayoutEngine("dot")
    /// Spring model (stress majorization).
    public static let neato = LayoutEngine("neato")
    /// Force-directed, with clusters.
    public static let fdp = LayoutEngine("fdp")
    /// Multiscale force-directed, for large graphs.
    public static let sfdp = LayoutEngine("sfdp")
    /// Circular layout.
    public static let circo = LayoutEngine("circo")
    /// Radial layout around a root node.
    public static let twopi = LayoutEngine("twopi")

    /// The six engines above, in that order.
    public static let all: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi]
}
