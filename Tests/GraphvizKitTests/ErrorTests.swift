import Testing
@testable import GraphvizKit

@Suite("Errors")
struct ErrorTests {
    // Named: an anonymous graph's SVG <title> is cgraph's "%N" with N a
    // process-wide counter, so it differs from render to render.
    static let goodGraph = #"digraph good { "good_a" -> "good_b" }"#

    @Test("A DOT syntax error throws .syntax with Graphviz's message and line")
    func syntaxErrorCarriesMessageAndLine() throws {
        let dot = """
            digraph broken {
              "a" -> "b";
              "b" -> -> "c";
            }
            """
        let error = try #require(throws: GraphvizError.self) { try Graphviz.render(dot) }
        #expect(error.kind == .syntax)
        #expect(error.line == 3)
        #expect(error.message == "syntax error in line 3 near '->'")
        #expect(error.description == "DOT syntax error at line 3: syntax error in line 3 near '->'")
    }

    @Test("parse reports syntax errors the same way")
    func parseSyntaxError() throws {
        let error = try #require(throws: GraphvizError.self) {
            try Graphviz.parse("graph g {\n\n\n  a -> b\n}")
        }
        #expect(error.kind == .syntax)
        #expect(error.line == 4)
        #expect(error.message.contains("syntax error in line 4"))
    }

    @Test("Good, bad, good: no error sticks to the next call")
    func goodBadGood() throws {
        let first = try Graphviz.renderSVG(Self.goodGraph)
        #expect(first.contains(">good_b</text>"))

        let error = try #require(throws: GraphvizError.self) { try Graphviz.renderSVG("digraph { a -> }") }
        #expect(error.kind == .syntax)

        let second = try Graphviz.renderSVG(Self.goodGraph)
        #expect(second == first)
        #expect(try Graphviz.parse(Self.goodGraph).nodes.map(\.name) == ["good_a", "good_b"])
    }

    @Test(
        "Broken input never leaks into the next parse",
        arguments: [
            #"digraph { "a" } /* an unterminated comment"#,
            #"digraph { "a" } "an unterminated string"#,
            #"digraph { "a" } <an unterminated html string"#,
            #"digraph { "a" } digraph second { "leftover" }"#,
            #"digraph { "a" } trailing garbage"#,
            #"digraph { "a" [label="unterminated] }"#,
            "digraph { /* unterminated comment }",
            "digraph { a -> }",
        ]
    )
    func scannerStateIsReset(_ badInput: String) throws {
        _ = try? Graphviz.parse(badInput)
        let graph = try Graphviz.parse(#"digraph next { "fresh" }"#)
        #expect(graph.name == "next")
        #expect(graph.nodes.map(\.name) == ["fresh"])
        _ = try? Graphviz.render(badInput)
        #expect(try Graphviz.renderSVG(#"digraph next { "fresh" }"#).contains(">fresh</text>"))
    }

    @Test(
        "Empty input and input that is not a graph throw .syntax",
        arguments: ["", "  \n", "// only a comment", "hello", "{ a -> b }", "a -> b"]
    )
    func notAGraph(_ input: String) throws {
        let renderError = try #require(throws: GraphvizError.self) { try Graphviz.render(input) }
        #expect(renderError.kind == .syntax)
        #expect(!renderError.message.isEmpty)
        let parseError = try #require(throws: GraphvizError.self) { try Graphviz.parse(input) }
        #expect(parseError.kind == .syntax)
    }

    @Test("A NUL character in the input throws .syntax")
    func nulCharacter() throws {
        let error = try #require(throws: GraphvizError.self) { try Graphviz.parse("digraph { a }\0 b") }
        #expect(error.kind == .syntax)
    }

    @Test(
        "Unknown engine throws .unknownEngine listing the valid ones",
        arguments: ["dott", "", "DOT", "dot;rm"]
    )
    func unknownEngine(_ name: String) throws {
        let error = try #require(throws: GraphvizError.self) {
            try Graphviz.render(Self.goodGraph, engine: LayoutEngine(name))
        }
        #expect(error.kind == .unknownEngine)
        #expect(error.message.contains("\"\(name)\""))
        for engine in LayoutEngine.all {
            #expect(error.message.contains(engine.rawValue))
        }
        #expect(try Graphviz.renderSVG(Self.goodGraph).contains(">good_a</text>"))
    }

    @Test(
        "Unknown format throws .unknownFormat listing the valid ones",
        arguments: ["svgg", "", "svg:nosuchrenderer", "png:nosuchrenderer:cairo"]
    )
    func unknownFormat(_ name: String) throws {
        let error = try #require(throws: GraphvizError.self) {
            try Graphviz.render(Self.goodGraph, format: OutputFormat(name))
        }
        #expect(error.kind == .unknownFormat)
        #expect(error.message.contains("\"\(name)\""))
        for format in OutputFormat.all {
            #expect(error.message.contains(format.rawValue))
        }
        #expect(try Graphviz.renderSVG(Self.goodGraph).contains(">good_a</text>"))
    }

    @Test("A layout failure throws .layout with Graphviz's message")
    func layoutError() throws {
        // neato -n (the `nop` engine) needs every node to have a position.
        let error = try #require(throws: GraphvizError.self) {
            try Graphviz.render(Self.goodGraph, engine: LayoutEngine("nop"))
        }
        #expect(error.kind == .layout)
        #expect(error.message.contains("has no position"))
        #expect(try Graphviz.renderSVG(Self.goodGraph).contains(">good_a</text>"))
    }

    @Test("Warnings do not fail a render, and are captured rather than printed")
    func warningsAreCapturedNotErrors() throws {
        var warnings: [String] = []
        let svg = String(
            decoding: try Graphviz.render(
                #"digraph { "a" [shape=nosuchshape, color=nosuchcolor] }"#,
                engine: .dot,
                format: .svg,
                warnings: &warnings
            ),
            as: UTF8.self
        )
        #expect(svg.contains(">a</text>"))
        #expect(warnings == ["using box for unknown shape nosuchshape", "nosuchcolor is not a known color."])

        var parseWarnings: [String] = []
        _ = try Graphviz.parse("digraph { 9M317 }", warnings: &parseWarnings)
        #expect(parseWarnings == [
            "syntax ambiguity - badly delimited number '9M' in line 1 of input splits into two tokens"
        ])
        _ = try Graphviz.parse(#"digraph { "9M317" }"#, warnings: &parseWarnings)
        #expect(parseWarnings.isEmpty)
    }

    @Test("Messages longer than 1 KiB arrive intact")
    func longMessagesAreNotGarbled() throws {
        // 2.42 garbles callback messages over 1 KiB unless its buffer was grown first.
        let longToken = String(repeating: "x", count: 5000)
        let error = try #require(throws: GraphvizError.self) { try Graphviz.parse("strict \(longToken) {}") }
        #expect(error.kind == .syntax)
        #expect(error.line == 1)
        #expect(error.message == "syntax error in line 1 near '\(longToken)'")
    }
}

