import Foundation
import SupplyNet
import Testing

@Suite("Mermaid export")
struct MermaidExportTests {
    /// One statement of the subset of Mermaid's flowchart grammar the encoder writes.
    enum Statement: Equatable {
        case node(id: String, label: String?)
        case link(from: String, arrow: String, label: String?, to: String)
        case linkStyle(index: Int, style: String)
    }

    private static let identifier = "a_[A-Za-z0-9_]+"
    private static let string = "\"[^\"]+\""
    private static let nodeLine = try! NSRegularExpression(pattern: "^    (\(identifier))(?:\\[(\(string))\\])?$")
    private static let linkLine = try! NSRegularExpression(
        pattern: "^    (\(identifier)) (-->|-\\.->|==>)(?:\\|(\(string))\\|)? (\(identifier))$")
    private static let styleLine = try! NSRegularExpression(
        pattern: "^    linkStyle ([0-9]+) (stroke:#[0-9a-f]{6}(?:,stroke-opacity:0\\.5)?)$")

    /// Reads the flowchart back, failing on any line outside the grammar subset; checks that the
    /// labels hold nothing Mermaid would read and that links and styles refer to what exists.
    static func parse(_ text: String) throws -> [Statement] {
        #expect(text.hasSuffix("\n"))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.removeLast() == "")
        try #require(lines.first == "flowchart LR")
        var statements: [Statement] = []
        for line in lines.dropFirst() {
            let range = NSRange(line.startIndex..., in: line)
            func group(_ match: NSTextCheckingResult, _ index: Int) -> String? {
                Range(match.range(at: index), in: line).map { String(line[$0]) }
            }
            if let match = nodeLine.firstMatch(in: line, range: range) {
                statements.append(.node(id: group(match, 1)!, label: group(match, 2).map(unquote)))
            } else if let match = linkLine.firstMatch(in: line, range: range) {
                statements.append(.link(from: group(match, 1)!, arrow: group(match, 2)!, label: group(match, 3).map(unquote), to: group(match, 4)!))
            } else if let match = styleLine.firstMatch(in: line, range: range) {
                statements.append(.linkStyle(index: Int(group(match, 1)!)!, style: group(match, 2)!))
            } else {
                Issue.record("not in the grammar: \(line.debugDescription)")
            }
        }
        var nodes: Set<String> = []
        var links = 0
        for statement in statements {
            switch statement {
            case let .node(id, label):
                #expect(nodes.insert(id).inserted, "node \(id) declared twice")
                if let label { try checkLabel(label) }
            case let .link(from, _, label, to):
                #expect(nodes.contains(from) && nodes.contains(to), "link \(from) -> \(to) before its nodes")
                if let label { try checkLabel(label) }
                links += 1
            case let .linkStyle(index, _):
                #expect(index < links, "linkStyle \(index) out of bounds")
            }
        }
        #expect(!text.contains("%%"))
        return statements
    }

    private static func unquote(_ string: String) -> String { String(string.dropFirst().dropLast()) }

    /// A label must not hold what Mermaid's preprocessing or lexer would act on.
    private static func checkLabel(_ label: String) throws {
        for forbidden in ["\"", "<", ">", "&", "%", "`", ":", "\\", "\n", "\r", "\t"] {
            #expect(!label.contains(forbidden), "\(forbidden.debugDescription) in \(label.debugDescription)")
        }
        let entity = try NSRegularExpression(pattern: "#([a-z]+|[0-9]+);")
        let stripped = entity.stringByReplacingMatches(in: label, range: NSRange(label.startIndex..., in: label), withTemplate: "")
        #expect(!stripped.contains("#"), "a # that is not an entity code in \(label.debugDescription)")
        #expect(label.range(of: "direction\\s", options: .regularExpression) == nil)
    }

    /// What Mermaid shows for a label: its entity codes (`#quot;`, `#35;`) decoded, in one pass.
    static func decode(_ label: String) -> String {
        let named = ["quot": "\"", "amp": "&", "lt": "<", "gt": ">"]
        let entity = try! NSRegularExpression(pattern: "#([a-z]+|[0-9]+);")
        let text = NSString(string: label)
        var result = ""
        var position = 0
        for match in entity.matches(in: label, range: NSRange(location: 0, length: text.length)) {
            result += text.substring(with: NSRange(location: position, length: match.range.location - position))
            let code = text.substring(with: match.range(at: 1))
            result += named[code] ?? Int(code).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? "\u{FFFD}"
            position = match.range.location + match.range.length
        }
        return result + text.substring(from: position)
    }

