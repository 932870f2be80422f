import Foundation

/// Reads the two JSON formats into a `NetworkBuilder`: the JSON export (one document with
/// `actors`, `items`, `sources` and `flows` arrays, docs/json-format.md) and the bulk JSON Lines
/// (one record per line with a `type`, docs/bulk-format.md). Their records are the same.
struct JSONDataReader {
    /// The path shown in messages.
    let file: String
    let builder: NetworkBuilder

    private var log: IssueLog { builder.log }

    // MARK: The JSON export

    /// Reads one JSON document. A document that does not parse is one error at its place.
    func readDocument(_ bytes: UnsafeBufferPointer<UInt8>) {
        let root: DataValue
        do {
            root = try JSONReader.parse(bytes)
        } catch {
            builder.markUnreadable(NetworkBuilder.Kind.allCases, cause: report(error))
            return
        }
        guard let document = FieldReader(root, file: file, log: log, subject: "the JSON document") else { return }
        document.rejectUnknownKeys(allowed: ["formatVersion", "actors", "items", "sources", "flows"])
        if document.value("formatVersion") == nil {
            log.report(document.location, "the JSON document is missing 'formatVersion'; a network in JSON is written by supplynet export --format json (docs/json-format.md)")
        } else if let version = document.integer("formatVersion", minimum: 1), version > NetworkJSON.formatVersion {
            log.report(
                document.location(of: "formatVersion"),
                "formatVersion \(version) is newer than this supplynet reads (\(NetworkJSON.formatVersion)); update supplynet")
        }
        for (key, kind) in [("sources", NetworkBuilder.Kind.source), ("actors", .actor), ("items", .item), ("flows", .flow)] {
            for value in document.list(key) { read(value, as: kind) }
            builder.markComplete(kind)
        }
    }

    // MARK: JSON Lines

    /// Reads JSON Lines from `handle` a chunk at a time, so memory holds the network, not also the file.
    func readLines(from handle: FileHandle) {
        var pending: [UInt8] = []
        var lineNumber = 1
        var firstUnreadable: Int?
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: Self.chunkSize)
            } catch {
                log.report(SourceLocation(file: file, line: lineNumber), "could not read the file: \(error.localizedDescription)")
                return
            }
            guard let chunk, !chunk.isEmpty else { break }
            pending.append(contentsOf: chunk)
            let consumed = pending.withUnsafeBufferPointer {
                readLines(in: $0, final: false, startingAt: &lineNumber, firstUnreadable: &firstUnreadable)
            }
            pending.removeFirst(consumed)
            guard pending.count <= Self.lineLimit else {
                log.report(
                    SourceLocation(file: file, line: lineNumber),
                    "this line is longer than \(Self.lineLimit) bytes without ending; a record is one line of JSON, so check that the file is JSON Lines")
                return
            }
        }
        _ = pending.withUnsafeBufferPointer { readLines(in: $0, final: true, startingAt: &lineNumber, firstUnreadable: &firstUnreadable) }
    }

    private static let chunkSize = 4 << 20
    /// The key that says a line's record type, which records of the export do not have.
    private static let typeKey = ["type"]
    /// The longest line read: an article's text can be long, but not this long.
    private static let lineLimit = 256 << 20

    /// Reads every complete line of `bytes` (and, when `final`, the unterminated last one);
    /// returns how many bytes it consumed. A line that does not parse could define anything, so
    /// references to ids nothing defines count on the first such line.
    private func readLines(
        in bytes: UnsafeBufferPointer<UInt8>, final: Bool, startingAt lineNumber: inout Int, firstUnreadable: inout Int?
    ) -> Int {
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if lineEnd == bytes.count && !final { break }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                switch Result(catching: { () throws(JSONSyntaxError) -> DataValue in try JSONReader.parse(line, firstLine: lineNumber) }) {
                case .success(let record):
                    readLine(record)
                case .failure(let error):
                    let issue = report(error)
                    if firstUnreadable == nil {
                        firstUnreadable = issue
                        builder.markUnreadable(NetworkBuilder.Kind.allCases, cause: issue)
                    }
                }
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return min(lineStart, bytes.count)
    }

    /// One line: a record whose `type` says what it is.
    private func readLine(_ record: DataValue) {
        guard case .mapping = record.content else {
            log.report(SourceLocation(file: file, mark: record.mark), "each line must be a JSON object with a \"type\"")
            return
        }
        guard let type = record["type"]?.text, let kind = NetworkBuilder.Kind(rawValue: type) else {
            let shown = record["type"]?.text.map { "'\($0)'" } ?? "(none)"
            log.report(
                SourceLocation(file: file, mark: record["type"]?.mark ?? record.mark),
                "unknown record type \(shown)\(ClosestMatches.hint(for: record["type"]?.text ?? "", among: NetworkBuilder.Kind.allCases.map(\.rawValue))); use \"type\": actor, item, source or flow")
            return
        }
        read(record, as: kind, extraKeys: Self.typeKey)
    }

    /// One record of either format.
    private func read(_ value: DataValue, as kind: NetworkBuilder.Kind, extraKeys: [String] = []) {
        guard let fields = FieldReader(value, file: file, log: log, subject: .words(kind.subject)) else { return }
        switch kind {
        case .actor: builder.readActor(fields, extraKeys: extraKeys)
        case .item: builder.readItem(fields, extraKeys: extraKeys)
        case .source: builder.readSource(fields, extraKeys: extraKeys)
        case .flow: builder.readFlow(fields, inlineClaims: true, extraKeys: extraKeys)
        }
    }

    private func report(_ error: JSONSyntaxError) -> Int {
        log.report(SourceLocation(file: file, line: error.line, column: error.column), "JSON syntax: \(error.message)")
    }
}

extension NetworkBuilder.Kind {
    /// A record of this kind, for messages.
    var subject: String {
        switch self {
        case .actor: "an actor"
        case .item: "an item"
        case .source: "a source"
        case .flow: "a flow"
        }
    }
}
