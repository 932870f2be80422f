import Foundation

/// Runs a program the way a user does and captures what it prints: the one place tests start
/// processes (the `supplynet` binary, Python oracles, the browser check).
public enum ProcessRunner {
    public struct Result: Sendable {
        public let status: Int32
        public let standardOutput: Data
        public let standardError: String
        /// Whether the run was stopped (SIGKILL) for running past its timeout.
        public var timedOut = false
        public var output: String { String(decoding: standardOutput, as: UTF8.self) }
    }

    /// Runs `executable` with `arguments` in `directory`, standard input read from `input` (empty
    /// when nil). A run longer than `timeout` seconds is killed and returned with `timedOut`, so a
    /// test of something that must be quick fails instead of hanging.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, input: URL? = nil, timeout: Double? = nil
    ) throws -> Result {
        // Output goes to files, so neither stream can fill a pipe and block the child.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputFile = folder.appendingPathComponent("stdout")
        let errorFile = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        var timedOut = false
        if let timeout, exited.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            timedOut = true
        }
        process.waitUntilExit()
        var result = Result(
            status: process.terminationStatus, standardOutput: try Data(contentsOf: outputFile),
            standardError: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
        result.timedOut = timedOut
        return result
    }

    /// Why python3 cannot import `module`, with what to do, or nil when it can: tests that need
    /// an oracle fail with this (never skip).
    public static func missingPythonModule(_ module: String) throws -> String? {
        let probe = try python(["-c", "import \(module)"])
        guard probe.status != 0 else { return nil }
        let reason = probe.standardError.split(separator: "\n").last.map(String.init) ?? "exit \(probe.status)"
        return "python3 cannot import \(module): run scripts/test.sh, which installs it (python3 -c 'import \(module)': \(reason))"
    }

    /// Runs `python3` (found on the PATH) with `arguments`.
    public static func python(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments, in: directory)
    }

    /// A new empty folder for a test's outputs.
    public static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("supplynet-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
