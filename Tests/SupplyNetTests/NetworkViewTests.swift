import SupplyNet
import Testing

@Suite("Views of the network")
struct NetworkViewTests {
    private var seeds: Network { get throws { try NetworkLoader(path: SeedsTests.seeds).load() } }

    @Test("as of a date, only claims from sources published by then remain")
    func asOf() throws {
        let network = try seeds
        let date = try #require(PartialDate(parsing: "2023-02-28"))
        let view = NetworkView(asOf: date).apply(to: network)
        #expect(view.sources.map(\.id.rawValue).sorted() == ["kirby-unprecedented-support-2022-12", "white-house-warns-2023-02-24"])
        let kept = Set(view.sources.map(\.id))
        #expect(view.claims.allSatisfy { kept.contains($0.source) })
        #expect(view.flows.allSatisfy { !$0.claims.isEmpty })
        #expect(view.flows.count < network.flows.count)
    }

    @Test("a month-precision source counts from the month's end")
    func monthPrecision() throws {
        let network = try seeds
        let midDecember = try #require(PartialDate(parsing: "2022-12-15"))
        let december = try #require(PartialDate(parsing: "2022-12"))
        #expect(NetworkView(asOf: midDecember).apply(to: network).sources.isEmpty)
        #expect(NetworkView(asOf: december).apply(to: network).sources.count == 1)
    }

    @Test("filters by flow kind, claim status and item category")
    func filters() throws {
        let network = try seeds
        let sanctions = NetworkView(kinds: [.sanction]).apply(to: network)
        #expect(!sanctions.flows.isEmpty && sanctions.flows.allSatisfy { $0.kind == .sanction })
        let requested = NetworkView(statuses: [.requested]).apply(to: network)
        #expect(!requested.flows.isEmpty && requested.flows.allSatisfy { $0.claims.contains { $0.status == .requested } })
        let helicopters = NetworkView(categories: [.helicopter]).apply(to: network)
        #expect(!helicopters.flows.isEmpty)
        #expect(helicopters.flows.allSatisfy { $0.items.contains { network.item($0)?.category == .helicopter } })
        let endpoints = Set(sanctions.flows.flatMap { [$0.from, $0.to] })
        let parents = Set(endpoints.compactMap { network.actor($0)?.parent })
        #expect(sanctions.actors.allSatisfy { endpoints.contains($0.id) || parents.contains($0.id) })
    }

    @Test("a focus keeps the actors within the radius, either direction")
    func focus() throws {
        let network = try seeds
        let korea = NetworkView(focus: "PRK", radius: 1).apply(to: network)
        #expect(Set(korea.flows.flatMap { [$0.from, $0.to] }) == ["PRK", "wagner-group"])
        #expect(korea.actors.map(\.id).contains("RUS"), "Wagner's parent stays, to group it")
        #expect(korea.actors.map(\.id).contains("USA"), "the party of a kept claim stays, so the evidence keeps its references")
        let ukraine = NetworkView(focus: "UKR", radius: 1).apply(to: network)
        let neighbours = Set(network.flows(touching: "UKR").flatMap { [$0.from, $0.to] })
        #expect(ukraine.flows.allSatisfy { neighbours.contains($0.from) && neighbours.contains($0.to) }, "radius 1: UKR, its neighbours and the flows among them (an ego graph)...")
        let wider = NetworkView(focus: "UKR", radius: 2).apply(to: network)
        #expect(wider.flows.count > ukraine.flows.count, "...radius 2 adds the flows among them and one hop further")
        let none = NetworkView(focus: "PRK", radius: 0).apply(to: network)
        #expect(none.flows.isEmpty && none.actors.map(\.id) == ["PRK"])
    }

    @Test("--from and --to keep the flows an actor, or one of its members, sends or receives")
    func senderAndRecipient() throws {
        let network = try seeds
        let toRussia = NetworkView(recipient: "RUS").apply(to: network)
        #expect(!toRussia.flows.isEmpty)
        #expect(toRussia.flows.allSatisfy { $0.to == "RUS" || $0.to == "wagner-group" })
        #expect(toRussia.flows.contains { $0.to == "wagner-group" }, "Wagner is a member of Russia")
        #expect(toRussia.flows.count == network.flows.count { $0.to == "RUS" || $0.to == "wagner-group" })
        let iranToRussia = NetworkView(sender: "IRN", recipient: "RUS").apply(to: network)
        #expect(iranToRussia.flows.map(\.id) == network.flows.filter { $0.from == "IRN" && $0.to == "RUS" }.map(\.id))
        #expect(NetworkView(sender: "UKR").apply(to: network).flows.isEmpty, "Ukraine sends nothing in the seeds")
    }

