import Foundation
import Ink
import SupplyNet

/// The author's Markdown as HTML, through Ink, kept as safe as the data: raw HTML is shown as
/// text, links go only to `http(s)` URLs, relative paths and `#fragments`, and images become
/// links (a self-contained page fetches nothing).
enum MarkdownProse {
    /// The HTML of `markdown` and its title (front matter `title:`, else the first heading).
    /// Headings get ids (`section-what-flows-to-russia`), so a section can be linked to.
    static func html(_ markdown: String) -> (html: String, title: String?) {
        var parser = MarkdownParser()
        let sections = SectionIDs()
        parser.addModifier(Modifier(target: .headings) { input in
            guard input.html.hasPrefix("<h"), let space = input.html.firstIndex(of: ">") else { return input.html }
            let id = sections.next(for: String(input.markdown))
            return String(input.html[..<space]) + " id=\"\(id)\"" + String(input.html[space...])
        })
        parser.addModifier(Modifier(target: .html) { input in XMLText.escaped(String(input.markdown)) })
        parser.addModifier(Modifier(target: .links) { input in
            guard let href = Self.attribute("href", in: input.html), Self.isAllowed(href) else {
                return Self.innerHTML(of: input.html)
            }
            return input.html
        })
        parser.addModifier(Modifier(target: .images) { input in
            let alt = Self.attribute("alt", in: input.html) ?? ""
            guard let source = Self.attribute("src", in: input.html), Self.isAllowed(source) else { return alt }
            return "<a href=\"\(source)\">\(alt.isEmpty ? source : alt)</a>"
        })
        let parsed = parser.parse(markdown)
        return (parsed.html, parsed.metadata["title"] ?? parsed.title)
    }

    /// Unique ids for headings, from their words.
    private final class SectionIDs {
        private var used: Set<String> = []

        func next(for heading: String) -> String {
            var slug = ""
            for character in heading.drop(while: { $0 == "#" }).lowercased() {
                if character.isASCII, character.isLetter || character.isNumber {
                    slug.append(character)
                } else if !slug.hasSuffix("-") {
                    slug.append("-")
                }
            }
            let base = "section-" + slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
            var id = base
            var count = 1
            while !used.insert(id).inserted {
                count += 1
                id = "\(base)-\(count)"
            }
            return id
        }
    }

    /// A link target the page may hold: an `http(s)` URL, a `#fragment`, or a relative path
    /// (no scheme), never `javascript:`, `data:` or `file:`.
    static func isAllowed(_ href: String) -> Bool {
        let decoded = href.replacingOccurrences(of: "&amp;", with: "&")
        if SafeLink.web(decoded) != nil || SafeLink.isFragment(decoded) { return true }
        guard !decoded.isEmpty, !decoded.hasPrefix("//") else { return false }
        let beforePath = decoded.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !beforePath.contains(":") && !decoded.unicodeScalars.contains { $0.value < 0x20 || $0.properties.isWhitespace }
    }

    /// `name="value"` from the first tag of `html` (Ink writes double quotes).
    static func attribute(_ name: String, in html: String) -> String? {
        guard let tagEnd = html.firstIndex(of: ">"), let start = html[..<tagEnd].range(of: " \(name)=\"") else { return nil }
        let rest = html[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// What is between an element's start and end tags.
    private static func innerHTML(of html: String) -> String {
        guard let open = html.firstIndex(of: ">"), let close = html.range(of: "</", options: .backwards) else { return html }
        return String(html[html.index(after: open)..<close.lowerBound])
    }
}
