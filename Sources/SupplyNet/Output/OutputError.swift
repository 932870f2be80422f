import Foundation

/// Why an output file could not be written, and what to do about it.
public struct OutputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path as the user spelled it.
    public let path: String
    /// What went wrong and what to do, in one sentence.
    public let reason: String
    /// Files of the same set that were written before the failure (empty: nothing was written).
    public var written: [String] = []

    public init(path: String, reason: String, written: [String] = []) {
        self.path = path
        self.reason = reason
        self.written = written
    }

    public var description: String {
        let head = "\(path): error: cannot write: \(reason)"
        if written.isEmpty { return head + "; nothing was written." }
        return head + "; written before the failure: " + written.joined(separator: ", ") + "."
    }
}
