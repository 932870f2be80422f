import Foundation
import TestSupport
import Testing

/// NetworkX as an independent reader: `Tests/Oracles/graphml_check.py` loads the GraphML and GEXF
/// that `supplynet export` writes and checks them against the JSON export.
@Suite("NetworkX reads the GraphML and GEXF exports")
struct NetworkXOracleTests {
    static let oracle = CommandRunner.packageRoot.appendingPathComponent("Tests/Oracles/graphml_check.py")

    /// Runs `python3` with `arguments` from the package root.
    static func python(_ arguments: [String]) throws -> ProcessRunner.Result {
        try ProcessRunner.python(arguments, in: CommandRunner.packageRoot)
    }

    /// Fails the test (never skips it) when python3 cannot import networkx.
    static func requireNetworkX() throws {
        let probe = try python(["-c", "import networkx"])
        let reason = probe.standardError.split(separator: "\n").last.map(String.init) ?? "exit \(probe.status)"
        try #require(
            probe.status == 0,
            "python3 cannot import networkx: run scripts/test.sh, which installs it (python3 -c 'import networkx': \(reason))")
    }

    /// Exports the seeds as GraphML, JSON and GEXF into `folder`; returns the three paths.
    static func exportSeeds(to folder: URL) throws -> (graphml: String, json: String, gexf: String) {
        var paths: [String] = []
        for format in ["graphml", "json", "gexf"] {
            let path = folder.appendingPathComponent("seeds.\(format)").path
            let result = try CommandRunner.run(["export", "--data", "seeds", "--format", format, "-o", path])
            try #require(result.status == 0, "export --format \(format): \(result.standardError)")
            paths.append(path)
        }
        return (paths[0], paths[1], paths[2])
    }

    @Test("networkx.read_graphml and read_gexf agree with the JSON export on the seeds")
    func seeds() throws {
        try Self.requireNetworkX()
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.exportSeeds(to: folder)
        let check = try Self.python([Self.oracle.path, files.graphml, files.json, files.gexf])
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
        #expect(check.output.hasPrefix("graphml_check: ok: "), "\(check.output)")
        #expect(check.output.contains("from the GraphML"))
        #expect(check.output.contains("the GEXF has"))
    }

    @Test("the oracle fails, naming the edge, when the GraphML disagrees with the JSON")
    func oracleCatchesMismatch() throws {
        try Self.requireNetworkX()
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.exportSeeds(to: folder)
        let graphml = try String(contentsOfFile: files.graphml, encoding: .utf8)
        let evidence = "<data key=\"edge_evidence\">contested</data>"
        let first = try #require(graphml.range(of: evidence))
        let tampered = graphml.replacingCharacters(in: first, with: "<data key=\"edge_evidence\">delivered</data>")
        try tampered.write(toFile: files.graphml, atomically: true, encoding: .utf8)
        let check = try Self.python([Self.oracle.path, files.graphml, files.json])
        #expect(check.status == 1)
        #expect(check.standardError.contains("mismatch: "), "\(check.standardError)")
        #expect(check.standardError.contains("has evidence 'delivered', the JSON 'contested'"), "\(check.standardError)")
    }
}
