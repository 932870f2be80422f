import Foundation
import GraphvizKit
import SupplyNet
import TestSupport
import Testing

@Suite("DOT escaping, checked by parsing back with libcgraph")
struct EscapingPropertyTests {
    /// What a label means once line breaks are normalised: CR LF and CR become LF.
    private func normalised(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// What a drawing shows for `text`: line breaks normalised, and the characters that must not
    /// reach Graphviz (controls other than tab and line breaks, DEL, C1) as `\u{1B}`.
    private func shown(_ text: String) -> String {
        var result = ""
        for scalar in normalised(text).unicodeScalars {
            let value = scalar.value
            if (value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(value) {
                result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` with every run of white space made one space, for comparing drawn text (Graphviz
    /// lays a label out line by line; XML turns a tab in an attribute into a space).
    private func words(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
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
            let node = try #require(parsed.nodes.first { DOTString.decodeParsedValue($0.name) == shown(name) }, "\(name.unicodeScalars.map { String($0.value, radix: 16) }) lost; parsed \(parsed.nodes.map { $0.name.unicodeScalars.map { String($0.value, radix: 16) } })")
            #expect(DOTString.decodeParsedValue(node.attributes["label"] ?? "", as: .label) == shown(label), "label \(label.debugDescription)")
            #expect(DOTString.decodeParsedValue(node.attributes["tooltip"] ?? "", as: .tooltip) == shown(label))
            let edge = try #require(parsed.edges.first)
            #expect(edge.head == "9M317")
            #expect(DOTString.decodeParsedValue(edge.attributes["label"] ?? "", as: .label) == shown(label))
        }
    }

    /// Graphviz's own escapes and entities, and characters SVG cannot carry, mixed into awkward strings.
    private static let hostile = [
        "\\G", "\\N", "\\E", "\\T", "\\H", "\\L", "\\n", "\\l", "\\\\", "&amp;", "&#38;", "&lt;", "&x", "\u{0}", "\u{1B}[2J", "\u{7}",
        "\u{7F}", "\u{9B}", "\u{202E}",
    ]

    @Test("drawn labels and tooltips are the data text, Graphviz's escapes and entities as written; the SVG is well-formed, 300 seeded cases")
    func renderedTextIsDataText() throws {
        var random = SplitMix64(seed: 0xD07_5A7E)
        var cases = [
            "\\G \\N \\E \\T \\H \\L", "&amp; &lt; &#38; &#x26; & done", "nul\u{0} esc\u{1B}[2J bel\u{7}", "ends in \\",
        ]
        for _ in 0..<300 {
            cases.append((0..<Int.random(in: 1...6, using: &random)).map { _ in
                Bool.random(using: &random) ? Self.hostile.randomElement(using: &random)! : random.awkwardString(maxLength: 8)
            }.joined())
        }
        for text in cases {
            var writer = DOTWriter(digraph: "G")
            writer.node("n", [.label(text), .tooltip(text)])
            let svg = try Graphviz.renderSVG(writer.finish())
            let root = try XMLTree.parse(svg)
            let node = try #require(root.descendants("g").first { $0.attributes["class"] == "node" }, "\(text.debugDescription)")
            let tooltip = node.descendants("a").first?.attributes["xlink:title"]
            #expect(words(tooltip ?? "") == words(shown(text)), "tooltip of \(text.debugDescription)")
            let drawn = node.descendants("text").map(\.text).joined(separator: "\n")
            #expect(words(drawn) == words(shown(text)), "label of \(text.debugDescription)")
        }
    }

    @Test("the hostile network built in code renders to well-formed SVG that draws its names as written")
    func hostileNetworkSVG() throws {
        let svg = try Graphviz.renderSVG(NetworkDOTEncoder().encode(HostileNetwork.make()))
        let root = try XMLTree.parse(svg)
        let drawn = root.descendants("text").map(\.text)
        #expect(drawn.contains("Tehran\\u{1}\\u{7}"), "\(drawn)")
        let titles = root.descendants("a").compactMap { $0.attributes["xlink:title"] }
        #expect(titles.first == HostileNetwork.iranName.replacingOccurrences(of: "\u{1}\u{7}", with: "\\u{1}\\u{7}") + " (state)\nalso: =HYPERLINK(\"x\"); a;b")
        #expect(titles.contains { $0.contains("DELIVERED: “O'Brien: \"]]> & <![CDATA[\" they arrived”") }, "\(titles)")
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
            let tooltip = DOTString.decodeParsedValue(edge.attributes["tooltip"] ?? "", as: .tooltip)
            #expect(tooltip == EvidenceText.tooltip(for: flow, evidence, in: network))
            #expect(tooltip.contains(evidence.strongest.quote))
        }
    }
}
