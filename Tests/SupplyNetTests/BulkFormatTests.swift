import Foundation
@testable import SupplyNet
import Testing
import Yams

@Suite("The bulk format (JSON Lines)")
final class BulkFormatTests {
    /// A folder of this test's own, removed when the test ends.
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: folder) }

    private func write(_ text: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("\(UUID().uuidString).jsonl").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the seed network survives a round trip through the bulk format")
    func roundTrip() throws {
        let seeds = try NetworkLoader(path: SeedsTests.seeds).load()
        let loaded = try NetworkLoader(path: try write(BulkFormat.encode(seeds))).load()
        #expect(loaded.actors == seeds.actors)
        #expect(loaded.items == seeds.items)
        #expect(loaded.flows.map(\.id) == seeds.flows.map(\.id))
        #expect(loaded.claims.map(\.quote) == seeds.claims.map(\.quote))
        #expect(loaded.claims.map(\.party) == seeds.claims.map(\.party))
        #expect(BulkFormat.encode(loaded) == BulkFormat.encode(seeds))
    }

    @Test("every problem is reported with its line, and syntax errors with their column")
    func problems() throws {
        let path = try write("""
            {"type":"actor","id":"IRN","name":"Iran","kind":"state"}
            {"type":"actor","id":"RUS","name":"Russia","kind":"stat"}
            {"type":"flow","id":"f1","from":"IRN","to":"RUS","kind":"transfer","claims":[{"status":"delivered","source":"s1","quote":"q"}]}
            {"type":"flow","id":"f2" "from":"IRN"}

            {"type":"source","id":"s1","title":"T","date":"2023-02-30"}
            """)
        let error = #expect(throws: LoadError.self) { try NetworkLoader(path: path).load() }
        let issues = try #require(error).issues.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(issues.contains { $0.hasPrefix("2:51: 'stat' is not a kind of actor (did you mean 'state'?)") }, "\(issues)")
        #expect(issues.contains { $0.hasPrefix("4:26: JSON syntax: expected ',' or '}'") }, "\(issues)")
        #expect(issues.contains { $0.hasPrefix("6:47: '2023-02-30' is not a date") }, "\(issues)")
        // RUS failed to load (its kind), and line 4 could not be read: what refers to them is counted, not reported.
        #expect(!issues.contains { $0.contains("unknown") }, "\(issues)")
        #expect(issues.contains { $0.hasPrefix("2:51:") && $0.hasSuffix("1 flow refers to this actor") }, "\(issues)")
    }

    @Test("synthetic networks are deterministic, with hubs and parallel flows")
    func synthetic() throws {
        let first = SyntheticNetwork.generate(flows: 2_000, seed: 7)
        let second = SyntheticNetwork.generate(flows: 2_000, seed: 7)
        #expect(BulkFormat.encode(first) == BulkFormat.encode(second))
        #expect(BulkFormat.encode(first) != BulkFormat.encode(SyntheticNetwork.generate(flows: 2_000, seed: 8)))
        #expect(first.flows.count == 2_000)
        var degree: [ActorID: Int] = [:]
        for flow in first.flows { degree[flow.from, default: 0] += 1; degree[flow.to, default: 0] += 1 }
        let degrees = degree.values.sorted(by: >)
        #expect(degrees[0] > 20 * degrees[degrees.count / 2], "heavy-tailed: the top hub has far more flows than the median actor")
        let pairs = Set(first.flows.map { "\($0.from)>\($0.to)" })
        #expect(pairs.count < first.flows.count * 8 / 10, "many parallel flows")
        let loaded = try NetworkLoader(path: try write(BulkFormat.encode(first))).load()
        #expect(loaded.flows.count == 2_000)
    }
}

