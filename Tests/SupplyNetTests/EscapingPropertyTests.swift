import GraphvizKit
import SupplyNet
import Testing

@Suite("DOT escaping, checked by parsing back with libcgraph")
struct EscapingPropertyTests {
    /// What a label means once line breaks are normalised: CR LF and CR become LF.
    private func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    @Test("any string survives as a node id and as a label, 500 seeded cases")
    func randomStringsRoundTrip() throws {
        var random = SplitMix64(seed: 0x5EED_2026)
        for _ in 0..<500 {
            let name = random.awkwardString(maxLength: 24)
            let label = random.awkwardString(maxLength: 60)
            var writer = DOTWriter(digraph: "property")
            writer.node(name, [.label(label), .tooltip(label)])
            writer.edge(from: name, to: "9M317", [.label(label)])
            let dot = writer.finish()
            let parsed = try Graphviz.parse(dot)
            try #require(parsed.nodes.count == 2, "expected 2 nodes for \(name.debugDescription) in:\n\(dot)")
            let node = try #require(parsed.nodes.first { DOTString.decodeParsedValue($0.name) == normalised(name) }, "\(name.unicodeScalars.map { String($0.value, radix: 16) }) lost; parsed \(parsed.nodes.map { $0.name.unicodeScalars.map { String($0.value, radix: 16) } })")
            #expect(DOTString.decodeParsedValue(node.attributes["label"] ?? "") == normalised(label), "label \(label.debugDescription)")
            #expect(DOTString.decodeParsedValue(node.attributes["tooltip"] ?? "") == normalised(label))
            let edge = try #require(parsed.edges.first)
            #expect(edge.head == "9M317")
            #expect(DOTString.decodeParsedValue(edge.attributes["label"] ?? "") == normalised(label))
        }
    }

    @Test("the seed network's DOT parses back with every actor, flow and tooltip intact")
    func seedNetworkRoundTrips() throws {
        let network = try NetworkLoader(path: SeedsTests.seeds).load()
        let parsed = try Graphviz.parse(NetworkDOTEncoder().encode(network))
        let actorNodes = parsed.nodes.filter { $0.attributes["class"]?.hasPrefix("actor ") == true }
        #expect(actorNodes.map(\.name).sorted() == network.actors.map(\.id.rawValue).sorted())
        let flowEdges = parsed.edges.filter { $0.attributes["class"]?.hasPrefix("flow ") == true }
        #expect(flowEdges.count == network.flows.count)
        for flow in network.flows {
            let edge = try #require(flowEdges.first { $0.attributes["id"] == "supplynet-flow-\(flow.id)" })
            #expect(edge.tail == flow.from.rawValue && edge.head == flow.to.rawValue)
            let evidence = try #require(FlowEvidence(flow))
            let tooltip = DOTString.decodeParsedValue(edge.attributes["tooltip"] ?? "")
            #expect(tooltip == EvidenceText.tooltip(for: flow, evidence, in: network))
            #expect(tooltip.contains(evidence.strongest.quote))
        }
    }
}
