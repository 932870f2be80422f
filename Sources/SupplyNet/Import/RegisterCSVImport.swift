import CSV

/// The transfer register that `supplynet export --format csv` writes (`TransferRegisterCSV`), read
/// back as claims for a data folder, so an analyst can edit claims in a spreadsheet and bring
/// them back (docs/exports.md, "Import").
///
/// Each row names its flow (`flow_id`, `supplier_id`, `recipient_id`, `flow_kind`, `item_id`) and
/// its claims: the quotes (` | `-joined) and the sources they come from (`; `-joined). Every quote
/// must occur verbatim in one of its row's sources' articles in the folder; the first source
/// whose article holds it is the claim's source. A quote not in any is refused at its place in the
/// CSV (file:line:column). Actors, items and sources must be the folder's; a flow the folder lacks
/// is added. A claim the folder already has (same flow, source and quote) is left as it is.
///
/// The register holds each flow's evidence state, not each claim's status: a claim gets the
/// `statuses` column's status when the sheet has one (` | `-joined like the quotes), else the
/// status the state names (`delivered`, `not-observed`, `denied`), `offered` for
/// offered-or-planned, and `alleged` for requested-or-alleged and contested (with a note: the
/// register does not say which quote denies).
public enum RegisterCSVImport {
    /// The columns a register must have.
    public static let requiredColumns = ["supplier_id", "recipient_id", "flow_kind", "sources", "quotes", "flow_id"]

