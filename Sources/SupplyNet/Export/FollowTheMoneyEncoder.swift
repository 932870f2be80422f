/// The network as FollowTheMoney entities, one JSON object a line (`{"id", "schema",
/// "properties"}`), the data model of OCCRP Aleph and OpenSanctions (docs/exports.md).
///
/// - Actors: `Person`, `Company`, `Organization` (organizations and armed groups, the latter with
///   `legalForm` "armed group") or `PublicBody` (public bodies, and states with `legalForm`
///   "state"); an actor's group as a `Membership` (member → organization). An unreviewed actor
///   says so in its `notes`.
/// - Sources: `Article`, with the title, publication date, outlet (`publisher`), URL, file and
///   text (`bodyText`).
/// - Claims: one interval each, since each has its own source, date and status: a sanction's as a
///   `Sanction` (the target as `entity`, the imposer's name as `authority`), every other flow's as
///   an `UnknownLink` (`subject` → `object`, `role` "transfer of Shahed drones"). Each carries the
///   quote (`description`), status (`status`), date (`date`), period (`startDate`, `endDate`), the
///   source (`proof`, `sourceUrl`, `publisher`), the recorded flow's id (`recordId`) and a one-line
///   `summary` with the attribution and quantity. A flow without claims is one interval without them.
///
/// Text is written as FtM keeps it (`FollowTheMoneyText`). Same network, same bytes.
public enum FollowTheMoneyEncoder {
    /// The entities of `network`, a line each with its newline: actors, memberships, sources, then
    /// the claims of each recorded flow (a grouped edge's parts, in data order).
    public static func encode(_ network: Network) -> String {
        var output = ""
        encode(network) { output += $0 }
        return output
    }

    /// The entities of `network`, handed over a line at a time.
    public static func encode(_ network: Network, line: (String) -> Void) {
        func write(_ id: String, _ schema: String, _ properties: [(String, [String])]) {
            line(entity(id, schema, properties).written(pretty: false) + "\n")
        }
        for actor in network.actors {
            write(FollowTheMoneyID.id(.actor, actor.id.rawValue), schema(of: actor.kind), actorProperties(actor))
        }
        for actor in network.actors {
            guard let parent = actor.parent else { continue }
            write(FollowTheMoneyID.id(.member, actor.id.rawValue), "Membership", [
                ("member", [FollowTheMoneyID.id(.actor, actor.id.rawValue)]),
                ("organization", [FollowTheMoneyID.id(.actor, parent.rawValue)]),
                ("role", ["part of"]),
            ])
        }
        for source in network.sources {
            write(FollowTheMoneyID.id(.source, source.id.rawValue), "Article", [
                ("name", [source.title]), ("title", [source.title]), ("publishedAt", [source.published.description]),
                ("publisher", [source.outlet].compactMap { $0 }), ("sourceUrl", [source.url].compactMap { $0 }),
                ("fileName", [source.file]), ("bodyText", [source.text]), ("notes", [source.publishedNote].compactMap { $0 }),
            ])
        }
        for flow in network.flows {
            for recorded in flow.parts.isEmpty ? [flow] : flow.parts {
                let ends = endProperties(of: recorded, in: network)
                let schema = recorded.kind == .sanction ? "Sanction" : "UnknownLink"
                guard !recorded.claims.isEmpty else {
                    write(FollowTheMoneyID.id(.flow, recorded.id.rawValue), schema, ends + [("recordId", [recorded.id.rawValue])])
                    continue
                }
                for claim in recorded.claims {
                    write(FollowTheMoneyID.id(.claim, claim.id.rawValue), schema, ends + claimProperties(claim, of: recorded, in: network))
                }
            }
        }
    }

    /// The FtM schema of an actor kind.
    public static func schema(of kind: ActorKind) -> String {
        switch kind {
        case .state, .publicBody: "PublicBody"
        case .organization, .armedGroup: "Organization"
        case .company: "Company"
        case .person: "Person"
        }
    }

