import ArgumentParser
import Foundation
import SupplyNet

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the network for other tools.",
        discussion: "JSON: the format is documented in docs/json-format.md."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "The export format.")
    var format: Format = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String = "-"

    func run() throws {
        let network = try dataOptions.loadNetwork()
        let data: Data
        switch format {
        case .json: data = NetworkJSON.encode(network)
        }
        try OutputTarget(output).write(data)
    }
}
