import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file as the file system knows it, whatever its name: the device and inode. Two paths name
/// the same file exactly when their identities are equal (symbolic links, `..`, hard links).
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The identities of the regular files at `paths`, folders searched recursively, each with
    /// the path it was found by. Paths that do not exist, and `-`, are skipped.
    static func ofFiles(in paths: [String]) -> [FileIdentity: String] {
        var identities: [FileIdentity: String] = [:]
        func add(_ path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return }
            if info.st_mode & S_IFMT == S_IFREG {
                identities[FileIdentity(info)] = identities[FileIdentity(info)] ?? path
            } else if info.st_mode & S_IFMT == S_IFDIR, let names = FileManager.default.enumerator(atPath: path) {
                for case let name as String in names {
                    var entry = stat()
                    let entryPath = (path as NSString).appendingPathComponent(name)
                    if stat(entryPath, &entry) == 0, entry.st_mode & S_IFMT == S_IFREG {
                        identities[FileIdentity(entry)] = identities[FileIdentity(entry)] ?? entryPath
                    }
                }
            }
        }
        for path in paths where path != "-" { add(path) }
        return identities
    }
}
