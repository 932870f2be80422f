/// A rendered SVG document reduced to what embedding needs: its size, its `viewBox` and its
/// content without the XML prolog, DOCTYPE and comments.
public struct SVGFigure: Hashable, Sendable {
    /// Width and height in points, as Graphviz writes them.
    public let width: Double
    public let height: Double
    public let viewBox: String
    /// The elements inside the root `<svg>`.
    public let content: String

    /// Reads a Graphviz SVG document; nil when it has no root `<svg>` element with a size.
    public init?(_ document: String) {
        guard let open = document.range(of: "<svg"),
            let openEnd = document[open.upperBound...].firstIndex(of: ">"),
            let close = document.range(of: "</svg>", options: .backwards)
        else { return nil }
        let rootTag = String(document[open.lowerBound...openEnd])
        guard let width = Self.points(Self.attribute("width", in: rootTag)),
            let height = Self.points(Self.attribute("height", in: rootTag))
        else { return nil }
        self.width = width
        self.height = height
        viewBox = Self.attribute("viewBox", in: rootTag) ?? "0 0 \(width) \(height)"
        content = Self.withoutComments(String(document[document.index(after: openEnd)..<close.lowerBound]))
    }

    /// `name="value"` read from one start tag.
    static func attribute(_ name: String, in tag: String) -> String? {
        guard let start = tag.range(of: " \(name)=\"") ?? tag.range(of: "\n\(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    private static func points(_ text: String?) -> Double? {
        guard var text else { return nil }
        if text.hasSuffix("pt") || text.hasSuffix("px") { text.removeLast(2) }
        return Double(text)
    }

    private static func withoutComments(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "<!--") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "-->") else { return result }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}
