import Foundation
import SupplyNet
import Testing

@Suite("DOT encoding of a network")
struct DOTEncoderTests {
    @Test("the sample network encodes to its golden DOT, byte for byte")
    func golden() throws {
        let dot = NetworkDOTEncoder().encode(try FixtureData.validNetwork())
        try Golden.expectMatches(dot, "sample-network.dot")
    }

    @Test("the same input gives byte-identical DOT")
    func deterministic() throws {
        let first = NetworkDOTEncoder().encode(try FixtureData.validNetwork())
        let second = NetworkDOTEncoder().encode(try FixtureData.validNetwork())
        #expect(first == second)
    }

    @Test("one edge per flow, with stable id and class from the model")
    func edgePerFlow() throws {
        let network = try FixtureData.validNetwork()
        let dot = NetworkDOTEncoder().encode(network)
        for flow in network.flows {
            #expect(dot.contains("\"\(flow.from)\" -> \"\(flow.to)\" [id=\"supplynet-flow-\(flow.id)\""))
        }
        #expect(dot.contains("class=\"flow flow-transfer evidence-contested\""))
        #expect(dot.contains("class=\"flow flow-transfer evidence-offered-or-planned\""))
    }

    @Test("flow links number an edge's label and make the edge a link; without a URL, only the number")
    func flowLinks() throws {
        let links: [FlowID: NetworkDOTEncoder.FlowLink] = [
            "irn-rus-drones": .init(number: 1, url: "#ev1-1"), "rus-irn-fighters": .init(number: 2),
        ]
        let dot = NetworkDOTEncoder(options: .init(flowLinks: links)).encode(try FixtureData.validNetwork())
        let drones = try #require(dot.split(separator: "\n").first { $0.contains("supplynet-flow-irn-rus-drones") })
        #expect(drones.contains("label=\"[1] Shahed drones\""))
        #expect(drones.contains("URL=\"#ev1-1\""))
        let fighters = try #require(dot.split(separator: "\n").first { $0.contains("supplynet-flow-rus-irn-fighters") })
        #expect(fighters.contains("label=\"[2] Fighter jets\""))
        #expect(!fighters.contains("URL="))
        #expect(NetworkDOTEncoder().encode(try FixtureData.validNetwork()).contains("URL=") == false, "no links unless asked")
    }

