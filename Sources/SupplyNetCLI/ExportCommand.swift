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
            bulk format that --data reads (docs/bulk-format.md). The view options (--as-of, --focus, \
            --kind, --status, --item, --group) narrow what is exported, as for render. \
            The formats are described in docs/exports.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case graphml
        case gexf
        case csv
        case mermaid
        case jsonl
    }

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup(title: "View") var viewOptions: ViewOptions

    @Option(help: "The export format.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String = "-"

    func run() throws {
        let loaded = try dataOptions.loadNetwork()
        let network = try viewOptions.view(of: loaded).apply(to: loaded)
        let data: Data
        switch format {
        case .json: data = NetworkJSON.encode(network)
        case .graphml: data = Data(GraphMLEncoder.encode(network).utf8)
        case .gexf: data = Data(GEXFEncoder.encode(network).utf8)
        case .csv: data = Data(TransferRegisterCSV.encode(network).utf8)
        case .mermaid: data = Data(MermaidEncoder.encode(network).utf8)
        case .jsonl: data = Data(BulkFormat.encode(network).utf8)
        }
        try OutputTarget(output).write(data)
    }
}