@Suite("The JSON Lines parser")
struct JSONLineParserTests {
    @Test("parses every JSON value kind", arguments: [
        (#"{"a":[1,-2.5e3,true,false,null],"b":{"c":"d"}}"#, JSONValue.object([
            .init("a", .array([.number(1), .number(-2500), .bool(true), .bool(false), .null])), .init("b", .object([.init("c", .string("d"))])),
        ])),
        (#""\"\\\/\b\f\n\r\t\u00e9\ud83d\udca5""#, .string("\"\\/\u{8}\u{C}\n\r\té💥")),
        ("  [ ]  ", .array([])),
        ("\"Київ\"", .string("Київ")),
    ])
    func parses(text: String, expected: JSONValue) throws {
        #expect(JSONValue(try JSONReader.parse(text)) == expected)
    }

    @Test("every value carries its line and column, columns counting characters")
    func marks() throws {
        let document = try JSONReader.parse("{\n  \"é\": [1,\n    \"Київ\", {\"k\": null}]}", firstLine: 10)
        guard case .mapping(let members) = document.content, case .list(let elements) = members[0].value.content else {
            Issue.record("not an object holding a list")
            return
        }
        #expect(document.mark == TextMark(line: 10, column: 1))
        #expect(members[0].keyMark == TextMark(line: 11, column: 3))
        #expect(members[0].value.mark == TextMark(line: 11, column: 8))
        #expect(elements.map(\.mark) == [TextMark(line: 11, column: 9), TextMark(line: 12, column: 5), TextMark(line: 12, column: 13)])
    }

    @Test("rejects what is not JSON, with the column", arguments: [
        ("{\"a\":1,}", 8), ("[1 2]", 4), ("\"unclosed", 10), ("01", 1), ("{\"a\" 1}", 6), ("tru", 1), ("\"\\x\"", 4),
        ("\"\\ud800\"", 8), ("[1]x", 4), ("", 1), ("\"a\tb\"", 3),
    ])
    func rejects(text: String, column: Int) {
        let error = #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(text) }
        #expect(error?.column == column, "\(error?.message ?? "")")
    }

    @Test("a string that is not UTF-8 is refused at its start; ASCII and UTF-8 pass", arguments: [
        ([0x22, 0x61, 0xC3, 0x28, 0x22] as [UInt8], 2), ([0x22, 0xFF, 0x22], 2), ([0x5B, 0x22, 0x61, 0x22, 0x2C, 0x22, 0xE2, 0x82, 0x22, 0x5D], 7),
    ])
    func rejectsInvalidUTF8(bytes: [UInt8], column: Int) throws {
        let error = #expect(throws: JSONSyntaxError.self) { try bytes.withUnsafeBufferPointer { try JSONReader.parse($0) } }
        #expect(error?.column == column && error?.message == "the string is not valid UTF-8", "\(error?.message ?? "")")
        #expect(try [0x22, 0x61, 0xC3, 0xA9, 0x22].withUnsafeBufferPointer { try JSONReader.parse($0) }.text == "aé")
    }

    @Test("a quoted string reads back unchanged as JSON and as YAML", arguments: [
        "plain", "quote \" and \\ backslash", "tab\tnew\nline\r", "\u{0}\u{1F}\u{7F}\u{85}\u{9F}", "\u{2028}\u{2029}\u{FEFF}", "Київ 💥 \u{200B}",
    ])
    func quotedStringsReadBack(text: String) throws {
        let literal = QuotedString.escaped(text)
        #expect(try JSONReader.parse(literal).text == text)
        #expect(try Yams.load(yaml: "value: " + literal) as? [String: String] == ["value": text])
    }

    @Test("deep nesting is refused, not a stack overflow")
    func deepNesting() {
        #expect(throws: JSONSyntaxError.self) { try JSONReader.parse(String(repeating: "[", count: 100_000)) }
    }
}

/// A JSON value without its places, to compare parses with expected values.
enum JSONValue: Equatable, Sendable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([Member])

    struct Member: Equatable, Sendable {
        let key: String
        let value: JSONValue
        init(_ key: String, _ value: JSONValue) { (self.key, self.value) = (key, value) }
    }

    init(_ value: DataValue) {
        switch value.content {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .text(let text): self = .string(text)
        case .list(let elements): self = .array(elements.map(JSONValue.init))
        case .mapping(let members): self = .object(members.map { Member($0.key, JSONValue($0.value)) })
        }
    }
}
