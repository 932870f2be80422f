import Foundation
import SupplyNet
import TestSupport
import Testing

/// The JSON export against its published schema, docs/network.schema.json, checked by the
/// `jsonschema` package (Tests/Oracles/schema_check.py) in one python run per test.
@Suite("The JSON export matches docs/network.schema.json")
struct JSONSchemaTests {
    static let schema = FixtureData.packageRoot.appendingPathComponent("docs/network.schema.json")
    static let oracle = FixtureData.packageRoot.appendingPathComponent("Tests/Oracles/schema_check.py")

    /// Fails the test (never skips it) when python3 cannot import jsonschema.
    static func requireJSONSchema() throws {
        let missing = try ProcessRunner.missingPythonModule("jsonschema")
        try #require(missing == nil, "\(missing ?? "")")
    }

    /// Runs the oracle once over `files`.
    static func check(_ files: [URL]) throws -> ProcessRunner.Result {
        try ProcessRunner.python([oracle.path, schema.path] + files.map(\.path), in: FixtureData.packageRoot)
    }

    /// The first lines of the oracle's complaints, enough to see what is wrong.
    static func excerpt(_ text: String) -> String {
        let lines = text.split(separator: "\n")
        return lines.prefix(30).joined(separator: "\n") + (lines.count > 30 ? "\n… \(lines.count - 30) more lines" : "")
    }

    /// A small valid document written by hand from the spec: one of everything, every field.
    static let handWritten = """
        {"formatVersion": 1,
         "actors": [{"id": "IRN", "name": "Iran", "kind": "state", "aliases": ["Tehran"], "parent": null},
                    {"id": "RUS", "name": "Russia", "kind": "state", "aliases": [], "parent": null}],
         "items": [{"id": "shahed-drones", "name": "Shahed drones", "category": "drone", "aliases": []}],
         "sources": [{"id": "wire", "title": "Wire", "outlet": null, "date": "2023-05", "datePrecision": "month",
                      "dateNote": null, "url": "https://example.org/wire", "file": "articles/wire.txt",
                      "text": "Iran sent more than 400 drones.\\n", "textStartLine": 5}],
         "flows": [{"id": "irn-rus-drones", "from": "IRN", "to": "RUS", "kind": "transfer", "items": ["shahed-drones"],
                    "evidence": "delivered",
                    "claims": [{"id": "wire-1", "status": "delivered", "source": "wire", "quote": "Iran sent more than 400 drones.",
                                "speaker": null, "party": "IRN", "said": null, "date": "2023-05",
                                "period": {"from": "2022-08", "to": null},
                                "quantity": {"text": "more than 400", "low": 400, "high": null, "unit": "drones"},
                                "unreviewed": true}],
                    "parts": [{"id": "irn-rus-drones", "items": ["shahed-drones"], "claims": ["wire-1"]}]}]}
        """

    @Test("200 random networks' JSON validate against the schema")
    func randomNetworks() throws {
        try Self.requireJSONSchema()
        let folder = try ProcessRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [URL] = []
        for seed in 0..<200 as Range<UInt64> {
            let file = folder.appendingPathComponent("random-\(seed).json")
            try NetworkJSON.encode(RandomNetwork.make(seed: seed)).write(to: file)
            files.append(file)
        }
        let result = try Self.check(files)
        #expect(result.status == 0, "\(Self.excerpt(result.standardError))")
        #expect(result.output.hasPrefix("schema_check: ok: 200 file(s) valid"), "\(result.output)")
    }

    @Test("a wrong enum value, a missing field, an extra field, a citation and a malformed date each fail, named by path")
    func rejectsInvalidDocuments() throws {
        try Self.requireJSONSchema()
        let folder = try ProcessRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let valid = folder.appendingPathComponent("valid.json"), invalid = folder.appendingPathComponent("invalid.json")
        try Data(Self.handWritten.utf8).write(to: valid)
        var document = try #require(try JSONSerialization.jsonObject(with: Data(Self.handWritten.utf8)) as? [String: Any])
        var actors = try #require(document["actors"] as? [[String: Any]])
        var sources = try #require(document["sources"] as? [[String: Any]])
        var flows = try #require(document["flows"] as? [[String: Any]])
        var claims = try #require(flows[0]["claims"] as? [[String: Any]])
        flows[0]["kind"] = "gift"
        actors[0].removeValue(forKey: "name")
        sources[0]["extra"] = 1
        claims[0]["citation"] = "Wire, 2023-05"
        claims[0]["said"] = "2023-5-1"
        flows[0]["claims"] = claims
        document["actors"] = actors
        document["sources"] = sources
        document["flows"] = flows
        try JSONSerialization.data(withJSONObject: document).write(to: invalid)

        let result = try Self.check([valid, invalid])
        #expect(result.status == 1)
        let errors = result.standardError
        #expect(!errors.contains(valid.path + ":"), "the hand-written valid document fails: \(errors)")
        #expect(errors.contains("\(invalid.path): $.flows[0].kind: 'gift' is not one of"), "\(errors)")
        #expect(errors.contains("\(invalid.path): $.actors[0]: 'name' is a required property"), "\(errors)")
        #expect(errors.contains("\(invalid.path): $.sources[0]: Additional properties are not allowed ('extra' was unexpected)"), "\(errors)")
        #expect(errors.contains("\(invalid.path): $.flows[0].claims[0]: Unevaluated properties are not allowed ('citation' was unexpected)"), "\(errors)")
        #expect(errors.contains("\(invalid.path): $.flows[0].claims[0].said: "), "\(errors)")
        #expect(errors.contains("schema_check: 5 error(s) in 2 file(s)"), "\(errors)")
    }
}
