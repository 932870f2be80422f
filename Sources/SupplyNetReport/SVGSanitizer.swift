import Foundation
import SupplyNet

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Graphviz's SVG, read with an XML parser and written again keeping only the elements and
/// attributes a drawing needs: no scripts, no event handlers, no styles, no foreign content, and
/// links only to `#fragment`s or `http(s)` URLs. What comes from the data is in text and
/// attribute values, which are escaped again on the way out.
package struct SanitizedSVG: Hashable, Sendable {
    /// The root element's size, in points, and its `viewBox`.
    package let width: Double
    package let height: Double
    package let viewBox: String
    /// The elements inside the root `<svg>`, sanitised.
    package let content: String

    /// The elements a Graphviz drawing (and `SmallMultiples`) uses.
    static let elements: Set<String> = [
        "svg", "g", "a", "title", "desc", "path", "polygon", "polyline", "ellipse", "circle", "rect", "line", "text", "tspan",
    ]
    /// The attributes kept: geometry, paint, text, ids and classes, links and their titles.
    static let attributes: Set<String> = [
        "id", "class", "transform", "viewBox", "preserveAspectRatio", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx",
        "ry", "width", "height", "d", "points", "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray",
        "stroke-opacity", "stroke-linecap", "stroke-linejoin", "opacity", "font-family", "font-size", "font-weight",
        "font-style", "text-anchor", "text-decoration", "xlink:title", "xlink:href", "href",
    ]

    /// Reads `document`, dropping the characters XML forbids (no reference can carry them).
    /// - Parameter graphTitle: replaces the `<title>` Graphviz gives each graph (its DOT name,
    ///   `fig1`), which browsers show as the tooltip of the drawing's background.
    /// - Parameter sitePaths: whether links may also go to paths of the site serving the page
    ///   (`/actor/IRN`), as the explorer's do.
    /// - Throws: `SVGProblem` when it is not well-formed XML or has no root `<svg>` with a size.
    package init(_ document: String, graphTitle: String? = nil, sitePaths: Bool = false) throws(SVGProblem) {
        let reader = Reader()
        // Graphviz copies control characters from labels into its SVG, which XML forbids.
        let allowed = String(String.UnicodeScalarView(document.unicodeScalars.filter(XMLText.isAllowed)))
        let parser = XMLParser(data: Data(allowed.utf8))
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = reader.root, root.name == "svg" else {
            throw SVGProblem(message: parser.parserError.map { "the SVG is not well-formed: \($0.localizedDescription)" } ?? "the SVG has no root element")
        }
        guard let width = Self.points(root.attributes["width"]), let height = Self.points(root.attributes["height"]) else {
            throw SVGProblem(message: "the SVG's root element has no width and height")
        }
        self.width = width
        self.height = height
        viewBox = root.attributes["viewBox"].flatMap { Self.isNumbers($0) ? $0 : nil } ?? "0 0 \(width) \(height)"
        content = root.children.map { Self.write($0, graphTitle: graphTitle, sitePaths: sitePaths) }.joined()
    }

    private static func write(_ node: Node, graphTitle: String?, sitePaths: Bool, parentClass: String? = nil) -> String {
        switch node {
        case .text(let text):
            return text.allSatisfy { $0 == " " || $0 == "\n" || $0 == "\t" } ? text : XMLText.escaped(text)
        case .element(let element):
            guard elements.contains(element.name) else { return "" }
            var tag = "<" + element.name
            for (name, value) in element.attributes.sorted(by: { $0.key < $1.key }) where attributes.contains(name) {
                if name == "xlink:href" || name == "href" {
                    guard SafeLink.isFragment(value) || SafeLink.web(value) != nil || (sitePaths && SafeLink.isSitePath(value)) else { continue }
                }
                tag += " \(name)=\"\(XMLText.escaped(value))\""
            }
            if element.name == "title", parentClass == "graph", let graphTitle {
                return "<title>\(XMLText.escaped(graphTitle))</title>"
            }
            let children = element.children.map {
                write($0, graphTitle: graphTitle, sitePaths: sitePaths, parentClass: element.attributes["class"])
            }.joined()
            return tag + (children.isEmpty ? "/>" : ">" + children + "</\(element.name)>")
        }
    }

    static func points(_ text: String?) -> Double? {
        guard var text else { return nil }
        if text.hasSuffix("pt") || text.hasSuffix("px") { text.removeLast(2) }
        guard let value = Double(text), value.isFinite, value > 0 else { return nil }
        return value
    }

    private static func isNumbers(_ text: String) -> Bool {
        text.split(separator: " ").count == 4 && text.split(separator: " ").allSatisfy { Double($0) != nil }
    }

    fileprivate indirect enum Node {
        case text(String)
        case element(Element)
    }

    fileprivate final class Element {
        let name: String
        let attributes: [String: String]
        var children: [Node] = []
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var root: Element?
        var stack: [Element] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let element = Element(name: elementName, attributes: attributes)
            if let parent = stack.last { parent.children.append(.element(element)) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let parent = stack.last else { return }
            if case .text(let previous)? = parent.children.last {
                parent.children[parent.children.count - 1] = .text(previous + string)
            } else {
                parent.children.append(.text(string))
            }
        }
    }
}

/// Why a rendered figure could not be used.
package struct SVGProblem: Error, Hashable, Sendable {
    package let message: String
}
