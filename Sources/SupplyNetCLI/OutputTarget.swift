import ArgumentParser
import Foundation
import SupplyNet

/// A path given with `-o`: `-` is standard output; anything else is written by the library's
/// `AtomicFile`, which does all the file-system work. This only maps `-` and errors.
struct OutputTarget {
    let path: String

    init(_ path: String) { self.path = path }

    var isStandardOutput: Bool { path == "-" }

    /// Writes `data`, refusing a path that is one of `inputs`; on failure prints the error and exits 1.
    func write(_ data: Data, protecting inputs: [String]) throws {
        if isStandardOutput {
            Terminal.write(data)
            return
        }
        try Self.write([OutputFile(path: path, data: data)], protecting: inputs, announce: false)
    }

    /// Writes content produced a chunk at a time (see `OutputFile(path:chunks:)`), never held whole.
    func write(chunks: @escaping OutputFile.Chunks, protecting inputs: [String]) throws {
        if isStandardOutput {
            try chunks { Terminal.write($0) }
            return
        }
        try Self.write([OutputFile(path: path, chunks: chunks)], protecting: inputs, announce: false)
    }

    /// Writes a set of files together (see `AtomicFile.write(_:protecting:)`); prints "wrote" for
    /// each when `announce`, a note for each rewritten in place, and on failure the error (saying
    /// which files were written, if any) before exiting 1.
    static func write(_ files: [OutputFile], protecting inputs: [String], announce: Bool) throws {
        let methods: [WriteMethod]
        do {
            methods = try AtomicFile.write(files, protecting: inputs)
        } catch {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
        for (file, method) in zip(files, methods) {
            if case .inPlace(let links) = method {
                Terminal.printError("\(file.path): note: rewritten in place to keep its \(links) hard links, not by rename")
            }
            if announce { Terminal.printError("wrote \(file.path)") }
        }
    }
}
