import Foundation

/// Opens the files a load reads so that none can hang it or reach outside what the user named:
/// regular files only (after following links, so `/dev/zero`, a FIFO or a folder is refused
/// before anything is read), inside the data folder when one is given, and under a size limit.
package enum InputFile {
    /// Why a file was not read; `description` says what to do.
    package enum Refusal: Error, CustomStringConvertible {
        case notFound
        case notRegular(what: String)
        case outside(folder: String, target: String)
        case tooLarge(bytes: Int64, limit: Int64)
        case unreadable(String)

        package var description: String {
            switch self {
            case .notFound: "file not found"
            case .notRegular(let what): "this is \(what), not a regular file; data is read from regular files only"
            case .outside(let folder, let target): "this is a link to \(target), outside the data folder \(folder); copy the file into the folder instead"
            case .tooLarge(let bytes, let limit): "the file holds \(bytes) bytes, more than the \(limit) this kind of file may hold"
            case .unreadable(let reason): "could not read the file: \(reason)"
            }
        }
    }

    /// The most a YAML data file or an article may hold.
    package static let textLimit: Int64 = 64 << 20
    /// The most a JSON document may hold (it is read whole; bigger networks belong in JSON Lines).
    static let documentLimit: Int64 = 1 << 30

    /// The bytes of the regular file at `path`.
    /// - Parameter folder: when given, `path` must resolve to a file inside it.
    package static func read(_ path: String, within folder: String? = nil, limit: Int64) -> Result<Data, Refusal> {
        switch check(path, within: folder, limit: limit) {
        case .failure(let refusal): return .failure(refusal)
        case .success:
            do {
                return .success(try Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                return .failure(.unreadable(error.localizedDescription))
            }
        }
    }

    /// A handle on the regular file at `path`, for reading in chunks.
    static func open(_ path: String, limit: Int64 = .max) -> Result<FileHandle, Refusal> {
        switch check(path, within: nil, limit: limit) {
        case .failure(let refusal): return .failure(refusal)
        case .success:
            guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(.unreadable("permission denied")) }
            return .success(handle)
        }
    }

    private static func check(_ path: String, within folder: String?, limit: Int64) -> Result<Void, Refusal> {
        var status = stat()
        guard stat(path, &status) == 0 else {
            return .failure(errno == ENOENT || errno == ENOTDIR ? .notFound : .unreadable(String(cString: strerror(errno))))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.notRegular(what: "a folder"))
        case S_IFIFO: return .failure(.notRegular(what: "a FIFO (named pipe)"))
        case S_IFCHR, S_IFBLK: return .failure(.notRegular(what: "a device"))
        case S_IFSOCK: return .failure(.notRegular(what: "a socket"))
        default: return .failure(.notRegular(what: "not a file"))
        }
        if let folder {
            let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
            guard target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
                return .failure(.outside(folder: folder, target: target))
            }
        }
        guard Int64(status.st_size) <= limit else { return .failure(.tooLarge(bytes: Int64(status.st_size), limit: limit)) }
        return .success(())
    }
}
