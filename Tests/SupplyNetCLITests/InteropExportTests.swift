import Foundation
import TestSupport
import Testing

/// The exports for graph databases, spreadsheets and Markdown, read by the tools themselves:
/// Kùzu (`Tests/Oracles/kuzu_check.py`) and Python's csv module.
@Suite("Exports for Kùzu, Neo4j, Gephi's data laboratory, Kumu and Mermaid")
struct InteropExportTests {
    static let kuzuOracle = CommandRunner.packageRoot.appendingPathComponent("Tests/Oracles/kuzu_check.py").path

    /// Runs `supplynet` and requires exit 0.
    @discardableResult
    static func supplynet(_ arguments: [String]) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(arguments)
        try #require(result.status == 0, "supplynet \(arguments.joined(separator: " ")): \(result.standardError)")
        return result
    }

    /// Exports `data` (with `view`) as Cypher for Kùzu and as JSON into `folder`, loads it into
    /// Kùzu with the oracle, and returns the oracle's answers and its summary line.
    static func kuzu(_ data: String, view: [String] = [], pairs: Int = 0, in folder: URL) throws -> (answers: [String: Any], summary: String) {
        let cypher = folder.appendingPathComponent("network.cypher").path
        let json = folder.appendingPathComponent("network.json").path
        let answers = folder.appendingPathComponent("answers.json").path
        try supplynet(["export", "--data", data, "--format", "cypher", "--dialect", "kuzu", "-o", cypher] + view)
        try supplynet(["export", "--data", data, "-o", json] + view)
        let check = try ProcessRunner.python(
            [kuzuOracle, cypher, json, answers, "--pairs", String(pairs), "--seed", "17"], in: CommandRunner.packageRoot)
        try #require(check.status == 0, "\(check.output)\(check.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: answers)))
        return (try #require(object as? [String: Any]), check.output)
    }

    static func requireKuzu() throws {
        let missing = try ProcessRunner.missingPythonModule("kuzu")
        try #require(missing == nil, "\(missing ?? "")")
    }

    @Test("Kùzu loads a generated network and its fewest-hop paths agree with supplynet paths on 40 seeded pairs")
    func kuzuHopsAgreeWithPaths() throws {
        try Self.requireKuzu()
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = folder.appendingPathComponent("generated.jsonl").path
        try Self.supplynet(["generate", "--flows", "800", "--seed", "7", "-o", generated])
        let (answers, summary) = try Self.kuzu(generated, pairs: 40, in: folder)
        #expect(summary.contains("800 flows"), "\(summary)")
        let pairs = try #require(answers["pairs"] as? [[String: Any]])
        #expect(pairs.count == 40)
        var joined = 0
        for pair in pairs {
            let from = try #require(pair["from"] as? String)
            let to = try #require(pair["to"] as? String)
            let hops = pair["hops"] as? Int
            // By default `paths` orders by fewest hops, so its first path has Kùzu's length.
            let result = try CommandRunner.run(["paths", from, to, "--data", generated, "-k", "1", "--format", "json"])
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
            let paths = try #require(document["paths"] as? [[String: Any]])
            if let hops {
                joined += 1
                #expect(result.status == 0, "\(from) → \(to): \(result.standardError)")
                #expect(paths.first?["hops"] as? Int == hops, "\(from) → \(to): Kùzu \(hops) hops, paths \(paths.first?["hops"] ?? "none")")
            } else {
                #expect(result.status == 1 && paths.isEmpty, "\(from) → \(to): Kùzu finds no path, paths \(paths.first?["hops"] ?? "none")")
            }
        }
        #expect(joined >= 10, "too few joined pairs to compare: \(joined)")
    }

    @Test("the seeds in Kùzu: every claim a node with its source and flow; the single-source hops as the JSON says", arguments: [
        [], ["--group", "pair"], ["--focus", "IRN", "--as-of", "2023-02-28"],
    ])
    func kuzuSeeds(view: [String]) throws {
        try Self.requireKuzu()
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (answers, summary) = try Self.kuzu("seeds", view: view, in: folder)
        #expect(summary.hasPrefix("kuzu_check: ok: "), "\(summary)")
        let single = try #require(answers["singleSource"] as? [String])
        #expect(!single.isEmpty, "the seeds have hops that rest on one source")
    }

    @Test("--format cypher writes Neo4j's dialect by default, from .cypher or .cql, and says what it leaves out")
    func cypherDefaults() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["network.cypher", "network.CQL"] {
            let path = folder.appendingPathComponent(name).path
            let result = try Self.supplynet(["export", "-o", path])
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains("CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;"))
            #expect(result.standardError.hasPrefix("note: Cypher leaves out "), "\(result.standardError)")
        }
    }

    @Test("--table and --dialect with another format exit 64, naming the option and the format", arguments: [
        (["--format", "graphml", "--table", "nodes"], "--table nodes is for --format csv, but the format is graphml"),
        (["-o", "network.json", "--table", "edges"], "--table edges is for --format csv, but the format is json"),
        (["--format", "csv", "--dialect", "kuzu"], "--dialect kuzu is for --format cypher, but the format is csv"),
        (["--format", "csv", "--table", "pairs"], "--table"),
    ])
    func misplacedOptions(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(["export"] + arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test("the nodes and edges tables read with Python's csv: every actor a node row, every flow an edge row, ends known")
    func spreadsheetTables() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nodes = folder.appendingPathComponent("nodes.csv").path
        let edges = folder.appendingPathComponent("edges.csv").path
        let json = folder.appendingPathComponent("network.json").path
        let noted = try Self.supplynet(["export", "--table", "nodes", "-o", nodes])
        #expect(noted.standardError.hasPrefix("note: the CSV nodes table leaves out "), "\(noted.standardError)")
        try Self.supplynet(["export", "--format", "csv", "--table", "edges", "-o", edges])
        try Self.supplynet(["export", "-o", json])
        let script = """
            import csv, json, sys
            nodes_path, edges_path, json_path = sys.argv[1:]
            document = json.load(open(json_path, encoding="utf-8"))
            with open(nodes_path, newline="", encoding="utf-8") as f:
                nodes = list(csv.DictReader(f, strict=True))
            with open(edges_path, newline="", encoding="utf-8") as f:
                edges = list(csv.DictReader(f, strict=True))
            assert list(nodes[0])[:2] == ["Id", "Label"], list(nodes[0])
            assert list(edges[0])[:5] == ["Source", "Target", "Id", "Label", "Type"], list(edges[0])
            assert [n["Id"] for n in nodes] == [a["id"] for a in document["actors"]], "node rows"
            assert [n["Label"] for n in nodes] == [a["name"] for a in document["actors"]], "labels"
            assert [e["Id"] for e in edges] == [f["id"] for f in document["flows"]], "edge rows"
            ids = {n["Id"] for n in nodes}
            for e, f in zip(edges, document["flows"]):
                assert (e["Source"], e["Target"]) == (f["from"], f["to"]), e["Id"]
                assert e["Source"] in ids and e["Target"] in ids, e["Id"]
                assert e["Type"] == "Directed"
                assert int(e["claims"]) == len(f["claims"]), e["Id"]
                assert int(e["articles"]) == len(f["support"]["articles"]), e["Id"]
                assert e["evidence"] == f["evidence"], e["Id"]
            print(f"ok: {len(nodes)} node rows, {len(edges)} edge rows")
            """
        let check = try ProcessRunner.python(["-c", script, nodes, edges, json])
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
        #expect(check.output.hasPrefix("ok: "), "\(check.output)")
    }

    @Test("python-igraph reads the GraphML with the flow ids as its edges' id and the names as its nodes' label")
    func igraphKeepsFlowIDs() throws {
        let missing = try ProcessRunner.missingPythonModule("igraph")
        try #require(missing == nil, "\(missing ?? "")")
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let graphml = folder.appendingPathComponent("network.graphml").path
        let json = folder.appendingPathComponent("network.json").path
        try Self.supplynet(["export", "-o", graphml])
        try Self.supplynet(["export", "-o", json])
        let script = """
            import json, sys, warnings, igraph
            document = json.load(open(sys.argv[2], encoding="utf-8"))
            with warnings.catch_warnings():
                # igraph says it keeps the id key rather than filling id in itself: what the key is for.
                warnings.simplefilter("ignore", RuntimeWarning)
                g = igraph.Graph.Read_GraphML(sys.argv[1])
            assert g.es["id"] == [f["id"] for f in document["flows"]], g.es["id"][:5]
            assert g.vs["id"] == [a["id"] for a in document["actors"]], g.vs["id"][:5]
            assert g.vs["label"] == [a["name"] for a in document["actors"]], g.vs["label"][:5]
            ends = [(g.vs[e.source]["id"], g.vs[e.target]["id"]) for e in g.es]
            assert ends == [(f["from"], f["to"]) for f in document["flows"]]
            print(f"ok: {g.vcount()} nodes, {g.ecount()} edges")
            """
        let check = try ProcessRunner.python(["-c", script, graphml, json])
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
        #expect(check.output.hasPrefix("ok: 13 nodes, 38 edges"), "\(check.output)")
    }

    @Test("Mermaid past 500 links: the file is written, with a warning on standard error saying what to do")
    func mermaidLinkLimit() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = folder.appendingPathComponent("generated.jsonl").path
        try Self.supplynet(["generate", "--flows", "600", "-o", generated])
        let output = folder.appendingPathComponent("network.mmd").path
        let result = try Self.supplynet(["export", "--data", generated, "-o", output])
        #expect(FileManager.default.fileExists(atPath: output))
        #expect(result.standardError.contains("warning: the flowchart has 600 links and Mermaid draws at most 500 (maxEdges)"), "\(result.standardError)")
        #expect(result.standardError.contains("--group pair"))
        let seeds = try Self.supplynet(["export", "--format", "mermaid"])
        #expect(!seeds.standardError.contains("warning:"), "\(seeds.standardError)")
    }
}
