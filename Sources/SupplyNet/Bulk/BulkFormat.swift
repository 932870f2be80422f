/// The bulk format: JSON Lines, one actor, item, source or flow per line, for networks too large
/// to curate as YAML (see docs/bulk-format.md).
///
/// ```
/// {"type":"actor","id":"IRN","name":"Iran","kind":"state"}
/// {"type":"item","id":"shahed-drones","name":"Shahed drones","category":"drone"}
/// {"type":"source","id":"s1","title":"…","date":"2023-05-15"}
/// {"type":"flow","id":"f1","from":"IRN","to":"RUS","kind":"transfer","items":["shahed-drones"],
///  "claims":[{"status":"delivered","source":"s1","quote":"…","speaker":"John Kirby","party":"USA"}]}
/// ```
public enum BulkFormat {
    /// The file extension that marks a bulk file.
    public static let fileExtension = "jsonl"

    /// The network as JSON Lines: actors, items, sources, then flows, each in data order.
    public static func encode(_ network: Network) -> String {
        var lines: [String] = []
        lines.reserveCapacity(network.actors.count + network.items.count + network.sources.count + network.flows.count)
        for actor in network.actors {
            var fields = [("type", json("actor")), ("id", json(actor.id.rawValue)), ("name", json(actor.name)), ("kind", json(actor.kind.rawValue))]
            if !actor.aliases.isEmpty { fields.append(("aliases", json(actor.aliases))) }
            if let parent = actor.parent { fields.append(("parent", json(parent.rawValue))) }
            lines.append(object(fields))
        }
        for item in network.items {
            var fields = [("type", json("item")), ("id", json(item.id.rawValue)), ("name", json(item.name)), ("category", json(item.category.rawValue))]
            if !item.aliases.isEmpty { fields.append(("aliases", json(item.aliases))) }
            lines.append(object(fields))
        }
        for source in network.sources {
            var fields = [("type", json("source")), ("id", json(source.id.rawValue)), ("title", json(source.title)), ("date", json(source.published.description))]
            if let outlet = source.outlet { fields.append(("outlet", json(outlet))) }
            if let url = source.url { fields.append(("url", json(url))) }
            if !source.text.isEmpty { fields.append(("text", json(source.text))) }
            lines.append(object(fields))
        }
        for flow in network.flows {
            let claims = flow.claims.map { claim in
                var fields = [("status", json(claim.status.rawValue)), ("source", json(claim.source.rawValue)), ("quote", json(claim.quote))]
                if let speaker = claim.speaker { fields.append(("speaker", json(speaker))) }
                if let party = claim.party { fields.append(("party", json(party.rawValue))) }
                if let said = claim.said { fields.append(("said", json(said.description))) }
                return object(fields)
            }
            lines.append(object([
                ("type", json("flow")), ("id", json(flow.id.rawValue)), ("from", json(flow.from.rawValue)), ("to", json(flow.to.rawValue)),
                ("kind", json(flow.kind.rawValue)), ("items", json(flow.items.map(\.rawValue))), ("claims", "[" + claims.joined(separator: ",") + "]"),
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { json($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    private static func json(_ strings: [String]) -> String {
        "[" + strings.map { json($0) }.joined(separator: ",") + "]"
    }

    /// `text` as a JSON string literal.
    static func json(_ text: String) -> String { QuotedString.escaped(text) }
}