    /// Plans the import of `text`, the contents of `file`, into the folder whose network is `network`.
    public static func plan(_ text: String, file: String, into network: Network) -> NetworkImport {
        var plan = NetworkImport()
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            plan.issues.append(ValidationIssue(SourceLocation(file: file), "cannot read the header row; the file must start with the register's header (\(TransferRegisterCSV.columns.joined(separator: ",")))"))
            return plan
        }
        let header = reader.headerRow ?? []
        let missing = requiredColumns.filter { !header.contains($0) }
        guard missing.isEmpty else {
            plan.issues.append(ValidationIssue(SourceLocation(file: file), "the header lacks \(missing.joined(separator: ", ")); a register from supplynet export --format csv has \(TransferRegisterCSV.columns.joined(separator: ","))"))
            return plan
        }
        // The header is line 1; each record starts a line after the last one's line breaks.
        var line = 2 + TextPositions.lineBreaks(in: header)
        var rows: [Row] = []
        while let fields = reader.next() {
            let start = line
            line += 1 + TextPositions.lineBreaks(in: fields)
            guard fields != [""] else { continue }
            var values: [String: String] = [:]
            for (name, value) in zip(header, fields) where values[name] == nil { values[name] = undefused(value) }
            rows.append(Row(values: values, line: start))
        }
        read(rows, text: text, file: file, network: network, into: &plan)
        return plan
    }

    /// A record of the sheet: its fields by column, and the line it starts on.
    struct Row {
        let values: [String: String]
        let line: Int

        subscript(_ column: String) -> String { values[column] ?? "" }
    }

    private static func read(_ rows: [Row], text: String, file: String, network: Network, into plan: inout NetworkImport) {
        // Where fields stand is worked out only when one is wrong: a large sheet that is right
        // needs no copy of its scalars.
        var positions: TextPositions?
        func location(of needle: String, from line: Int) -> SourceLocation {
            if positions == nil { positions = TextPositions(text) }
            return positions!.location(of: needle, from: line, file: file)
        }
        let existing = Set(network.flows.flatMap { flow in flow.claims.map { Key(flow: flow.id, source: $0.source, quote: $0.quote) } })
        var seen = Set<Key>()
        var flows: [FlowID: Flow] = Dictionary(uniqueKeysWithValues: network.flows.map { ($0.id, $0) })
        var newFlowIndex: [FlowID: Int] = [:]
        var newFlowLine: [FlowID: Int] = [:]
        var leftAsTheyAre = 0
        for row in rows {
            func issue(_ column: String, _ message: String, find needle: String? = nil) {
                plan.issues.append(ValidationIssue(location(of: needle ?? row[column], from: row.line), message))
            }
            let flowName = row["flow_id"]
            guard !flowName.contains(";") else {
                issue("flow_id", "this row speaks for several flows (\(flowName)), as a register of a grouped view (--group pair) does; export without --group to import it")
                continue
            }
            guard let from = network.actor(ActorID(row["supplier_id"]))?.id else {
                issue("supplier_id", "no actor '\(row["supplier_id"])' in the folder's registry; add it to registry.yaml, or use an actor id of the registry")
                continue
            }
            guard let to = network.actor(ActorID(row["recipient_id"]))?.id else {
                issue("recipient_id", "no actor '\(row["recipient_id"])' in the folder's registry; add it to registry.yaml, or use an actor id of the registry")
                continue
            }
            guard let kind = FlowKind(rawValue: row["flow_kind"]) else {
                issue("flow_kind", "flow_kind must be one of \(FlowKind.allCases.map(\.rawValue).joined(separator: ", "))")
                continue
            }
            var item: ItemID?
            if !row["item_id"].isEmpty {
                guard let known = network.item(ItemID(row["item_id"]))?.id else {
                    issue("item_id", "no item '\(row["item_id"])' in the folder's registry; add it to registry.yaml, or use an item id of the registry")
                    continue
                }
                item = known
            }
            let flowID = FlowID(flowName)
            if let flow = flows[flowID] {
                if flow.from != from || flow.to != to || flow.kind != kind {
                    issue("flow_id", "flow '\(flowName)' is \(flow.from) → \(flow.to), \(flow.kind.rawValue) in the folder, but this row says \(from) → \(to), \(kind.rawValue); change the row or the folder's flows")
                    continue
                }
                if let item, !flow.items.contains(item) {
                    if let index = newFlowIndex[flowID] {
                        plan.flows[index].items.append(item)
                        flows[flowID]?.items.append(item)
                    } else {
                        issue("item_id", "flow '\(flowName)' does not carry '\(item)' in the folder; add the item to the flow in flows.yaml, or import it as a new flow id")
                        continue
                    }
                }
            } else {
                guard IdentifierRules.isSlug(flowName) else {
                    issue("flow_id", "flow id '\(flowName)' must be a lowercase slug of letters, digits and '-' (like irn-rus-drones)")
                    continue
                }
                let flow = Flow(id: flowID, from: from, to: to, kind: kind, items: item.map { [$0] } ?? [])
                flows[flowID] = flow
                newFlowIndex[flowID] = plan.flows.count
                newFlowLine[flowID] = row.line
                plan.flows.append(flow)
            }
            // The row's sources, then its quotes, each found in one of them.
            var sources: [Source] = []
            for name in row["sources"].components(separatedBy: "; ") where !name.isEmpty {
                guard let source = network.source(SourceID(name)) else {
                    issue("sources", "no source '\(name)' in the folder's articles; name an article of articles/ (its file name without .txt)", find: name)
                    continue
                }
                sources.append(source)
            }
            let statuses = row["statuses"].isEmpty ? [] : row["statuses"].components(separatedBy: " | ")
            let quotes = split(row["quotes"], among: sources)
            if !statuses.isEmpty, statuses.count != quotes.count {
                issue("statuses", "statuses gives \(statuses.count) statuses for \(quotes.count) quotes; give one per quote, joined with ' | '")
                continue
            }
            let state = row["status"]
            if statuses.isEmpty, state == EvidenceState.contested.rawValue, !quotes.isEmpty {
                plan.notes.append("\(file):\(row.line): note: flow '\(flowName)' is contested, and the register does not say which quote denies it: its claims are imported as alleged; review them, or add a statuses column")
            }
            for (index, quote) in quotes.enumerated() {
                guard let source = quote.source else {
                    let names = sources.map { "articles/\($0.id).txt" }.joined(separator: ", ")
                    issue("quotes", "this quote is not in the text of \(names.isEmpty ? "any source the row names" : names); quote the article verbatim, or name its source in the sources column", find: quote.text)
                    continue
                }
                let written = statuses.isEmpty ? status(for: state) : ClaimStatus(rawValue: statuses[index])
                guard let written else {
                    issue(statuses.isEmpty ? "status" : "statuses", "'\(statuses.isEmpty ? state : statuses[index])' is no claim status; use one of \(ClaimStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                    continue
                }
                let key = Key(flow: flowID, source: source.id, quote: quote.text)
                if existing.contains(key) {
                    if seen.insert(key).inserted { leftAsTheyAre += 1 }
                    continue
                }
                guard seen.insert(key).inserted else { continue }
                let claim = Claim(
                    id: ClaimID("\(source.id)-\(plan.entries.count + 1)"), status: written, source: source.id, quote: quote.text,
                    isReviewed: false)
                plan.entries.append(ProposedClaimsFile.Entry(flow: flowID, claim: claim, provenance: [("line", .number(Double(row.line)))]))
            }
        }
        let claimed = Set(plan.entries.map(\.flow))
        for flow in plan.flows where !claimed.contains(flow.id) {
            let line = newFlowLine[flow.id] ?? 1
            plan.issues.append(ValidationIssue(
                location(of: flow.id.rawValue, from: line),
                "flow '\(flow.id)' is new to the folder and its rows give no quote; every flow needs a claim: add a quote and its source"))
        }
        if leftAsTheyAre > 0 {
            plan.notes.append("\(file): note: \(leftAsTheyAre) claims the folder already has were left as they are")
        }
    }

    /// A claim as the register can tell it apart.
    private struct Key: Hashable {
        let flow: FlowID
        let source: SourceID
        let quote: String
    }

    /// The status a claim gets from its flow's evidence state (or a claim status an analyst wrote).
    static func status(for state: String) -> ClaimStatus? {
        if let status = ClaimStatus(rawValue: state) { return status }
        switch EvidenceState(rawValue: state) {
        case .offeredOrPlanned: return .offered
        case .requestedOrAlleged, .contested: return .alleged
        default: return nil
        }
    }

    /// The quotes of a `quotes` field, each with the first of `sources` whose text holds it. The
    /// field joins quotes with ` | `; a quote that itself holds ` | ` is kept whole, by taking at
    /// each step the most pieces that together occur in a source (a run of pieces that occurs
    /// starts with shorter runs that occur, so the runs are grown one piece at a time).
    /// - Complexity: O(pieces × sources × text) at worst, O(pieces) scans when no quote holds ` | `.
    static func split(_ field: String, among sources: [Source]) -> [(text: String, source: Source?)] {
        guard !field.isEmpty else { return [] }
        let pieces = field.components(separatedBy: " | ")
        var result: [(text: String, source: Source?)] = []
        var index = 0
        while index < pieces.count {
            var found: (text: String, source: Source?, end: Int) = (pieces[index], nil, index + 1)
            var end = index + 1
            while end <= pieces.count {
                let candidate = pieces[index..<end].joined(separator: " | ")
                guard let source = sources.first(where: { holds($0.text, candidate) }) else { break }
                found = (candidate, source, end)
                end += 1
            }
            result.append((found.text, found.source))
            index = found.end
        }
        return result
    }

    /// Whether `quote` occurs in `text` verbatim, scalar for scalar, as the loader checks it.
    static func holds(_ text: String, _ quote: String) -> Bool {
        let count = quote.unicodeScalars.count
        return count > 0 && QuoteMatcher(quotes: [quote]).matches(in: text).first?.matchedScalars == count
    }

    /// A field as written before `TransferRegisterCSV` defused it: without the apostrophe it puts
    /// before a leading `=`, `+`, `-`, `@`, tab or CR.
    static func undefused(_ field: String) -> String {
        guard field.hasPrefix("'"), let second = field.unicodeScalars.dropFirst().first,
            ["=", "+", "-", "@", "\t", "\r"].contains(second)
        else { return field }
        return String(field.dropFirst())
    }
}

