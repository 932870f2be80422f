import Foundation
import TestSupport
import SupplyNet
import Testing

@testable import SupplyNetReport

/// The hostile network with links to its sources that no report may follow as written.
extension HostileNetwork {
    static let scriptLink = "javascript:alert(document.domain)"
    static let webLink = "https://example.org/a?b=\"><script>alert(1)</script>&c='d' onmouseover=alert(2)"

    /// `make()` with an active link on one source, a web link full of markup on the other, and
    /// a third source whose title, outlet and `data:` link are markup.
    static func withLinks() -> Network {
        let network = make()
        var sources = network.sources
        sources[0].url = scriptLink
        sources[1].url = webLink
        sources[1].outlet = "<img src=x onerror=alert(3)>"
        sources.append(Source(
            id: "s3", title: "<script>alert(4)</script>\"' onload='x", outlet: "[click](javascript:alert(5))",
            published: daySource, url: "data:text/html,<script>alert(6)</script>", file: "articles/s3.txt", text: ""))
        var flows = network.flows
        flows[2].claims.append(Claim(
            id: "s3-1", status: .alleged, source: "s3", quote: "<svg onload=alert(7)> ![x](http://evil.example/x.png) | cell | `code`",
            speaker: "<a href=\"javascript:alert(8)\">Mallory</a>"))
        return Network(actors: network.actors, items: network.items, sources: sources, flows: flows)
    }
}

@Suite("Reports: nothing from the data or the articles becomes active content")
struct ReportSafetyTests {
    static let markdown = """
        # Hostile <script>alert('title')</script>

        Prose with <b onclick="alert(9)">raw HTML</b>, [a script link](javascript:alert(10)),
        [a data link](data:text/html,x), ![an image](http://evil.example/pixel.png) and [a fine link](https://example.org/).

        <iframe src="https://evil.example/"></iframe>

        ```supplynet
        network
        ```

        ```supplynet
        show IRN end
        ```

        ```supplynet
        paths IRN end --only-paths
        ```

        ```supplynet
        sources
        ```

        """

    static func composer() -> ReportComposer {
        ReportComposer(network: HostileNetwork.withLinks(), render: ReportComposerTests.graphviz)
    }

    /// The inline SVG of each figure, as XML.
    static func figures(in html: String) throws -> [String] {
        html.components(separatedBy: "<div class=\"graph\">\n").dropFirst().map { String($0.components(separatedBy: "</svg>\n</div>")[0]) + "</svg>" }
    }

