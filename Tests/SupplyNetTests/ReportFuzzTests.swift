import Foundation
import SupplyNet
import Testing

@testable import SupplyNetReport

/// A bounded fuzz run of the report's Markdown: prose built at random from the pieces that break
/// Markdown parsers (runs of brackets and backticks, `<`, `&` and entities, fences, links and
/// images with hostile targets, nested emphasis, tables, raw HTML left open) around small
/// `supplynet` blocks, composed with a fake renderer.
///
/// Properties: each report builds within `FuzzRun.perInputBound(bytes:)`; every figure is in
/// the page exactly once, in order, as a tag (never inside an attribute or text); and nothing
/// active reaches the page (no `javascript:` link, no `on…=` handler, no `style=`, no second
/// `<style>`). A failure names its seed and iteration, replayed with `SUPPLYNET_FUZZ_REPLAY`.
@Suite("Fuzzing the report's Markdown")
struct ReportFuzzTests {
    static let drawing = "<svg width=\"20pt\" height=\"10pt\" viewBox=\"0 0 20 10\"><g id=\"fig\" class=\"graph\"><text>drawn</text></g></svg>"

    /// Pieces of prose, joined at random with spaces and line breaks.
    static let pieces = [
        "[", "]", "(", ")", "![", "](", "`", "``", "```", "~~~", "<", ">", "&", "&amp;", "&#x61;", "&#0;", "&colon;", "&lt;",
        "*", "**", "_", "~~", "\\", "|", "| a | b |\n|---|:-:|\n| 1 | 2 |", "# ", "## Heading", "> ", "- ", "1. ", "    ",
        "[x](javascript:alert(1))", "[x](jav&#x61;script:alert(1))", "[x](https://a/\"onmouseover=\"alert(1))",
        "[x](https://a/\"style=\"position:fixed\")", "![i](data:image/png;base64,AA)", "![i](x.png \"t\")", "<javascript:alert(1)>",
        "<https://example.org/>", "<https://example.org/", "www.example.org", "[r]: javascript:alert(1)", "[r]", "[x][r]",
        "<br>", "<img src=x onerror=alert(1)>", "<pre>", "</pre>", "<!--", "-->", "<script>alert(1)</script>", "<div>", "<style>",
        "<b style=\"color:red\">", "supplynetinsert0x", "<p>supplynetinsert1x</p>", "\u{0}", "\u{FEFF}", "💥", "e\u{301}", "\r\n",
        "```markdown", "```supplynet", "word", "text with *emphasis* and `code`",
    ]
    static let queries = ["network", "focus IRN", "show IRN RUS", "sources", "flows --to RUS"]

    /// A random report, and how many of its blocks draw a figure.
    static func report(_ generator: inout SplitMix64) -> String {
        var markdown = ""
        for _ in 0..<(1 + Int(generator.next() % 6)) {
            for _ in 0..<Int(generator.next() % 40) {
                switch generator.next() % 10 {
                case 0: markdown += "\n\n"
                case 1: markdown += "\n"
                case 2:
                    let run = ["[", "![", "`", "*", "<a ", "> ", "- ", "[x](", "&"][Int(generator.next() % 9)]
                    markdown += String(repeating: run, count: 1 + Int(generator.next() % (generator.next() % 8 == 0 ? 20_000 : 60)))
                default: markdown += pieces[Int(generator.next() % UInt64(pieces.count))]
                }
                if generator.next() % 3 == 0 { markdown += " " }
            }
            let query = queries[Int(generator.next() % UInt64(queries.count))]
            markdown += generator.next() % 2 == 0 ? "\n\n```supplynet\n\(query)\n```\n\n" : "\n~~~~ supplynet\n\(query)\n~~~~\n"
        }
        return markdown
    }

    @Test("random hostile prose around small blocks: built in time, figures in place, nothing active")
    func reports() throws {
        let composer = ReportComposer(network: try FixtureData.validNetwork()) { _, _ in Self.drawing }
        let built = Counter()
        FuzzRun(target: "report-markdown", seed: 21).run { generator, _ in
            let markdown = Self.report(&generator)
            return (markdown.utf8.count, { if Self.check(markdown, composer) { built.count += 1 } })
        }
        // Prose can open a block (a `supplynet` fence in the pieces) that then holds no query; most pages build.
        #expect(built.count * 2 > FuzzRun.iterations || FuzzRun.iterations < 10, "only \(built.count) pages built")
    }

    final class Counter: @unchecked Sendable { var count = 0 }

    /// Builds the page and checks it; false when the report was refused, at a located block.
    static func check(_ markdown: String, _ composer: ReportComposer) -> Bool {
        let document: ReportDocument
        let html: String
        do throws(ReportError) {
            document = try ReportDocument(markdown: markdown, file: "brief.md")
            html = try composer.html(document)
        } catch {
            #expect(error.location.file == "brief.md" && error.location.line > 0 && !error.message.isEmpty, "\(FuzzRun.label): \(error.message)")
            return false
        }
        let figures = document.blocks.count { !$0.lines.contains { $0.text.hasPrefix("sources") } }
        let expected = (0..<figures).map { "figure-\($0 + 1)" }
        #expect(HTMLTag.scan(html).filter { $0.name == "figure" }.compactMap { $0.value("id") } == expected, "\(FuzzRun.label)")
        #expect(html.components(separatedBy: "<figure class=\"report-figure\"").count == figures + 1, "\(FuzzRun.label)")
        #expect(HTMLTag.activeContent(in: html) == [], "\(FuzzRun.label)")
        #expect(!html.lowercased().contains("href=\"javascript:"), "\(FuzzRun.label)")
        return true
    }
}
