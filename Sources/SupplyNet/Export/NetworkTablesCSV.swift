/// The network as two CSV tables, nodes and edges, in the shape spreadsheet graph tools import
/// (Gephi's data laboratory, Kumu): docs/exports.md.
///
/// The nodes table has one row per actor, `Id` and `Label` first; the edges table one row per
/// flow, `Source`, `Target`, `Id`, `Label` and `Type` first. The other columns are GraphML's
/// attributes under the same names. Fields are written as the transfer register writes them
/// (`TransferRegisterCSV.field`: RFC 4180, CRLF, formulas defused).
public enum NetworkTablesCSV {
    /// The nodes table's columns, in order.
    public static let nodeColumns = ["Id", "Label"] + GraphMLEncoder.nodeKeys.map(\.name).filter { $0 != "name" }

    /// The edges table's columns, in order.
    public static let edgeColumns = ["Source", "Target", "Id", "Label", "Type"]
        + GraphMLEncoder.edgeKeys.map(\.name)

    /// One row per actor, in data order: `Id` (the actor id), `Label` (its name), `kind`,
    /// `aliases` (`; `-joined), `parent` (the parent's id). Same network, same text.
    ///
    /// - Complexity: O(actors).
    public static func nodes(_ network: Network) -> String {
        var records = [nodeColumns]
        for actor in network.actors {
            let attributes = GraphMLEncoder.nodeAttributes(actor).filter { $0.0 != "name" }.map { $0.1 ?? "" }
            records.append([actor.id.rawValue, actor.name] + attributes)
        }
        return text(records)
    }

    /// One row per flow (per grouped edge with `--group pair`), in data order: `Source` and
    /// `Target` (actor ids), `Id` (the flow id), `Label` (the item names, `, `-joined), `Type`
    /// (`Directed`), then GraphML's edge attributes, blank when absent. Same network, same text.
    ///
    /// - Complexity: O(flows × claims).
    public static func edges(_ network: Network) -> String {
        var records = [edgeColumns]
        for flow in network.flows {
            let summary = FlowSummary(flow, in: network)
            let label = summary.items.map(\.name).joined(separator: ", ")
            records.append(
                [flow.from.rawValue, flow.to.rawValue, flow.id.rawValue, label, "Directed"]
                    + GraphMLEncoder.edgeAttributes(summary).map { $0.1 ?? "" })
        }
        return text(records)
    }

    private static func text(_ records: [[String]]) -> String {
        records.map { $0.map(TransferRegisterCSV.field).joined(separator: ",") + "\r\n" }.joined()
    }
}
