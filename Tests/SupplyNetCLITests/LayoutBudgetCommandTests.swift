import Foundation
import Testing

/// Every command that lays out refuses a drawing too large for its engine before Graphviz starts:
/// in a moment, with the size, the limit and what to do (issue 11). Before the guard, `render`
/// of 1,000 flows with dot was still running at 60 s.
@Suite("layout budget, end to end")
struct LayoutBudgetCommandTests {
    /// A generated network of 5,000 flows, written once.
    static let large: String = {
        let folder = try! CommandRunner.temporaryFolder()
        let path = folder.appendingPathComponent("large.jsonl").path
        let generated = try! CommandRunner.run(["generate", "--flows", "5000", "-o", path])
        precondition(generated.status == 0, generated.standardError)
        return path
    }()

    /// Generous: the refusal takes well under a second; the layout it prevents, minutes.
    static let bound = 10.0

    /// Runs `arguments`, killed after 60 s so a missing guard fails instead of hanging.
    static func refusal(_ arguments: [String]) throws -> (CommandRunner.Result, Double) {
        let start = Date()
        let result = try CommandRunner.run(arguments, timeout: 60)
        return (result, Date().timeIntervalSince(start))
    }

    static func expectGuidance(_ message: String, engine: String = "dot", limit: String = "500") {
        #expect(message.contains("nodes and edges"), "\(message)")
        #expect(message.contains("more than the \(limit) the \(engine) engine lays out in about 10 s"), "\(message)")
        #expect(message.contains("--focus"), "\(message)")
        #expect(message.contains("--kind"), "\(message)")
        #expect(message.contains("--as-of"), "\(message)")
        #expect(message.contains("--group pair"), "\(message)")
    }

    @Test("render refuses 5,000 flows with dot quickly, names sfdp, and writes nothing")
    func render() throws {
        let folder = try CommandRunner.temporaryFolder()
        let output = folder.appendingPathComponent("x.svg").path
        let (result, seconds) = try Self.refusal(["render", "--data", Self.large, "--format", "svg", "-o", output])
        #expect(!result.timedOut)
        #expect(seconds < Self.bound)
        #expect(result.status == 64)
        Self.expectGuidance(result.standardError)
        #expect(result.standardError.contains("--engine sfdp"))
        #expect(result.standardError.contains("--format dot"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("render --format dot lays nothing out and is never refused")
    func renderDOT() throws {
        let (result, seconds) = try Self.refusal(["render", "--data", Self.large, "--format", "dot", "-o", "-"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(seconds < Self.bound)
        #expect(result.output.hasPrefix("digraph"))
    }

    @Test("timeline refuses 5,000 flows quickly and says to draw with render instead")
    func timeline() throws {
        let folder = try CommandRunner.temporaryFolder()
        let (result, seconds) = try Self.refusal(["timeline", "--data", Self.large, "--out-dir", folder.path])
        #expect(!result.timedOut)
        #expect(seconds < Self.bound)
        #expect(result.status == 64)
        #expect(result.standardError.contains("is too large to draw"), "\(result.standardError)")
        Self.expectGuidance(result.standardError)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("paths --format svg refuses 5,000 flows quickly; --only-paths draws")
    func paths() throws {
        let (result, seconds) = try Self.refusal(["paths", "AAA", "AAB", "--data", Self.large, "--format", "svg"])
        #expect(!result.timedOut)
        #expect(seconds < Self.bound)
        #expect(result.status == 64)
        Self.expectGuidance(result.standardError)
        #expect(result.standardError.contains("--only-paths"))
        #expect(result.output.isEmpty)
    }

    @Test("a report block over the limit fails quickly at its file:line:column, and nothing is written")
    func report() throws {
        let folder = try CommandRunner.temporaryFolder()
        let report = folder.appendingPathComponent("brief.md")
        try "# Brief\n\nEverything at once.\n\n```supplynet\nnetwork\n```\n".write(to: report, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("brief.html")
        let (result, seconds) = try Self.refusal(["report", report.path, "--data", Self.large, "-o", output.path])
        #expect(!result.timedOut)
        #expect(seconds < Self.bound)
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(report.path):5:1: error: figure 1 is too large to draw: "), "\(result.standardError)")
        Self.expectGuidance(result.standardError)
        #expect(result.standardError.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("a report block's --engine is the one its limit is read for")
    func reportEngine() throws {
        let folder = try CommandRunner.temporaryFolder()
        let report = folder.appendingPathComponent("brief.md")
        try "```supplynet\nnetwork --engine neato\n```\n".write(to: report, atomically: true, encoding: .utf8)
        let (result, _) = try Self.refusal(["report", report.path, "--data", Self.large, "-o", folder.appendingPathComponent("b.html").path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("the neato engine lays out"), "\(result.standardError)")
    }
}
