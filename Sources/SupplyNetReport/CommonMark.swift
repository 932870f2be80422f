import CCmarkGFM
import Foundation
import SupplyNet

/// The author's Markdown read by GitHub's CommonMark parser, cmark-gfm, with the extensions GitHub
/// uses for prose (tables, strikethrough, autolinks, the tag filter), and rewritten as a tree
/// before anything is rendered: raw HTML becomes the text the author wrote, links and images the
/// policy refuses become their text, images become links, and headings carry ids.
///
/// The only file that touches C. cmark-gfm runs in its safe mode (raw HTML omitted, `javascript:`
/// and the like emptied) underneath, as a second fence. Parsing is linear in practice: runs of
/// 20,000 `[` or links nested 20,000 deep take milliseconds, where Ink took seconds for 24 and
/// crashed on those.
struct CommonMark {
    /// A document rendered: its HTML, the plain text of its headings in order, and how many pieces
    /// of raw HTML it held (each now shown as text).
    struct Rendered {
        let html: String
        let headings: [String]
        let rawHTML: Int
    }

    /// Whether a link or image may keep its target (`url`, as the parser decoded it: entities and
    /// escapes resolved, so `jav&#x61;script:` arrives as `javascript:`).
    let allowsLink: (_ url: String) -> Bool
    /// The id of the next heading, from its plain text.
    let headingID: (_ text: String) -> String

    /// cmark-gfm's extension registry is process-wide; one parse at a time keeps it simple.
    private static let lock = NSLock()
    private static let extensions = ["table", "strikethrough", "autolink", "tagfilter"]

    /// `markdown` as HTML.
    /// - Complexity: Linear in the length of `markdown` for every input tried, however hostile
    ///   (see `ReportFuzzTests`).
    func render(_ markdown: String) -> Rendered {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        cmark_gfm_core_extensions_ensure_registered()
        let options = cmarkshim_options()
        // cmark's allocator aborts rather than return NULL; these guards are for the types' sake.
        guard let parser = cmark_parser_new(options) else { return Self.fallback(markdown) }
        defer { cmark_parser_free(parser) }
        for name in Self.extensions {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        let bytes = Array(markdown.utf8)
        if !bytes.isEmpty {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return Self.fallback(markdown) }
        defer { cmark_node_free(document) }
        let syntaxes = cmark_parser_get_syntax_extensions(parser)
        let (headings, rawHTML) = rewrite(document, options: options, syntaxes: syntaxes)
        guard let html = cmark_render_html(document, options, syntaxes) else { return Self.fallback(markdown) }
        defer { free(html) }
        return Rendered(html: String(cString: html), headings: headings, rawHTML: rawHTML)
    }

    /// Rewrites the tree in place (every node is listed first: cmark's iterator must not see a
    /// node change before it has left it), and returns the headings' text and the number of raw HTML nodes.
    private func rewrite(_ document: OpaquePointer, options: Int32, syntaxes: UnsafeMutablePointer<cmark_llist>?) -> ([String], Int) {
        let nodes = Self.nodes(under: document)
        var rawHTML = 0
        for node in nodes {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_INLINE:
                rawHTML += 1
                Self.replace(node, with: Self.text(Self.literal(node)))
            case CMARK_NODE_HTML_BLOCK:
                rawHTML += 1
                // What the author wrote, line by line, as a paragraph of text.
                guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { continue }
                let lines = Self.literal(node).split(separator: "\n", omittingEmptySubsequences: false)
                for (index, line) in lines.enumerated() where !(index == lines.count - 1 && line.isEmpty) {
                    if index > 0, let lineBreak = cmark_node_new(CMARK_NODE_SOFTBREAK) { cmark_node_append_child(paragraph, lineBreak) }
                    if let text = Self.text(String(line)) { cmark_node_append_child(paragraph, text) }
                }
                Self.replace(node, with: paragraph)
            case CMARK_NODE_LINK:
                if !allowsLink(Self.url(node)) { Self.unwrap(node) }
            case CMARK_NODE_IMAGE:
                // A self-contained page fetches nothing: an image becomes a link to it, or its
                // text inside another link or when refused.
                let url = Self.url(node)
                guard allowsLink(url), !Self.isInsideLink(node), let link = cmark_node_new(CMARK_NODE_LINK) else {
                    Self.unwrap(node)
                    continue
                }
                cmark_node_set_url(link, url)
                cmark_node_set_title(link, cmark_node_get_title(node))
                while let child = cmark_node_first_child(node) { cmark_node_append_child(link, child) }
                if cmark_node_first_child(link) == nil, let text = Self.text(url) { cmark_node_append_child(link, text) }
                Self.replace(node, with: link)
            default:
                break
            }
        }
        // Headings last, so they are rendered with their inlines already rewritten.
        var headings: [String] = []
        for node in nodes where cmark_node_get_type(node) == CMARK_NODE_HEADING {
            let text = Self.plainText(node)
            headings.append(text)
            let level = cmark_node_get_heading_level(node)
            guard let rendered = cmark_render_html(node, options, syntaxes) else { continue }
            let html = String(cString: rendered)
            free(rendered)
            // The renderer writes `<hN>` first; a custom block is written verbatim, in safe mode too.
            let open = "<h\(level)>"
            guard html.hasPrefix(open), let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            let withID = "<h\(level) id=\"\(XMLText.escaped(headingID(text)))\">" + html.dropFirst(open.count)
            cmark_node_set_on_enter(block, withID.hasSuffix("\n") ? String(withID.dropLast()) : withID)
            cmark_node_set_on_exit(block, "")
            Self.replace(node, with: block)
        }
        return (headings, rawHTML)
    }

    // MARK: - The tree

    /// Every node under `root`, `root` included, in document order.
    private static func nodes(under root: OpaquePointer) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var nodes: [OpaquePointer] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { nodes.append(node) }
        }
        return nodes
    }

    /// The text of `node`'s inlines, line breaks as spaces.
    private static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        for child in nodes(under: node) {
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE: text += literal(child)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    private static func text(_ literal: String) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(node, literal)
        return node
    }

    /// Puts `replacement` where `node` was, and frees `node` (and whatever is still inside it).
    private static func replace(_ node: OpaquePointer, with replacement: OpaquePointer?) {
        if let replacement { cmark_node_replace(node, replacement) } else { cmark_node_unlink(node) }
        cmark_node_free(node)
    }

    /// Puts `node`'s children where it was, and frees it.
    private static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) { cmark_node_insert_before(node, child) }
        replace(node, with: nil)
    }

    private static func isInsideLink(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_LINK { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    /// The text as a paragraph, escaped: never expected (cmark aborts when memory runs out).
    private static func fallback(_ markdown: String) -> Rendered {
        Rendered(html: "<p>\(XMLText.escaped(markdown))</p>\n", headings: [], rawHTML: 0)
    }
}
