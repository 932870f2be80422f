import Foundation
import GraphvizKit
import SupplyNet
import SupplyNetReport
import Testing

@Suite("Figures people can read: aggregated overview, a key of samples, pinned timelines, evidence tabled once")
struct LegibleFigureTests {
    static let seeds = FixtureData.packageRoot.appendingPathComponent("seeds").path

    static func seedNetwork() throws -> Network { try NetworkLoader(path: seeds).load() }

    @Test("reference numbers read as ranges", arguments: [
        ([3, 4, 5, 9], "3–5, 9"), ([1], "1"), ([7, 2, 1, 3], "1–3, 7"), ([], ""),
    ])
    func ranges(numbers: [Int], text: String) {
        #expect(ParallelFlows.ranges(numbers) == text)
    }

    @Test("the overview draws one edge per actor pair and kind, with its count, strongest state and every flow in its tooltip")
    func aggregates() throws {
        let network = try Self.seedNetwork()
        let groups = ParallelFlows.groups(of: network.flows)
        let dot = NetworkDOTEncoder(options: .init(aggregatesParallelFlows: true)).encode(network)
        let parsed = try Graphviz.parse(dot)
        let edges = parsed.edges.filter { !$0.tail.hasPrefix("legend") }
        #expect(edges.count == groups.count)
        #expect(groups.map(\.flows.count).reduce(0, +) == network.flows.count, "no flow left out")
        let irnRus = try #require(groups.first { $0.from.rawValue == "IRN" && $0.to.rawValue == "RUS" && $0.kind == .transfer })
        #expect(irnRus.flows.count > 1)
        let edge = try #require(edges.first { $0.attributes["id"] == "supplynet-flows-IRN-RUS-transfer" })
        #expect(edge.attributes["label"]?.hasPrefix("\(irnRus.flows.count) flows:") == true)
        #expect(edge.attributes["class"]?.contains("evidence-\(irnRus.strongestState.rawValue)") == true)
        let tooltip = edge.attributes["tooltip"] ?? ""
        #expect(tooltip.components(separatedBy: "claim").count - 1 >= irnRus.flows.count, "each flow in the tooltip")
        // Drawn one by one without the option.
        let every = try Graphviz.parse(NetworkDOTEncoder().encode(network)).edges.filter { !$0.tail.hasPrefix("legend") }
        #expect(every.count == network.flows.count)
    }

    @Test("the key is a table of straight samples of only what the figure draws, in SVG, PNG and PDF")
    func key() throws {
        let network = try Self.seedNetwork()
        let sanctions = NetworkView(kinds: [.sanction]).apply(to: network)
        let dot = NetworkDOTEncoder().encode(sanctions)
        #expect(dot.contains("label=<<TABLE"))
        #expect(dot.contains(">sanction</TD>"))
        #expect(!dot.contains(">transfer</TD>"), "only the kinds drawn")
        #expect(!dot.contains("legend-kind-"), "no laid-out sample edges")
        let full = NetworkDOTEncoder().encode(network)
        #expect(full.contains("an actor and its members"), "the group box explained")
        #expect(full.contains("label=\"Russia and its members\""), "and labelled")
        for format in OutputFormat.all {
            #expect(try !Graphviz.render(full, format: format).isEmpty)
        }
    }

    @Test("Graphviz.layout gives node positions, cluster boxes and edge splines; pinned panels put every actor in the same place")
    func pinned() throws {
        let layout = try Graphviz.layout("digraph { subgraph cluster_a { a; b } a -> b [class=\"flow flow-aid\"]; b -> c; }")
        #expect(Set(layout.nodes.keys) == ["a", "b", "c"])
        #expect(layout.clusters["cluster_a"] != nil)
        #expect(layout.edges.count == 2)
        #expect(layout.edges.first?.className == "flow flow-aid")
        #expect(layout.upperRight.y > layout.lowerLeft.y)

        let steps = Timeline.steps(of: try Self.seedNetwork())
        let last = try #require(steps.last).network
        let union = try Graphviz.layout(NetworkDOTEncoder(options: .init(aggregatesParallelFlows: true)).encode(last))
        let pinned = PinnedLayout(
            positions: union.nodes.mapValues { PinnedLayout.Point(x: $0.x, y: $0.y) },
            lowerLeft: .init(x: union.lowerLeft.x - 400, y: union.lowerLeft.y - 400),
            upperRight: .init(x: union.upperRight.x + 400, y: union.upperRight.y + 400))
        var places: [String: GraphLayout.Point] = [:]
        for (index, step) in steps.enumerated() {
            let dot = NetworkDOTEncoder(options: .init(graphID: "p\(index)", newFlows: Set(step.newFlows), aggregatesParallelFlows: true, pinnedLayout: pinned))
                .encode(step.network)
            let drawn = try Graphviz.layout(dot, engine: LayoutEngine(PinnedLayout.engine))
            for actor in step.network.actors {
                guard let point = drawn.nodes[actor.id.rawValue] else { continue }
                if let first = places[actor.id.rawValue] {
                    #expect(abs(first.x - point.x) < 0.01 && abs(first.y - point.y) < 0.01, "\(actor.id) moved in snapshot \(index + 1)")
                } else {
                    places[actor.id.rawValue] = point
                }
            }
        }
        #expect(!places.isEmpty)
    }

    @Test("a report tables each flow's evidence once: later figures link to the rows instead")
    func tabledOnce() throws {
        let network = try Self.seedNetwork()
        let composer = ReportComposer(network: network) { dot, engine in try Graphviz.renderSVG(dot, engine: LayoutEngine(engine)) }
        let html = try composer.html(ReportDocument(markdown: "```supplynet\nnetwork\n```\n\n```supplynet\nflows --to RUS\n```\n", file: "brief.md"))
        #expect(html.components(separatedBy: "<table class=\"evidence\"").count - 1 == 1)
        #expect(html.components(separatedBy: "<tbody id=\"ev1-").count - 1 == network.flows.count, "every flow tabled, under figure 1")
        #expect(!html.contains("<tbody id=\"ev2-"))
        #expect(html.contains("class=\"tabled-elsewhere\""))
        #expect(html.contains("xlink:href=\"#ev1-"))
    }
}