    /// The `legalForm` that tells apart kinds sharing a schema: "state", "armed group".
    public static func legalForm(of kind: ActorKind) -> String? {
        switch kind {
        case .state: "state"
        case .armedGroup: "armed group"
        default: nil
        }
    }

    private static func actorProperties(_ actor: Actor) -> [(String, [String])] {
        // FtM requires a name: an actor whose name FtM would keep nothing of goes by its id.
        let name = FollowTheMoneyText.kept(actor.name, as: .name) == nil ? actor.id.rawValue : actor.name
        return [
            ("name", [name]), ("alias", actor.aliases), ("legalForm", [legalForm(of: actor.kind)].compactMap { $0 }),
            ("notes", actor.isReviewed ? [] : ["unreviewed"]),
        ]
    }

    /// Who a flow links: `subject` and `object`, or a sanction's `entity` and `authority`.
    private static func endProperties(of flow: Flow, in network: Network) -> [(String, [String])] {
        let from = FollowTheMoneyID.id(.actor, flow.from.rawValue)
        let to = FollowTheMoneyID.id(.actor, flow.to.rawValue)
        guard flow.kind == .sanction else {
            return [("subject", [from]), ("object", [to]), ("role", [EvidenceText.what(flow, in: network)])]
        }
        let items = flow.items.map { network.item($0)?.name ?? $0.rawValue }
        return [("entity", [to]), ("authority", [FlowSummary.name(of: flow.from, in: network)]), ("provisions", items)]
    }

    private static func claimProperties(_ claim: Claim, of flow: Flow, in network: Network) -> [(String, [String])] {
        let source = network.source(claim.source)
        return [
            ("description", [claim.quote]), ("status", [claim.status.rawValue]), ("recordId", [flow.id.rawValue]),
            ("summary", [summary(of: claim, in: network)].compactMap { $0 }),
            ("date", [EvidenceText.date(of: claim, in: network)?.description].compactMap { $0 }),
            ("startDate", [claim.period?.from?.description].compactMap { $0 }),
            ("endDate", [claim.period?.to?.description].compactMap { $0 }),
            ("proof", [FollowTheMoneyID.id(.source, claim.source.rawValue)]),
            ("sourceUrl", [source?.url].compactMap { $0 }), ("publisher", [source?.outlet].compactMap { $0 }),
        ]
    }

    /// What of a claim FtM has no property for, in words: "delivered, according to John Kirby
    /// (United States); quantity: hundreds drones (200 or more); unreviewed".
    static func summary(of claim: Claim, in network: Network) -> String? {
        var parts: [String] = []
        let attribution = EvidenceText.attribution(of: claim, in: network)
        parts.append(claim.status.rawValue + (attribution.isEmpty ? "" : ", according to " + attribution))
        if let quantity = claim.quantity {
            var bounds = ""
            switch (quantity.low, quantity.high) {
            case (let low?, let high?): bounds = low == high ? " (\(number(low)))" : " (\(number(low)) to \(number(high)))"
            case (let low?, nil): bounds = " (\(number(low)) or more)"
            case (nil, let high?): bounds = " (up to \(number(high)))"
            case (nil, nil): break
            }
            parts.append("quantity: " + quantity.phrase + bounds)
        }
        if !claim.isReviewed { parts.append("unreviewed") }
        return parts.joined(separator: "; ")
    }

    private static func number(_ value: Double) -> String {
        JSONText.number(value).written(pretty: false)
    }

    /// One entity, its values kept as FtM keeps them and properties without values left out.
    private static func entity(_ id: String, _ schema: String, _ properties: [(String, [String])]) -> JSONText {
        let kept: [(key: String, value: JSONText)] = properties.compactMap { name, values in
            let cleaned = values.compactMap { FollowTheMoneyText.kept($0, as: FollowTheMoneyText.type(of: name)) }
            return cleaned.isEmpty ? nil : (name, .strings(cleaned))
        }
        return .object([("id", .string(id)), ("schema", .string(schema)), ("properties", .object(kept))])
    }
}
