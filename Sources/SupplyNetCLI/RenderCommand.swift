import ArgumentParser
import Foundation
import GraphvizKit
import SupplyNet

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the network with Graphviz (in process).",
        discussion: """
            With no --format and no -o, writes network.dot, network.svg and network.png into --out-dir \
            (--name changes the file names). With --format (repeatable), writes those formats into \
            --out-dir, or the one format to -o. \
            With -o alone, the format comes from the file's extension. \
            Files are replaced whole or not at all: a failed render leaves the old file intact.
            """
    )

    enum Engine: String, ExpressibleByArgument, CaseIterable {
        case dot, neato, fdp, sfdp, circo, twopi

        var layoutEngine: LayoutEngine { LayoutEngine(rawValue: rawValue) }
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case svg, png, pdf, dot
    }

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup(title: "View") var viewOptions: ViewOptions

    @Option(help: "The Graphviz layout engine.")
    var engine: Engine = .dot

    @Option(name: .customLong("format"), help: "An output format, repeatable (default: dot, svg and png).")
    var formats: [Format] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; - for standard output.", valueName: "path"))
    var output: String?

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("The folder for the default outputs.", valueName: "dir"))
    var outputFolder: String = "graphs"

    @Option(help: ArgumentHelp("The file name, without extension, for outputs written into --out-dir.", valueName: "name"))
    var name: String = "network"

    @Option(name: .customLong("graph-id"), help: "The SVG id of the graph, prefixed to its element ids.")
    var graphID: String = "supplynet"

    @Option(help: "A title drawn above the graph.")
    var title: String?

    @Flag(name: .customLong("no-legend"), help: "Leave the legend out.")
    var noLegend = false

    func validate() throws {
        if let output, formats.count > 1 {
            throw ValidationError("-o '\(output)' takes one --format; to write several, leave out -o and use --out-dir")
        }
        if let output, output != "-", formats.isEmpty, Format(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) == nil {
            throw ValidationError("cannot tell the format of '\(output)' from its extension; add --format svg|png|pdf|dot")
        }
        if name.isEmpty || name.contains("/") {
            throw ValidationError("--name must be a file name without '/'")
        }
        if graphID.isEmpty {
            throw ValidationError("--graph-id must not be empty")
        }
    }

    func run() throws {
        let loaded = try dataOptions.loadNetwork()
        let network = try viewOptions.view(of: loaded).apply(to: loaded)
        let options = NetworkDOTEncoder.Options(graphID: graphID, title: title, includeLegend: !noLegend)
        let dot = NetworkDOTEncoder(options: options).encode(network)

        // Render everything first, so a failure writes nothing.
        var outputs: [(OutputTarget, Data)] = []
        for (format, target) in plannedOutputs() {
            outputs.append((target, try render(dot, as: format)))
        }
        for (target, data) in outputs {
            try target.write(data)
            if !target.isStandardOutput { Terminal.printError("wrote \(target.path)") }
        }
    }

    /// Which formats go to which files.
    private func plannedOutputs() -> [(Format, OutputTarget)] {
        let folder = outputFolder.hasSuffix("/") ? outputFolder : outputFolder + "/"
        guard let output else {
            return (formats.isEmpty ? [.dot, .svg, .png] : formats).map { ($0, OutputTarget(folder + name + "." + $0.rawValue)) }
        }
        let inferred = formats.first ?? Format(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) ?? .svg
        return [(inferred, OutputTarget(output))]
    }

    private func render(_ dot: String, as format: Format) throws -> Data {
        if format == .dot { return Data(dot.utf8) }
        do {
            return Data(try Graphviz.render(dot, engine: engine.layoutEngine, format: OutputFormat(rawValue: format.rawValue)))
        } catch {
            Terminal.printError("error: graphviz could not render the network as \(format.rawValue): \(error.description)")
            throw ExitCode.failure
        }
    }
}
