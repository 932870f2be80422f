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
            With -o alone, the format comes from the file's extension (.svg, .png, .pdf, .dot or .gv); \
            an extension that names another format than --format is an error. A drawing leaves out \
            most of the evidence, and says what on standard error. \
            Files are replaced whole or not at all, and the formats as a set: all are staged before \
            any is renamed, so a failed render or write leaves the old files intact. A device or a \
            pipe (/dev/null, a FIFO, /dev/stdout) is written through, not replaced.
            """
    )

    enum Engine: String, ExpressibleByArgument, CaseIterable {
        case dot, neato, fdp, sfdp, circo, twopi

        var layoutEngine: LayoutEngine { LayoutEngine(rawValue: rawValue) }
    }

    enum Format: String, ExpressibleByArgument, CaseIterable, FileFormat {
        case svg, png, pdf, dot

        var exportFormat: ExportFormat {
            switch self {
            case .svg: .svg
            case .png: .png
            case .pdf: .pdf
            case .dot: .dot
            }
        }

        var extensions: [String] { exportFormat.extensions }
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

    @Flag(
        name: .customLong("every-flow"),
        help: "Draw each flow as its own edge (by default, several flows of one actor pair and kind are one edge with their count).")
    var everyFlow = false

    func validate() throws {
        if let output, formats.count > 1 {
            throw ValidationError("-o '\(output)' takes one --format; to write several, leave out -o and use --out-dir")
        }
        if let output {
            _ = try Format.resolve(formats.first, output: output, fallback: .svg, command: "render")
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
        let network = try QueryAnswer.asked(viewOptions.query(.network, text: "network"), in: loaded).shown
        let planned = try plannedOutputs()
        let options = NetworkDOTEncoder.Options(
            graphID: graphID, title: title, includeLegend: !noLegend, aggregatesParallelFlows: !everyFlow)
        let dot: String
        if planned.contains(where: { $0.0 != .dot }) {
            // Before encoding and Graphviz: a drawing too large for the engine is refused in a moment.
            do throws(LayoutBudgetError) { dot = try NetworkDrawing(network, options: options, engine: engine.rawValue).dot } catch {
                throw ValidationError(error.description + ", or write --format dot, which lays nothing out")
            }
        } else {
            // DOT lays nothing out: never refused.
            dot = NetworkDOTEncoder(options: options).encode(network)
        }

        // Render everything first, so a failure writes nothing.
        var outputs: [OutputFile] = []
        for (format, target) in planned {
            outputs.append(OutputFile(path: target.path, data: try render(dot, as: format)))
        }
        if let only = outputs.first, outputs.count == 1, OutputTarget(only.path).isStandardOutput {
            Terminal.write(only.data)
        } else {
            // Every file is staged before any is renamed, so a failure leaves the old set whole.
            try OutputTarget.write(outputs, protecting: dataOptions.inputs, announce: true)
        }
        for note in ExportFormat.notes(for: planned.map(\.0.exportFormat)) { Terminal.printError(note) }
    }

    /// Which formats go to which files.
    private func plannedOutputs() throws -> [(Format, OutputTarget)] {
        let folder = outputFolder.hasSuffix("/") ? outputFolder : outputFolder + "/"
        guard let output else {
            return (formats.isEmpty ? [.dot, .svg, .png] : formats).map { ($0, OutputTarget(folder + name + "." + $0.rawValue)) }
        }
        return [(try Format.resolve(formats.first, output: output, fallback: .svg, command: "render"), OutputTarget(output))]
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
