import Testing
@testable import GraphvizKit

@Suite("Concurrency and repetition")
struct ConcurrencyTests {
    @Test("8 concurrent renders each come out with their own graph", arguments: 1...5)
    func concurrentRenders(round: Int) async throws {
        let outputs = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for index in 0..<8 {
                group.addTask {
                    let dot = #"digraph g\#(index) { "start" -> "label_\#(index)_end"; "start" -> "other" }"#
                    let engine = LayoutEngine.all[index % LayoutEngine.all.count]
                    return (index, try Graphviz.renderSVG(dot, engine: engine))
                }
            }
            var outputs: [Int: String] = [:]
            for try await (index, svg) in group { outputs[index] = svg }
            return outputs
        }
        #expect(outputs.count == 8)
        for (index, svg) in outputs {
            #expect(svg.contains(">label_\(index)_end</text>"))
            for other in 0..<8 where other != index {
                #expect(!svg.contains("label_\(other)_end"))
            }
        }
    }

    @Test("Concurrent renders, parses and failures do not disturb each other")
    func concurrentMixedCalls() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<24 {
                group.addTask {
                    switch index % 3 {
                    case 0:
                        let svg = try Graphviz.renderSVG(#"digraph { "r\#(index)" }"#)
                        #expect(svg.contains(">r\(index)</text>"))
                    case 1:
                        let graph = try Graphviz.parse(#"digraph p\#(index) { "p\#(index)" }"#)
                        #expect(graph.nodes.map(\.name) == ["p\(index)"])
                    default:
                        let error = try #require(throws: GraphvizError.self) {
                            try Graphviz.parse("digraph { bad\(index) -> }")
                        }
                        #expect(error.kind == .syntax)
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    @Test("300 renders in a row all succeed")
    func manyRenders() throws {
        for index in 0..<300 {
            let svg = try Graphviz.renderSVG(#"digraph { "n\#(index)" -> "m\#(index)" }"#)
            #expect(svg.contains(">n\(index)</text>"), "render \(index)")
        }
    }
}
