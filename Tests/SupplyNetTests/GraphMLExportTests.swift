import Foundation
import SupplyNet
import TestSupport
import Testing

@Suite("GraphML export")
struct GraphMLExportTests {
    private func graph(_ network: Network) throws -> XMLTree {
        let root = try XMLTree.parse(GraphMLEncoder.encode(network))
        #expect(root.name == "graphml")
        #expect(root.attributes["xmlns"] == "http://graphml.graphdrawing.org/xmlns")
        return try #require(root.child("graph"))
    }

    /// The `<data>` values of a node or edge by attribute name, resolved through the `<key>`s.
    private func values(of element: XMLTree, in document: String) throws -> [String: String] {
        let root = try XMLTree.parse(document)
        var names: [String: String] = [:]
        for key in root.children("key") { names[key.attributes["id"] ?? ""] = key.attributes["attr.name"] }
        var result: [String: String] = [:]
        for data in element.children("data") {
            let name = try #require(names[data.attributes["key"] ?? ""], "undeclared key \(data.attributes["key"] ?? "")")
            result[name] = data.text
        }
        return result
    }

    @Test("declares a typed key for every attribute, nodes and edges")
    func keys() throws {
        let root = try XMLTree.parse(GraphMLEncoder.encode(HostileNetwork.make()))
        let declared = root.children("key").map { [$0.attributes["for"] ?? "", $0.attributes["attr.name"] ?? "", $0.attributes["attr.type"] ?? ""] }
        let strings = ["kind", "items", "item_ids", "categories", "evidence"]
        let counts = ["claims", "delivered", "offered", "requested", "planned", "alleged", "denied", "not_observed", "sources", "articles", "voices", "parties"]
        let more = ["first_date", "last_date", "strongest_quote", "strongest_speaker", "strongest_source", "voice_names"]
        let expected = ["label", "name", "kind", "aliases", "parent"].map { ["node", $0, "string"] }
            + ["id", "label"].map { ["edge", $0, "string"] } + strings.map { ["edge", $0, "string"] } + counts.map { ["edge", $0, "int"] } + more.map { ["edge", $0, "string"] }
        #expect(declared == expected)
        let ids = root.children("key").map { $0.attributes["id"] ?? "" }
        #expect(Set(ids).count == ids.count, "key ids must be unique")
    }

    @Test("is a directed multigraph: node ids are actor ids, edge ids flow ids, parallel edges kept")
    func structure() throws {
        let graph = try graph(HostileNetwork.make())
        #expect(graph.attributes["edgedefault"] == "directed")
        #expect(graph.children("node").map { $0.attributes["id"] } == ["IRN", "end", "a-b", "a_b"])
        let edges = graph.children("edge")
        #expect(edges.map { $0.attributes["id"] } == ["f1", "f2", "f3"])
        #expect(edges.map { "\($0.attributes["source"] ?? "")>\($0.attributes["target"] ?? "")" } == ["IRN>end", "IRN>end", "a-b>a_b"])
    }

