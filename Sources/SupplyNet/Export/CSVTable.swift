/// Which table a CSV export writes (`export --format csv --table …`): the transfer register (the
/// default), or the nodes or edges table that spreadsheet graph tools import (docs/exports.md).
public enum CSVTable: String, CaseIterable, Sendable {
    /// `TransferRegisterCSV`: one row per flow and item.
    case register
    /// `NetworkTablesCSV.nodes`: one row per actor.
    case nodes
    /// `NetworkTablesCSV.edges`: one row per flow.
    case edges

    /// The table for `network`.
    public func encode(_ network: Network) -> String {
        switch self {
        case .register: TransferRegisterCSV.encode(network)
        case .nodes: NetworkTablesCSV.nodes(network)
        case .edges: NetworkTablesCSV.edges(network)
        }
    }

    /// What of the network the table leaves out, each a phrase for a sentence (docs/exports.md).
    public var omissions: [String] {
        switch self {
        case .register:
            return ExportFormat.csv.omissions
        case .nodes:
            return ["the flows, items, sources and claims (--table edges has the flows)", "which actors are unreviewed"]
        case .edges:
            return ["the actors' names, kinds, aliases and parents, and the actors no flow joins (--table nodes has them)"]
                + ExportFormat.graphml.omissions
        }
    }

    /// The note `supplynet` prints on standard error when it writes the table, in the words of
    /// `ExportFormat.notes(for:)`.
    public var note: String {
        switch self {
        case .register:
            return ExportFormat.notes(for: [.csv])[0]
        case .nodes, .edges:
            return "note: the CSV \(rawValue) table leaves out \(omissions.joined(separator: "; ")); export --format json keeps everything"
        }
    }
}
