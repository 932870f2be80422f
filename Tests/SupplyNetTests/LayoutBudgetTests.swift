import Foundation
import SupplyNet
import Testing

@Suite("LayoutBudget: the size Graphviz is given, against each engine's limit")
struct LayoutBudgetTests {
    static let seeds = FixtureData.packageRoot.appendingPathComponent("seeds").path

    /// Nodes and edges of DOT outside the legend, counted from the text.
    static func drawnElements(_ dot: String) -> LayoutSize {
        let lines = dot.split(separator: "\n").filter { !$0.contains("legend") }
        let edges = lines.filter { $0.contains("\" -> \"") }.count
        let nodes = lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"") && !$0.contains(" -> ") }.count
        return LayoutSize(nodes: nodes, edges: edges)
    }

    @Test("layoutSize counts what the encoder draws, flow by flow and grouped by pair")
    func sizeMatchesDOT() throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        for grouping in [NetworkView.Grouping.flow, .pair] {
            let view = NetworkView(grouping: grouping).apply(to: network)
            let dot = NetworkDOTEncoder(options: .init(includeLegend: false)).encode(view)
            #expect(NetworkDOTEncoder.layoutSize(of: view) == Self.drawnElements(dot), "\(grouping)")
        }
        let flows = NetworkDOTEncoder.layoutSize(of: network)
        let pairs = NetworkDOTEncoder.layoutSize(of: NetworkView(grouping: .pair).apply(to: network))
        #expect(pairs.edges < flows.edges)
        #expect(pairs.nodes == flows.nodes)
    }

    @Test("the seed network is within every engine's budget")
    func seedsFit() throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        for engine in ["dot", "neato", "fdp", "sfdp", "circo", "twopi"] {
            #expect(throws: Never.self) { try LayoutBudget.check(network, engine: engine) }
        }
    }

    @Test("a timeline is refused before any snapshot is made when its snapshots together are too much to lay out")
    func timelineSnapshots() throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        let dates = Timeline.dates(of: network)
        #expect(dates.count == 5)
        #expect(throws: Never.self) { try LayoutBudget.checkTimeline(network, snapshots: dates.count, engine: "dot") }
        do {
            try LayoutBudget.checkTimeline(network, snapshots: 2_000, engine: "dot")
            Issue.record("2,000 snapshots were accepted")
        } catch {
            #expect(error.snapshots == 2_000)
            #expect(error.description.hasPrefix("the timeline has 2,000 snapshots (one per source date) of up to"))
            #expect(error.description.contains("--as-of DATE"))
        }
        // As a query: refused by the library, in the query's words, before any snapshot is built.
        var query = try NetworkQuery(parsing: "timeline")
        query.location = SourceLocation(file: "brief.md", line: 3)
        #expect(throws: Never.self) { try QueryAnswer(query, in: network) }
        let centuries = (1...600).map { year in
            Source(id: SourceID("s\(year)"), title: "t", published: PartialDate(year: 1400 + year)!, file: "a.txt", text: "")
        }
        let many = Network(actors: network.actors, items: network.items, sources: centuries, flows: network.flows)
        do {
            _ = try QueryAnswer(query, in: many)
            Issue.record("600 snapshots were answered")
        } catch {
            #expect(error.kind == .unanswered)
            #expect(error.description.hasPrefix("brief.md:3:1: error: the timeline is too large to draw: the timeline has 600 snapshots"))
        }
    }

    @Test("over the limit: the size, the limit and what to do; sfdp offered only when it would fit")
    func refusal() {
        let dot = LayoutBudget.limit(for: "dot")
        let sfdp = LayoutBudget.limit(for: "sfdp")
        #expect(dot < sfdp)
        #expect(throws: Never.self) { try LayoutBudget.check(LayoutSize(nodes: 0, edges: dot), engine: "dot") }
        do {
            try LayoutBudget.check(LayoutSize(nodes: 200, edges: dot), engine: "dot")
            Issue.record("no refusal")
        } catch {
            #expect(error.size.total == dot + 200)
            #expect(error.description.contains("more than the \(LayoutBudgetError.grouped(dot)) the dot engine lays out"))
            #expect(error.description.contains("--engine sfdp"))
            #expect(error.description.contains("--group pair"))
        }
        do {
            try LayoutBudget.check(LayoutSize(nodes: 1, edges: sfdp), engine: "dot")
            Issue.record("no refusal")
        } catch {
            #expect(!error.description.contains("--engine sfdp"), "sfdp would refuse it too")
        }
        #expect(LayoutBudget.limit(for: "no-such-engine") == dot)
    }
}
