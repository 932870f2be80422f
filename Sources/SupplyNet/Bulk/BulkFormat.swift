/// The bulk format: JSON Lines, one actor, item, source or flow per line, for networks too large
/// to curate as YAML (see docs/bulk-format.md). Its records are the JSON export's, with a `type`
/// and without nulls, empty lists or derived fields; it is as lossless as the export.
///
/// ```
/// {"id":"IRN","kind":"state","name":"Iran","type":"actor"}
/// {"category":"drone","id":"shahed-drones","name":"Shahed drones","type":"item"}
/// {"date":"2023-05-15","id":"s1","title":"…","type":"source"}
/// {"claims":[{"id":"s1-1","quote":"…","source":"s1","status":"delivered"}],"from":"IRN","id":"f1",
///  "items":["shahed-drones"],"kind":"transfer","to":"RUS","type":"flow"}
/// ```
public enum BulkFormat {
    /// The file extension that marks a bulk file.
    public static let fileExtension = "jsonl"

    /// The network as JSON Lines: actors, items, sources, then flows, each in data order.
    public static func encode(_ network: Network) -> String {
        var output = ""
        encode(network) { output += $0 }
        return output
    }

    /// The network as JSON Lines, handed over a line at a time (with its newline), so a large
    /// network can be written without holding its whole text.
    public static func encode(_ network: Network, line: (String) -> Void) {
        for actor in network.actors { line(Self.line(.actor(actor))) }
        for item in network.items { line(Self.line(.item(item))) }
        for source in network.sources { line(Self.line(.source(source))) }
        for flow in network.flows { line(Self.line(.flow(flow))) }
    }

    /// One line of the format, whatever network it belongs to.
    public enum Record: Sendable {
        case actor(Actor)
        case item(Item)
        case source(Source)
        case flow(Flow)
    }

    /// The line of one record, with its newline: lines can be written as records are made,
    /// without a `Network` (`SyntheticNetwork.generate(flows:seed:record:)`).
    public static func line(_ record: Record) -> String {
        let text: JSONText
        switch record {
        case .actor(let actor): text = NetworkRecords.actor(actor, .bulk)
        case .item(let item): text = NetworkRecords.item(item, .bulk)
        case .source(let source): text = NetworkRecords.source(source, .bulk)
        // The bulk layout uses nothing of the network (only the export derives claims' dates from it).
        case .flow(let flow): text = NetworkRecords.flow(flow, in: noNetwork, .bulk)
        }
        return text.written(pretty: false) + "\n"
    }

    private static let noNetwork = Network(actors: [], items: [], sources: [], flows: [])
}
