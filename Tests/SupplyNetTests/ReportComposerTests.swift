import Foundation
import GraphvizKit
import SupplyNet
import SupplyNetReport
import TestSupport
import Testing

@Suite("Reports: figures, captions and evidence")
struct ReportComposerTests {
    /// Graphviz in process, as the command line draws.
    static func graphviz(_ dot: String, _ engine: String) throws -> String { try Graphviz.renderSVG(dot, engine: LayoutEngine(engine)) }

    /// Graphviz's layout as pins, as the command line hands `ReportComposer` (its `PinnedLayout+Graphviz`).
    static func layout(_ dot: String, _ engine: String) throws -> PinnedLayout {
        let layout = try Graphviz.layout(dot, engine: LayoutEngine(engine))
        func point(_ point: GraphLayout.Point) -> PinnedLayout.Point { .init(x: point.x, y: point.y) }
        return PinnedLayout(
            nodes: layout.nodes.mapValues(point),
            clusters: layout.clusters.mapValues { .init(spline: $0.boundingBox, labelPosition: $0.labelPosition) },
            edges: layout.edges.map {
                .init(tail: $0.tail, head: $0.head, className: $0.className, route: .init(spline: $0.spline, labelPosition: $0.labelPosition))
            },
            lowerLeft: point(layout.lowerLeft), upperRight: point(layout.upperRight))
    }

    static func html(_ markdown: String, network: Network? = nil) throws -> String {
        let composer = ReportComposer(network: try network ?? FixtureData.validNetwork(), render: graphviz)
        return try composer.html(ReportDocument(markdown: markdown, file: "brief.md"))
    }

    /// The values of `attribute="…"` in `html`, in order.
    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    @Test("the composer hands DOT to its renderer: numbered edges linked to their rows, the block's engine")
    func rendererSeam() throws {
        var calls: [(dot: String, engine: String)] = []
        let composer = ReportComposer(network: try FixtureData.validNetwork()) { dot, engine in
            calls.append((dot, engine))
            return "<svg width=\"20pt\" height=\"10pt\" viewBox=\"0 0 20 10\"><g id=\"fig1\" class=\"graph\"><text>drawn</text></g></svg>"
        }
        let html = try composer.html(ReportDocument(markdown: "```supplynet\nnetwork --engine neato\n```\n", file: "brief.md"))
        #expect(calls.count == 1)
        #expect(calls.first?.engine == "neato")
        #expect(calls.first?.dot.contains("id=\"fig1\"") == true)
        #expect(calls.first?.dot.contains("label=\"[1] Shahed drones\"") == true)
        #expect(calls.first?.dot.contains("URL=\"#ev1-1\"") == true)
        #expect(calls.first?.dot.contains("URL=\"#ev1-2\"") == true)
        #expect(html.contains("<text>drawn</text>"))
        #expect(html.contains("<tbody id=\"ev1-1\">"))
    }

    @Test("a figure: inline SVG with role, title and description, no prolog; caption, legend and numbered evidence")
    func figure() throws {
        let html = try Self.html("# Brief\n\nIntro.\n\n```supplynet\nshow IRN RUS\n```\n\nAfter.\n")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<title>Brief</title>"))
        #expect(html.contains("<h1 id=\"section-brief\">Brief</h1>"))
        #expect(!html.contains("<?xml"))
        #expect(!html.contains("<!DOCTYPE svg"))
        #expect(!html.contains("<!--"))
        #expect(html.contains("<figure class=\"report-figure\" id=\"figure-1\">"))
        #expect(html.contains("role=\"img\" aria-labelledby=\"fig1-title fig1-desc\""))
        #expect(html.contains("<title id=\"fig1-title\">Figure 1. Between Iran and Russia</title>"))
        #expect(html.contains("<desc id=\"fig1-desc\">2 actors and 2 flows (2 transfers; 1 offered or planned, 1 contested (delivery claimed and denied)), backed by 3 quoted claims."))
        #expect(html.contains("viewBox=\""))
        #expect(html.contains("<ul class=\"legend\" aria-label=\"Legend of figure 1\">"))
        #expect(html.contains("<span class=\"ref\">[1]</span> Iran → Russia: transfer of Shahed drones"))
        #expect(html.contains("<td class=\"quote\">“Iran has supplied Russia with more than 400 drones since August 2022”</td>"))
        #expect(html.contains("<td class=\"who\">John Kirby (United States)</td>"))
        #expect(html.contains("<td class=\"source\">Sample wire report, Test Wire</td>"))
        #expect(html.contains("<td class=\"date\">2023-05-15</td>"))
        #expect(html.contains("href=\"#figure-1\""))
        // Every edge of the drawing is a link to its evidence rows.
        let edgeLinks = Self.values(of: "xlink:href", in: html)
        #expect(Set(edgeLinks) == ["#ev1-1", "#ev1-2"])
        #expect(html.range(of: "<p>Intro.</p>")!.lowerBound < html.range(of: "<figure")!.lowerBound)
        #expect(html.range(of: "</table>")!.lowerBound < html.range(of: "<p>After.</p>")!.lowerBound)
        #expect(!html.contains("supplynetinsert"))
    }

