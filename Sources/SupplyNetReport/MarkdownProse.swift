import Foundation
import SupplyNet

/// The author's Markdown as HTML, kept as safe as the data: CommonMark with GitHub's tables,
/// strikethrough and autolinks (read by cmark-gfm, see `CommonMark`); raw HTML is shown as the
/// text it is, links go only to `http(s)` URLs, relative paths and `#fragments`, and images
/// become links (a self-contained page fetches nothing).
struct MarkdownProse {
    /// Each prose part of the report as HTML, in order.
    let parts: [String]
    /// Front matter `title:`, else the first heading's text.
    let title: String?

    /// Renders each prose part of `document` on its own, so that nothing the author leaves open
    /// (an unclosed `<pre>`, a list, a link reference) runs on past the block that follows it: the
    /// blocks' HTML goes between the parts, never inside one. Headings get ids unique in the page
    /// (`section-what-flows-to-russia`, then `…-2`), so a section can be linked to. Front matter
    /// at the very top of the report is read for the title and not shown.
    init(_ document: ReportDocument) {
        let sections = SectionIDs()
        let commonMark = CommonMark(allowsLink: Self.isAllowed, headingID: sections.next(for:))
        var title: String?
        var headings: [String] = []
        var html: [String] = []
        for (index, part) in document.parts.enumerated() {
            guard case .prose(var text) = part else { continue }
            if index == 0, let article = FrontMatter.split(text) {
                title = Self.title(in: article.yaml)
                text = article.body
            }
            let rendered = commonMark.render(text)
            html.append(rendered.html)
            headings += rendered.headings
        }
        self.parts = html
        self.title = title ?? headings.first
    }

    /// The value of a `title:` line, without surrounding quotes.
    private static func title(in frontMatter: String) -> String? {
        for line in frontMatter.split(separator: "\n") where line.hasPrefix("title:") {
            var value = line.dropFirst("title:".count).trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// Unique ids for headings, from their words.
    private final class SectionIDs {
        private var used: Set<String> = []

        func next(for heading: String) -> String {
            var slug = ""
            for character in heading.lowercased() {
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
    /// - Parameter url: The target as the parser decoded it (entities and escapes resolved).
    static func isAllowed(_ url: String) -> Bool {
        if SafeLink.web(url) != nil || SafeLink.isFragment(url) { return true }
        guard !url.isEmpty, !url.hasPrefix("//") else { return false }
        let beforePath = url.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !beforePath.contains(":") && !url.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.properties.isWhitespace || $0 == "\\" }
    }
}