    @Test("hostile names and quotes come back exactly, minus the characters XML cannot hold")
    func hostileStrings() throws {
        let network = HostileNetwork.make()
        let document = GraphMLEncoder.encode(network)
        #expect(document.unicodeScalars.allSatisfy(XMLText.isAllowed))
        let graph = try graph(network)
        let iran = try values(of: try #require(graph.children("node").first), in: document)
        #expect(iran["name"] == HostileNetwork.xmlVisible(HostileNetwork.iranName))
        #expect(iran["name"]?.contains("\n") == true)
        #expect(iran["aliases"] == "=HYPERLINK(\"x\"); a;b")
        #expect(iran["parent"] == nil)
        let end = try values(of: graph.children("node")[1], in: document)
        #expect(end["name"] == HostileNetwork.endName)
        #expect(end["parent"] == "IRN")
        #expect(end["kind"] == "armed-group")
        let f1 = try values(of: try #require(graph.children("edge").first), in: document)
        #expect(f1["items"] == "\(HostileNetwork.dronesName); \(HostileNetwork.formulaItemName)")
        #expect(f1["items"]?.contains("\r\n") == true)
        #expect(f1["strongest_quote"] == HostileNetwork.attributedQuote)
        #expect(f1["strongest_speaker"] == "O'Brien")
    }

    @Test("Gephi's node label is a key named label holding the name; the flow id is an edge key named id, for python-igraph")
    func importerKeys() throws {
        let network = HostileNetwork.make()
        let document = GraphMLEncoder.encode(network)
        let graph = try graph(network)
        for (node, actor) in zip(graph.children("node"), network.actors) {
            let values = try values(of: node, in: document)
            #expect(values["label"] == (actor.name.isEmpty ? nil : HostileNetwork.xmlVisible(actor.name)))
            #expect(values["label"] == values["name"], "the name stays for the tools that read it")
        }
        for (edge, flow) in zip(graph.children("edge"), network.flows) {
            let values = try values(of: edge, in: document)
            #expect(values["id"] == flow.id.rawValue)
            #expect(values["id"] == edge.attributes["id"])
        }
        let f1 = try values(of: graph.children("edge")[0], in: document)
        #expect(f1["label"] == "\(HostileNetwork.dronesName), \(HostileNetwork.formulaItemName)")
        #expect(try values(of: graph.children("edge")[2], in: document)["label"] == nil, "a flow without items has no label")
    }

    @Test("edge attributes: evidence, counts per status, distinct sources, claim dates, strongest claim")
    func edgeValues() throws {
        let network = HostileNetwork.make()
        let document = GraphMLEncoder.encode(network)
        let edges = try graph(network).children("edge")
        let f1 = try values(of: edges[0], in: document)
        #expect(f1["kind"] == "transfer")
        #expect(f1["item_ids"] == "shahed; formula")
        #expect(f1["categories"] == "drone; technology")
        #expect(f1["evidence"] == "contested")
        #expect(f1["claims"] == "3")
        #expect(f1["delivered"] == "2")
        #expect(f1["denied"] == "1")
        #expect(f1["offered"] == "0")
        #expect(f1["not_observed"] == "0")
        #expect(f1["sources"] == "2")
        #expect(f1["first_date"] == "2022-12")
        #expect(f1["last_date"] == "2023-05-15")
        #expect(f1["strongest_source"] == "s2")
        let f2 = try values(of: edges[1], in: document)
        #expect(f2["items"] == nil)
        #expect(f2["evidence"] == "offered-or-planned")
        #expect(f2["strongest_speaker"] == nil)
        let f3 = try values(of: edges[2], in: document)
        #expect(f3["first_date"] == "2023-01-05", "a claim's own date wins over its source's")
        #expect(f3["requested"] == "1")
        #expect(f3["sources"] == "1")
    }

    @Test("the seeds: one node per actor, one edge per flow, claim counts and evidence as the data says")
    func seeds() throws {
        let network = try NetworkLoader(path: SeedsTests.seeds).load()
        let document = GraphMLEncoder.encode(network)
        let graph = try graph(network)
        #expect(graph.children("node").count == network.actors.count)
        let edges = graph.children("edge")
        #expect(edges.count == network.flows.count)
        for (edge, flow) in zip(edges, network.flows) {
            let values = try values(of: edge, in: document)
            #expect(edge.attributes["id"] == flow.id.rawValue)
            #expect(values["claims"] == String(flow.claims.count))
            #expect(values["evidence"] == FlowEvidence(flow)?.state.rawValue)
            let perStatus = ["delivered", "offered", "requested", "planned", "alleged", "denied", "not_observed"]
            #expect(perStatus.reduce(0) { $0 + Int(values[$1] ?? "0")! } == flow.claims.count)
        }
    }

    @Test("is byte-identical from run to run")
    func deterministic() throws {
        let seeds = try NetworkLoader(path: SeedsTests.seeds).load()
        #expect(GraphMLEncoder.encode(seeds) == GraphMLEncoder.encode(try NetworkLoader(path: SeedsTests.seeds).load()))
        #expect(GraphMLEncoder.encode(HostileNetwork.make()) == GraphMLEncoder.encode(HostileNetwork.make()))
        #expect(GraphMLEncoder.encode(try FixtureData.validNetwork()) == GraphMLEncoder.encode(try FixtureData.validNetwork()))
    }

    @Test("the fixture network: its contested drone flow, with Kirby as the strongest speaker")
    func fixture() throws {
        let network = try FixtureData.validNetwork()
        let document = GraphMLEncoder.encode(network)
        let edges = try graph(network).children("edge")
        let drones = try values(of: try #require(edges.first), in: document)
        #expect(drones["evidence"] == "contested")
        #expect(drones["strongest_speaker"] == "John Kirby")
        #expect(drones["strongest_quote"] == "Iran has supplied Russia with more than 400 drones since August 2022")
        #expect(drones["first_date"] == "2023-05-15")
        #expect(drones["items"] == "Shahed drones")
    }
}