@Suite("Graphviz messages")
struct GraphvizMessageTests {
    @Test("Captured text splits into messages with continuation lines")
    func splitsMessages() {
        let text = """
            Warning: using box for unknown shape blob
            Error: syntax error in line 1 scanning a quoted string (missing endquote? longer than 16384?)
            String starting:"abc
            Error: second

            """
        #expect(GraphvizMessage.messages(in: text) == [
            GraphvizMessage(severity: .warning, text: "using box for unknown shape blob"),
            GraphvizMessage(
                severity: .error,
                text: "syntax error in line 1 scanning a quoted string (missing endquote? longer than 16384?)"
                    + "\nString starting:\"abc"
            ),
            GraphvizMessage(severity: .error, text: "second"),
        ])
        #expect(GraphvizMessage.messages(in: text).errorText?.hasSuffix("\nsecond") == true)
        #expect(GraphvizMessage.messages(in: "Warning: only a warning\n").errorText == nil)
    }

    @Test("The line number comes from \"in line N\"")
    func lineNumber() {
        #expect(GraphvizError.syntaxError("syntax error in line 12 near '}'").line == 12)
        #expect(GraphvizError.syntaxError("the DOT text contains no graph").line == nil)
        let noGraph = GraphvizError.syntaxError("the DOT text contains no graph")
        #expect(noGraph.description == "DOT syntax error: the DOT text contains no graph")
    }
}
