import Foundation
import Testing

@Suite("supplynet export, every format")
struct ExportFormatsTests {
    @Test("each format writes to standard output and to a file, the same bytes", arguments: [
        ("graphml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "),
        ("gexf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf "),
        ("csv", "supplier,supplier_id,recipient,recipient_id,item,"),
        ("mermaid", "flowchart LR\n"),
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
        #expect(text.contains("(values: json, graphml, gexf, csv, mermaid, jsonl; default: json)"), "\(help.output)")
        #expect(text.contains("docs/exports.md"))
        let unknown = try CommandRunner.run(["export", "--format", "xlsx"])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("--format"))
    }
}
