import Foundation
import SupplyNet
import TestSupport
import Testing

@testable import SupplyNetReport

/// The report's prose, read by cmark-gfm: each test is an input that broke the page when Ink read
/// it (issue 11, item 4), and now must not.
@Suite("Reports: the author's Markdown, hostile")
struct MarkdownProseTests {
    /// A drawing of any figure: one graph with some text.
    static let drawing = "<svg width=\"20pt\" height=\"10pt\" viewBox=\"0 0 20 10\"><g id=\"fig\" class=\"graph\"><text>drawn</text></g></svg>"

    static func html(_ markdown: String, network: Network? = nil) throws -> String {
        let composer = ReportComposer(network: try network ?? FixtureData.validNetwork()) { _, _ in drawing }
        return try composer.html(ReportDocument(markdown: markdown, file: "brief.md"))
    }

    /// The page's `<main>`.
    static func main(_ html: String) -> String {
        html.components(separatedBy: "<main>\n").dropFirst().joined().components(separatedBy: "\n</main>")[0]
    }

    /// The figures of a page as tags (so not inside any attribute or text), in order.
    static func figureIDs(_ html: String) -> [String] {
        HTMLTag.scan(html).filter { $0.name == "figure" }.compactMap { $0.value("id") }
    }

    static func timed(_ work: () throws -> Void) rethrows -> Duration {
        let started = ContinuousClock.now
        try work()
        return ContinuousClock.now - started
    }

    // MARK: - Brackets: Ink took 9.8 s for 24, twice as long for each more, and crashed on 20,000

    @Test("a line of brackets is read in linear time", arguments: [24, 50, 20_000])
    func bracketRun(count: Int) throws {
        let line = String(repeating: "[", count: count)
        var html = ""
        let took = try Self.timed { html = try Self.html("Before.\n\n\(line)\n\n```supplynet\nnetwork\n```\n\nAfter.\n") }
        #expect(took < .seconds(2), "\(count) brackets took \(took)")
        #expect(html.contains("<p>\(line)</p>"))
        #expect(Self.figureIDs(html) == ["figure-1"])
    }

    @Test("links nested 20,000 deep, brackets and emphasis 20,000 deep, 20,000 block quotes: no crash, in time")
    func deepNesting() throws {
        let depth = 20_000
        let inputs = [
            String(repeating: "[", count: depth) + "x" + String(repeating: "](https://example.org/)", count: depth),
            String(repeating: "![", count: depth) + "x" + String(repeating: "](a.png)", count: depth),
            String(repeating: "*", count: depth) + "x" + String(repeating: "*", count: depth),
            String(repeating: "> ", count: depth) + "x",
            String(repeating: "- ", count: depth) + "x",
            "x" + String(repeating: "`", count: depth) + "x",
            String(repeating: "<a ", count: depth),
        ]
        for input in inputs {
            var html = ""
            let took = try Self.timed { html = try Self.html(input + "\n\n```supplynet\nnetwork\n```\n") }
            #expect(took < .seconds(3), "\(input.prefix(12))… took \(took)")
            #expect(Self.figureIDs(html) == ["figure-1"])
            #expect(HTMLTag.activeContent(in: html) == [])
        }
    }

    // MARK: - Links that passed Ink's filter

    @Test(
        "a link target the filter refuses is text; no handler, style or script reaches the page",
        arguments: [
            "[x](jav&#x61;script:alert(1))", "[x](jav&#X61;script&colon;alert(1))", "[x](java\\script:alert(1))",
            "[x](<javascript:alert(1)>)", "<javascript:alert(1)>", "[x](JAVASCRIPT:alert(1))", "[x](data:text/html,<b>)",
            "[x](vbscript:msgbox)", "[x](file:///etc/passwd)", "[x](//evil.example/)", "![x](jav&#x61;script:alert(1))",
            "[x](https://a/\"onmouseover=\"alert(1))",
            "[x](https://a/\"style=\"position:fixed;top:0;left:0;width:100%;height:100%;background:red\")",
            "[x](https://a/ \"t\\\" onmouseover=\\\"alert(1)\")", "[x][r]\n\n[r]: jav&#x61;script:alert(1)",
            "[x](https://a/'onmouseover='alert(1))", "www.example.org/\"onmouseover=\"alert(1)",
        ])
    func hostileLink(markdown: String) throws {
        let html = try Self.html(markdown + "\n")
        #expect(HTMLTag.activeContent(in: html) == [], "\(Self.main(html))")
        let main = Self.main(html)
        for attribute in HTMLTag.scan(main).flatMap(\.attributes) {
            #expect(!attribute.name.hasPrefix("on") && attribute.name != "style", "\(attribute)")
            #expect(!attribute.value.lowercased().contains("script:"), "\(attribute)")
        }
    }

    @Test("good links stay links; an image becomes a link to it; a link's text survives its refusal")
    func goodLinks() throws {
        let main = Self.main(try Self.html(
            "[web](https://example.org/a?b=1&c=2) [here](#section-x) [file](notes/a.md) ![chart](chart.png) [bad *text*](javascript:x)\n"))
        #expect(main.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">web</a>"))
        #expect(main.contains("<a href=\"#section-x\">here</a>"))
        #expect(main.contains("<a href=\"notes/a.md\">file</a>"))
        #expect(main.contains("<a href=\"chart.png\">chart</a>"))
        #expect(main.contains("bad <em>text</em>"))
        #expect(!main.contains("<img"))
    }