    @Test("grouping by pair gives one edge per (from, to, kind) with all items and claims")
    func grouping() throws {
        let network = try seeds
        let grouped = NetworkView(grouping: .pair).apply(to: network)
        let pairs = Set(network.flows.map { "\($0.from)-\($0.to)-\($0.kind.rawValue)" })
        #expect(grouped.flows.count == pairs.count)
        #expect(grouped.claims.count == network.claims.count)
        let irnToRus = try #require(grouped.flows.first { $0.id == "irn-rus-transfer" })
        let expectedItems = network.flows.filter { $0.from == "IRN" && $0.to == "RUS" && $0.kind == .transfer }.flatMap(\.items)
        #expect(Set(irnToRus.items) == Set(expectedItems))
        #expect(irnToRus.items.count == Set(irnToRus.items).count)
    }

    @Test("actors are found by id, name or alias, in any case", arguments: [
        ("IRN", "IRN"), ("iran", "IRN"), ("Tehran", "IRN"), ("the islamic republic", "IRN"), ("moscow", "RUS"),
        ("the Kremlin", "RUS"), ("washington", "USA"), ("Wagner", "wagner-group"),
    ])
    func resolves(name: String, id: String) throws {
        #expect(try ActorResolver(try seeds).resolve(name) == ActorID(id))
    }

    @Test("an unknown actor gets the closest names")
    func unknownActor() throws {
        let error = #expect(throws: QueryError.self) { try ActorResolver(try seeds).resolve("Tehrn") }
        guard case .unknownActor(let name, let suggestions) = try #require(error) else {
            Issue.record("expected unknownActor")
            return
        }
        #expect(name == "Tehrn")
        #expect(suggestions.first == "Tehran (IRN)")
        #expect(error?.description.contains("closest: Tehran (IRN)") == true)
    }
}

@Suite("The timeline")
struct TimelineTests {
    @Test("one step per source date, in the order they became known, each adding its new flows")
    func steps() throws {
        let network = try NetworkLoader(path: SeedsTests.seeds).load()
        let steps = Timeline.steps(of: network)
        #expect(steps.map(\.date.description) == ["2022-12", "2023-02-24", "2023-05-15", "2023-05-17", "2023-05"])
        #expect(steps.last?.network.flows.count == network.flows.count)
        let counts = steps.map(\.network.flows.count)
        #expect(counts == counts.sorted(), "the network only grows")
        #expect(steps.map(\.newFlows.count).reduce(0, +) == network.flows.count, "each flow is new exactly once")
        #expect(steps.first?.newFlows.count == steps.first?.network.flows.count)
    }

    @Test("a snapshot marks its new flows in the drawing and the legend")
    func marksNewFlows() throws {
        let network = try NetworkLoader(path: SeedsTests.seeds).load()
        let step = Timeline.steps(of: network)[1]
        let dot = NetworkDOTEncoder(options: .init(graphID: "t2", newFlows: Set(step.newFlows))).encode(step.network)
        #expect(dot.components(separatedBy: " new\", label=\"NEW ").count - 1 == step.newFlows.count)
        #expect(dot.contains(">NEW in this step</TD>"), "in the key's table")
    }
}

@Suite("Small multiples")
struct SmallMultiplesTests {
    private let figure = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <!-- Generated by graphviz -->
        <svg width="200pt" height="100pt"
         viewBox="0.00 0.00 200.00 100.00" xmlns="http://www.w3.org/2000/svg">
        <g id="a"><!-- node --><text>A &amp; B</text></g>
        </svg>
        """

    @Test("reads size and viewBox, and drops prolog, DOCTYPE and comments")
    func readsFigure() throws {
        let parsed = try #require(SVGFigure(figure))
        #expect(parsed.width == 200 && parsed.height == 100)
        #expect(parsed.viewBox == "0.00 0.00 200.00 100.00")
        #expect(!parsed.content.contains("<!--") && !parsed.content.contains("DOCTYPE") && !parsed.content.contains("<?xml"))
        #expect(parsed.content.contains("<text>A &amp; B</text>"))
    }

    @Test("lays panels out in a grid, each scaled to the panel width, captions escaped")
    func composes() throws {
        let parsed = try #require(SVGFigure(figure))
        let panels = (1...3).map { SmallMultiples.Panel(caption: "Step \($0) <&>", figure: parsed) }
        let svg = SmallMultiples.compose(panels, title: "Growth", columns: 2, panelWidth: 400)
        #expect(svg.components(separatedBy: "<svg x=").count - 1 == 3)
        #expect(svg.contains("width=\"400\" height=\"200\" viewBox=\"0.00 0.00 200.00 100.00\""))
        #expect(svg.contains("Step 3 &lt;&amp;&gt;"))
        #expect(svg.contains("<svg x=\"24\" y=\"") && svg.contains("<svg x=\"448\" y=\""))
        #expect(SVGFigure(svg) != nil, "the composition is itself a figure")
    }

    @Test("a document without a sized root svg is not a figure")
    func rejects() {
        #expect(SVGFigure("<html></html>") == nil)
        #expect(SVGFigure("<svg viewBox=\"0 0 1 1\"></svg>") == nil)
    }
}
