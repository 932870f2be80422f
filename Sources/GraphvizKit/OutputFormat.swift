/// A Graphviz output format, named the way Graphviz names it (`-T` in the CLI).
///
/// `svg` is Graphviz's core SVG renderer, which keeps `id`, `class`, `URL`
/// and `tooltip`; `svg:cairo` would drop them. Any other format Graphviz has
/// a plugin for works through `init(_:)`; one it lacks makes
/// `Graphviz.render` throw `GraphvizError.Kind.unknownFormat`.
public struct OutputFormat: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The format's name as Graphviz spells it, e.g. `"svg"`.
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A format by name, e.g. `OutputFormat("json")`.
    public init(_ name: String) {
        self.init(rawValue: name)
    }

    public var description: String { rawValue }

    /// SVG from the core renderer (text; keeps ids, classes, links and tooltips).
    public static let svg = OutputFormat("svg")
    /// PNG bitmap (cairo plugin).
    public static let png = OutputFormat("png")
    /// PDF (cairo plugin).
    public static let pdf = OutputFormat("pdf")

    /// The three formats above, in that order.
    public static let all: [OutputFormat] = [.svg, .png, .pdf]
}
