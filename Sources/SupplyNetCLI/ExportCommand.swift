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
            flow and item, like an arms-transfer register. mermaid: a flowchart for Markdown. jsonl: the \
            bulk format that --data reads (docs/bulk-format.md). ftm: FollowTheMoney entities as JSON \
            lines, for Aleph, OpenSanctions and FtM's own tools. Without --format, -o's extension \
            names the format (.json, .graphml, .gexf, .csv, .mmd or .mermaid, .jsonl, .ftm.json or \
            .ftm); an extension that \
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
        case jsonl
        case ftm

        var exportFormat: ExportFormat {
            switch self {
            case .json: .json
            case .graphml: .graphml
            case .gexf: .gexf
            case .csv: .csv
            case .mermaid: .mermaid
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

    /// --format, else -o's extension, else json.
    private var resolvedFormat: Format {
        get throws { try Format.resolve(format, output: output, fallback: .json, command: "export") }
    }

    func validate() throws {
        _ = try resolvedFormat
    }

    func run() throws {
        let format = try resolvedFormat
        let loaded = try dataOptions.loadNetwork()
        let network = try QueryAnswer.asked(viewOptions.query(.network, text: "network"), in: loaded).shown
        let data: Data
        switch format {
        case .json: data = NetworkJSON.encode(network)
        case .graphml: data = Data(GraphMLEncoder.encode(network).utf8)
        case .gexf: data = Data(GEXFEncoder.encode(network).utf8)
        case .csv: data = Data(TransferRegisterCSV.encode(network).utf8)
        case .mermaid: data = Data(MermaidEncoder.encode(network).utf8)
        case .jsonl: data = Data(BulkFormat.encode(network).utf8)
        case .ftm: data = Data(FollowTheMoneyEncoder.encode(network).utf8)
        }
        try OutputTarget(output).write(data, protecting: dataOptions.inputs)
        for note in ExportFormat.notes(for: [format.exportFormat]) { Terminal.printError(note) }
    }
}
