import Foundation
@testable import SupplyNet
import Testing

/// One mistake, made the same way in a data folder, a JSON export and a bulk file.
struct Mistake: CustomTestStringConvertible, Sendable {
    let name: String
    /// Edits the valid fixture folder's files: (relative path, text to find, replacement).
    let folderEdits: [(String, String, String)]
    /// Makes the same edit to the JSON export of the valid fixture.
    let jsonEdit: @Sendable (inout [String: Any]) -> Void
    /// What every format must say.
    let message: String

    var testDescription: String { name }
}

/// The formats are three ways in to one model: the same mistake gives the same error in each.
@Suite("Every format is read the same way and checked by the same rules")
struct OneWayInTests {
    static let mistakes: [Mistake] = [
        Mistake(
            name: "a state without an alpha-3 id",
            folderEdits: [("registry.yaml", "kind: armed-group", "kind: state")],
            jsonEdit: { edit(&$0, "actors", "wagner-group") { $0["kind"] = "state" } },
            message: "state id 'wagner-group' must be its ISO 3166-1 alpha-3 code"),
        Mistake(
            name: "a flow to itself",
            folderEdits: [("flows.yaml", "from: IRN\n    to: RUS", "from: IRN\n    to: IRN")],
            jsonEdit: { edit(&$0, "flows", "irn-rus-drones") { $0["to"] = "IRN" } },
            message: "flow goes from 'IRN' to itself"),
        Mistake(
            name: "a parent cycle",
            folderEdits: [("registry.yaml", "aliases: [Moscow]", "aliases: [Moscow]\n    parent: wagner-group")],
            jsonEdit: { edit(&$0, "actors", "RUS") { $0["parent"] = "wagner-group" } },
            message: "actor 'RUS' is its own ancestor through 'parent'"),
        Mistake(
            name: "a name for two actors",
            folderEdits: [("registry.yaml", "aliases: [Moscow]", "aliases: [Moscow, tehran]")],
            jsonEdit: { edit(&$0, "actors", "RUS") { $0["aliases"] = ["Moscow", "tehran"] } },
            message: "the name 'tehran' of actor 'RUS' already names actor 'IRN'"),
        Mistake(
            name: "a date not on the calendar",
            folderEdits: [("claims/sample-article.yaml", "    party: IRN", "    party: IRN\n    said: 2023-02-30")],
            jsonEdit: { editClaim(&$0, 1) { $0["said"] = "2023-02-30" } },
            message: "'2023-02-30' is not a date"),
        Mistake(
            name: "an unknown item",
            folderEdits: [("flows.yaml", "items: [shahed-drones]", "items: [shahed-drone]")],
            jsonEdit: { edit(&$0, "flows", "irn-rus-drones") { $0["items"] = ["shahed-drone"] } },
            message: "unknown item 'shahed-drone' (did you mean 'shahed-drones'?)"),
        Mistake(
            name: "an unknown party",
            folderEdits: [("claims/sample-article.yaml", "    party: IRN", "    party: IRQ")],
            jsonEdit: { editClaim(&$0, 1) { $0["party"] = "IRQ" } },
            message: "unknown actor 'IRQ' as party"),
        Mistake(
            name: "a quote not in its article",
            folderEdits: [("claims/sample-article.yaml", "Tehran denied that it supplied", "Tehran denied it supplied")],
            jsonEdit: { editClaim(&$0, 1) { $0["quote"] = "Tehran denied it supplied the drones." } },
            message: "quote does not occur verbatim in articles/sample-article.txt"),
        Mistake(
            name: "a negative quantity",
            folderEdits: [("claims/sample-article.yaml", "low: 400", "low: -400")],
            jsonEdit: { editClaim(&$0, 0) { $0["quantity"] = ["text": "more than 400", "low": -400, "high": NSNull(), "unit": "drones"] } },
            message: "quantity 'low' is negative"),
        Mistake(
            name: "a period that ends before it starts",
            folderEdits: [("claims/sample-article.yaml", "from: 2022-08", "from: 2022-08\n      to: 2022-07")],
            jsonEdit: { editClaim(&$0, 0) { $0["period"] = ["from": "2022-08", "to": "2022-07"] } },
            message: "period ends (2022-07) before it starts (2022-08)"),
        Mistake(
            name: "one typo in a flow's kind is one error, with the claims it strands counted",
            folderEdits: [("flows.yaml", "kind: transfer\n    items: [shahed-drones]", "kind: tranfser\n    items: [shahed-drones]")],
            jsonEdit: { edit(&$0, "flows", "irn-rus-drones") { $0["kind"] = "tranfser" } },
            message: "'tranfser' is not a kind of flow (did you mean 'transfer'?)"),
    ]

    /// The messages of a failed load, without their places, sorted.
    private static func messages(_ loader: NetworkLoader) throws -> [String] {
        let error = #expect(throws: LoadError.self) { try loader.load() }
        return try #require(error).issues.map(\.message).sorted()
    }

