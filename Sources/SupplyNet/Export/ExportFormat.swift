/// The formats SupplyNet writes a network in: for each, its file extensions and what it leaves out
/// of the network (docs/exports.md), in one place, so the commands' notes, the docs and the tests
/// say the same.
///
/// JSON and JSON Lines keep everything; every other format is a summary or a drawing.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// `NetworkJSON`: the stable, documented format.
    case json
    /// `BulkFormat`: JSON Lines, one record a line, that `--data` reads back.
    case jsonl
    /// `GraphMLEncoder`.
    case graphml
    /// `GEXFEncoder`: GraphML's attributes, dated for Gephi's timeline.
    case gexf
    /// `TransferRegisterCSV`: one row per flow and item.
    case csv
    /// `MermaidEncoder`: a flowchart for Markdown.
    case mermaid
    /// `NetworkDOTEncoder`: the drawing, as Graphviz reads it.
    case dot
    /// The DOT drawing laid out by Graphviz, with tooltips.
    case svg
    /// The DOT drawing laid out by Graphviz, as pixels.
    case png
    /// The DOT drawing laid out by Graphviz, for print.
    case pdf

    /// The name people know it by: "GraphML", "CSV".
    public var name: String {
        switch self {
        case .json: "JSON"
        case .jsonl: "JSON Lines"
        case .graphml: "GraphML"
        case .gexf: "GEXF"
        case .csv: "CSV"
        case .mermaid: "Mermaid"
        case .dot: "DOT"
        case .svg: "SVG"
        case .png: "PNG"
        case .pdf: "PDF"
        }
    }

    /// The file extensions that name it, lowercased, without the dot; the usual one first.
    public var extensions: [String] {
        switch self {
        case .mermaid: ["mmd", "mermaid"]
        case .dot: ["dot", "gv"]
        default: [rawValue]
        }
    }

    /// Whether it is a drawing (DOT, or one Graphviz lays out from it).
    public var isDrawing: Bool { [.dot, .svg, .png, .pdf].contains(self) }

    /// What of the network it leaves out, each a phrase for a sentence; empty when it keeps
    /// everything (JSON, JSON Lines). `supplynet` prints them when it writes the format.
    public var omissions: [String] {
        switch self {
        case .json, .jsonl:
            return []
        case .graphml, .gexf:
            return [
                "item aliases and the items no flow carries",
                "sources' titles, outlets, dates, URLs and texts",
                "the claims themselves (each edge keeps their counts by status, the first and last date, and the strongest claim's quote, speaker and source; no claim ids, parties, periods or quantities)",
                "which actors and claims are unreviewed",
                "which recorded flow each item and claim of a grouped edge (--group pair) comes from",
            ]
        case .csv:
            return [
                "actors and items no flow uses (a row is a flow and item)",
                "actor kinds, aliases and groups, and item aliases",
                "sources' titles, outlets, dates, URLs and texts",
                "each claim's status, speaker, party and date, and which claim gave which quote, number or period",
                "quantities' bounds (only their words and unit)",
                "claim ids and which actors and claims are unreviewed",
            ]
        case .mermaid:
            return [
                "actor kinds, aliases and groups",
                "item ids and categories",
                "the claims (quotes, speakers, parties, sources, dates, periods, quantities) and the sources",
                "the evidence beyond three line styles (delivered, contested, and dotted for the rest)",
                "flow ids",
                "in a narrowed view, the actors held only as a claim's party",
            ]
        case .dot, .svg, .png, .pdf:
            return [
                "every claim but the strongest and the denial that contests it, which tooltips carry (PNG and PDF have no tooltips, so no quote at all)",
                "item ids and categories",
                "claim ids, periods and quantities",
                "sources' URLs and texts",
                "in a narrowed view, the actors held only as a claim's party (the tooltips name them)",
            ]
        }
    }

    /// The notes a command prints on standard error when it writes `formats`, one line per set of
    /// omissions, none for JSON and JSON Lines: `note: CSV leaves out …; export --format json keeps
    /// everything`. Formats that leave out the same share a line ("DOT, SVG and PNG leave out …").
    public static func notes(for formats: [ExportFormat]) -> [String] {
        var groups: [[ExportFormat]] = []
        for format in formats where !format.omissions.isEmpty && !groups.joined().contains(format) {
            if let index = groups.firstIndex(where: { $0[0].omissions == format.omissions }) {
                groups[index].append(format)
            } else {
                groups.append([format])
            }
        }
        return groups.map { group in
            let names = group.map(\.name)
            let subject = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
            let verb = names.count == 1 ? "leaves" : "leave"
            return "note: \(subject) \(verb) out \(group[0].omissions.joined(separator: "; ")); export --format json keeps everything"
        }
    }
}
