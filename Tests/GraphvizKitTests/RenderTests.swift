import Testing
@testable import GraphvizKit

@Suite("Rendering")
struct RenderTests {
    static let smallGraph = """
        digraph supply {
          "ore" -> "smelter" -> "factory";
          "smelter" -> "depot";
        }
        """

    @Test("SVG comes out as SVG")
    func rendersSVG() throws {
        let bytes = try Graphviz.render(Self.smallGraph, format: .svg)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml"))
        #expect(text.contains("<svg"))
        #expect(text.contains("</svg>"))
        #expect(text.contains(">smelter</text>"))
    }

    @Test("Clusters come out in the order the DOT declares them, on every render")
    func clustersInDeclarationOrder() throws {
        // The names are interned in the opposite order first (as labels): under cgraph's default
        // ids, which are the interned names' addresses, the clusters follow the heap instead.
        let names = (0..<12).map { "cluster_\($0)" }
        let labels = names.reversed().enumerated().map { "  label\($0.offset) [label=\"\($0.element)\"];" }
        let clusters = names.map { "  subgraph \($0) { \"in \($0)\"; }" }
        let dot = "digraph order {\n" + labels.joined(separator: "\n") + "\n" + clusters.joined(separator: "\n") + "\n}"
        var renders: Set<[UInt8]> = []
        for _ in 0..<5 {
            let bytes = try Graphviz.render(dot, format: .svg)
            renders.insert(bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            let positions = names.map { text.range(of: "<title>\($0)</title>")?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil })
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "clusters out of declaration order")
        }
        #expect(renders.count == 1, "the same DOT rendered differently")
        // Layouts that copy the graph keep every name.
        for engine in [LayoutEngine.fdp, .neato] {
            let svg = try Graphviz.renderSVG(dot, engine: engine)
            #expect(names.allSatisfy { svg.contains(">in \($0)</text>") }, "\(engine)")
        }
    }

    @Test("PNG comes out with the PNG signature")
    func rendersPNG() throws {
        let bytes = try Graphviz.render(Self.smallGraph, format: .png)
        #expect(bytes.count > 100)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test("PDF comes out as PDF")
    func rendersPDF() throws {
        let bytes = try Graphviz.render(Self.smallGraph, format: .pdf)
        #expect(String(decoding: bytes.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(String(decoding: bytes.suffix(16), as: UTF8.self).contains("%%EOF"))
    }

    @Test("Every engine lays out a small graph", arguments: LayoutEngine.all)
    func rendersWithEngine(_ engine: LayoutEngine) throws {
        let svg = try Graphviz.renderSVG(
            #"graph ring { "n1" -- "n2" -- "n3" -- "n1"; "n3" -- "hub_\#(engine)" }"#,
            engine: engine
        )
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<svg"))
        #expect(svg.contains(">hub_\(engine)</text>"))
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 4)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == 4)
    }

    @Test("The constants name the engines and formats Graphviz knows")
    func constantsMatchGraphvizNames() {
        #expect(LayoutEngine.all.map(\.rawValue) == ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
        #expect(OutputFormat.all.map(\.rawValue) == ["svg", "png", "pdf"])
        #expect(LayoutEngine("osage") == LayoutEngine(rawValue: "osage"))
        #expect(OutputFormat.svg.description == "svg")
    }

    @Test("The core SVG renderer keeps ids, classes and edge tooltips")
    func svgKeepsIdsClassesAndTooltips() throws {
        let svg = try Graphviz.renderSVG("""
            digraph G {
              id="fig1";
              "a" [id="actor_a", class="actor supplier"];
              "b";
              "a" -> "b" [id="flow_ab", class="flow", tooltip="a supplies b"];
            }
            """)
        #expect(svg.contains(#"<g id="fig1" class="graph""#))
        #expect(svg.contains(#"<g id="actor_a" class="node actor supplier">"#))
        #expect(svg.contains(#"<g id="fig1_node2" class="node">"#))
        #expect(svg.contains(#"<g id="flow_ab" class="edge flow">"#))
        #expect(svg.contains(#"<a xlink:title="a supplies b">"#))
        #expect(svg.contains("viewBox="))
    }

    @Test("The same named graph renders to identical bytes")
    func deterministicOutput() throws {
        for format in OutputFormat.all where format != .pdf {  // PDF embeds a creation date
            let first = try Graphviz.render(Self.smallGraph, format: format)
            #expect(try Graphviz.render(Self.smallGraph, format: format) == first)
        }
    }

    @Test("Engines beyond the six work by name")
    func otherInstalledEngineWorks() throws {
        let svg = try Graphviz.renderSVG(#"digraph { "x" -> "y" }"#, engine: LayoutEngine("osage"))
        #expect(svg.contains(">x</text>"))
    }
}