    @Test("the graph id is set, so inlined SVGs do not collide")
    func graphID() throws {
        let options = NetworkDOTEncoder.Options(graphID: "fig2")
        let dot = NetworkDOTEncoder(options: options).encode(try FixtureData.validNetwork())
        #expect(dot.hasPrefix("digraph \"fig2\" {\n\tgraph [id=\"fig2\""))
        let ids = dot.matches(of: /\[id="([^"]*)"/).map { String($0.1) }.dropFirst()  // the first is the graph's own
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { $0.hasPrefix("fig2-") }, "every element id starts with the graph id")
        #expect(Set(ids).count == ids.count, "no two elements share an id")
    }

    @Test("every actor of the network is drawn, one without flows included")
    func everyActorIsDrawn() throws {
        let network = try FixtureData.validNetwork()
        #expect(!network.flows.contains { $0.from == "USA" || $0.to == "USA" })
        let dot = NetworkDOTEncoder().encode(network)
        for actor in network.actors {
            #expect(dot.contains("\"\(actor.id)\" [id=\"supplynet-actor-\(actor.id)\""), "\(actor.id)")
        }
        #expect(dot.contains("John Kirby (United States)"), "and who spoke is in the tooltips")
    }

    @Test("an actor a narrowed view holds only as a claim's party is not drawn; the tooltips name it")
    func partiesOnlyAreNotDrawn() throws {
        let network = NetworkView(kinds: [.transfer]).apply(to: try FixtureData.validNetwork())
        #expect(network.actors.contains { $0.id == "USA" } && network.partyOnlyActors == ["USA"])
        let dot = NetworkDOTEncoder().encode(network)
        #expect(!dot.contains("\"USA\" ["))
        #expect(dot.contains("John Kirby (United States)"), "but its words are in the tooltips")
    }

    @Test("a state with members becomes a cluster holding them")
    func clusters() throws {
        let dot = NetworkDOTEncoder().encode(try FixtureData.validNetwork())
        let cluster = try #require(dot.range(of: "subgraph \"cluster_RUS\" {"))
        let rest = dot[cluster.upperBound...]
        let end = try #require(rest.range(of: "\n\t}\n"))
        let body = rest[..<end.lowerBound]
        #expect(body.contains("\"RUS\" [id=\"supplynet-actor-RUS\""))
        #expect(body.contains("\"wagner-group\" [id=\"supplynet-actor-wagner-group\""))
        #expect(!body.contains("\"IRN\" ["))
    }

    @Test("every edge tooltip carries the strongest quote, its speaker and its source")
    func tooltips() throws {
        let network = try FixtureData.validNetwork()
        let dot = NetworkDOTEncoder().encode(network)
        #expect(dot.contains("tooltip=\"Iran → Russia: transfer, contested (delivery claimed and denied) (2 claims; saying it happened: 1 article, 1 voice: John Kirby, United States)\\nDELIVERED: “Iran has supplied Russia with more than 400 drones since August 2022” — John Kirby (United States). “Sample wire report”, Test Wire, 2023-05-15\\nDENIED: “Tehran denied that it supplied the drones.” — Iran. “Sample wire report”, Test Wire, 2023-05-15\""))
        #expect(dot.components(separatedBy: "labeltooltip=").count - 1 == network.flows.count)
    }

    @Test("the legend shows the kinds and states the network uses, drawn with the network's styles")
    func legend() throws {
        let dot = NetworkDOTEncoder().encode(try FixtureData.validNetwork())
        #expect(dot.contains("subgraph \"cluster_legend\""))
        // One table of straight samples, only the kinds and states drawn.
        #expect(dot.contains("[id=\"supplynet-legend-key\", class=\"legend\", shape=\"plaintext\", label=<<TABLE"))
        #expect(dot.contains(">transfer</TD>"))
        #expect(!dot.contains(">sanction</TD>"))
        #expect(dot.contains(">contested (delivery claimed and denied)</TD>"))
        #expect(dot.contains("SIDES=\"B\" COLOR=\"#c0392b\""), "a transfer's sample in its color")
        #expect(dot.contains("[id=\"supplynet-legend-actor-armed-group\""))
        let contestedEdge = NetworkStyle.edgeAttributes(kind: .transfer, state: .contested)
        #expect(contestedEdge.contains(.color("#c0392b:#ffffff:#c0392b")))
        let noLegend = NetworkDOTEncoder(options: .init(includeLegend: false)).encode(try FixtureData.validNetwork())
        #expect(!noLegend.contains("legend"))
    }
}

@Suite("DOT strings")
struct DOTStringTests {
    @Test("always quotes, and escapes quotes, backslashes and line breaks", arguments: [
        ("9M317", "\"9M317\""),
        ("a\"b", "\"a\\\"b\""),
        ("ends with \\", "\"ends with \\\\\""),
        ("two\nlines", "\"two\\nlines\""),
        ("crlf\r\nline", "\"crlf\\nline\""),
        ("<b>&amp;</b>", "\"<b>&amp;</b>\""),
        ("\\N is not the node name", "\"\\\\N is not the node name\""),
        ("Київ", "\"Київ\""),
        ("", "\"\""),
    ])
    func quoting(input: String, expected: String) {
        #expect(DOTString.quoted(input) == expected)
    }

    @Test("a name starting with %, which cgraph reserves, is escaped; values are not")
    func percentNames() {
        #expect(DOTString.quotedID("%1") == "\"\\%1\"")
        #expect(DOTString.quotedID("a%1") == "\"a%1\"")
        #expect(DOTString.quoted("%1") == "\"%1\"")
        #expect(DOTString.decodeParsedValue("\\%1") == "%1")
    }
}
