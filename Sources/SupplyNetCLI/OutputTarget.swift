import ArgumentParser
import Foundation
import SupplyNet

/// A path given with `-o`: a file written atomically, or `-` for standard output.
struct OutputTarget {
    let path: String

    init(_ path: String) { self.path = path }

    var isStandardOutput: Bool { path == "-" }

    /// Writes `data`; on failure prints the error and exits 1, leaving any old file intact.
    func write(_ data: Data) throws {
        if isStandardOutput {
            Terminal.write(data)
            return
        }
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
    }
}
