/// An article file (or a report) split into its front matter and its verbatim body.
package struct Article {
    /// The YAML between the two `---` lines.
    package let frontMatter: String
    /// Everything after the closing `---` line, untouched.
    package let body: String

    /// Splits `text`, or returns nil when it does not start with a front matter block.
    package init?(splitting text: String) {
        let opening = "---\n"
        guard text.hasPrefix(opening) else { return nil }
        let rest = text.dropFirst(opening.count)
        if rest.hasPrefix("---\n") {
            frontMatter = ""
            body = String(rest.dropFirst(4))
            return
        }
        guard let closing = rest.range(of: "\n---\n") else { return nil }
        frontMatter = String(rest[..<closing.lowerBound]) + "\n"
        body = String(rest[closing.upperBound...])
    }
}
