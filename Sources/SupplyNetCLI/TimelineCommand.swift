import ArgumentParser
import Foundation
import GraphvizKit
import SupplyNet

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Draw the network as it grew: one snapshot per source date, and one figure of them all.",
        discussion: """
            Writes <date>.dot and <date>.svg for each publication date of the sources (the network as \
            known from the sources published by then, its new flows marked NEW), and growth.svg, the \
            snapshots side by side. The files are written as a set: all are staged before any \
            is renamed, so a failure leaves the old ones intact.
            """
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var outputFolder: String = "graphs/timeline"

    @Option(help: "Snapshots per row in growth.svg (\(OptionBounds.columns.helpRange)).", transform: { try OptionBounds.columns.parse($0) })
    var columns: Int = 2

    func run() throws {
        let network = try dataOptions.loadNetwork()
        let steps = Timeline.steps(of: network)
        // Before Graphviz, every snapshot: the last is the whole network, the largest.
        for step in steps {
            do throws(LayoutBudgetError) { try LayoutBudget.check(step.network, engine: "dot") } catch {
                throw ValidationError(
                    "the snapshot as of \(step.date) is too large to draw: \(error.problem); timeline draws the whole "
                        + "network at each date, so draw what you need with render instead (render --as-of \(step.date) "
                        + "with --focus ACTOR --radius N, --kind or --group pair, or --engine sfdp)")
            }
        }
        let folder = outputFolder.hasSuffix("/") ? outputFolder : outputFolder + "/"
        var files: [OutputFile] = []
        var panels: [SmallMultiples.Panel] = []
        for (index, step) in steps.enumerated() {
            let options = NetworkDOTEncoder.Options(
                graphID: "timeline-\(index + 1)", newFlows: Set(step.newFlows))
            let dot = NetworkDOTEncoder(options: options).encode(step.network)
            let svg = try renderSVG(dot, step: step)
            // The panels of growth.svg leave the legend out: one legend per snapshot file is enough.
            var panelOptions = options
            panelOptions.includeLegend = false
            let panelSVG = try renderSVG(NetworkDOTEncoder(options: panelOptions).encode(step.network), step: step)
            guard let figure = SVGFigure(panelSVG) else {
                Terminal.printError("error: Graphviz's SVG for \(step.date) has no size; nothing was written")
                throw ExitCode.failure
            }
            files += [
                OutputFile(path: folder + "\(step.date).dot", data: Data(dot.utf8)),
                OutputFile(path: folder + "\(step.date).svg", data: Data(svg.utf8)),
            ]
            let sources = step.sources.count == 1 ? "1 source" : "\(step.sources.count) sources"
            let caption = "As of \(step.date): \(step.network.flows.count) flows, \(step.newFlows.count) new (\(sources))"
            panels.append(SmallMultiples.Panel(caption: caption, figure: figure))
            Terminal.print(caption)
        }
        let growth = SmallMultiples.compose(panels, title: "How the network grew, source by source", columns: columns)
        files.append(OutputFile(path: folder + "growth.svg", data: Data(growth.utf8)))
        try OutputTarget.write(files, protecting: dataOptions.inputs, announce: false)
        Terminal.printError("wrote \(files.count) files into \(outputFolder)")
        for note in ExportFormat.notes(for: [.dot, .svg]) { Terminal.printError(note) }
    }

    private func renderSVG(_ dot: String, step: TimelineStep) throws -> String {
        do {
            return try Graphviz.renderSVG(dot)
        } catch {
            Terminal.printError("error: graphviz could not render the snapshot as of \(step.date): \(error.description)")
            throw ExitCode.failure
        }
    }
}
