import Foundation
import SupplyNet
import TestSupport
import Testing

@Suite("GEXF export")
struct GEXFExportTests {
    private func graph(_ network: Network) throws -> XMLTree {
        let root = try XMLTree.parse(GEXFEncoder.encode(network))
        #expect(root.name == "gexf")
        #expect(root.attributes["xmlns"] == "http://gexf.net/1.3")
        #expect(root.attributes["version"] == "1.3")
        return try #require(root.child("graph"))
    }

    private func values(of element: XMLTree) -> [String: String] {
        var result: [String: String] = [:]
        for value in element.child("attvalues")?.children("attvalue") ?? [] {
            result[value.attributes["for"] ?? ""] = value.attributes["value"]
        }
        return result
    }

    @Test("a dynamic, directed graph with dates, and typed attributes declared for nodes and edges")
    func header() throws {
        let graph = try graph(HostileNetwork.make())
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["timeformat"] == "date")
        #expect(graph.attributes["defaultedgetype"] == "directed")
        let classes = graph.children("attributes").map { $0.attributes["class"] }
        #expect(classes == ["node", "edge"])
        let node = graph.children("attributes")[0].children("attribute").map { "\($0.attributes["title"] ?? ""):\($0.attributes["type"] ?? "")" }
        #expect(node == ["name:string", "kind:string", "aliases:string", "parent:string"])
        let edge = graph.children("attributes")[1].children("attribute")
        let types = Dictionary(uniqueKeysWithValues: edge.map { ($0.attributes["title"] ?? "", $0.attributes["type"] ?? "") })
        #expect(edge.count == 23)
        #expect(types["voices"] == "integer")
        #expect(types["voice_names"] == "string")
        #expect(types["claims"] == "integer")
        #expect(types["not_observed"] == "integer")
        #expect(types["strongest_quote"] == "string")
        #expect(edge.allSatisfy { $0.attributes["id"] == $0.attributes["title"] })
    }

    @Test("an edge starts when its first source was published; a month-dated source counts from its last day")
    func edgeStarts() throws {
        let edges = try graph(HostileNetwork.make()).child("edges")?.children("edge") ?? []
        #expect(edges.map { $0.attributes["id"] } == ["f1", "f2", "f3"])
        // f1 is reported by s1 (2022-12) and s2 (2023-05-15); f3 only by s1, though its claim was said 2023-01-05.
        #expect(edges.map { $0.attributes["start"] } == ["2022-12-31", "2023-05-15", "2022-12-31"])
        #expect(edges.allSatisfy { $0.attributes["end"] == nil })
    }

    @Test("a node starts with its earliest edge")
    func nodeStarts() throws {
        let base = HostileNetwork.make()
        let lonely = Actor(id: "lonely", name: "Reported late", kind: .person)
        let late = Flow(id: "late", from: "lonely", to: "IRN", kind: .aid, claims: [
            Claim(id: "s2-9", status: .planned, source: "s2", quote: "later"),
        ])
        let network = Network(actors: base.actors + [lonely], items: base.items, sources: base.sources, flows: base.flows + [late])
        let nodes = try graph(network).child("nodes")?.children("node") ?? []
        let starts = nodes.map { "\($0.attributes["id"] ?? "")@\($0.attributes["start"] ?? "-")" }
        #expect(starts == ["IRN@2022-12-31", "end@2022-12-31", "a-b@2022-12-31", "a_b@2022-12-31", "lonely@2023-05-15"])

        let alone = Network(actors: [Actor(id: "x", name: "X", kind: .state)], items: [], sources: [], flows: [])
        let node = try #require(try graph(alone).child("nodes")?.child("node"))
        #expect(node.attributes["start"] == nil, "a node without edges is there throughout")
    }

    @Test("parallel edges each get their own kind, so Gephi keeps them apart; the flow kind is an attribute")
    func parallelEdges() throws {
        let edges = try graph(HostileNetwork.make()).child("edges")?.children("edge") ?? []
        #expect(edges.map { $0.attributes["kind"] } == ["f1", "f2", "f3"])
        #expect(edges.map { values(of: $0)["kind"] } == ["transfer", "transfer", "sanction"])
        #expect(edges[0].attributes["source"] == "IRN" && edges[1].attributes["source"] == "IRN")
    }

    @Test("hostile labels become one-line tokens; attribute values keep every allowed character")
    func hostileStrings() throws {
        let network = HostileNetwork.make()
        let document = GEXFEncoder.encode(network)
        #expect(document.unicodeScalars.allSatisfy(XMLText.isAllowed))
        let graph = try graph(network)
        let iran = try #require(graph.child("nodes")?.children("node").first)
        #expect(iran.attributes["label"] == "Iran \"the <Islamic> Republic\" & 'co' Tehran")
        #expect(values(of: iran)["name"] == HostileNetwork.xmlVisible(HostileNetwork.iranName))
        #expect(values(of: iran)["aliases"] == "=HYPERLINK(\"x\"); a;b")
        let f1 = try #require(graph.child("edges")?.children("edge").first)
        #expect(f1.attributes["label"] == "Shahed <drones> & \"kamikaze\", @SUM(A1) line")
        #expect(values(of: f1)["strongest_quote"] == HostileNetwork.attributedQuote)
        #expect(values(of: f1)["items"] == "\(HostileNetwork.dronesName); \(HostileNetwork.formulaItemName)")
        #expect(values(of: f1)["claims"] == "3")
        #expect(values(of: f1)["denied"] == "1")
        #expect(values(of: f1)["evidence"] == "contested")
    }

    @Test("the seeds: every actor and flow, every edge dated, no node starting after its edges")
    func seeds() throws {
        let network = try NetworkLoader(path: SeedsTests.seeds).load()
        let graph = try graph(network)
        let nodes = graph.child("nodes")?.children("node") ?? []
        let edges = graph.child("edges")?.children("edge") ?? []
        #expect(nodes.map { $0.attributes["id"] } == network.actors.map(\.id.rawValue))
        #expect(edges.map { $0.attributes["id"] } == network.flows.map(\.id.rawValue))
        let starts = Dictionary(uniqueKeysWithValues: nodes.map { ($0.attributes["id"] ?? "", $0.attributes["start"]) })
        for (edge, flow) in zip(edges, network.flows) {
            let start = try #require(edge.attributes["start"])
            #expect(PartialDate(parsing: start)?.precision == .day, "\(start)")
            let earliest = flow.claims.compactMap { network.source($0.source)?.published.latestDay }.min()
            #expect(start == earliest?.description)
            for end in [flow.from, flow.to] {
                let nodeStart = try #require(starts[end.rawValue] ?? nil)
                #expect(nodeStart <= start)
            }
            #expect(values(of: edge)["claims"] == String(flow.claims.count))
        }
    }

    @Test("is byte-identical from run to run")
    func deterministic() throws {
        let seeds = try NetworkLoader(path: SeedsTests.seeds).load()
        #expect(GEXFEncoder.encode(seeds) == GEXFEncoder.encode(try NetworkLoader(path: SeedsTests.seeds).load()))
        #expect(GEXFEncoder.encode(try FixtureData.validNetwork()) == GEXFEncoder.encode(try FixtureData.validNetwork()))
    }
}
