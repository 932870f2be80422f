import Foundation

/// The formats a network can be read from; all of them hold the same model, are checked by the
/// same rules, and report the same errors for the same mistakes.
public enum DataFormat: String, CaseIterable, Sendable {
    /// A data folder: `registry.yaml`, `flows.yaml`, `articles/`, `claims/` (seeds/README.md).
    case folder
    /// The JSON export (docs/json-format.md).
    case json
    /// The bulk JSON Lines (docs/bulk-format.md).
    case jsonl

    /// The format a path names: a folder, or a file by its extension; nil when it cannot tell.
    public static func of(path: String) -> DataFormat? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return .folder }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }
}

/// Loads a network from a data folder, a JSON export or a bulk JSON Lines file (or standard
/// input), validating everything and reporting every problem in one run.
public struct NetworkLoader: Sendable {
    /// The folder or file, as the user named it (`-` for standard input); messages show it.
    public let path: String
    /// The format; nil to tell it from the path.
    public let format: DataFormat?

    public init(path: String, format: DataFormat? = nil) {
        self.path = path
        self.format = format
    }

    /// Reads and validates the data.
    /// - Throws: `LoadError` with every problem found, sorted by file, line and column.
    public func load() throws(LoadError) -> Network {
        try loadWithNotes().network
    }

    /// Reads and validates the data, and also returns notes that are not errors: the claims
    /// still waiting for review.
    /// - Throws: `LoadError` with every problem found, sorted by file, line and column.
    public func loadWithNotes() throws(LoadError) -> (network: Network, notes: [LoadNote]) {
        let isStandardInput = path == "-"
        guard let format = format ?? (isStandardInput ? nil : DataFormat.of(path: path)) else {
            if isStandardInput { throw .formatUnknown(path: path) }
            guard FileManager.default.fileExists(atPath: path) else { throw .dataFolderMissing(path: path) }
            throw .formatUnknown(path: path)
        }
        let builder = NetworkBuilder()
        let shownPath = isStandardInput ? "<stdin>" : path
        switch format {
        case .folder:
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                throw .dataFolderMissing(path: path)
            }
            DataFolderReader(folder: path, builder: builder).read()
        case .json, .jsonl:
            let handle: FileHandle
            if isStandardInput {
                handle = FileHandle.standardInput
            } else {
                switch InputFile.open(path, limit: format == .json ? InputFile.documentLimit : .max) {
                case .success(let opened): handle = opened
                case .failure(.notFound): throw .dataFolderMissing(path: path)
                case .failure(let refusal): throw .invalid([ValidationIssue(SourceLocation(file: path), refusal.description)])
                }
            }
            defer { if !isStandardInput { try? handle.close() } }
            let reader = JSONDataReader(file: shownPath, builder: builder)
            if format == .jsonl {
                reader.readLines(from: handle)
            } else {
                let data: Data
                do {
                    // Standard input has no size to check first: read at most the limit, and one byte more to tell.
                    data = try handle.read(upToCount: Int(InputFile.documentLimit) + 1) ?? Data()
                } catch {
                    throw .invalid([ValidationIssue(SourceLocation(file: shownPath), "could not read the file: \(error.localizedDescription)")])
                }
                guard data.count <= InputFile.documentLimit else {
                    throw .invalid([ValidationIssue(
                        SourceLocation(file: shownPath),
                        "the JSON document holds more than \(InputFile.documentLimit) bytes, more than is read whole; write it as JSON Lines (.jsonl), which is read a line at a time")])
                }
                data.withUnsafeBytes { reader.readDocument($0.bindMemory(to: UInt8.self)) }
            }
        }
        return try builder.finish()
    }
}
