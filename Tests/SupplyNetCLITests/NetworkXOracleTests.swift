import Foundation
import Testing

/// NetworkX as an independent reader: `Tests/Oracles/graphml_check.py` loads the GraphML and GEXF
/// that `supplynet export` writes and checks them against the JSON export.
@Suite("NetworkX reads the GraphML and GEXF exports")
struct NetworkXOracleTests {
    static let oracle = CommandRunner.packageRoot.appendingPathComponent("Tests/Oracles/graphml_check.py")

    struct Outcome {
        let status: Int32
        let output: String
        let error: String
    }

    /// Runs `python3` (found on the PATH) with `arguments`, capturing what it prints.
    static func python(_ arguments: [String]) throws -> Outcome {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputFile = folder.appendingPathComponent("stdout")
        let errorFile = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = CommandRunner.packageRoot
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
            error: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }

    /// Fails the test (never skips it) when python3 cannot import networkx.
    static func requireNetworkX() throws {
        let probe = try python(["-c", "import networkx"])
        let reason = probe.error.split(separator: "\n").last.map(String.init) ?? "exit \(probe.status)"
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
        #expect(check.status == 0, "\(check.output)\(check.error)")
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
        #expect(check.error.contains("mismatch: "), "\(check.error)")
        #expect(check.error.contains("has evidence 'delivered', the JSON 'contested'"), "\(check.error)")
    }
}
