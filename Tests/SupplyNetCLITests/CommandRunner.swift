import Foundation
import TestSupport

/// Runs the built `supplynet` binary the way a user does, capturing what it prints.
struct CommandRunner {
    typealias Result = ProcessRunner.Result

    /// The package root, where `seeds/` and `graphs/` are.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `supplynet` executable beside the test bundle in the build folder.
    static let executable: URL = {
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("supplynet")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/supplynet")
    }()

    static func run(_ arguments: [String], in directory: URL = packageRoot, input: URL? = nil, timeout: Double? = nil) throws -> Result {
        try ProcessRunner.run(executable, arguments, in: directory, input: input, timeout: timeout)
    }

    /// A new empty folder for a test's outputs.
    static func temporaryFolder() throws -> URL { try ProcessRunner.temporaryFolder() }
}
