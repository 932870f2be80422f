/// The records of the JSON export and the bulk JSON Lines, built in one place so both formats
/// carry the same fields under the same names; the readers (`NetworkLoader`) read them back.
///
/// The export writes every field, `null` when unknown, and the fields derived from the data
/// (`evidence`, `datePrecision`, a claim's `date`); the bulk format leaves out nulls, empty lists
/// and derived fields, and adds `type`.
package enum NetworkRecords {
    /// Which of the two formats a record is for.
    package enum Layout: Sendable {
        case export
        case bulk
    }

    package static func actor(_ actor: Actor, _ layout: Layout) -> JSONText {
        var fields: [(String, JSONText)] = [
            ("id", .string(actor.id.rawValue)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
            ("aliases", .strings(actor.aliases)), ("parent", .string(actor.parent?.rawValue)),
        ]
        if !actor.isReviewed { fields.append(("unreviewed", .bool(true))) }
        return record("actor", layout, fields)
    }

    package static func item(_ item: Item, _ layout: Layout) -> JSONText {
        record("item", layout, [
            ("id", .string(item.id.rawValue)), ("name", .string(item.name)), ("category", .string(item.category.rawValue)),
            ("aliases", .strings(item.aliases)),
        ])
    }

    package static func source(_ source: Source, _ layout: Layout) -> JSONText {
        var fields: [(String, JSONText)] = [
            ("id", .string(source.id.rawValue)), ("title", .string(source.title)), ("outlet", .string(source.outlet)),
            ("date", .string(source.published.description)), ("dateNote", .string(source.publishedNote)), ("url", .string(source.url)),
            ("file", .string(source.file)), ("text", .string(source.text)), ("textStartLine", .number(Double(source.textStartLine))),
        ]
        if layout == .export { fields.append(("datePrecision", .string(source.published.precision.rawValue))) }
        if layout == .bulk {
            fields.removeAll { ($0.0 == "text" && source.text.isEmpty) || ($0.0 == "textStartLine" && source.textStartLine == 1) }
        }
        return record("source", layout, fields)
    }

    package static func flow(_ flow: Flow, in network: Network, _ layout: Layout) -> JSONText {
        var fields: [(String, JSONText)] = [
            ("id", .string(flow.id.rawValue)), ("from", .string(flow.from.rawValue)), ("to", .string(flow.to.rawValue)),
            ("kind", .string(flow.kind.rawValue)), ("items", .strings(flow.items.map(\.rawValue))),
            ("claims", .array(flow.claims.map { claim($0, in: network, layout) })),
        ]
        if layout == .export {
            fields.append(("evidence", .string(FlowEvidence(flow)?.state.rawValue)))
            fields.append(("support", support(FlowVoices(flow, in: network), in: network)))
        }
        if !flow.parts.isEmpty {
            fields.append(("parts", .array(flow.parts.map { part in
                .object([
                    ("id", .string(part.id.rawValue)), ("items", .strings(part.items.map(\.rawValue))),
                    ("claims", .strings(part.claims.map(\.id.rawValue))),
                ])
            })))
        }
        return record("flow", layout, fields)
    }

    /// Who a flow rests on (`flows[].support` in docs/json-format.md, also the paths JSON's per-hop
    /// `articles`, `voices` and `parties`): the articles, voices and parties of the claims saying it happened.
    package static func support(_ voices: FlowVoices, in network: Network) -> JSONText {
        .object([
            ("articles", .strings(voices.articles.map(\.rawValue))),
            ("voices", .array(voices.voices.map { voice($0, in: network) })),
            ("parties", .array(voices.parties.map { voice($0, in: network) })),
        ])
    }

    /// A voice: its name for people, then its speaker, party and outlet (`null` when not its kind).
    package static func voice(_ voice: Voice, in network: Network) -> JSONText {
        .object([
            ("name", .string(voice.name(in: network))), ("speaker", .string(voice.speaker)),
            ("party", .string(voice.party?.rawValue)), ("outlet", .string(voice.outlet)),
        ])
    }

    /// A claim: the shape of `claims[]` in docs/json-format.md, also used by the paths JSON.
    /// - Parameter citation: a one-line citation for people, added as `citation`.
    package static func claim(_ claim: Claim, in network: Network, _ layout: Layout, citation: String? = nil) -> JSONText {
        var fields: [(String, JSONText)] = [
            ("id", .string(claim.id.rawValue)), ("status", .string(claim.status.rawValue)), ("source", .string(claim.source.rawValue)),
            ("quote", .string(claim.quote)), ("speaker", .string(claim.speaker)), ("party", .string(claim.party?.rawValue)),
            ("said", .string(claim.said?.description)),
            ("period", claim.period.map { .object([("from", .string($0.from?.description)), ("to", .string($0.to?.description))]) } ?? .null),
            ("quantity", claim.quantity.map {
                .object([("text", .string($0.text)), ("low", .number($0.low)), ("high", .number($0.high)), ("unit", .string($0.unit))])
            } ?? .null),
        ]
        if layout == .export { fields.append(("date", .string(EvidenceText.date(of: claim, in: network)?.description))) }
        if let citation { fields.append(("citation", .string(citation))) }
        if !claim.isReviewed { fields.append(("unreviewed", .bool(true))) }
        return .object(layout == .bulk ? compacted(fields) : fields)
    }

    /// A record: for the bulk format with its `type` and without nulls or empty lists.
    private static func record(_ type: String, _ layout: Layout, _ fields: [(String, JSONText)]) -> JSONText {
        switch layout {
        case .export: .object(fields)
        case .bulk: .object([("type", .string(type))] + compacted(fields))
        }
    }

    private static func compacted(_ fields: [(String, JSONText)]) -> [(String, JSONText)] {
        fields.filter { _, value in
            switch value {
            case .null: false
            case .array(let elements): !elements.isEmpty
            default: true
            }
        }
    }
}
