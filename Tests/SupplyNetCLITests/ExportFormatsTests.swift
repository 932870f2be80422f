import Foundation
import Testing

@Suite("supplynet export, every format")
struct ExportFormatsTests {
    @Test("each format writes to standard output and to a file, the same bytes", arguments: [
        ("graphml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "),
        ("gexf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf "),
        ("csv", "supplier,supplier_id,recipient,recipient_id,item,"),
        ("mermaid", "flowchart LR\n"),
        ("cypher", "// SupplyNet network for Neo4j 5 "),
        ("json", "{\n"),
    ])
    func format(format: String, prefix: String) throws {
        let standardOutput = try CommandRunner.run(["export", "--format", format])
        #expect(standardOutput.status == 0, "\(standardOutput.standardError)")
        #expect(standardOutput.output.hasPrefix(prefix))
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("network.\(format)").path
        let file = try CommandRunner.run(["export", "--format", format, "-o", path])
        #expect(file.status == 0, "\(file.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == standardOutput.standardOutput)
    }

    @Test("export --help lists the formats; an unknown one exits 64")
    func help() throws {
        let help = try CommandRunner.run(["export", "--help"])
        let text = help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("The export format (default: from -o's extension, else json). (values: json, graphml, gexf, csv, mermaid, cypher, jsonl, ftm)"), "\(help.output)")
        #expect(text.contains("docs/exports.md"))
        let unknown = try CommandRunner.run(["export", "--format", "xlsx"])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("--format"))
    }

    static let views = CommandRunner.packageRoot.appendingPathComponent("Tests/SupplyNetTests/Fixtures/views").path

    @Test("every format but the register lists all seven actors of a registry where two have no flows")
    func everyActor() throws {
        func output(_ arguments: [String]) throws -> String {
            let result = try CommandRunner.run(arguments + ["--data", Self.views])
            try #require(result.status == 0, "\(arguments): \(result.standardError)")
            return result.output
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try output(["export", "--format", "json"]).utf8)) as? [String: Any])
        let actors = (json["actors"] as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "" }
        #expect(actors == ["IRN", "RUS", "USA", "UKR", "wagner-group", "PRK", "shahed-industries"])
        #expect((json["items"] as? [Any])?.count == 4, "and every item, fighter jets without flows included")
        #expect(try output(["export", "--format", "jsonl"]).components(separatedBy: "\"type\":\"actor\"").count - 1 == 7)
        #expect(try output(["export", "--format", "graphml"]).components(separatedBy: "<node id=").count - 1 == 7)
        #expect(try output(["export", "--format", "gexf"]).components(separatedBy: "<node id=").count - 1 == 7)
        let mermaid = try output(["export", "--format", "mermaid"]).split(separator: "\n")
        #expect(mermaid.filter { $0.hasPrefix("    a_") && !$0.contains(">") }.count == 7)
        #expect(try output(["render", "--format", "dot", "-o", "-"]).components(separatedBy: "class=\"actor actor-").count - 1 == 7)
        #expect(try output(["export", "--format", "json", "--as-of", "2022-12-31", "--group", "pair"]).contains("\"North Korea\""))
    }

    @Test("writing a format that leaves something out says what on standard error, in one line", arguments: [
        (["export", "--format", "csv"], "note: CSV leaves out actors and items no flow uses"),
        (["export", "--format", "graphml"], "note: GraphML leaves out item aliases"),
        (["export", "--format", "gexf"], "note: GEXF leaves out item aliases"),
        (["export", "--format", "mermaid"], "note: Mermaid leaves out actor kinds"),
        (["export", "--format", "cypher"], "note: Cypher leaves out control characters"),
        (["export", "--format", "csv", "--table", "edges"], "note: the CSV edges table leaves out the actors' names"),
        (["render", "--format", "svg", "-o", "-"], "note: SVG leaves out every claim but the strongest"),
        (["paths", "IRN", "UKR", "--format", "dot"], "note: DOT leaves out every claim but the strongest"),
    ])
    func lossNote(arguments: [String], note: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        let notes = result.standardError.split(separator: "\n").filter { $0.hasPrefix("note: ") }
        #expect(notes.count == 1, "\(result.standardError)")
        #expect(notes.first?.hasPrefix(note) == true, "\(result.standardError)")
        #expect(notes.first?.hasSuffix("; export --format json keeps everything") == true)
    }

    @Test("JSON and JSON Lines keep everything and say nothing", arguments: ["json", "jsonl"])
    func losslessFormats(format: String) throws {
        let result = try CommandRunner.run(["export", "--format", format])
        #expect(result.status == 0)
        #expect(!result.standardError.contains("note:"), "\(result.standardError)")
    }
}
