import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `-o` respects what is at the path, end to end: devices, FIFOs and `/dev/stdout` are written
/// through (also for a user who cannot write /dev), a file keeps its mode and hard links, an
/// input is never written over however it is spelled, and a set of outputs is written whole or
/// not at all, with no temporary file left.
@Suite("-o respects what is there: devices, pipes, modes, links and inputs")
struct OutputFilesTests {
    private static let seeds = CommandRunner.packageRoot.appendingPathComponent("seeds").path

    /// What `generate --flows 3 -o -` prints: the bytes every other spelling must deliver.
    private func expected() throws -> Data {
        let result = try CommandRunner.run(["generate", "--flows", "3", "-o", "-"])
        try #require(result.status == 0)
        return result.standardOutput
    }

    /// Runs `supplynet` as a user who cannot write /dev (nobody, when the tests run as root).
    private func runAsAnotherUser(_ arguments: [String], in folder: URL) throws -> CommandRunner.Result {
        guard geteuid() == 0 else { return try CommandRunner.run(arguments, in: folder) }
        return try ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/setpriv"),
            ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.executable.path] + arguments, in: folder)
    }

    private func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    private func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test("-o /dev/null writes nothing anywhere, as another user too, and /dev/null stays a device")
    func devNull() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runAsAnotherUser(["generate", "--flows", "3", "-o", "/dev/null"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        #expect(fileType("/dev/null") == S_IFCHR)
    }

    @Test("-o /dev/stdout and -o /dev/stderr write to the streams, as another user too")
    func standardStreams() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = try expected()
        let out = try runAsAnotherUser(["generate", "--flows", "3", "-o", "/dev/stdout"], in: folder)
        #expect(out.status == 0, "\(out.standardError)")
        #expect(out.standardOutput == expected)
        let error = try runAsAnotherUser(["generate", "--flows", "3", "-o", "/dev/stderr"], in: folder)
        #expect(error.status == 0)
        #expect(error.standardError == String(decoding: expected, as: UTF8.self))
        #expect(fileType("/dev/stdout") == S_IFLNK && fileType("/dev/stderr") == S_IFLNK)
    }

    @Test("-o /dev/fd/N, what >(cmd) passes, writes into the pipe, as another user too")
    func processSubstitution() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Descriptor 3 is the pipe into cat, whose output is the command's standard output.
        let script = #""$0" generate --flows 3 -o /dev/fd/3 3>&1 >/dev/null | cat"#
        let arguments = ["bash", "-c", script, CommandRunner.executable.path]
        let result =
            geteuid() == 0
            ? try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/setpriv"), ["--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/env"] + arguments, in: folder)
            : try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), arguments, in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == (try expected()))
    }

    @Test("-o a FIFO writes to its reader and leaves the FIFO in place")
    func fifo() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("network.jsonl").path
        try #require(mkfifo(fifo, 0o600) == 0)
        // The reader opens without waiting, so the command's open cannot block and the test cannot
        // hang; the output (4 KB) fits in the pipe's buffer, so the command's writes cannot either.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        let result = try CommandRunner.run(["generate", "--flows", "3", "-o", fifo], in: folder)
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while case let count = read(reader, &buffer, buffer.count), count > 0 { received.append(contentsOf: buffer.prefix(count)) }
        #expect(result.status == 0, "\(result.standardError)")
        #expect(received == (try expected()))
        #expect(fileType(fifo) == S_IFIFO)
        #expect(try leftovers(in: folder).isEmpty)
    }

    @Test("a replaced file keeps its mode (0600)")
    func keepsMode() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("private.json").path
        try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
        try #require(chmod(path, 0o600) == 0)
        let result = try CommandRunner.run(["export", "-o", path])
        var info = stat()
        try #require(stat(path, &info) == 0)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(info.st_mode & 0o7777 == 0o600)
        #expect((FileManager.default.contents(atPath: path)?.count ?? 0) > 2)
    }

    @Test("a file with another hard link is rewritten in place, and says so")
    func keepsHardLink() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("network.json").path
        let other = folder.appendingPathComponent("published.json").path
        try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
        try #require(link(path, other) == 0)
        let result = try CommandRunner.run(["export", "-o", path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(FileManager.default.contents(atPath: other) == FileManager.default.contents(atPath: path))
        #expect((FileManager.default.contents(atPath: other)?.count ?? 0) > 2)
        #expect(result.standardError.contains("\(path): note: rewritten in place to keep its 2 hard links"))
    }

    @Test("report never writes over its own source: a Markdown file named .html")
    func reportNamedHTML() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("brief.html")
        let markdown = try Data(contentsOf: URL(fileURLWithPath: Self.seeds).appendingPathComponent("report.md"))
        try markdown.write(to: source)
        let result = try CommandRunner.run(["report", "brief.html", "--data", Self.seeds], in: folder)
        #expect(result.status == 1)
        // Named as typed, not as an absolute path.
        let line = "brief.html: error: cannot write: it is an input of this command, and writing it would destroy it"
        #expect(result.standardError.split(separator: "\n").contains { $0.hasPrefix(line) }, "\(result.standardError)")
        #expect(try Data(contentsOf: source) == markdown)
        #expect(try leftovers(in: folder).isEmpty)
    }

    @Test("report never writes over its own source through a symbolic link, and writes no figure either")
    func reportThroughLink() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = try Data(contentsOf: URL(fileURLWithPath: Self.seeds).appendingPathComponent("report.md"))
        try markdown.write(to: folder.appendingPathComponent("b2.md"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: "b2.md")
        let result = try CommandRunner.run(["report", "link.md", "--format", "md", "-o", "b2.md", "--data", Self.seeds], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("b2.md: error: cannot write: it is an input of this command (the same file as link.md)"), "\(result.standardError)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("b2.md")) == markdown)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["b2.md", "link.md"])
    }

    @Test("export never writes over the data it reads")
    func exportOverData() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("network.json")
        try #require(CommandRunner.run(["export", "-o", data.path]).status == 0)
        let before = try Data(contentsOf: data)
        let result = try CommandRunner.run(["export", "--data", data.path, "-o", folder.path + "/../" + folder.lastPathComponent + "/network.json"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: cannot write: it is an input of this command"), "\(result.standardError)")
        #expect(try Data(contentsOf: data) == before)
    }

    @Test("render's formats are a set: one that cannot be written leaves the others unwritten, and no temporary file")
    func renderSet() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("network.dot"), withIntermediateDirectories: false)
        let result = try CommandRunner.run(["render", "--format", "svg", "--format", "dot", "--out-dir", folder.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("network.dot: error: cannot write: it is a folder"), "\(result.standardError)")
        #expect(result.standardError.contains("nothing was written."))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("network.svg").path))
        #expect(try leftovers(in: folder).isEmpty)
    }

    @Test("a folder the user cannot write: a message naming it, nothing written, no temporary file")
    func readOnlyFolder() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        try #require(chmod(locked.path, 0o555) == 0)
        let result = try runAsAnotherUser(["export", "--data", Self.seeds, "-o", locked.path + "/network.json"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(locked.path)/network.json: error: cannot write: cannot create a file in \(locked.path)"), "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }

    @Test("SIGINT and SIGTERM remove the temporary files and exit 130 and 143", arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func signalCleansUp(signal: Int32, status: Int32) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // network.svg is a FIFO nobody reads: render stages network.dot's temporary file, then waits
        // in the FIFO's open for as long as it takes, which is when the signal comes. No timing.
        try #require(mkfifo(folder.appendingPathComponent("network.svg").path, 0o600) == 0)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["render", "--format", "svg", "--format", "dot", "--out-dir", folder.path]
        process.currentDirectoryURL = CommandRunner.packageRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, try leftovers(in: folder).isEmpty, Date() < deadline { usleep(10_000) }
        let staged = try leftovers(in: folder)
        kill(process.processIdentifier, process.isRunning && !staged.isEmpty ? signal : SIGKILL)
        let exitDeadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < exitDeadline { usleep(10_000) }
        let ignoredSignal = process.isRunning
        if ignoredSignal { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(!ignoredSignal, "render did not exit on the signal")
        #expect(staged.count == 1, "render never staged network.dot and waited")
        #expect(process.terminationStatus == status)
        #expect(try leftovers(in: folder).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("network.dot").path))
        #expect(fileType(folder.appendingPathComponent("network.svg").path) == S_IFIFO)
    }

    @Test("report --format md refuses a device, whose figures would have no folder")
    func reportMarkdownToDevice() throws {
        let result = try CommandRunner.run(["report", "seeds/report.md", "--format", "md", "-o", "/dev/stdout"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("give -o a file in a folder of yours"))
    }
}
