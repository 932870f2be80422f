import Foundation

/// The network as JSON: the stable, documented format outside tools read (docs/json-format.md,
/// docs/network.schema.json), and that `NetworkLoader` reads back without loss.
///
/// Keys are sorted, every field is present (as `null` when unknown), and arrays keep the data's
/// order, so the same network always gives the same bytes.
public enum NetworkJSON {
    /// Bumped when a field changes meaning or disappears; adding fields does not bump it.
    public static let formatVersion = 1

    /// The JSON text of `network`, pretty-printed, ending with a newline.
    public static func encode(_ network: Network) -> Data {
        let document = JSONText.object([
            ("formatVersion", .number(Double(formatVersion))),
            ("actors", .array(network.actors.map { NetworkRecords.actor($0, .export) })),
            ("items", .array(network.items.map { NetworkRecords.item($0, .export) })),
            ("sources", .array(network.sources.map { NetworkRecords.source($0, .export) })),
            ("flows", .array(network.flows.map { NetworkRecords.flow($0, in: network, .export) })),
        ])
        return Data((document.written(pretty: true) + "\n").utf8)
    }
}

/// A claim as JSON, the shape of `claims[]` in docs/json-format.md, for `Encodable` documents
/// (the paths JSON), optionally with a one-line `citation` for people.
struct ClaimJSON: Encodable, Sendable {
    let record: JSONText

    /// - Parameter withCitation: adds `citation`, `EvidenceText.citation(_:in:)`.
    init(_ claim: Claim, in network: Network, withCitation: Bool = false) {
        record = NetworkRecords.claim(
            claim, in: network, .export, citation: withCitation ? EvidenceText.citation(claim, in: network) : nil)
    }

    func encode(to encoder: any Encoder) throws { try record.encode(to: encoder) }
}