/// Where text stands in a file, as line and column (Unicode scalars, counting from 1), to point
/// at a field the CSV reader returned without its place.
struct TextPositions {
    private let scalars: [Unicode.Scalar]
    /// The scalar offset at which each line starts.
    private let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" || (scalar == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n")) {
                starts.append(index + 1)
            }
        }
        lineStarts = starts
    }

    /// How many line breaks the fields of a record hold (CRLF counting once).
    static func lineBreaks(in fields: [String]) -> Int {
        fields.reduce(0) { count, field in
            let scalars = Array(field.unicodeScalars)
            return count + scalars.indices.count { index in
                scalars[index] == "\n" || (scalars[index] == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n"))
            }
        }
    }

    /// Where `needle` is first written from the start of `line` on: as it is, or with its double
    /// quotes doubled (inside a quoted field); the start of the line when it is found neither way.
    func location(of needle: String, from line: Int, file: String) -> SourceLocation {
        let start = line - 1 < lineStarts.count ? lineStarts[line - 1] : scalars.count
        for form in [needle.replacingOccurrences(of: "\"", with: "\"\""), needle] where !form.isEmpty {
            let pattern = Array(form.unicodeScalars)
            guard pattern.count <= scalars.count - start else { continue }
            var index = start
            while index + pattern.count <= scalars.count {
                if scalars[index] == pattern[0], scalars[index..<(index + pattern.count)].elementsEqual(pattern) {
                    let found = lineStarts.lastIndex { $0 <= index } ?? 0
                    return SourceLocation(file: file, line: found + 1, column: index - lineStarts[found] + 1)
                }
                index += 1
            }
        }
        return SourceLocation(file: file, line: line, column: 1)
    }
}
