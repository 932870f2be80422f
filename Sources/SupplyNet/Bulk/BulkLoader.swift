import Foundation

/// Loads a bulk JSON Lines file (`BulkFormat`) into a `Network`, validating references and the
/// vocabulary and reporting every problem with its line (and, for syntax, its column).
///
/// Quotes are checked against a source's text only when the source line carries a `text`.
public struct BulkLoader: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// - Throws: `LoadError.invalid` with every problem, sorted by line.
    /// - Complexity: O(bytes) parsing, then O(flows + claims) with hashing.
    public func load() throws(LoadError) -> Network {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw .invalid([ValidationIssue(SourceLocation(file: path), "file not found; give a .jsonl file in the bulk format (docs/bulk-format.md)")])
        }
        defer { try? file.close() }
        var reader = BulkRecordReader(path: path)
        // A chunk at a time, so memory holds the network, not also the whole file.
        var pending: [UInt8] = []
        var lineNumber = 1
        while true {
            let chunk: Data?
            do {
                chunk = try file.read(upToCount: Self.chunkSize)
            } catch {
                throw .invalid([ValidationIssue(SourceLocation(file: path, line: lineNumber), "could not read the file: \(error.localizedDescription)")])
            }
            guard let chunk, !chunk.isEmpty else { break }
            pending.append(contentsOf: chunk)
            let consumed = pending.withUnsafeBufferPointer { readLines(in: $0, final: false, startingAt: &lineNumber, into: &reader) }
            pending.removeFirst(consumed)
        }
        _ = pending.withUnsafeBufferPointer { readLines(in: $0, final: true, startingAt: &lineNumber, into: &reader) }
        return try reader.finish()
    }

    private static let chunkSize = 4 << 20

    /// Reads every complete line of `bytes` (and, when `final`, the unterminated last one);
    /// returns how many bytes it consumed.
    private func readLines(
        in bytes: UnsafeBufferPointer<UInt8>, final: Bool, startingAt lineNumber: inout Int, into reader: inout BulkRecordReader
    ) -> Int {
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if lineEnd == bytes.count && !final { break }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                switch Result(catching: { () throws(JSONSyntaxError) -> JSONValue in try JSONLineParser.parse(line) }) {
                case .success(let record): reader.read(record, line: lineNumber)
                case .failure(let error): reader.report(line: lineNumber, column: error.column, "JSON syntax: \(error.message)")
                }
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return min(lineStart, bytes.count)
    }
}

/// Turns parsed lines into model values, collecting problems.
private struct BulkRecordReader {
    let path: String
    var issues: [ValidationIssue] = []
    var actors: [Actor] = []
    var items: [Item] = []
    var sources: [Source] = []
    var flows: [Flow] = []
    var flowLines: [Int] = []
    /// The line each id was first defined on, per kind of record.
    var lines: [String: [String: Int]] = ["actor": [:], "item": [:], "source": [:], "flow": [:]]

    init(path: String) {
        self.path = path
    }

    mutating func report(line: Int, column: Int = 1, _ message: String) {
        issues.append(ValidationIssue(SourceLocation(file: path, line: line, column: column), message))
    }

    mutating func read(_ record: JSONValue, line: Int) {
        guard case .object = record else { return report(line: line, "each line must be a JSON object") }
        switch record["type"]?.string {
        case "actor": readActor(record, line: line)
        case "item": readItem(record, line: line)
        case "source": readSource(record, line: line)
        case "flow": readFlow(record, line: line)
        case let other:
            report(line: line, "unknown record type \(other.map { "'\($0)'" } ?? "(none)"); use \"type\": actor, item, source or flow")
        }
    }

    private mutating func required(_ record: JSONValue, _ key: String, line: Int, what: String) -> String? {
        guard let value = record[key]?.string, !value.isEmpty else {
            report(line: line, "\(what) is missing \"\(key)\" (a non-empty string)")
            return nil
        }
        return value
    }

    private mutating func word<Word: RawRepresentable & CaseIterable>(
        _ record: JSONValue, _ key: String, _ type: Word.Type, line: Int, what: String
    ) -> Word? where Word.RawValue == String {
        guard let text = required(record, key, line: line, what: what) else { return nil }
        guard let value = Word(rawValue: text) else {
            let words = Word.allCases.map(\.rawValue)
            report(line: line, "'\(text)' is not a valid \(key)\(ClosestMatches.hint(for: text, among: words)); use one of: \(words.joined(separator: ", "))")
            return nil
        }
        return value
    }

