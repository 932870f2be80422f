import Foundation

/// The network as JSON: the stable, documented format outside tools read (docs/json-format.md).
///
/// Keys are sorted, every optional field is present (as `null` when unknown), and arrays keep
/// the data's order, so the same network always gives the same bytes.
public enum NetworkJSON {
    /// Bumped when a field changes meaning or disappears; adding fields does not bump it.
    public static let formatVersion = 1

    /// The JSON text of `network`, pretty-printed, ending with a newline.
    public static func encode(_ network: Network) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value here is a string, number, bool, null, array or object: encoding cannot fail.
        var data = try! encoder.encode(Document(network))
        data.append(0x0A)
        return data
    }
}

private struct Document: Encodable {
    let formatVersion = NetworkJSON.formatVersion
    let actors: [ActorRecord]
    let items: [ItemRecord]
    let sources: [SourceRecord]
    let flows: [FlowRecord]

    init(_ network: Network) {
        actors = network.actors.map(ActorRecord.init)
        items = network.items.map(ItemRecord.init)
        sources = network.sources.map(SourceRecord.init)
        flows = network.flows.map { FlowRecord($0, network: network) }
    }
}

private struct ActorRecord: Encodable {
    let actor: Actor
    init(_ actor: Actor) { self.actor = actor }

    enum Keys: String, CodingKey { case id, name, kind, aliases, parent }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(actor.id, forKey: .id)
        try container.encode(actor.name, forKey: .name)
        try container.encode(actor.kind, forKey: .kind)
        try container.encode(actor.aliases, forKey: .aliases)
        try container.encode(actor.parent, forKey: .parent)
    }
}

private struct ItemRecord: Encodable {
    let item: Item
    init(_ item: Item) { self.item = item }

    enum Keys: String, CodingKey { case id, name, category, aliases }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(item.id, forKey: .id)
        try container.encode(item.name, forKey: .name)
        try container.encode(item.category, forKey: .category)
        try container.encode(item.aliases, forKey: .aliases)
    }
}

private struct SourceRecord: Encodable {
    let source: Source
    init(_ source: Source) { self.source = source }

    enum Keys: String, CodingKey { case id, title, outlet, date, datePrecision, dateNote, url, file }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(source.id, forKey: .id)
        try container.encode(source.title, forKey: .title)
        try container.encode(source.outlet, forKey: .outlet)
        try container.encode(source.published.description, forKey: .date)
        try container.encode(source.published.precision.rawValue, forKey: .datePrecision)
        try container.encode(source.publishedNote, forKey: .dateNote)
        try container.encode(source.url, forKey: .url)
        try container.encode(source.file, forKey: .file)
    }
}

private struct FlowRecord: Encodable {
    let flow: Flow
    let evidence: EvidenceState?
    let claims: [ClaimJSON]

    init(_ flow: Flow, network: Network) {
        self.flow = flow
        evidence = FlowEvidence(flow)?.state
        claims = flow.claims.map { ClaimJSON($0, in: network) }
    }

    enum Keys: String, CodingKey { case id, from, to, kind, items, evidence, claims }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(flow.id, forKey: .id)
        try container.encode(flow.from, forKey: .from)
        try container.encode(flow.to, forKey: .to)
        try container.encode(flow.kind, forKey: .kind)
        try container.encode(flow.items, forKey: .items)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(claims, forKey: .claims)
    }
}

/// A claim as JSON, the shape of `claims[]` in docs/json-format.md; other JSON outputs (paths)
/// use it too, optionally with a one-line `citation` for people.
public struct ClaimJSON: Encodable, Sendable {
    let claim: Claim
    /// When it was said: the claim's own date, else its source's publication date.
    let date: PartialDate?
    let citation: String?

    /// - Parameter withCitation: adds `citation`, `EvidenceText.citation(_:in:)`.
    public init(_ claim: Claim, in network: Network, withCitation: Bool = false) {
        self.claim = claim
        date = EvidenceText.date(of: claim, in: network)
        citation = withCitation ? EvidenceText.citation(claim, in: network) : nil
    }

    enum Keys: String, CodingKey { case id, status, source, quote, speaker, party, date, period, quantity, citation, unreviewed }
    enum PeriodKeys: String, CodingKey { case from, to }
    enum QuantityKeys: String, CodingKey { case text, low, high, unit }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(claim.id, forKey: .id)
        try container.encode(claim.status, forKey: .status)
        try container.encode(claim.source, forKey: .source)
        try container.encode(claim.quote, forKey: .quote)
        try container.encode(claim.speaker, forKey: .speaker)
        try container.encode(claim.party, forKey: .party)
        try container.encode(date?.description, forKey: .date)
        if let period = claim.period {
            var nested = container.nestedContainer(keyedBy: PeriodKeys.self, forKey: .period)
            try nested.encode(period.from?.description, forKey: .from)
            try nested.encode(period.to?.description, forKey: .to)
        } else {
            try container.encodeNil(forKey: .period)
        }
        if let quantity = claim.quantity {
            var nested = container.nestedContainer(keyedBy: QuantityKeys.self, forKey: .quantity)
            try nested.encode(quantity.text, forKey: .text)
            try nested.encode(quantity.low, forKey: .low)
            try nested.encode(quantity.high, forKey: .high)
            try nested.encode(quantity.unit, forKey: .unit)
        } else {
            try container.encodeNil(forKey: .quantity)
        }
        try container.encodeIfPresent(citation, forKey: .citation)
        // Only views with --include-unreviewed hold such claims; reviewed ones leave the key out.
        if !claim.isReviewed { try container.encode(true, forKey: .unreviewed) }
    }
}