    @Test("the same mistake gives the same errors from a folder, a JSON export and a bulk file", arguments: mistakes)
    func sameMistakeSameErrors(_ mistake: Mistake) throws {
        let folder = try FixtureData.folder()
        for (file, find, replacement) in mistake.folderEdits {
            let path = folder + "/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try #require(text.contains(find), "\(file) holds '\(find)'")
            try text.replacingOccurrences(of: find, with: replacement).write(toFile: path, atomically: true, encoding: .utf8)
        }
        var document = try #require(
            try JSONSerialization.jsonObject(with: NetworkJSON.encode(try FixtureData.validNetwork())) as? [String: Any])
        mistake.jsonEdit(&document)
        let json = folder + "/network.json"
        let jsonl = folder + "/network.jsonl"
        try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: json))
        try Self.jsonLines(document).write(toFile: jsonl, atomically: true, encoding: .utf8)

        let fromFolder = try Self.messages(NetworkLoader(path: folder))
        let fromJSON = try Self.messages(NetworkLoader(path: json))
        let fromLines = try Self.messages(NetworkLoader(path: jsonl))
        #expect(fromFolder.contains { $0.contains(mistake.message) }, "\(fromFolder)")
        #expect(fromJSON == fromFolder, "JSON: \(fromJSON)\nfolder: \(fromFolder)")
        #expect(fromLines == fromFolder, "JSON Lines: \(fromLines)\nfolder: \(fromFolder)")
    }

    @Test("a kind typo is one error that counts what it strands, not one per claim")
    func causeFirst() throws {
        let folder = try FixtureData.folder(overlay: "unknown-word")
        let error = #expect(throws: LoadError.self) { try NetworkLoader(path: folder).load() }
        let issues = try #require(error).issues
        #expect(issues.count == 1, "\(issues)")
        #expect(issues.first?.message.hasSuffix("; 2 claims refer to this flow") == true, "\(issues)")
    }

    @Test("a flows file that does not parse is one error, with the references it strands counted")
    func unreadableFileIsOneError() throws {
        let folder = try FixtureData.folder(overlay: "malformed-yaml")
        let error = #expect(throws: LoadError.self) { try NetworkLoader(path: folder).load() }
        let issues = try #require(error).issues
        #expect(issues.count == 1, "\(issues)")
        #expect(issues.first?.message.hasPrefix("YAML syntax:") == true)
        #expect(issues.first?.message.hasSuffix("; 3 claims refer to flows this file would define") == true, "\(issues)")
    }

    @Test("a JSON export that does not parse is one error at its place")
    func unreadableJSONIsOneError() throws {
        let path = try FixtureData.folder() + "/broken.json"
        try "{\n  \"actors\": [\n    {\"id\": \"IRN\",}\n  ]\n}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: LoadError.self) { try NetworkLoader(path: path).load() }
        let issues = try #require(error).issues
        #expect(issues.map(\.description) == ["\(path):3:18: error: JSON syntax: expected a key in double quotes"])
    }

    @Test("YAML aliases are refused without being expanded, so a YAML bomb stays small")
    func yamlBomb() throws {
        let folder = try FixtureData.folder()
        var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...30 { bomb += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let registry = folder + "/registry.yaml"
        try (try String(contentsOfFile: registry, encoding: .utf8) + bomb).write(toFile: registry, atomically: true, encoding: .utf8)
        let clock = ContinuousClock()
        let started = clock.now
        let error = #expect(throws: LoadError.self) { try NetworkLoader(path: folder).load() }
        #expect(clock.now - started < .seconds(10))
        #expect(try #require(error).issues.contains { $0.message.contains("YAML aliases (*name) expand this file far beyond its size") })
    }

    /// The JSON export's document as bulk JSON Lines: one record per line, each with its `type`.
    static func jsonLines(_ document: [String: Any]) throws -> String {
        var lines: [String] = []
        for (key, type) in [("actors", "actor"), ("items", "item"), ("sources", "source"), ("flows", "flow")] {
            for var record in document[key] as? [[String: Any]] ?? [] {
                record["type"] = type
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Edits the record with `id` in the document's `array`.
private func edit(_ document: inout [String: Any], _ array: String, _ id: String, _ change: (inout [String: Any]) -> Void) {
    var records = document[array] as! [[String: Any]]
    let index = records.firstIndex { $0["id"] as? String == id }!
    change(&records[index])
    document[array] = records
}

/// Edits the claim at `index` of the fixture's claims file (the first flow holds claims 0 and 1).
private func editClaim(_ document: inout [String: Any], _ index: Int, _ change: (inout [String: Any]) -> Void) {
    edit(&document, "flows", "irn-rus-drones") { flow in
        var claims = flow["claims"] as! [[String: Any]]
        change(&claims[index])
        flow["claims"] = claims
    }
}
