import Foundation
import TestSupport
import Testing

/// `--data` takes a folder, a JSON export, a bulk file, or standard input with `--data-format`.
@Suite("--data reads every format the tool writes")
struct DataFormatsTests {
    /// Exports the seeds as `format` into `folder`; returns the file's path.
    static func export(_ format: String, to folder: URL) throws -> String {
        let path = folder.appendingPathComponent("seeds.\(format)").path
        let result = try CommandRunner.run(["export", "--format", format, "-o", path])
        try #require(result.status == 0, "export --format \(format): \(result.standardError)")
        return path
    }

    @Test("check reads the JSON export and the bulk file, and sees the same network as in seeds/", arguments: ["json", "jsonl"])
    func readsOwnExports(format: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let path = try Self.export(format, to: folder)
        let check = try CommandRunner.run(["check", "--data", path])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.output.hasSuffix("ok: 13 actors, 21 items, 5 sources, 38 flows, 101 claims, every quote verbatim\n"), "\(check.output)")
        let again = try CommandRunner.run(["export", "--data", path, "--format", "json"])
        let original = try CommandRunner.run(["export", "--format", "json"])
        #expect(again.standardOutput == original.standardOutput, "the export read back exports the same JSON")
    }

    @Test("--data - reads standard input in the format --data-format names", arguments: ["json", "jsonl"])
    func readsStandardInput(format: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let path = try Self.export(format, to: folder)
        let check = try CommandRunner.run(["check", "--data", "-", "--data-format", format], input: URL(fileURLWithPath: path))
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.output.hasPrefix("-: ok: 13 actors"), "\(check.output)")
    }

    @Test("--data - without --data-format is a usage error that says what to add")
    func standardInputNeedsFormat() throws {
        let result = try CommandRunner.run(["check", "--data", "-"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("add --data-format json or --data-format jsonl"), "\(result.standardError)")
    }

    @Test("a file whose name tells no format is refused with the formats it could be")
    func unknownFormat() throws {
        let folder = try CommandRunner.temporaryFolder()
        let path = folder.appendingPathComponent("network.txt").path
        try "{}".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", "--data", path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("cannot tell the format of this data"), "\(result.standardError)")
        let named = try CommandRunner.run(["check", "--data", path, "--data-format", "json"])
        #expect(named.status == 1 && named.standardError.contains("the JSON document is missing 'formatVersion'"), "\(named.standardError)")
    }
}
