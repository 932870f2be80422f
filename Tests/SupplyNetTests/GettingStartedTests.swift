import Foundation
import GraphvizKit
import SupplyNet
import Testing

/// The DocC article `GettingStarted.md` is code a library user copies: it must run as written.
@Suite("The getting-started article: its code runs, and draws the paths from Iran to Ukraine")
struct GettingStartedTests {
    static let article = FixtureData.packageRoot.appendingPathComponent("Sources/SupplyNet/SupplyNet.docc/GettingStarted.md")

    @Test("the article's code loads the seeds, finds the paths and draws them")
    func articleCode() throws {
        let seeds = FixtureData.packageRoot.appendingPathComponent("seeds").path
        // From here to the end of the test, the article's code blocks, line for line (the next test checks).
        let network = try NetworkLoader(path: seeds).load()
        let query = try NetworkQuery(parsing: "paths IRN UKR --max-hops 3")
        let answer = try QueryAnswer(query, in: network)
        let name = { (id: ActorID) in network.actor(id)?.name ?? id.rawValue }
        for path in answer.paths?.paths ?? [] {
            print(PathAnswer.route(path, name: name))
        }
        let panel = answer.panels[0]
        let options = NetworkDOTEncoder.Options(title: answer.title, highlightedFlows: panel.highlightedFlows)
        let drawing = try NetworkDrawing(panel.network, options: options, engine: "dot")
        let svg = try drawing.svg { dot, engine in try Graphviz.renderSVG(dot, engine: LayoutEngine(engine)) }

        let routes = (answer.paths?.paths ?? []).map { PathAnswer.route($0, name: name) }
        #expect(routes.first == "Iran → Russia → Ukraine")
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Iran"))
    }

    @Test("every line of the article's Swift is in the test above, so the article cannot drift from code that runs")
    func articleMatchesTest() throws {
        let article = try String(contentsOf: Self.article, encoding: .utf8)
        let test = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let testLines = Set(test.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        var lines: [String] = []
        var inSwift = false
        for line in article.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inSwift = !inSwift && line == "```swift"
                continue
            }
            if inSwift { lines.append(line.trimmingCharacters(in: .whitespaces)) }
        }
        #expect(lines.count > 10)
        for line in lines where !line.isEmpty && !line.hasPrefix("import ") {
            // The article loads "seeds" from the package root; the test names the same folder by its full path.
            let spelled = line.replacingOccurrences(of: "NetworkLoader(path: \"seeds\")", with: "NetworkLoader(path: seeds)")
            #expect(testLines.contains(spelled), "the article's line is not in the test: \(line)")
        }
    }
}
