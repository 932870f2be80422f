import Foundation

/// A program left running while a test talks to it (a server), stopped by the test: the
/// long-running companion of `ProcessRunner.run`. Output goes to files, so a chatty child never
/// blocks on a full pipe.
public final class BackgroundProcess: @unchecked Sendable {
    /// How a stopped process ended.
    public struct Ending: Sendable, CustomStringConvertible {
        /// The exit status, or the signal's number when a signal ended it.
        public let status: Int32
        /// Whether it ended by a signal it did not handle instead of exiting.
        public let bySignal: Bool
        /// Whether it had to be killed (SIGKILL) for not stopping within the time given.
        public let killed: Bool
        public var description: String { killed ? "killed after the timeout" : bySignal ? "ended by signal \(status)" : "exited with \(status)" }
    }

    private let process = Process()
    private let folder: URL
    private let exited = DispatchSemaphore(value: 0)
    private var ending: Ending?

    /// Starts `executable` with `arguments` in `directory`, standard input empty.
    public init(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws {
        folder = try ProcessRunner.temporaryFolder()
        for name in ["stdout", "stderr"] { _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil) }
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: folder.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("stderr"))
        process.terminationHandler = { [exited] _ in exited.signal() }
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: folder)
    }

    public var processIdentifier: Int32 { process.processIdentifier }
    public var isRunning: Bool { process.isRunning }
    public var standardOutput: String { (try? String(contentsOf: folder.appendingPathComponent("stdout"), encoding: .utf8)) ?? "" }
    public var standardError: String { (try? String(contentsOf: folder.appendingPathComponent("stderr"), encoding: .utf8)) ?? "" }

    /// The first line the process printed, waiting up to `timeout` seconds for it; nil when none
    /// came in time or the process ended first.
    public func firstLine(timeout: Double) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let output = standardOutput
            if let end = output.firstIndex(of: "\n") { return String(output[..<end]) }
            if !process.isRunning { return nil }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Sends `signal` and waits up to `timeout` seconds for the process to end; a process still
    /// running then is killed (and the ending says so).
    @discardableResult
    public func stop(signal: Int32 = SIGTERM, timeout: Double = 5) -> Ending {
        if let ending { return ending }
        if process.isRunning { kill(process.processIdentifier, signal) }
        var killed = false
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            killed = true
        }
        process.waitUntilExit()
        let ended = Ending(status: process.terminationStatus, bySignal: process.terminationReason == .uncaughtSignal, killed: killed)
        ending = ended
        return ended
    }
}