    @Test("several figures never share an element id, and the same report gives the same bytes")
    func uniqueIDs() throws {
        let markdown = "```supplynet\nnetwork\n```\n\n```supplynet\nfocus IRN\n```\n\n```supplynet\ntimeline\n```\n\n```supplynet\npaths IRN RUS\n```\n\n```supplynet\nsources\n```\n"
        let html = try Self.html(markdown)
        let ids = Self.values(of: "id", in: html)
        #expect(ids.count > 20)
        #expect(Set(ids).count == ids.count, "duplicated: \(Dictionary(grouping: ids, by: { $0 }).filter { $1.count > 1 }.keys.sorted())")
        #expect(ids.contains("fig4-flow-irn-rus-drones"))
        #expect(ids.contains("fig3-flow-irn-rus-drones"), "a timeline of one source date is one drawing")
        #expect(html.contains("<tr id=\"source-1\"><td>Sample wire report</td>"))
        #expect(html.contains("<a href=\"#source-1\">Sample wire report</a>, Test Wire"), "rows link to their source")
        #expect(try Self.html(markdown) == html)
    }

    @Test("a block naming an unknown actor fails at its word, with the closest names")
    func unknownActor() throws {
        #expect(throws: ReportError(SourceLocation(file: "brief.md", line: 4, column: 7), "no actor is called 'Tehrn'; closest: Tehran (IRN)")) {
            try Self.html("Text\n\n```supplynet\nfocus Tehrn\n```\n")
        }
    }

    @Test("a block with no path, or nothing to show, fails at its fence")
    func nothingToShow() throws {
        #expect(throws: ReportError.self) { try Self.html("```supplynet\npaths USA RUS\n```\n") }
        do {
            _ = try Self.html("```supplynet\nflows --kind strike\n```\n")
            Issue.record("an empty figure was accepted")
        } catch let error as ReportError {
            #expect(error.location == SourceLocation(file: "brief.md", line: 1))
            #expect(error.message == "nothing to draw: 'flows --kind strike' shows no flows; widen --as-of, --kind, --status, --item or --focus")
        }
    }

    @Test("a figure Graphviz cannot draw fails the report at its block, with Graphviz's words")
    func renderFailure() throws {
        let composer = ReportComposer(network: try FixtureData.validNetwork()) { _, _ in
            throw GraphvizError(kind: .layout, message: "out of memory")
        }
        do {
            _ = try composer.html(ReportDocument(markdown: "one\n```supplynet\nnetwork\n```\n", file: "brief.md"))
            Issue.record("a failed render was accepted")
        } catch {
            #expect(error.location == SourceLocation(file: "brief.md", line: 2))
            #expect(error.message.hasPrefix("graphviz could not draw figure 1: "))
            #expect(error.message.contains("out of memory"))
        }
    }

    @Test("Markdown output: an image per figure, the SVG beside it, the evidence as a table")
    func markdown() throws {
        let composer = ReportComposer(network: try FixtureData.validNetwork(), render: Self.graphviz)
        let report = try composer.markdown(ReportDocument(markdown: "# Brief\n\n```supplynet\nshow IRN RUS\n```\n\nEnd.\n", file: "brief.md")) {
            "brief-figure-\($0).svg"
        }
        #expect(report.markdown.hasPrefix("# Brief\n\n![Figure 1. Between Iran and Russia](brief-figure-1.svg)\n\n**Figure 1.** Between Iran and Russia. "))
        #expect(report.markdown.contains("| # | Claim | Quote | Who | Source | Date |\n| --- | --- | --- | --- | --- | --- |\n"))
        #expect(report.markdown.contains("| 1.1 | delivered | “Iran has supplied Russia with more than 400 drones since August 2022” | John Kirby (United States) | Sample wire report, Test Wire | 2023-05-15 |"))
        #expect(report.markdown.hasSuffix("\nEnd.\n"))
        #expect(report.figures.map(\.name) == ["brief-figure-1.svg"])
        let svg = try XMLTree.parse(report.figures[0].svg)
        #expect(svg.name == "svg")
        #expect(svg.attributes["role"] == "img")
        #expect(svg.child("title")?.text == "Figure 1. Between Iran and Russia")
        #expect(!report.figures[0].svg.contains("xlink:href"), "no links to a page the image is not in")
        #expect(report.figures[0].svg.contains("[1] Shahed drones"))
    }
}
