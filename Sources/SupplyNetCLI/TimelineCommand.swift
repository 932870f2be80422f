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
    @OptionGroup(title: "View") var viewOptions: ViewOptions

    @Option(name: .customLong("out-dir"), help: ArgumentHelp("The folder to write into.", valueName: "dir"))
    var outputFolder: String = "graphs/timeline"

    @Option(help: "Snapshots per row in growth.svg (\(OptionBounds.columns.helpRange)).", transform: { try OptionBounds.columns.parse($0) })
    var columns: Int = 2

    func run() throws {
        let loaded = try dataOptions.loadNetwork()
        // The library refuses, before making any snapshot, a timeline too large to lay out.
        let answer = try QueryAnswer.asked(viewOptions.query(.timeline(columns: columns), text: "timeline"), in: loaded)
        let folder = outputFolder.hasSuffix("/") ? outputFolder : outputFolder + "/"
        var files: [OutputFile] = []
        var panels: [SmallMultiples.Panel] = []
        for (index, panel) in answer.panels.enumerated() {
            let date = panel.date.map { "\($0)" } ?? "\(index + 1)"
            let options = NetworkDOTEncoder.Options(graphID: "timeline-\(index + 1)", newFlows: panel.newFlows)
            let dot = NetworkDOTEncoder(options: options).encode(panel.network)
            let svg = try renderSVG(dot, date: date)
            // The panels of growth.svg leave the legend out: one legend per snapshot file is enough.
            var panelOptions = options
            panelOptions.includeLegend = false
            let panelSVG = try renderSVG(NetworkDOTEncoder(options: panelOptions).encode(panel.network), date: date)
            guard let figure = SVGFigure(panelSVG) else {
                Terminal.printError("error: Graphviz's SVG for \(date) has no size; nothing was written")
                throw ExitCode.failure
            }
            files += [
                OutputFile(path: folder + "\(date).dot", data: Data(dot.utf8)),
                OutputFile(path: folder + "\(date).svg", data: Data(svg.utf8)),
            ]
            let caption = panel.caption ?? date
            panels.append(SmallMultiples.Panel(caption: caption, figure: figure))
            Terminal.print(caption)
        }
        let growth = SmallMultiples.compose(panels, title: "How the network grew, source by source", columns: columns)
        files.append(OutputFile(path: folder + "growth.svg", data: Data(growth.utf8)))
        try OutputTarget.write(files, protecting: dataOptions.inputs, announce: false)
        Terminal.printError("wrote \(files.count) files into \(outputFolder)")
        for note in ExportFormat.notes(for: [.dot, .svg]) { Terminal.printError(note) }
    }

    private func renderSVG(_ dot: String, date: String) throws -> String {
        do {
            return try Graphviz.renderSVG(dot)
        } catch {
            Terminal.printError("error: graphviz could not render the snapshot as of \(date): \(error.description)")
            throw ExitCode.failure
        }
    }
}
