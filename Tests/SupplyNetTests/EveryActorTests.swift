import SupplyNet
import TestSupport
import Testing

/// docs/exports.md: every actor is a node. A view keeps every actor of the registry unless it
/// narrows by actor or by flow, and every encoder draws every actor of the network it is given.
@Suite("Every actor is a node")
struct EveryActorTests {
    static let network = ViewsNetwork.make()
    static let registry = network.actors.map(\.id)

    @Test("a view that does not narrow keeps every actor, those without flows included", arguments: [
        NetworkView(),
        NetworkView(asOf: ViewsNetwork.december),
        NetworkView(grouping: .pair),
        NetworkView(includesUnreviewed: true),
        NetworkView(asOf: ViewsNetwork.december, grouping: .pair),
    ])
    func keepsEveryActor(view: NetworkView) {
        #expect(!view.narrows)
        let shown = view.apply(to: Self.network)
        #expect(shown.actors.map(\.id) == Self.registry, "in registry order")
        #expect(shown.partyOnlyActors.isEmpty)
        #expect(shown.items.map(\.id) == Self.network.items.map(\.id), "items no flow carries stay too")
    }

    @Test("a view that narrows keeps the actors its flows touch, the focus, their groups and the quoted parties", arguments: [
        NetworkView(kinds: [.sanction]),
        NetworkView(statuses: [.notObserved]),
        NetworkView(categories: [.ballisticMissile]),
        NetworkView(sender: "wagner-group"),
        NetworkView(recipient: "RUS"),
        NetworkView(focus: "UKR", radius: 1),
    ])
    func narrowedViews(view: NetworkView) {
        #expect(view.narrows)
        let shown = view.apply(to: Self.network)
        let touched = Set(shown.flows.flatMap { [$0.from, $0.to] }).union([view.focus].compactMap { $0 })
        let groups = Set(touched.flatMap { Self.network.ancestors(of: $0) })
        let parties = Set(shown.claims.compactMap(\.party))
        for actor in shown.actors.map(\.id) {
            #expect(touched.contains(actor) || groups.contains(actor) || parties.contains(actor), "\(actor)")
        }
        #expect(touched.union(groups).isSubset(of: Set(shown.actors.map(\.id))))
        #expect(shown.partyOnlyActors == Set(shown.actors.map(\.id)).subtracting(touched.union(groups)))
        #expect(!shown.actors.contains { ViewsNetwork.flowless.contains($0.id) })
    }

    @Test("the missiles' view keeps the United States only as the party that saw nothing")
    func partyOnly() {
        let shown = NetworkView(categories: [.ballisticMissile]).apply(to: Self.network)
        #expect(shown.actors.map(\.id) == ["IRN", "RUS", "USA"])
        #expect(shown.partyOnlyActors == ["USA"])
    }

    @Test("GraphML, GEXF, Mermaid and DOT draw all seven actors of the whole network")
    func everyEncoder() throws {
        let shown = NetworkView().apply(to: Self.network)
        let graphml = try #require(try XMLTree.parse(GraphMLEncoder.encode(shown)).child("graph"))
        #expect(graphml.children("node").map { $0.attributes["id"] ?? "" } == Self.registry.map(\.rawValue))
        let gexf = try #require(try XMLTree.parse(GEXFEncoder.encode(shown)).child("graph")?.child("nodes"))
        #expect(gexf.children("node").map { $0.attributes["id"] ?? "" } == Self.registry.map(\.rawValue))
        let mermaid = MermaidEncoder.encode(shown).split(separator: "\n").filter { $0.hasPrefix("    a_") && !$0.contains(">") }
        #expect(mermaid.count == 7, "\(mermaid)")
        #expect(mermaid.contains("    a_PRK[\"North Korea\"]") && mermaid.contains("    a_shahed_industries[\"Shahed Aviation Industries\"]"))
        let dot = NetworkDOTEncoder().encode(shown)
        for actor in Self.registry {
            #expect(dot.contains("\"\(actor)\" [id=\"supplynet-actor-\(actor)\""), "\(actor)")
        }
        #expect(dot.contains("subgraph \"cluster_IRN\""), "Iran's flowless member is drawn inside Iran's group")
    }

    @Test("a drawing of a narrowed view leaves out the actors held only as a claim's party; the data exports keep them")
    func drawingsLeaveOutPartyOnlyActors() throws {
        let shown = NetworkView(categories: [.ballisticMissile]).apply(to: Self.network)
        let dot = NetworkDOTEncoder().encode(shown)
        #expect(!dot.contains("\"USA\" ["))
        #expect(dot.contains("John Kirby (United States)"), "the tooltip still names the party")
        #expect(!MermaidEncoder.encode(shown).contains("a_USA"))
        let graphml = try #require(try XMLTree.parse(GraphMLEncoder.encode(shown)).child("graph"))
        #expect(graphml.children("node").map { $0.attributes["id"] ?? "" } == ["IRN", "RUS", "USA"])
    }

    @Test("a network restricted to some flows keeps their quoted parties the same way")
    func restricted() {
        let missiles = Self.network.flows.filter { $0.id == "irn-rus-missiles" }
        let restricted = Self.network.restricted(to: missiles)
        #expect(restricted.actors.map(\.id) == ["IRN", "RUS", "USA"])
        #expect(restricted.partyOnlyActors == ["USA"])
    }

    @Test("the register has rows for flows only: actors and items without flows have none")
    func registerListsFlows() throws {
        let rows = try TransferRegisterCSVTests.parse(TransferRegisterCSV.encode(NetworkView().apply(to: Self.network))).dropFirst()
        #expect(!rows.contains { $0.contains("PRK") || $0.contains("fighter-jets") })
        #expect(ExportFormat.csv.omissions.contains { $0.contains("actors and items no flow uses") })
    }
}
