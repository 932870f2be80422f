import Foundation
import SupplyNet
import SupplyNetReport
import Testing

@Suite("seeds/: the curated network")
struct SeedsTests {
    static let seeds = FixtureData.packageRoot.appendingPathComponent("seeds").path

    @Test("loads without a single problem: every quote is verbatim")
    func loads() throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        #expect(network.sources.count == 5)
        #expect(network.flows.allSatisfy { !$0.claims.isEmpty })
    }

    @Test("graphs/network.dot is current with seeds/")
    func graphsAreCurrent() throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        let dot = NetworkDOTEncoder(options: .init(aggregatesParallelFlows: true)).encode(network)
        let committed = try String(
            contentsOf: FixtureData.packageRoot.appendingPathComponent("graphs/network.dot"), encoding: .utf8)
        #expect(dot == committed, "graphs/network.dot is stale: run scripts/render.sh and commit graphs/")
    }

    @Test("graphs/focus/ holds a current view around each main actor", arguments: ["IRN", "RUS", "USA", "UKR"])
    func focusViewsAreCurrent(actor: String) throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        let view = NetworkView(focus: ActorID(actor), radius: 1).apply(to: network)
        let dot = NetworkDOTEncoder(options: .init(graphID: "focus-\(actor)", aggregatesParallelFlows: true)).encode(view)
        let committed = try String(
            contentsOf: FixtureData.packageRoot.appendingPathComponent("graphs/focus/\(actor).dot"), encoding: .utf8)
        #expect(dot == committed, "graphs/focus/\(actor).dot is stale: run scripts/render.sh and commit graphs/")
    }

    @Test("graphs/timeline/ holds a current snapshot per source date")
    func timelineIsCurrent() throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        let folder = FixtureData.packageRoot.appendingPathComponent("graphs/timeline")
        let steps = Timeline.steps(of: network)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".dot") }.sorted()
        #expect(files == steps.map { "\($0.date).dot" }.sorted())
        // The snapshots are pinned to a Graphviz layout; what the data decides is everything but
        // the positions, which the legibility test checks in the drawings.
        let unpinned = PinnedLayout(positions: [:], lowerLeft: .init(x: 0, y: 0), upperRight: .init(x: 0, y: 0))
        for (index, step) in steps.enumerated() {
            let options = NetworkDOTEncoder.Options(
                graphID: "timeline-\(index + 1)", newFlows: Set(step.newFlows), aggregatesParallelFlows: true, pinnedLayout: unpinned)
            let dot = NetworkDOTEncoder(options: options).encode(step.network)
            let committed = try String(contentsOf: folder.appendingPathComponent("\(step.date).dot"), encoding: .utf8)
            #expect(
                Self.withoutPositions(dot) == Self.withoutPositions(committed),
                "graphs/timeline/\(step.date).dot is stale: run scripts/render.sh and commit graphs/")
            #expect(committed.contains("pos=\""), "pinned")
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("growth.svg").path))
    }

    /// DOT without the attributes a layout decides (`pos`, `lp`, `bb`).
    static func withoutPositions(_ dot: String) -> String {
        dot.replacingOccurrences(of: #", (pos|lp|bb)="[^"]*""#, with: "", options: .regularExpression)
    }

    /// The articles as collected, in the workspace beside the repository (absent in a lone clone).
    static let collected = FixtureData.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    @Test(
        "each article's text is the collected article, byte for byte",
        .enabled(if: FileManager.default.fileExists(atPath: collected.path), "needs ../shared/seeds beside the repository"))
    func articlesAreVerbatim() throws {
        let shared = Self.collected
        let originals = try FileManager.default.contentsOfDirectory(atPath: shared.path)
        try #require(!originals.isEmpty)
        let network = try NetworkLoader(path: Self.seeds).load()
        let texts = Set(network.sources.map(\.text))
        for name in originals.sorted() where name.hasSuffix(".txt") {
            let original = try String(contentsOf: shared.appendingPathComponent(name), encoding: .utf8)
            #expect(texts.contains(original), "no article in seeds/ has the text of \(name)")
        }
    }

    @Test("the flows the design names are there, with the right direction and status", arguments: [
        ("IRN", "RUS", ItemCategory.drone, ClaimStatus.delivered),
        ("IRN", "RUS", .artilleryAmmunition, .delivered),
        ("IRN", "RUS", .tankAmmunition, .delivered),
        ("RUS", "IRN", .fighterAircraft, .offered),
        ("RUS", "IRN", .helicopter, .requested),
        ("RUS", "IRN", .airDefense, .offered),
    ])
    func namedFlows(from: String, to: String, category: ItemCategory, status: ClaimStatus) throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        let matching = network.flows.filter { flow in
            flow.from.rawValue == from && flow.to.rawValue == to && flow.kind == .transfer
                && flow.items.contains { network.item($0)?.category == category }
                && flow.claims.contains { $0.status == status }
        }
        #expect(!matching.isEmpty, "no \(from) -> \(to) \(category.rawValue) flow with a \(status.rawValue) claim")
    }

    @Test("the US sanctions appear as sanction flows from the US")
    func sanctions() throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        #expect(network.flows.contains { $0.from == "USA" && $0.kind == .sanction })
    }
}

extension SeedsTests {
    /// `html` with each figure's drawing left out: Graphviz's SVG varies with its version and fonts,
    /// the rest of the page does not.
    static func withoutDrawings(_ html: String) -> String {
        var parts = html.components(separatedBy: "<div class=\"graph\">")
        for index in parts.indices.dropFirst() {
            if let end = parts[index].range(of: "</div>") { parts[index] = String(parts[index][end.lowerBound...]) }
        }
        return parts.joined(separator: "<div class=\"graph\">")
    }

    @Test("graphs/report.html is current with seeds/report.md (its drawings aside)")
    func reportIsCurrent() throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        let markdown = try String(contentsOf: FixtureData.packageRoot.appendingPathComponent("seeds/report.md"), encoding: .utf8)
        let html = try ReportComposer(network: network, render: ReportComposerTests.graphviz, layout: ReportComposerTests.layout)
            .html(ReportDocument(markdown: markdown, file: "seeds/report.md"))
        let committed = try String(contentsOf: FixtureData.packageRoot.appendingPathComponent("graphs/report.html"), encoding: .utf8)
        #expect(Self.withoutDrawings(html) == Self.withoutDrawings(committed), "graphs/report.html is stale: run scripts/render.sh and commit graphs/")
        #expect(html.components(separatedBy: "<div class=\"graph\">").count == committed.components(separatedBy: "<div class=\"graph\">").count)
    }
}
