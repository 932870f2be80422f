import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How `AtomicFile` wrote one file.
public enum WriteMethod: Equatable, Sendable {
    /// A temporary file beside the target was written, synced and renamed over it: the file is
    /// whole or not there at all, and a replaced file keeps its mode.
    case replaced
    /// The target has other hard links, so it was rewritten in place to keep them (as `cp` and
    /// Vim do): every link sees the new content, but a failure mid-write can leave it partial.
    case inPlace(links: Int)
    /// A character device, a pipe or an open descriptor (`/dev/null`, a FIFO, `/dev/stdout`,
    /// `/dev/fd/N`): written through, never replaced.
    case writtenThrough
}

/// One file of a set written together.
public struct OutputFile: Sendable {
    /// Produces a file's content a chunk at a time: calls `write` with each chunk, in order, and
    /// rethrows what `write` throws (a failed write), so nothing more is produced.
    public typealias Chunks = @Sendable (_ write: (Data) throws -> Void) throws -> Void

    public var path: String
    /// The content, when it is held whole.
    public var data: Data
    /// The content, when it is produced as it is written (then `data` is empty).
    public var chunks: Chunks?

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    /// A file whose content is written as `chunks` produces it, never held whole: a replaced file
    /// is still staged whole in its temporary file, synced and renamed, so the guarantees are the
    /// same as for `data`. `chunks` is called once.
    public init(path: String, chunks: @escaping Chunks) {
        self.path = path
        self.data = Data()
        self.chunks = chunks
    }
}

/// The one writer of output files: respects what is at the path, never writes over an input, and
/// writes a set of files so that a failure leaves the old ones intact.
///
/// - A regular file (or a new one) is replaced by rename: a temporary file beside it is written,
///   given the old file's mode (and owner, for root), synced, renamed, and the folder synced. A
///   symbolic link is followed, so the link stays and its target is replaced.
/// - A regular file with more than one hard link is rewritten in place, keeping the links.
/// - A character device or a FIFO is opened and written through (a FIFO waits for its reader);
///   `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` write to that descriptor.
///   A folder, a block device or a socket is refused.
/// - Temporary files are removed on every failure, and on SIGINT and SIGTERM (`TemporaryFiles`).
public enum AtomicFile {
    /// Writes `data` to `path`.
    /// - Parameters:
    ///   - data: the whole file.
    ///   - path: where to write it; a device or a pipe is written through.
    ///   - inputs: the files and folders this command reads; a path that is one of them, however
    ///     spelled (symbolic links, `..`, hard links: same device and inode), is refused.
    /// - Returns: how the file was written.
    /// - Throws: `OutputError` naming the path and what to do; nothing is written.
    @discardableResult
    public static func write(_ data: Data, to path: String, protecting inputs: [String] = []) throws(OutputError) -> WriteMethod {
        try write([OutputFile(path: path, data: data)], protecting: inputs)[0]
    }

    /// Writes a set of files: every path is checked, then every replaced file is staged as a synced
    /// temporary file, and only then are they renamed into place one after another.
    /// - Parameters:
    ///   - files: the paths and their contents.
    ///   - inputs: the files and folders this command reads, which no output may be.
    /// - Returns: how each file was written, in order.
    /// - Throws: `OutputError` naming the path; its `written` lists the files already in place
    ///   when a rename failed after others succeeded (empty otherwise: nothing was written).
    @discardableResult
    public static func write(_ files: [OutputFile], protecting inputs: [String] = []) throws(OutputError) -> [WriteMethod] {
        let protected = FileIdentity.ofFiles(in: inputs)
        var destinations: [Destination] = []
        for file in files {
            let destination = try Destination(resolving: file.path)
            if let identity = destination.identity, let input = protected[identity] {
                let spelling = input == file.path ? "" : " (the same file as \(input))"
                throw OutputError(
                    path: file.path,
                    reason: "it is an input of this command\(spelling), and writing it would destroy it; choose another output path")
            }
            destinations.append(destination)
        }

        var staged: [StagedFile?] = []
        do throws(OutputError) {
            for (file, destination) in zip(files, destinations) {
                staged.append(try StagedFile(file, for: destination, path: file.path))
            }
        } catch {
            staged.forEach { $0?.discard() }
            throw error
        }

        var methods: [WriteMethod] = []
        var written: [String] = []
        for index in files.indices {
            do throws(OutputError) {
                methods.append(try commit(files[index], to: destinations[index], staged: staged[index]))
                written.append(files[index].path)
            } catch {
                staged[(index + 1)...].forEach { $0?.discard() }
                var failure = error
                failure.written = written
                throw failure
            }
        }
        return methods
    }

