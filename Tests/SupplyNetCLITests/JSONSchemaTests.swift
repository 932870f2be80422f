import Foundation
import TestSupport
import Testing

/// What `supplynet export --format json` writes, against docs/network.schema.json, checked by the
/// `jsonschema` package (Tests/Oracles/schema_check.py) in one python run. The random networks'
/// JSON is checked in SupplyNetTests (JSONSchemaTests), which can reach the generator.
@Suite("supplynet export --format json matches docs/network.schema.json")
struct JSONSchemaCLITests {
    static let schema = CommandRunner.packageRoot.appendingPathComponent("docs/network.schema.json")
    static let oracle = CommandRunner.packageRoot.appendingPathComponent("Tests/Oracles/schema_check.py")

    /// Fails the test (never skips it) when python3 cannot import jsonschema.
    static func requireJSONSchema() throws {
        let missing = try ProcessRunner.missingPythonModule("jsonschema")
        try #require(missing == nil, "\(missing ?? "")")
    }

    /// A copy of the seeds with one more article whose claims `supplynet extract --into` proposed,
    /// so the data holds unreviewed claims.
    static func seedsWithUnreviewedClaims(in folder: URL) throws -> URL {
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("seeds"), to: data)
        let article = folder.appendingPathComponent("north-korea-shells.txt")
        try ExtractCommandTests.newArticle.write(to: article, atomically: true, encoding: .utf8)
        let extract = try CommandRunner.run(["extract", article.path, "--into", data.path])
        try #require(extract.status == 0, "extract --into: \(extract.standardError)")
        return data
    }

    /// The flows of an exported JSON file.
    static func flows(in file: URL) throws -> [[String: Any]] {
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        return try #require(document?["flows"] as? [[String: Any]], "\(file.lastPathComponent) has no flows array")
    }

    @Test("the seeds' exports, as recorded, grouped by pair, narrowed and with unreviewed claims, all validate")
    func exports() throws {
        try Self.requireJSONSchema()
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let withUnreviewed = try Self.seedsWithUnreviewedClaims(in: folder).path
        let exports: [(name: String, arguments: [String])] = [
            ("seeds", ["--data", "seeds"]),
            ("seeds-pair", ["--data", "seeds", "--group", "pair"]),
            ("seeds-as-of", ["--data", "seeds", "--as-of", "2023-02-28"]),
            ("seeds-focus-pair", ["--data", "seeds", "--focus", "IRN", "--radius", "1", "--group", "pair"]),
            ("unreviewed", ["--data", withUnreviewed, "--include-unreviewed"]),
            ("unreviewed-pair", ["--data", withUnreviewed, "--include-unreviewed", "--group", "pair"]),
        ]
        var files: [String: URL] = [:]
        for export in exports {
            let file = folder.appendingPathComponent("\(export.name).json")
            let result = try CommandRunner.run(["export", "--format", "json", "-o", file.path] + export.arguments)
            try #require(result.status == 0, "export \(export.arguments.joined(separator: " ")): \(result.standardError)")
            files[export.name] = file
        }

        // What the schema is asked about is really there: unreviewed claims, and grouped parts.
        let unreviewedClaims = try Self.flows(in: files["unreviewed"]!).flatMap { $0["claims"] as? [[String: Any]] ?? [] }
        #expect(unreviewedClaims.contains { $0["unreviewed"] as? Bool == true }, "the --include-unreviewed export has no unreviewed claim")
        #expect(try Self.flows(in: files["seeds-pair"]!).contains { $0["parts"] != nil }, "the --group pair export has no flow with parts")
        #expect(try Self.flows(in: files["seeds"]!).allSatisfy { $0["parts"] == nil }, "an export of recorded flows has parts")

        let check = try ProcessRunner.python(
            [Self.oracle.path, Self.schema.path] + exports.map { files[$0.name]!.path }, in: CommandRunner.packageRoot)
        let lines = check.standardError.split(separator: "\n")
        #expect(check.status == 0, "\(lines.prefix(30).joined(separator: "\n"))\(lines.count > 30 ? "\n… \(lines.count - 30) more lines" : "")")
        #expect(check.output.hasPrefix("schema_check: ok: \(exports.count) file(s) valid"), "\(check.output)")
    }
}