    @Test("HTML: no script, handler, style attribute, foreign link or fetch anywhere in the page")
    func html() throws {
        let html = try Self.composer().html(ReportDocument(markdown: Self.markdown, file: "hostile.md"))
        #expect(HTMLTag.activeContent(in: html) == [])
        #expect(!html.contains("href=\"javascript:") && !html.contains("href=\"data:"))
        #expect(html.contains("<a href=\"https://example.org/\">a fine link</a>"), "safe links stay links")
        #expect(html.contains("&lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt;"), "raw HTML is shown as text")
        #expect(html.contains("<title>Hostile &lt;script&gt;alert(&apos;title&apos;)&lt;/script&gt;</title>") || html.contains("<title>Hostile"))
        // The web link is kept, escaped, as a link; the others are plain titles.
        #expect(html.contains("href=\"https://example.org/a?b=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;c=&apos;d&apos; onmouseover=alert(2)\"") == false,
                "a URL with spaces is not a web link")
        #expect(html.contains("<td class=\"source\"><a href=\"#source-1\">Month &lt;only&gt;</a></td>"))
        #expect(html.contains("“&lt;svg onload=alert(7)&gt; ![x](http://evil.example/x.png) | cell | `code`”"))
        let quote = XMLText.escaped(HostileNetwork.xmlVisible(HostileNetwork.deliveredQuote))
        #expect(html.contains("“\(quote)”"), "quotes are shown exactly, escaped")
    }

    @Test("HTML: each inline SVG is well-formed XML made only of drawing elements, its links only to evidence rows")
    func svg() throws {
        let html = try Self.composer().html(ReportDocument(markdown: Self.markdown, file: "hostile.md"))
        let figures = try Self.figures(in: html)
        #expect(figures.count == 3)
        let drawing: Set<String> = ["svg", "g", "a", "title", "desc", "path", "polygon", "polyline", "ellipse", "circle", "rect", "line", "text", "tspan"]
        var texts: [String] = []
        for figure in figures {
            let tree = try XMLTree.parse(figure)
            #expect(tree.name == "svg")
            #expect(HTMLTag.activeContent(in: figure, allowedElements: drawing) == [])
            let links = tree.descendants("a").compactMap { $0.attributes["xlink:href"] }
            #expect(!links.isEmpty)
            for href in links {
                #expect(href.hasPrefix("#ev"), "\(href)")
                #expect(html.contains("<tbody id=\"\(href.dropFirst())\">"))
            }
            texts += tree.descendants("text").map(\.text) + tree.descendants("title").map(\.text)
        }
        // Long labels wrap at spaces, a line to a <text>.
        #expect(texts.joined(separator: " ").contains("[1] Shahed <drones> & \"kamikaze\""), "names come back exactly from the XML")
    }

    @Test("Markdown: no HTML, no link but http(s) and the figure files, once a Markdown parser has read it")
    func markdown() throws {
        let benign = Self.markdown.components(separatedBy: "```supplynet\nnetwork").dropFirst().joined()
        let report = try Self.composer().markdown(ReportDocument(markdown: "# Hostile data\n\n```supplynet\nnetwork" + benign, file: "hostile.md")) {
            "hostile-figure-\($0).svg"
        }
        // Read by cmark-gfm with every link kept: images come back as links to what they show.
        let rendered = CommonMark(allowsLink: { _ in true }, headingID: { _ in "h" }).render(report.markdown)
        #expect(rendered.rawHTML == 0, "no HTML for a Markdown reader to interpret")
        #expect(HTMLTag.activeContent(in: rendered.html) == [])
        let tags = HTMLTag.scan(rendered.html)
        // The figures' images; GitHub links the bare http addresses a quote holds, and no source has a usable web link.
        let links = tags.filter { $0.name == "a" }.compactMap { $0.value("href") }
        #expect(links.filter { !$0.hasPrefix("http://") } == ["hostile-figure-1.svg", "hostile-figure-2.svg", "hostile-figure-3.svg"])
        #expect(links.filter { $0.hasPrefix("http://") }.allSatisfy { $0.hasPrefix("http://x") || $0.hasPrefix("http://evil.example/") })
        #expect(tags.filter { $0.name == "table" }.count == 4, "three evidence tables and the sources, none broken by a | in the data")
        #expect(report.figures.count == 3)
        for figure in report.figures {
            _ = try XMLTree.parse(figure.svg)
            #expect(HTMLTag.activeContent(in: figure.svg.replacingOccurrences(of: "<?xml", with: "<!--")) == [])
        }
    }
}

extension ReportSafetyTests {
    /// Runs `python3` with `arguments` from the package root.
    static func python(_ arguments: [String]) throws -> ProcessRunner.Result {
        try ProcessRunner.python(arguments, in: FixtureData.packageRoot)
    }

    @Test("the hostile page in headless Chromium: no console error, no script, every edge linked")
    func browser() throws {
        let probe = try Self.python(["-c", "import selenium"])
        try #require(probe.status == 0, "python3 cannot import selenium: run scripts/test.sh, which installs it")
        let folder = FixtureData.packageRoot.appendingPathComponent("test-output/report-hostile")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("hostile.html")
        try Self.composer().html(ReportDocument(markdown: Self.markdown, file: "hostile.md")).write(to: page, atomically: true, encoding: .utf8)
        let check = try Self.python(["Tests/Oracles/report_browser_check.py", page.path, folder.path, "3"])
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
    }
}
