import Foundation

/// Why an output file could not be written.
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "\(path): error: cannot write: \(reason)" }
}

/// Writes files whole or not at all: to a temporary file beside the target, then renamed over it,
/// so a failure leaves the old file intact.
public enum AtomicFile {
    /// Replaces the file at `path` with `data`, creating its folder if needed.
    /// - Throws: `OutputError` naming the path; the old file, if any, is untouched.
    public static func write(_ data: Data, to path: String) throws(OutputError) {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, target.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw OutputError(path: path, reason: reason)
            }
        } catch let error as OutputError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw OutputError(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