    @Test("hostile names parse, survive as labels, and get unique Mermaid-safe ids")
    func hostile() throws {
        let statements = try Self.parse(MermaidEncoder.encode(HostileNetwork.make()))
        let nodes = statements.compactMap { statement -> [String?]? in
            if case let .node(id, label) = statement { return [id, label.map(Self.decode)] }
            return nil
        }
        #expect(nodes == [
            ["a_IRN", "Iran \"the <Islamic> Republic\" & 'co' Tehran"],
            ["a_end", HostileNetwork.endName],
            ["a_a_b", "Collide one"],
            ["a_a_b_2", nil],
        ])
        let links = statements.compactMap { statement -> [String?]? in
            if case let .link(from, arrow, label, to) = statement { return [from, arrow, label.map(Self.decode), to] }
            return nil
        }
        #expect(links == [
            ["a_IRN", "==>", "Shahed <drones> & \"kamikaze\", @SUM(A1) line", "a_end"],
            ["a_IRN", "-.->", "transfer", "a_end"],
            ["a_a_b", "-.->", "sanction", "a_a_b_2"],
        ])
    }

    @Test("the line says the evidence and linkStyle gives each link its kind's color")
    func styles() throws {
        let statements = try Self.parse(MermaidEncoder.encode(HostileNetwork.make()))
        let styles = statements.compactMap { statement -> String? in
            if case let .linkStyle(index, style) = statement { return "\(index) \(style)" }
            return nil
        }
        #expect(styles == [
            "0 stroke:\(NetworkStyle.color(of: .transfer))",
            "1 stroke:\(NetworkStyle.color(of: .transfer))",
            "2 stroke:\(NetworkStyle.color(of: .sanction))",
        ])
        #expect(MermaidEncoder.arrow(for: .delivered) == "-->")
        #expect(MermaidEncoder.arrow(for: .offeredOrPlanned) == "-.->")
        #expect(MermaidEncoder.arrow(for: .requestedOrAlleged) == "-.->")
        #expect(MermaidEncoder.arrow(for: .contested) == "==>")
    }

    @Test("ids are unique and stable, whatever the actor ids hold")
    func identifiers() {
        let ids: [ActorID] = ["a-b", "a_b", "a.b", "a_b_2", "end", "Ж", "", "x y", "o", "IRN"]
        let mermaid = MermaidEncoder.nodeIdentifiers(ids)
        #expect(mermaid == ["a_a_b", "a_a_b_2", "a_a_b_3", "a_a_b_2_2", "a_end", "a__", "a_", "a_x_y", "a_o", "a_IRN"])
        #expect(Set(mermaid).count == ids.count)
        #expect(mermaid.allSatisfy { $0.range(of: "^a_[A-Za-z0-9_]*$", options: .regularExpression) != nil })
        #expect(MermaidEncoder.nodeIdentifiers(ids) == mermaid)
    }

    @Test("labels round-trip through Mermaid's entity codes, 500 seeded cases")
    func labelsRoundTrip() throws {
        var random = SplitMix64(seed: 0x4D45_524D)
        for _ in 0..<500 {
            let text = random.awkwardString(maxLength: 40) + (Bool.random(using: &random) ? " direction LR" : "")
            let label = MermaidEncoder.label(text)
            let network = Network(
                actors: [Actor(id: "x", name: text, kind: .state), Actor(id: "y", name: "Y", kind: .state)], items: [],
                sources: [], flows: [Flow(id: "f", from: "x", to: "y", kind: .aid)])
            _ = try Self.parse(MermaidEncoder.encode(network))
            let visible = text.unicodeScalars.filter { $0.properties.isWhitespace || $0.properties.generalCategory != .control }
            let expected = String(String.UnicodeScalarView(visible)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(Self.decode(label) == expected, "\(text.debugDescription)")
        }
    }

    @Test("the seeds: a node per actor, a link per flow with its evidence's line, a style per link")
    func seeds() throws {
        let network = try NetworkLoader(path: SeedsTests.seeds).load()
        let statements = try Self.parse(MermaidEncoder.encode(network))
        var nodes = 0
        var arrows: [String] = []
        var styles: [Int] = []
        for statement in statements {
            switch statement {
            case .node: nodes += 1
            case let .link(_, arrow, _, _): arrows.append(arrow)
            case let .linkStyle(index, _): styles.append(index)
            }
        }
        #expect(nodes == network.actors.count)
        #expect(arrows == network.flows.map { MermaidEncoder.arrow(for: FlowEvidence($0)!.state) })
        #expect(styles == Array(network.flows.indices))
    }

    @Test("is byte-identical from run to run")
    func deterministic() throws {
        let seeds = try NetworkLoader(path: SeedsTests.seeds).load()
        #expect(MermaidEncoder.encode(seeds) == MermaidEncoder.encode(try NetworkLoader(path: SeedsTests.seeds).load()))
        #expect(MermaidEncoder.encode(try FixtureData.validNetwork()) == MermaidEncoder.encode(try FixtureData.validNetwork()))
    }

    @Test("a backslash is the entity code #92;, so C:\\new draws as written, not as a line break")
    func backslash() throws {
        #expect(MermaidEncoder.label(#"C:\new"#) == "C#58;#92;new")
        #expect(MermaidEncoder.label(#"a \\ b \" c"#) == "a #92;#92; b #92;#quot; c")
        let network = Network(
            actors: [Actor(id: "x", name: #"C:\new\t"#, kind: .company), Actor(id: "y", name: "Y", kind: .state)],
            items: [Item(id: "i", name: #"\n drones \"#, category: .drone)], sources: [],
            flows: [Flow(id: "f", from: "x", to: "y", kind: .transfer, items: ["i"])])
        let statements = try Self.parse(MermaidEncoder.encode(network))
        guard case let .node(_, label) = statements[0], case let .link(_, _, itemLabel, _) = statements[2] else {
            Issue.record("\(statements)")
            return
        }
        #expect(label.map(Self.decode) == #"C:\new\t"#)
        #expect(itemLabel.map(Self.decode) == #"\n drones \"#)
    }

    /// A network of `flows` flows between two actors.
    private static func chain(flows: Int) -> Network {
        Network(
            actors: [Actor(id: "x", name: "X", kind: .state), Actor(id: "y", name: "Y", kind: .state)], items: [], sources: [],
            flows: (0..<flows).map { Flow(id: FlowID(rawValue: "f\($0)"), from: "x", to: "y", kind: .aid) })
    }

    @Test("past Mermaid's 500 links (its maxEdges) there is one warning, with the numbers and what to do; at 500 none")
    func linkLimit() throws {
        let fits = Self.chain(flows: 500)
        #expect(MermaidEncoder.warnings(for: fits, flowchart: MermaidEncoder.encode(fits)).isEmpty)
        let over = Self.chain(flows: 501)
        let warnings = MermaidEncoder.warnings(for: over, flowchart: MermaidEncoder.encode(over))
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.hasPrefix("warning: the flowchart has 501 links and Mermaid draws at most 500 (maxEdges)"))
        for remedy in ["--group pair", "--focus", "--format graphml", "maxEdges"] {
            #expect(warning.contains(remedy), "\(remedy)")
        }
        #expect(!warning.contains("\n"))
    }

    @Test("past Mermaid's 50,000 characters (its maxTextSize) there is a warning, counted as JavaScript counts")
    func textLimit() throws {
        let name = String(repeating: "😀", count: 12_500)  // 12,500 scalars, 25,000 UTF-16 units
        let network = Network(
            actors: [Actor(id: "x", name: name, kind: .state), Actor(id: "y", name: name, kind: .state)], items: [], sources: [],
            flows: [])
        let flowchart = MermaidEncoder.encode(network)
        #expect(flowchart.count < MermaidEncoder.textLimit && flowchart.utf16.count > MermaidEncoder.textLimit)
        let warnings = MermaidEncoder.warnings(for: network, flowchart: flowchart)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("characters and Mermaid reads at most 50000 (maxTextSize)") == true)
    }
}
