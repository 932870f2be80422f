import Foundation
import Testing

/// On every command that writes, `-o`'s extension names the format: `-o x.graphml` writes GraphML;
/// an extension that contradicts `--format`, or names a format the command does not write, is an
/// error; so is an unknown extension without `--format`. `-o -` stays standard output.
@Suite("-o's extension names the format, on every command that writes")
struct OutputExtensionTests {
    /// Runs `arguments` with `-o <folder>/<name>`; returns the result and the written file's bytes, if any.
    private func write(_ arguments: [String], to name: String) throws -> (CommandRunner.Result, Data?) {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        let result = try CommandRunner.run(arguments + ["-o", path])
        return (result, FileManager.default.contents(atPath: path))
    }

    @Test("the extension alone chooses the format", arguments: [
        (["export"], "network.graphml", "<graphml "),
        (["export"], "network.GEXF", "<gexf "),
        (["export"], "network.gexf", "<gexf "),
        (["export"], "transfers.csv", "supplier,supplier_id,"),
        (["export"], "network.mmd", "flowchart LR\n"),
        (["export"], "network.mermaid", "flowchart LR\n"),
        (["export"], "network.jsonl", "\"type\":\"actor\""),
        (["export"], "network.json", "\"actors\""),
        (["render"], "network.gv", "digraph \"supplynet\""),
        (["render"], "network.svg", "<svg"),
        (["paths", "IRN", "UKR"], "route.json", "\"formatVersion\""),
        (["paths", "IRN", "UKR"], "route.dot", "digraph \"supplynet\""),
        (["paths", "IRN", "UKR"], "route.txt", "Paths from Iran to Ukraine"),
        (["report", "seeds/report.md"], "brief.htm", "<!DOCTYPE html>"),
        (["generate", "--flows", "3"], "small.jsonl", "\"type\":\"actor\""),
    ])
    func extensionChooses(arguments: [String], name: String, start: String) throws {
        let (result, data) = try write(arguments, to: name)
        #expect(result.status == 0, "\(result.standardError)")
        let text = String(decoding: try #require(data), as: UTF8.self)
        #expect(text.prefix(1_000).contains(start), "\(text.prefix(120))")
    }

    @Test("an extension that contradicts --format, or that the command does not write, exits 64 naming -o and the formats", arguments: [
        (["export", "--format", "csv"], "network.graphml", "export writes json (.json), graphml (.graphml), gexf (.gexf), csv (.csv), mermaid (.mmd, .mermaid), jsonl (.jsonl)"),
        (["render", "--format", "png"], "network.svg", "render writes svg (.svg), png (.png), pdf (.pdf), dot (.dot, .gv)"),
        (["render"], "network.csv", "render writes svg (.svg), png (.png), pdf (.pdf), dot (.dot, .gv)"),
        (["paths", "IRN", "UKR", "--format", "json"], "route.svg", "paths writes text (.txt, .text), json (.json), dot (.dot, .gv), svg (.svg)"),
        (["paths", "IRN", "UKR"], "route.graphml", "paths writes text (.txt, .text), json (.json), dot (.dot, .gv), svg (.svg)"),
        (["report", "seeds/report.md", "--format", "html"], "brief.md", "report writes html (.html, .htm), md (.md, .markdown)"),
        (["report", "seeds/report.md"], "brief.txt", "report writes html (.html, .htm), md (.md, .markdown)"),
        (["generate", "--flows", "3"], "big.json", "generate writes jsonl (.jsonl)"),
    ])
    func contradiction(arguments: [String], name: String, formats: String) throws {
        let (result, data) = try write(arguments, to: name)
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardError.contains("-o '"), "\(result.standardError)")
        #expect(result.standardError.contains(formats) || result.standardError.contains("but --format is"), "\(result.standardError)")
        #expect(data == nil, "nothing is written")
    }

    @Test("an unknown extension without --format exits 64 and lists the formats; with --format it is written as asked", arguments: [
        (["export"], ["--format", "csv"], "export writes json (.json), graphml (.graphml)"),
        (["render"], ["--format", "dot"], "render writes svg (.svg), png (.png)"),
        (["paths", "IRN", "UKR"], ["--format", "text"], "paths writes text (.txt, .text)"),
        (["report", "seeds/report.md"], ["--format", "html"], "report writes html (.html, .htm)"),
        (["generate", "--flows", "3"], ["--format", "jsonl"], "generate writes jsonl (.jsonl)"),
    ])
    func unknownExtension(arguments: [String], format: [String], formats: String) throws {
        let (refused, nothing) = try write(arguments, to: "out.data")
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("-o: cannot tell the format of '"), "\(refused.standardError)")
        #expect(refused.standardError.contains(formats), "\(refused.standardError)")
        #expect(refused.standardError.contains("--format"))
        #expect(nothing == nil)
        let (written, data) = try write(arguments + format, to: "out.data")
        #expect(written.status == 0, "\(written.standardError)")
        #expect(data?.isEmpty == false)
    }

    @Test("-o - writes to standard output in --format or the command's default", arguments: [
        (["export", "-o", "-"], "{\n"),
        (["export", "--format", "graphml", "-o", "-"], "<?xml"),
        (["render", "--format", "dot", "-o", "-"], "digraph"),
        (["paths", "IRN", "UKR", "-o", "-"], "Paths from Iran to Ukraine"),
        (["report", "seeds/report.md", "-o", "-"], "<!DOCTYPE html>"),
        (["generate", "--flows", "3", "-o", "-"], "{"),
    ])
    func standardOutput(arguments: [String], start: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.hasPrefix(start), "\(result.output.prefix(80))")
    }
}
