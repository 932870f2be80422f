import Foundation
import SupplyNet
import Yams

/// Writes a `Network` as a YAML data folder (seeds/README.md): `registry.yaml`, `flows.yaml`,
/// `articles/<source-id>.txt` and `claims/<source-id>.yaml` for each source that claims cite.
///
/// Every text value is a double-quoted YAML scalar emitted by Yams, so escaping is Yams's, never
/// ours; numbers are plain scalars in Swift's shortest round-tripping form. Each front matter field
/// is one line (no line width limit), so the article text starts on line `fields + 3`; the
/// writer does not write `textStartLine` (the loader derives it from the front matter), nor the
/// `file` of a source (always `articles/<id>.txt`).
enum DataFolderWriter {
    /// A network the data format cannot express.
    enum Unwritable: Error, CustomStringConvertible {
        /// A claim id that is not `<source-id>-<n>`: the loader numbers claims by position.
        case claimIDNotPositional(ClaimID, source: SourceID)
        /// A source's claim numbers that are not 1, 2, 3… in some order.
        case claimNumbersNotConsecutive(SourceID, [Int])

        var description: String {
            switch self {
            case .claimIDNotPositional(let id, let source):
                "claim '\(id)' cannot be written: its id must be '\(source)-<n>', its position in claims/\(source).yaml"
            case .claimNumbersNotConsecutive(let source, let numbers):
                "the claims of source '\(source)' are numbered \(numbers), not 1 to \(numbers.count)"
            }
        }
    }

    /// Writes `network` into `folder`, creating it and its subfolders; replaces files of the same names.
    /// - Throws: `Unwritable` for claim ids the loader would not give back; file system errors.
    static func write(_ network: Network, to folder: URL) throws {
        let articles = folder.appendingPathComponent("articles"), claims = folder.appendingPathComponent("claims")
        for subfolder in [articles, claims] {
            try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
        }
        try save(yaml(registry(network)), to: folder.appendingPathComponent("registry.yaml"))
        try save(yaml(mapping([("flows", list(network.flows.map(flow)))])), to: folder.appendingPathComponent("flows.yaml"))
        for source in network.sources {
            let article = "---\n" + (try yaml(frontMatter(source))) + "---\n" + source.text
            try save(article, to: articles.appendingPathComponent("\(source.id).txt"))
        }
        for (source, entries) in try claimsBySource(network) {
            let file = mapping([("source", text(source.rawValue)), ("claims", list(entries.map(claim)))])
            try save(yaml(file), to: claims.appendingPathComponent("\(source).yaml"))
        }
    }

    // MARK: Files

    private static func registry(_ network: Network) -> Node {
        let actors = network.actors.map { actor in
            mapping([
                ("id", text(actor.id.rawValue)), ("name", text(actor.name)), ("kind", text(actor.kind.rawValue)),
                ("aliases", actor.aliases.isEmpty ? nil : texts(actor.aliases)), ("parent", actor.parent.map { text($0.rawValue) }),
            ])
        }
        let items = network.items.map { item in
            mapping([
                ("id", text(item.id.rawValue)), ("name", text(item.name)), ("category", text(item.category.rawValue)),
                ("aliases", item.aliases.isEmpty ? nil : texts(item.aliases)),
            ])
        }
        return mapping([("actors", list(actors)), ("items", list(items))])
    }

    private static func flow(_ flow: Flow) -> Node {
        mapping([
            ("id", text(flow.id.rawValue)), ("from", text(flow.from.rawValue)), ("to", text(flow.to.rawValue)),
            ("kind", text(flow.kind.rawValue)), ("items", texts(flow.items.map(\.rawValue))),
        ])
    }

    private static func frontMatter(_ source: Source) -> Node {
        mapping([
            ("title", text(source.title)), ("outlet", source.outlet.map(text)), ("published", text(source.published.description)),
            ("published-note", source.publishedNote.map(text)), ("url", source.url.map(text)),
        ])
    }

    private static func claim(_ entry: (flow: FlowID, claim: Claim)) -> Node {
        let claim = entry.claim
        let period = claim.period.map { period in
            mapping([("from", period.from.map { text($0.description) }), ("to", period.to.map { text($0.description) })])
        }
        let quantity = claim.quantity.map { quantity in
            mapping([
                ("text", text(quantity.text)), ("low", quantity.low.map(number)), ("high", quantity.high.map(number)),
                ("unit", text(quantity.unit)),
            ])
        }
        return mapping([
            ("flow", text(entry.flow.rawValue)), ("status", text(claim.status.rawValue)), ("quote", text(claim.quote)),
            ("speaker", claim.speaker.map(text)), ("party", claim.party.map { text($0.rawValue) }),
            ("said", claim.said.map { text($0.description) }), ("period", period), ("quantity", quantity),
            ("review", claim.isReviewed ? nil : text("unreviewed")),
        ])
    }

    /// Each cited source with its claims in claims-file order (by the n of `<source-id>-<n>`), in
    /// the order of `network.sources`.
    private static func claimsBySource(_ network: Network) throws -> [(SourceID, [(flow: FlowID, claim: Claim)])] {
        var result: [(SourceID, [(flow: FlowID, claim: Claim)])] = []
        for source in network.sources {
            var numbered: [(number: Int, flow: FlowID, claim: Claim)] = []
            for flow in network.flows {
                for claim in flow.claims where claim.source == source.id {
                    let prefix = "\(source.id)-"
                    guard claim.id.rawValue.hasPrefix(prefix), let number = Int(claim.id.rawValue.dropFirst(prefix.count)) else {
                        throw Unwritable.claimIDNotPositional(claim.id, source: source.id)
                    }
                    numbered.append((number, flow.id, claim))
                }
            }
            guard !numbered.isEmpty else { continue }
            numbered.sort { $0.number < $1.number }
            guard numbered.map(\.number) == Array(1...numbered.count) else {
                throw Unwritable.claimNumbersNotConsecutive(source.id, numbered.map(\.number))
            }
            result.append((source.id, numbered.map { ($0.flow, $0.claim) }))
        }
        return result
    }

    // MARK: YAML

    /// A mapping of the pairs whose value is present, in order.
    private static func mapping(_ pairs: [(String, Node?)]) -> Node {
        Node(pairs.compactMap { key, value in value.map { (Node(key), $0) } })
    }

    private static func list(_ nodes: [Node]) -> Node { Node(nodes) }

    /// A double-quoted string scalar: no text is ever read as a number, a boolean or null.
    private static func text(_ value: String) -> Node { Node(value, .implicit, .doubleQuoted) }

    private static func texts(_ values: [String]) -> Node { Node(values.map(text), .implicit, .flow) }

    /// A plain number in the shortest form that reads back as the same `Double`.
    private static func number(_ value: Double) -> Node { Node(value.description, .implicit, .plain) }

    /// One YAML document; `width: -1` keeps every scalar on one line.
    private static func yaml(_ node: Node) throws -> String {
        try Yams.serialize(node: node, width: -1, allowUnicode: true)
    }

    private static func save(_ text: String, to file: URL) throws {
        try Data(text.utf8).write(to: file)
    }
}
