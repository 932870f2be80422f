import Foundation
import SupplyNet
import Testing

@testable import SupplyNetReport

/// Building a report takes time linear in its blocks: each block's HTML is put between the prose
/// parts, never by searching the page (2,000 blocks once took 16 s, 10,000 over 120 s).
@Suite("Reports: scale")
struct ReportScaleTests {
    @Test("5,000 sources blocks build in well under 30 s in a debug build")
    func manySourcesBlocks() throws {
        let composer = ReportComposer(network: try FixtureData.validNetwork()) { _, _ in "<svg viewBox=\"0 0 1 1\"></svg>" }
        let markdown = (1...5000).map { "## Part \($0)\n\n```supplynet\nsources\n```\n\n" }.joined()
        let started = ContinuousClock.now
        let html = try composer.html(ReportDocument(markdown: markdown, file: "big.md"))
        let took = ContinuousClock.now - started
        #expect(took < .seconds(30), "took \(took)")
        #expect(html.components(separatedBy: "<table class=\"sources\">").count == 5001)
        #expect(html.components(separatedBy: "id=\"source-1\"").count == 2, "only the first table carries the ids")
    }
}
