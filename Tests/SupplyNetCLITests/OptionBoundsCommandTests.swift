import Foundation
import Testing

@Suite("Numeric options out of range are refused at once, with their range")
struct OptionBoundsCommandTests {
    @Test("each command refuses a number out of range with exit 64, naming the option and its range", arguments: [
        (["timeline", "--columns", "1000000000000000000", "--out-dir", "/nonexistent/never"], "--columns takes a whole number from 1 to 12"),
        (["timeline", "--columns", "1e18", "--out-dir", "/nonexistent/never"], "--columns takes a whole number from 1 to 12, not '1e18'"),
        (["show", "IRN", "RUS", "--width", "10000000000"], "--width takes a whole number from 40 to 1000"),
        (["show", "IRN", "RUS", "--width", "39"], "--width takes a whole number from 40 to 1000, not '39'"),
        (["generate", "--flows", "9000000000000000000"], "--flows takes a whole number from 1 to 10000000"),
        (["render", "--focus", "IRN", "--radius", "9000000000000000000", "-o", "/nonexistent/never.svg"], "--radius takes a whole number from 0 to 100"),
        (["export", "--focus", "IRN", "--radius=-1", "-o", "/nonexistent/never.json"], "--radius takes a whole number from 0 to 100, not '-1'"),
        (["paths", "IRN", "UKR", "-k", "10000000"], "--k takes a whole number from 1 to 1000"),
        (["paths", "IRN", "UKR", "--max-hops", "0"], "--max-hops takes a whole number from 1 to 100, not '0'"),
        (["paths", "IRN", "UKR", "--focus", "IRN", "--radius", "101"], "--radius takes a whole number from 0 to 100, not '101'"),
    ])
    func refused(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.standardError)")
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.output.isEmpty)
    }

    @Test("a report block with a radius out of range fails at its place and writes nothing")
    func reportBlock() throws {
        let folder = try CommandRunner.temporaryFolder()
        let report = folder.appendingPathComponent("brief.md")
        try "# Brief\n\n```supplynet\nfocus IRN --radius 9000000000000000000\n```\n".write(to: report, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("brief.html")
        let result = try CommandRunner.run(["report", report.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(report.path):4:20: error: --radius takes a whole number from 0 to 100, not '9000000000000000000'"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("--help gives each bounded option's range")
    func help() throws {
        #expect(try CommandRunner.run(["paths", "--help"]).output.contains("How many paths to show (1 to 1000)."))
        #expect(try CommandRunner.run(["timeline", "--help"]).output.contains("(1 to 12)"))
        #expect(try CommandRunner.run(["generate", "--help"]).output.contains("How many flows (1 to 10000000)."))
    }
}