    private func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let values)? = value else { return [] }
        return values.compactMap(\.string)
    }

    private mutating func unique(_ kind: String, _ id: String, line: Int) -> Bool {
        if let first = lines[kind, default: [:]][id] {
            report(line: line, "duplicate \(kind) id '\(id)', first on line \(first)")
            return false
        }
        lines[kind, default: [:]][id] = line
        return true
    }

    private mutating func readActor(_ record: JSONValue, line: Int) {
        let id = required(record, "id", line: line, what: "an actor")
        let name = required(record, "name", line: line, what: "an actor")
        let kind = word(record, "kind", ActorKind.self, line: line, what: "an actor")
        guard let id, let name, let kind, unique("actor", id, line: line) else { return }
        actors.append(Actor(id: ActorID(id), name: name, kind: kind, aliases: strings(record["aliases"]), parent: record["parent"]?.string.map { ActorID($0) }))
    }

    private mutating func readItem(_ record: JSONValue, line: Int) {
        let id = required(record, "id", line: line, what: "an item")
        let name = required(record, "name", line: line, what: "an item")
        let category = word(record, "category", ItemCategory.self, line: line, what: "an item")
        guard let id, let name, let category, unique("item", id, line: line) else { return }
        items.append(Item(id: ItemID(id), name: name, category: category, aliases: strings(record["aliases"])))
    }

    private mutating func readSource(_ record: JSONValue, line: Int) {
        let id = required(record, "id", line: line, what: "a source")
        let title = required(record, "title", line: line, what: "a source")
        let dateText = required(record, "date", line: line, what: "a source")
        let date = dateText.flatMap(PartialDate.init(parsing:))
        if let dateText, date == nil { report(line: line, "'\(dateText)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD") }
        guard let id, let title, let date, unique("source", id, line: line) else { return }
        sources.append(Source(
            id: SourceID(id), title: title, outlet: record["outlet"]?.string, published: date, url: record["url"]?.string,
            file: path, text: record["text"]?.string ?? ""))
    }

    private mutating func readFlow(_ record: JSONValue, line: Int) {
        let id = required(record, "id", line: line, what: "a flow")
        let from = required(record, "from", line: line, what: "a flow")
        let to = required(record, "to", line: line, what: "a flow")
        let kind = word(record, "kind", FlowKind.self, line: line, what: "a flow")
        guard let id, let from, let to, let kind, unique("flow", id, line: line) else { return }
        var claims: [Claim] = []
        if case .array(let values)? = record["claims"] {
            for (index, value) in values.enumerated() {
                let status = word(value, "status", ClaimStatus.self, line: line, what: "claim \(index + 1)")
                let source = required(value, "source", line: line, what: "claim \(index + 1)")
                let quote = required(value, "quote", line: line, what: "claim \(index + 1)")
                guard let status, let source, let quote else { continue }
                claims.append(Claim(
                    id: ClaimID("\(id)-\(index + 1)"), status: status, source: SourceID(source), quote: quote,
                    speaker: value["speaker"]?.string, party: value["party"]?.string.map { ActorID($0) },
                    said: value["said"]?.string.flatMap(PartialDate.init(parsing:))))
            }
        }
        flows.append(Flow(id: FlowID(id), from: ActorID(from), to: ActorID(to), kind: kind, items: strings(record["items"]).map { ItemID($0) }, claims: claims))
        flowLines.append(line)
    }

    /// Checks every reference now that all lines are read, and builds the network.
    mutating func finish() throws(LoadError) -> Network {
        let actorIDs = Set(actors.map(\.id))
        let itemIDs = Set(items.map(\.id))
        let sourceTexts = Dictionary(sources.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        for actor in actors {
            if let parent = actor.parent, !actorIDs.contains(parent) {
                report(line: lines["actor"]?[actor.id.rawValue] ?? 1, "actor '\(actor.id)' has parent '\(parent)', which is not defined; add an actor line for it")
            }
        }
        for (flow, line) in zip(flows, flowLines) {
            for end in [flow.from, flow.to] where !actorIDs.contains(end) {
                report(line: line, "flow '\(flow.id)' names unknown actor '\(end)'; add an actor line for it")
            }
            for item in flow.items where !itemIDs.contains(item) {
                report(line: line, "flow '\(flow.id)' names unknown item '\(item)'; add an item line for it")
            }
            if flow.claims.isEmpty {
                report(line: line, "flow '\(flow.id)' has no claims; every edge is evidence: give it \"claims\"")
            }
            for claim in flow.claims {
                guard let text = sourceTexts[claim.source] else {
                    report(line: line, "claim \(claim.id) names unknown source '\(claim.source)'; add a source line for it")
                    continue
                }
                if let party = claim.party, !actorIDs.contains(party) {
                    report(line: line, "claim \(claim.id) names unknown party '\(party)'; add an actor line for it")
                }
                if !text.isEmpty, !text.contains(claim.quote) {
                    report(line: line, "claim \(claim.id): the quote does not occur verbatim in source '\(claim.source)'")
                }
            }
        }
        guard issues.isEmpty else { throw .invalid(issues.sorted()) }
        return Network(actors: actors, items: items, sources: sources, flows: flows)
    }
}
