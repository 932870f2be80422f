import Foundation
import SupplyNet
import Testing

@Suite("Export formats: extensions and what each leaves out")
struct ExportFormatTests {
    @Test("JSON and JSON Lines leave nothing out; every other format says what it does")
    func omissions() {
        #expect(ExportFormat.json.omissions.isEmpty && ExportFormat.jsonl.omissions.isEmpty)
        for format in ExportFormat.allCases where format != .json && format != .jsonl {
            #expect(!format.omissions.isEmpty, "\(format)")
        }
        #expect(ExportFormat.csv.omissions.contains { $0.contains("actors and items no flow uses") })
        #expect(ExportFormat.graphml.omissions == ExportFormat.gexf.omissions)
        #expect(Set([ExportFormat.dot, .svg, .png, .pdf].map(\.omissions)).count == 1, "the drawings share one list")
    }

    @Test("no two formats share an extension")
    func extensions() {
        let all = ExportFormat.allCases.flatMap(\.extensions)
        #expect(all.count == Set(all).count)
        #expect(ExportFormat.mermaid.extensions == ["mmd", "mermaid"])
        #expect(ExportFormat.dot.extensions == ["dot", "gv"])
    }

    @Test("the note names the format, what it leaves out and where to find everything, on one line")
    func notes() throws {
        #expect(ExportFormat.notes(for: [.json]).isEmpty)
        #expect(ExportFormat.notes(for: [.jsonl]).isEmpty)
        let csv = try #require(ExportFormat.notes(for: [.csv]).first)
        #expect(csv.hasPrefix("note: CSV leaves out actors and items no flow uses"))
        #expect(csv.hasSuffix("; export --format json keeps everything"))
        #expect(!csv.contains("\n"))
        let drawings = ExportFormat.notes(for: [.dot, .svg, .png])
        #expect(drawings.count == 1)
        #expect(drawings.first?.hasPrefix("note: DOT, SVG and PNG leave out every claim but the strongest") == true)
        #expect(ExportFormat.notes(for: [.csv, .graphml, .csv]).count == 2)
    }

    @Test("docs/exports.md says what each format leaves out, in the library's words")
    func documented() throws {
        let docs = try String(
            contentsOf: FixtureData.packageRoot.appendingPathComponent("docs/exports.md"), encoding: .utf8)
        for format in ExportFormat.allCases {
            for omission in format.omissions {
                #expect(docs.contains(omission), "\(format.name): \(omission)")
            }
        }
    }
}
