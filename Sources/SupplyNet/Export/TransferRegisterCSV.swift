import Foundation

/// The network as a CSV table in the shape of an arms-transfer register: one row per flow and
/// item (docs/exports.md).
///
/// RFC 4180: a header row, then records ending in CRLF (the RFC's line end, which Excel expects);
/// a field holding a comma, a double quote, CR or LF is quoted, with its quotes doubled. A field
/// that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a
/// leading apostrophe, so opening the file cannot run anything an article or a registry entry says.
/// Control characters other than tab, CR and LF are dropped (some readers stop at a NUL). UTF-8
/// without a byte-order mark.
public enum TransferRegisterCSV {
    /// The columns, in order.
    public static let columns = [
        "supplier", "supplier_id", "recipient", "recipient_id", "item", "item_id", "category", "flow_kind",
        "status", "number", "period", "sources", "quotes", "statuses", "flow_id",
    ]

    /// The table for `network`: the header, then for each flow in data order one row per item (one
    /// row with blank item fields for a flow without items). Same network, same text.
    ///
    /// The flow's fields repeat on each of its rows: `status` is its evidence state, `number` its
    /// claims' quantities ("more than 400 drones", `; `-joined), `period` the span its claims refer
    /// to as an ISO 8601 interval ("2022-08/2023-05", `..` for an open end), `sources` the cited
    /// source ids (`; `-joined), `quotes` every claim's quote (` | `-joined) and `statuses` each of
    /// those claims' status, in the same order (` | `-joined), so `supplynet import` gives them back.
    ///
    /// A grouped edge (`--group pair`) gives each item's row the evidence of only the recorded
    /// flows that carry that item (`Flow.byItem`), and `flow_id` names those flows (`; `-joined);
    /// its recorded flows without items share one row with blank item fields.
    ///
    /// Flowless actors and items have no row: the register lists flows.
    ///
    /// - Complexity: O(flows × (items + claims)).
    public static func encode(_ network: Network) -> String {
        var records = [columns]
        for flow in network.flows {
            let parties = [
                FlowSummary.name(of: flow.from, in: network), flow.from.rawValue,
                FlowSummary.name(of: flow.to, in: network), flow.to.rawValue,
            ]
            for row in flow.byItem {
                let summary = FlowSummary(row, in: network)
                let item = summary.items.first.map { [$0.name, $0.id.rawValue, $0.category?.rawValue ?? ""] } ?? ["", "", ""]
                records.append(parties + item + [
                    flow.kind.rawValue,
                    summary.evidence?.state.rawValue ?? "",
                    summary.quantities.joined(separator: "; "),
                    summary.period ?? "",
                    summary.sources.map(\.rawValue).joined(separator: "; "),
                    row.claims.map(\.quote).joined(separator: " | "),
                    row.claims.map(\.status.rawValue).joined(separator: " | "),
                    row.recordedFlows.map(\.id.rawValue).joined(separator: "; "),
                ])
            }
        }
        return records.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field: control characters other than tab, CR and LF dropped, defused if a spreadsheet
    /// would read it as a formula, then quoted if it must be.
    package static func field(_ value: String) -> String {
        var text = String(String.UnicodeScalarView(value.unicodeScalars.filter { scalar in
            scalar == "\t" || scalar == "\r" || scalar == "\n" || scalar.properties.generalCategory != .control
        }))
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        let mustQuote = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard mustQuote else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