    // MARK: - Raw HTML, closed or not

    @Test(
        "an unclosed tag does not swallow the rest of the page: paragraphs stay paragraphs, the figure stays a figure",
        arguments: ["<br>", "<img src=x onerror=alert(1)>", "<https://example.org/", "<pre>", "<!-- open", "<script>", "<div>", "<a href=\"x\""])
    func unclosedTag(tag: String) throws {
        let html = try Self.html("Before \(tag) text.\n\n\(tag)\n\nMiddle.\n\n```supplynet\nnetwork\n```\n\nAfter *this*.\n")
        let main = Self.main(html)
        #expect(Self.figureIDs(html) == ["figure-1"])
        #expect(main.contains("<p>After <em>this</em>.</p>"), "\(main)")
        #expect(HTMLTag.activeContent(in: html) == [])
        #expect(main.range(of: "Middle.")!.lowerBound < main.range(of: "<figure")!.lowerBound)
    }

    @Test("raw HTML is shown as the author wrote it, inline and as a block")
    func rawHTML() throws {
        let main = Self.main(try Self.html("A <b onclick=\"x\">bold</b> word.\n\n<div class=\"x\">\n<script>alert(1)</script>\n</div>\n"))
        #expect(main.contains("<p>A &lt;b onclick=&quot;x&quot;&gt;bold&lt;/b&gt; word.</p>"))
        #expect(main.contains("<p>&lt;div class=&quot;x&quot;&gt;\n&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;/div&gt;</p>"))
        #expect(!main.contains("<!--"), "shown, not omitted")
    }

    // MARK: - Figures are put in by the document's structure, not by searching text

    @Test("an actor named like a marker, or like a figure, cannot move a figure: each once, in order, outside any attribute")
    func markerInData() throws {
        var network = try FixtureData.validNetwork()
        let names = ["supplynetinsert0x", "<p>supplynetinsert1x</p>", "\"supplynetinsert2x", "<figure class=\"report-figure\" id=\"figure-9\">"]
        for index in network.actors.indices { network.actors[index].name = names[index % names.count] + " " + network.actors[index].name }
        let markdown = "# Brief supplynetinsert1x\n\nsupplynetinsert0x and supplynetinsertz0x\n\n"
            + "```supplynet\nnetwork\n```\n\nsupplynetinsert2x\n\n```supplynet\nshow IRN RUS\n```\n\n```supplynet\nsources\n```\n\n```supplynet\nfocus IRN\n```\n"
        let composer = ReportComposer(network: network, render: ReportComposerTests.graphviz)
        let html = try composer.html(ReportDocument(markdown: markdown, file: "brief.md"))
        #expect(Self.figureIDs(html) == ["figure-1", "figure-2", "figure-3"])
        #expect(html.components(separatedBy: "<figure class=\"report-figure\"").count == 4)
        #expect(html.components(separatedBy: "<table class=\"sources\">").count == 2)
        for figure in try ReportSafetyTests.figures(in: html) {
            let tree = try XMLTree.parse(figure)
            #expect(tree.name == "svg")
            #expect(!figure.contains("<figure"))
        }
        #expect(Self.main(html).hasPrefix("<h1 id=\"section-brief-supplynetinsert1x\">Brief supplynetinsert1x</h1>\n<p>supplynetinsert0x and supplynetinsertz0x</p>"))
    }

    // MARK: - What the prose keeps

    @Test("GitHub's tables and strikethrough, autolinks, ids on every heading, the title from front matter")
    func features() throws {
        let html = try Self.html("---\ntitle: \"The brief\"\n---\n# Intro\n\n| a | b |\n|:--|--:|\n| 1 | ~~2~~ |\n\nSee www.example.org.\n\n## Intro\n\n> ### Quoted *heading*\n")
        let main = Self.main(html)
        #expect(html.contains("<title>The brief</title>"))
        #expect(!main.contains("title:"))
        #expect(main.contains("<th align=\"left\">a</th>"))
        #expect(main.contains("<td align=\"right\"><del>2</del></td>"))
        #expect(main.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(main.contains("<h1 id=\"section-intro\">Intro</h1>"))
        #expect(main.contains("<h2 id=\"section-intro-2\">Intro</h2>"))
        #expect(main.contains("<h3 id=\"section-quoted-heading\">Quoted <em>heading</em></h3>"))
        #expect(try Self.html("Text.\n\n## First *one*\n\n# Second\n").contains("<title>First one</title>"), "else the first heading")
        let late = try Self.html("```supplynet\nnetwork\n```\n---\ntitle: Late\n---\n# Heading\n")
        // Not at the top, it is Markdown: a rule, then a setext heading.
        #expect(late.contains("<title>title: Late</title>"), "front matter only at the top of the report")
        #expect(Self.main(late).contains("<hr />\n<h2 id=\"section-title-late\">title: Late</h2>"))
    }

    @Test("the page's policy names its one stylesheet by hash; no inline style is allowed")
    func contentSecurityPolicy() throws {
        let html = try Self.html("# Brief\n")
        let digest = Data(SHA256.digest(HTMLReportWriter.stylesheet.utf8)).base64EncodedString()
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-\(digest)'; img-src data:\">"))
        #expect(html.contains("<style>\(HTMLReportWriter.stylesheet)</style>"))
        #expect(!html.contains("unsafe-inline"))
    }

    @Test("SHA-256 gives the standard's test vectors")
    func sha256() {
        func hex(_ text: String) -> String { SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
