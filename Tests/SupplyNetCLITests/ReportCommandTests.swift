import Foundation
import TestSupport
import Testing

@Suite("supplynet report")
struct ReportCommandTests {
    static let browserOracle = CommandRunner.packageRoot.appendingPathComponent("Tests/Oracles/report_browser_check.py").path
    static let markdownOracle = CommandRunner.packageRoot.appendingPathComponent("Tests/Oracles/markdown_check.py").path
    static let legibilityOracle = CommandRunner.packageRoot.appendingPathComponent("Tests/Oracles/figure_legibility_check.py").path
    /// Where the legibility test leaves a screenshot per file and the report's PDF (git-ignored).
    static let legibilityFolder = CommandRunner.packageRoot.appendingPathComponent("test-output/figure-legibility")
    /// Where the browser test leaves its screenshot and PDF (git-ignored).
    static let outputFolder = CommandRunner.packageRoot.appendingPathComponent("test-output/report-browser")

    /// How many figures seeds/report.md asks for: its supplynet blocks but the sources table.
    static func seedFigures() throws -> Int {
        let text = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("seeds/report.md"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return zip(lines, lines.dropFirst()).count { $0.0 == "```supplynet" && !$0.1.hasPrefix("sources") }
    }

    /// Fails (never skips) when python3 cannot import `module`.
    static func requirePython(_ module: String) throws {
        let missing = try ProcessRunner.missingPythonModule(module)
        try #require(missing == nil, "\(missing ?? "")")
    }

    @Test("report builds seeds/report.md into one self-contained page")
    func html() throws {
        let folder = try CommandRunner.temporaryFolder()
        let output = folder.appendingPathComponent("report.html")
        let result = try CommandRunner.run(["report", "seeds/report.md", "-o", output.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("wrote \(output.path)"))
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.components(separatedBy: "<figure class=\"report-figure").count - 1 == (try Self.seedFigures()))
        #expect(html.contains("<table class=\"sources\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\""), "nothing is fetched")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("--format md writes the Markdown and an SVG per figure, which GitHub's parser renders as images")
    func markdown() throws {
        try Self.requirePython("cmarkgfm")
        let folder = try CommandRunner.temporaryFolder()
        let output = folder.appendingPathComponent("brief.md")
        let result = try CommandRunner.run(["report", "seeds/report.md", "--format", "md", "-o", output.path])
        #expect(result.status == 0, "\(result.standardError)")
        let figures = try Self.seedFigures()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == (["brief.md"] + (1...figures).map { "brief-figure-\($0).svg" }).sorted())
        let check = try NetworkXOracleTests.python([Self.markdownOracle, output.path, String(figures), String(figures + 1)])
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
    }

    @Test("a bad block fails with file:line:column and what to do, and nothing is written")
    func badBlock() throws {
        let folder = try CommandRunner.temporaryFolder()
        let report = folder.appendingPathComponent("bad.md")
        try "# Brief\n\n```supplynet\nnetwork\n```\n\n```supplynet\nflows --kind tranfser\n```\n".write(to: report, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("bad.html")
        try "old".write(to: output, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["report", report.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(report.path):8:14: error: 'tranfser' is not a kind of flow (did you mean 'transfer'?); use one of: transfer, sanction, aid, strike, cooperation"))
        #expect(result.standardError.contains("nothing was written"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "old")

        let markdown = try CommandRunner.run(["report", report.path, "--format", "md", "-o", folder.appendingPathComponent("out.md").path])
        #expect(markdown.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bad.html", "bad.md"], "no figure file either")
    }

    @Test("bad arguments exit 64; a missing report, a device or a folder exits 1 naming it and what it is", arguments: [
        (["report", "seeds/report.md", "--format", "md", "-o", "-"], 64, "give -o a file, not -"),
        (["report", "seeds/report.md", "-o", "seeds/report.md"], 64, "is the report itself"),
        (["report", "seeds/report.md", "--format", "pdf"], 64, "--format"),
        (["report", "no-such-report.md"], 1, "no-such-report.md: error: cannot read the report"),
        (["report", "/dev/zero"], 1, "/dev/zero: error: cannot read the report: this is a device, not a regular file"),
        (["report", "seeds"], 1, "seeds: error: cannot read the report: this is a folder, not a regular file"),
    ])
    func badArguments(arguments: [String], status: Int32, mention: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == status)
        #expect(result.standardError.contains(mention), "\(result.standardError)")
    }

    @Test("supplynet --help lists report")
    func help() throws {
        #expect(try CommandRunner.run(["--help"]).output.contains("report"))
        let own = try CommandRunner.run(["report", "--help"])
        #expect(own.output.contains("(values: html, md)"))
    }

    @Test("graphs/report.html in headless Chromium: every figure drawn, ids unique, every edge links to its evidence, no console error")
    func browser() throws {
        try Self.requirePython("selenium")
        let report = CommandRunner.packageRoot.appendingPathComponent("graphs/report.html").path
        try? FileManager.default.removeItem(at: Self.outputFolder)
        let check = try NetworkXOracleTests.python([Self.browserOracle, report, Self.outputFolder.path, String(try Self.seedFigures())])
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any])
        #expect((summary["problems"] as? [String]) == [])
        #expect((summary["links"] as? Int ?? 0) > 0)
        #expect(summary["console"] as? Int == 0)
        let screenshot = try Data(contentsOf: Self.outputFolder.appendingPathComponent("report.png"))
        #expect(screenshot.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try Data(contentsOf: Self.outputFolder.appendingPathComponent("report.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test("every figure of graphs/ and of the report, read in Chromium: text at least 11 px at 1280 px and 7 pt in print, no label over a node, timeline actors in place")
    func legibility() throws {
        try Self.requirePython("selenium")
        let graphs = CommandRunner.packageRoot.appendingPathComponent("graphs")
        var files = ["report.html", "network.svg", "timeline/growth.svg"].map { graphs.appendingPathComponent($0).path }
        for folder in ["focus", "timeline"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: graphs.appendingPathComponent(folder).path).sorted()
            files += names.filter { $0.hasSuffix(".svg") && $0 != "growth.svg" }.map { graphs.appendingPathComponent(folder + "/" + $0).path }
        }
        try? FileManager.default.removeItem(at: Self.legibilityFolder)
        let check = try NetworkXOracleTests.python([Self.legibilityOracle, Self.legibilityFolder.path] + files)
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any])
        #expect((summary["problems"] as? [String]) == [])
        let figures = try #require(summary["figures"] as? [[String: Any]])
        #expect(figures.count == files.count - 1 + (try Self.seedFigures()), "every file measured, every figure of the report")
        #expect(figures.contains { ($0["panels"] as? Int ?? 0) > 1 }, "the timeline's panels were compared")
        let pdf = try Data(contentsOf: Self.legibilityFolder.appendingPathComponent("report.html.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }
}
