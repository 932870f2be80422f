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
        let missing = try ProcessRunner.missingPythonModule("networkx")
        try #require(missing == nil, "\(missing ?? "")")
    }

    /// Exports `data` under `view` as GraphML, JSON and GEXF into `folder`; returns the three paths.
    static func export(
        _ data: String = "seeds", view: [String] = [], to folder: URL
    ) throws -> (graphml: String, json: String, gexf: String) {
        var paths: [String] = []
        for format in ["graphml", "json", "gexf"] {
            let path = folder.appendingPathComponent("network.\(format)").path
            let result = try CommandRunner.run(["export", "--data", data, "--format", format, "-o", path] + view)
            try #require(result.status == 0, "export --format \(format): \(result.standardError)")
            paths.append(path)
        }
        return (paths[0], paths[1], paths[2])
    }

    static let views = "Tests/SupplyNetTests/Fixtures/views"

    @Test("networkx.read_graphml and read_gexf agree with the JSON export, every node and attribute", arguments: [
        ("seeds", [], 13, 38),
        ("seeds", ["--group", "pair"], 13, 18),
        ("seeds", ["--focus", "IRN", "--as-of", "2023-02-28"], 5, 15),
        (views, [], 7, 7),
        (views, ["--group", "pair"], 7, 4),
        (views, ["--item", "ballistic-missile", "--group", "pair"], 3, 1),
    ])
    func agrees(data: String, view: [String], nodes: Int, edges: Int) throws {
        try Self.requireNetworkX()
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.export(data, view: view, to: folder)
        let check = try Self.python([Self.oracle.path, files.graphml, files.json, files.gexf])
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
        #expect(check.output.hasPrefix("graphml_check: ok: "), "\(check.output)")
        #expect(check.output.contains("read \(nodes) nodes and \(edges) edges from the GraphML"), "\(check.output)")
        #expect(check.output.contains("the GEXF has \(nodes) nodes and \(edges) edges"), "\(check.output)")
    }

    @Test("the oracle fails, naming the node, when an actor without flows is missing or an attribute differs")
    func oracleCatchesMissingNode() throws {
        try Self.requireNetworkX()
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.export(Self.views, to: folder)
        var graphml = try String(contentsOfFile: files.graphml, encoding: .utf8)
        let node = try #require(graphml.range(of: #"\s*<node id="PRK">[\s\S]*?</node>"#, options: .regularExpression))
        graphml.removeSubrange(node)
        graphml = graphml.replacingOccurrences(of: "<data key=\"node_aliases\">Kyiv</data>", with: "<data key=\"node_aliases\">Kiev</data>")
        try graphml.write(toFile: files.graphml, atomically: true, encoding: .utf8)
        let check = try Self.python([Self.oracle.path, files.graphml, files.json])
        #expect(check.status == 1)
        #expect(check.standardError.contains("the JSON's actors"), "\(check.standardError)")
        #expect(check.standardError.contains("node 'UKR' has aliases 'Kiev', the JSON 'Kyiv'"), "\(check.standardError)")
    }

    @Test("the oracle fails, naming the edge, when the GraphML disagrees with the JSON")
    func oracleCatchesMismatch() throws {
        try Self.requireNetworkX()
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.export(to: folder)
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