    private static func commit(_ file: OutputFile, to destination: Destination, staged: StagedFile?) throws(OutputError) -> WriteMethod {
        switch destination {
        case .descriptor(let descriptor):
            if let code = writeAll(file, to: descriptor) {
                throw OutputError(path: file.path, reason: "\(describe(code)) while writing; check what reads it")
            }
            return .writtenThrough
        case .passThrough(let path):
            // No O_TRUNC: a device or a pipe has nothing to truncate. A FIFO waits here for its reader.
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw OutputError(path: file.path, reason: "\(describe(errno)); check that it can be opened for writing")
            }
            defer { close(descriptor) }
            if let code = writeAll(file, to: descriptor) {
                throw OutputError(path: file.path, reason: "\(describe(code)) while writing; check what reads it")
            }
            return .writtenThrough
        case .existingFile(let path, let links, _) where links > 1:
            let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw OutputError(path: file.path, reason: "\(describe(errno)); make it writable or choose another output path")
            }
            defer { close(descriptor) }
            if let code = writeAll(file, to: descriptor) ?? (fsync(descriptor) == 0 ? nil : errno) {
                throw OutputError(
                    path: file.path, reason: "\(describe(code)) while rewriting it in place (it has \(links) hard links), so it may be partial; free some space and run again")
            }
            return .inPlace(links: links)
        case .existingFile(let path, _, _), .newFile(let path):
            guard let staged else { preconditionFailure("a replaced file is staged first") }
            try staged.rename(to: path, reportedAs: file.path)
            return .replaced
        }
    }
}

/// Where an output path leads once links and descriptors are resolved.
private enum Destination {
    /// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`: an open descriptor.
    case descriptor(Int32)
    /// A character device or FIFO at this path.
    case passThrough(String)
    /// A regular file, symbolic links resolved.
    case existingFile(String, links: Int, FileIdentity)
    /// Nothing there yet (the target of a dangling link, if the path was one).
    case newFile(String)

    init(resolving path: String) throws(OutputError) {
        self = try Self.resolve(path, spelled: path, depth: 0)
    }

    var identity: FileIdentity? {
        if case .existingFile(_, _, let identity) = self { return identity }
        return nil
    }

    private static func resolve(_ path: String, spelled: String, depth: Int) throws(OutputError) -> Destination {
        if let descriptor = descriptorNumber(path) {
            guard fcntl(descriptor, F_GETFD) != -1 else {
                throw OutputError(path: spelled, reason: "descriptor \(descriptor) is not open; use - for standard output")
            }
            return .descriptor(descriptor)
        }
        var info = stat()
        if lstat(path, &info) != 0 {
            let code = errno
            if code == ENOENT { return .newFile(path) }
            throw OutputError(path: spelled, reason: "\(describe(code)); check the path")
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            if stat(path, &info) != 0 {
                let code = errno
                guard code == ENOENT, depth < 16, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else {
                    throw OutputError(path: spelled, reason: "\(describe(code)); check the symbolic link")
                }
                // A dangling link: the file it names is created, and the link kept.
                let folder = (path as NSString).deletingLastPathComponent
                return try resolve(target.hasPrefix("/") ? target : (folder as NSString).appendingPathComponent(target), spelled: spelled, depth: depth + 1)
            }
            guard info.st_mode & S_IFMT == S_IFREG else { return try classify(path, info, spelled: spelled) }
            guard let resolved = realpath(path, nil) else {
                throw OutputError(path: spelled, reason: "\(describe(errno)); check the symbolic link")
            }
            defer { free(resolved) }
            return try classify(String(cString: resolved), info, spelled: spelled)
        }
        return try classify(path, info, spelled: spelled)
    }

