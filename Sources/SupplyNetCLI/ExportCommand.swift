import ArgumentParser
import Foundation
import SupplyNet

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the network for other tools.",
        discussion: """
            json: the stable format, documented in docs/json-format.md. graphml: for Gephi, yEd, \
            Cytoscape and NetworkX. gexf: GEXF 1.3 with dates for Gephi's timeline. csv: one row per \
            flow and item, like an arms-transfer register, or with --table nodes or edges the two \
            sheets Gephi's data laboratory and Kumu import. mermaid: a flowchart for Markdown (past \
            Mermaid's 500 links it warns). cypher: statements that load the network, claims as nodes, \
            into Neo4j 5 or, with --dialect kuzu, into Kùzu. ftm: FollowTheMoney entities as JSON \
            lines, for Aleph, OpenSanctions and FtM's own tools. jsonl: the \
            bulk format that --data reads (docs/bulk-format.md). Without --format, -o's extension \
            names the format (.json, .graphml, .gexf, .csv, .mmd or .mermaid, .cypher or .cql, .ftm.json or .ftm, \
            .jsonl); an extension that \
            names another format is an error. Every format but json and jsonl leaves something out, \
            and says what on standard error. The view options (--as-of, --focus, \
            --kind, --status, --item, --group) narrow what is exported, as for render. \
            The formats are described in docs/exports.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable, FileFormat {
        case json
        case graphml
        case gexf
        case csv
        case mermaid
        case cypher
        case jsonl
        case ftm

        var exportFormat: ExportFormat {
            switch self {
            case .json: .json
            case .graphml: .graphml
            case .gexf: .gexf
            case .csv: .csv
            case .mermaid: .mermaid
            case .cypher: .cypher
            case .jsonl: .jsonl
            case .ftm: .ftm
            }
        }

        var extensions: [String] { exportFormat.extensions }
    }

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup(title: "View") var viewOptions: ViewOptions

    @Option(help: "The export format (default: from -o's extension, else json).")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String = "-"

    @Option(help: "With csv: the transfer register (one row per flow and item), or the nodes or edges table (default: register).")
    var table: CSVTable?

    @Option(help: "With cypher: the database its schema statements are for (default: neo4j).")
    var dialect: CypherEncoder.Dialect?

    /// --format, else -o's extension, else json.
    private var resolvedFormat: Format {
        get throws { try Format.resolve(format, output: output, fallback: .json, command: "export") }
    }

    func validate() throws {
        let format = try resolvedFormat
        if let table, format != .csv {
            throw ValidationError(
                "--table \(table.rawValue) is for --format csv, but the format is \(format.rawValue); leave out --table or write csv")
        }
        if let dialect, format != .cypher {
            throw ValidationError(
                "--dialect \(dialect.rawValue) is for --format cypher, but the format is \(format.rawValue); leave out --dialect or write cypher")
        }
    }

    func run() throws {
        let format = try resolvedFormat
        let loaded = try dataOptions.loadNetwork()
        let network = try QueryAnswer.asked(viewOptions.query(.network, text: "network"), in: loaded).shown
        let data: Data
        var warnings: [String] = []
        switch format {
        case .json: data = NetworkJSON.encode(network)
        case .graphml: data = Data(GraphMLEncoder.encode(network).utf8)
        case .gexf: data = Data(GEXFEncoder.encode(network).utf8)
        case .csv: data = Data((table ?? .register).encode(network).utf8)
        case .mermaid:
            let flowchart = MermaidEncoder.encode(network)
            warnings = MermaidEncoder.warnings(for: network, flowchart: flowchart)
            data = Data(flowchart.utf8)
        case .cypher: data = Data(CypherEncoder.encode(network, dialect: dialect ?? .neo4j).utf8)
        case .jsonl: data = Data(BulkFormat.encode(network).utf8)
        case .ftm: data = Data(FollowTheMoneyEncoder.encode(network).utf8)
        }
        try OutputTarget(output).write(data, protecting: dataOptions.inputs)
        let notes = format == .csv ? [(table ?? .register).note] : ExportFormat.notes(for: [format.exportFormat])
        for note in notes + warnings { Terminal.printError(note) }
    }
}

extension CSVTable: ExpressibleByArgument {}

extension CypherEncoder.Dialect: ExpressibleByArgument {}
