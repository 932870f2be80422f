import Foundation
import Testing

@testable import SupplyNet

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The writer respects what is at the path: devices and FIFOs are written through, a file keeps
/// its mode and hard links, a symbolic link stays, an input is never written over, a set is
/// staged whole, and no temporary file outlives a failure.
// Serialized: the registry test empties the process-wide table of temporary files.
@Suite("AtomicFile: outputs respect what is there", .serialized)
struct AtomicFileTests {
    private let data = Data("new content\n".utf8)

    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomicfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    private func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test("a FIFO is written through to its reader, and stays a FIFO")
    func fifo() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o600) == 0)
        // A non-blocking reader opens at once, so the writer's open cannot wait and the test cannot hang.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        let method = try AtomicFile.write(data, to: fifo)
        var buffer = [UInt8](repeating: 0, count: 4_096)
        let count = read(reader, &buffer, buffer.count)
        #expect(method == .writtenThrough)
        #expect(count == data.count && Data(buffer.prefix(max(count, 0))) == data)
        #expect(fileType(fifo) == S_IFIFO)
    }

    @Test("a character device is written through and stays a device")
    func characterDevice() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A private node of Linux's /dev/null (major 1, minor 3: 1 << 8 | 3), so a broken writer
        // cannot replace the system's.
        let device = folder.appendingPathComponent("null").path
        try #require(mknod(device, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0, "mknod needs CAP_MKNOD")
        #expect(try AtomicFile.write(data, to: device) == .writtenThrough)
        #expect(fileType(device) == S_IFCHR)
        #expect(try leftovers(in: folder).isEmpty)
    }

    @Test("a replaced file keeps its mode (0600)")
    func keepsMode() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("secret.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try #require(chmod(path, 0o600) == 0)
        #expect(try AtomicFile.write(data, to: path) == .replaced)
        var info = stat()
        try #require(stat(path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o600)
        #expect(FileManager.default.contents(atPath: path) == data)
    }

    @Test("a file with hard links is rewritten in place: every link sees the new content")
    func keepsHardLinks() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.svg").path
        let other = folder.appendingPathComponent("b.svg").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try #require(link(path, other) == 0)
        #expect(try AtomicFile.write(data, to: path) == .inPlace(links: 2))
        #expect(FileManager.default.contents(atPath: other) == data)
        var info = stat()
        try #require(stat(path, &info) == 0)
        #expect(info.st_nlink == 2)
    }

    @Test("a symbolic link stays a link, and its target gets the content; a dangling one too")
    func followsLinks() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("real.json").path
        let link = folder.appendingPathComponent("link.json").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.json")
        try AtomicFile.write(data, to: link)
        #expect(fileType(link) == S_IFLNK)
        #expect(FileManager.default.contents(atPath: target) == data)

        let dangling = folder.appendingPathComponent("dangling.json").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "made.json")
        try AtomicFile.write(data, to: dangling)
        #expect(fileType(dangling) == S_IFLNK)
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("made.json").path) == data)
    }

    @Test("an input is refused however it is spelled: directly, by a link, by .., by a hard link, inside a folder")
    func refusesInputs() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("brief.md").path
        let old = Data("# the source\n".utf8)
        try old.write(to: URL(fileURLWithPath: input))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: input)
        try #require(link(input, folder.appendingPathComponent("hard.md").path) == 0)
        let spellings = [
            input, folder.appendingPathComponent("link.md").path, folder.path + "/../" + folder.lastPathComponent + "/brief.md",
            folder.appendingPathComponent("hard.md").path,
        ]
        for inputs in [[input], [folder.appendingPathComponent("link.md").path], [folder.path]] {
            for spelling in spellings {
                #expect(throws: OutputError.self, "\(spelling) for inputs \(inputs)") { try AtomicFile.write(data, to: spelling, protecting: inputs) }
            }
        }
        #expect(FileManager.default.contents(atPath: input) == old)
        do {
            try AtomicFile.write(data, to: folder.appendingPathComponent("link.md").path, protecting: [input])
        } catch {
            #expect(error.description.contains("it is an input of this command (the same file as \(input))"), "\(error)")
            #expect(error.description.hasSuffix("nothing was written."))
        }
    }

    @Test("a set with one bad path writes none of its files and leaves no temporary file")
    func setIsWholeOrNothing() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("network.dot"), withIntermediateDirectories: false)
        let files = [
            OutputFile(path: folder.appendingPathComponent("network.svg").path, data: data),
            OutputFile(path: folder.appendingPathComponent("network.dot").path, data: data),
        ]
        #expect(throws: OutputError.self) { try AtomicFile.write(files) }
        #expect(!FileManager.default.fileExists(atPath: files[0].path))
        #expect(try leftovers(in: folder).isEmpty)
    }

    #if os(Linux)
    @Test("a set whose staging fails midway removes the temporary files already made")
    func failedStagingCleansUp() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The first file is staged; the second cannot be: no one, root included, creates files in /proc.
        let files = [
            OutputFile(path: folder.appendingPathComponent("first.svg").path, data: data),
            OutputFile(path: "/proc/supplynet-second.svg", data: data),
        ]
        #expect(throws: OutputError.self) { try AtomicFile.write(files) }
        #expect(!FileManager.default.fileExists(atPath: files[0].path))
        #expect(try leftovers(in: folder).isEmpty)
    }
    #endif

    @Test("a write that fails after others were renamed says which were written, and removes the rest's temporary files")
    func failedCommitSaysWhatWasWritten() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A descriptor open for reading only: writing to it fails (EBADF) after the first file is in place.
        let readOnly = open(folder.path, O_RDONLY)
        try #require(readOnly >= 0)
        defer { close(readOnly) }
        let first = folder.appendingPathComponent("first.svg").path
        let last = folder.appendingPathComponent("last.svg").path
        let files = [
            OutputFile(path: first, data: data), OutputFile(path: "/dev/fd/\(readOnly)", data: data), OutputFile(path: last, data: data),
        ]
        do {
            try AtomicFile.write(files)
            Issue.record("writing to a read-only descriptor succeeded")
        } catch {
            #expect(error.written == [first])
            #expect(error.description.hasSuffix("written before the failure: \(first)."), "\(error)")
        }
        #expect(FileManager.default.contents(atPath: first) == data)
        #expect(!FileManager.default.fileExists(atPath: last))
        #expect(try leftovers(in: folder).isEmpty)
    }

    @Test("what a signal handler removes: registered temporary files, not renamed ones")
    func cleanupRegistry() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pending = folder.appendingPathComponent(".a.tmp").path
        let renamed = folder.appendingPathComponent(".b.tmp").path
        try Data().write(to: URL(fileURLWithPath: pending))
        try Data().write(to: URL(fileURLWithPath: renamed))
        let slot = TemporaryFiles.register(pending)
        TemporaryFiles.unregister(TemporaryFiles.register(renamed))
        TemporaryFiles.removeAll()
        TemporaryFiles.unregister(slot)
        #expect(!FileManager.default.fileExists(atPath: pending))
        #expect(FileManager.default.fileExists(atPath: renamed))
    }

    @Test("a folder is refused with a message naming it and what to do")
    func refusesFolder() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: OutputError(path: folder.path, reason: "it is a folder; give a file name inside it")) {
            try AtomicFile.write(data, to: folder.path)
        }
    }
}