    private static func classify(_ path: String, _ info: stat, spelled: String) throws(OutputError) -> Destination {
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return .existingFile(path, links: Int(info.st_nlink), FileIdentity(info))
        case S_IFCHR, S_IFIFO:
            return .passThrough(path)
        case S_IFDIR:
            throw OutputError(path: spelled, reason: "it is a folder; give a file name inside it")
        default:
            throw OutputError(
                path: spelled, reason: "it is a block device or a socket; write to a regular file, a character device such as /dev/null, or a pipe")
        }
    }

    /// The descriptor a path names by itself, as shells and Linux spell them.
    private static func descriptorNumber(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }
}

/// A temporary file beside its target, written and synced, waiting to be renamed into place.
private struct StagedFile {
    let path: String
    let slot: Int?

    /// Stages `file`'s content for a file that is replaced by rename; nil for one written in place or through.
    /// - Throws: `OutputError` naming `spelled`; no temporary file is left behind.
    init?(_ file: OutputFile, for destination: Destination, path spelled: String) throws(OutputError) {
        let target: String
        var existing: stat?
        switch destination {
        case .descriptor, .passThrough: return nil
        case .existingFile(_, let links, _) where links > 1: return nil
        case .existingFile(let path, _, _):
            target = path
            var info = stat()
            if stat(path, &info) == 0 { existing = info }
        case .newFile(let path):
            target = path
        }
        let folder = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw OutputError(
                path: spelled, reason: "cannot create the folder \(folder): \((error as NSError).localizedDescription); create it or choose another output path")
        }
        let name = (target as NSString).lastPathComponent
        path = (folder as NSString).appendingPathComponent(".\(name).\(UUID().uuidString.prefix(8)).tmp")
        // Registered before it exists, so a signal between the two still removes it.
        slot = TemporaryFiles.register(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let code = errno
            TemporaryFiles.unregister(slot)
            throw OutputError(path: spelled, reason: "cannot create a file in \(folder): \(describe(code)); make the folder writable or choose another output path")
        }
        defer { close(descriptor) }
        if let existing {
            // The owner first: changing it clears set-id bits that the mode then restores.
            if geteuid() == 0 { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
            _ = fchmod(descriptor, existing.st_mode & 0o7777)
        }
        if let code = writeAll(file, to: descriptor) ?? (fsync(descriptor) == 0 ? nil : errno) {
            discard()
            throw OutputError(path: spelled, reason: "\(describe(code)) while writing; free some space or choose another output path")
        }
    }

    /// Renames the temporary file over `target`, then syncs the folder so the rename is durable.
    func rename(to target: String, reportedAs spelled: String) throws(OutputError) {
        #if canImport(Glibc)
            let renamed = Glibc.rename(path, target) == 0
        #else
            let renamed = Darwin.rename(path, target) == 0
        #endif
        guard renamed else {
            let code = errno
            discard()
            throw OutputError(path: spelled, reason: "\(describe(code)); check the folder's permissions or choose another output path")
        }
        TemporaryFiles.unregister(slot)
        let folder = open((target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent, O_RDONLY | O_CLOEXEC)
        if folder >= 0 {
            // Some file systems cannot sync a folder; the file itself is already synced.
            _ = fsync(folder)
            close(folder)
        }
    }

    /// Removes the temporary file.
    func discard() {
        unlink(path)
        TemporaryFiles.unregister(slot)
    }
}

/// Writes all of `file`'s content, its `data` or each of its chunks as they come.
/// - Returns: nil on success, else the `errno` of the failed write (`EIO` if the producer failed).
private func writeAll(_ file: OutputFile, to descriptor: Int32) -> Int32? {
    guard let chunks = file.chunks else { return writeAll(file.data, to: descriptor) }
    struct WriteFailure: Error { let code: Int32 }
    do {
        try chunks { chunk in
            if let code = writeAll(chunk, to: descriptor) { throw WriteFailure(code: code) }
        }
        return nil
    } catch let failure as WriteFailure {
        return failure.code
    } catch {
        return EIO
    }
}

/// Writes all of `data`, retrying short writes and interruptions.
/// - Returns: nil on success, else the `errno` of the failed write.
private func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
    data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
        guard let base = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
            let count = write(descriptor, base + offset, buffer.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += count
        }
        return nil
    }
}

/// The system's words for an `errno`.
private func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
