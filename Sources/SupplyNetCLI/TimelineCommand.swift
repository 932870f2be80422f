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
        // One layout of everything the snapshots show (the last holds every flow, each step's
        // legend the most), and every snapshot drawn with its actors pinned there.
        let pinned = try pinnedLayout(of: answer.panels.last?.network)
        for (index, panel) in answer.panels.enumerated() {
            let date = panel.date.map { "\($0)" } ?? "\(index + 1)"
            let options = NetworkDOTEncoder.Options(
                graphID: "timeline-\(index + 1)", newFlows: panel.newFlows, aggregatesParallelFlows: true, pinnedLayout: pinned)
            // The library checked the whole timeline against the budget before making its snapshots.
            let drawing = try NetworkDrawing(panel.network, options: options, engine: "dot")
            let dot = drawing.dot
            let svg = try renderSVG(dot, date: date, engine: LayoutEngine(drawing.engine))
            guard let figure = SVGFigure(svg) else {
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
        // Panels at their own size (the same for all, pinned): drawn smaller, their text would be unreadable.
        let growth = SmallMultiples.compose(
            panels, title: "How the network grew, source by source", columns: columns, panelWidth: panels.first?.figure.width ?? 560)
        files.append(OutputFile(path: folder + "growth.svg", data: Data(growth.utf8)))
        try OutputTarget.write(files, protecting: dataOptions.inputs, announce: false)
        Terminal.printError("wrote \(files.count) files into \(outputFolder)")
        for note in ExportFormat.notes(for: [.dot, .svg]) { Terminal.printError(note) }
    }

    /// Where `network`'s actors and legend go when laid out once with dot, aggregated as the snapshots are.
    private func pinnedLayout(of network: Network?) throws -> PinnedLayout? {
        guard let network else { return nil }
        let options = NetworkDOTEncoder.Options(graphID: "timeline", newFlows: Set(network.flows.map(\.id)), aggregatesParallelFlows: true)
        do {
            let layout = try Graphviz.layout(NetworkDOTEncoder(options: options).encode(network))
            return PinnedLayout(graphvizLayout: layout)
        } catch {
            Terminal.printError("error: graphviz could not lay out the timeline: \(error.description)")
            throw ExitCode.failure
        }
    }

    private func renderSVG(_ dot: String, date: String, engine: LayoutEngine) throws -> String {
        do {
            return try Graphviz.renderSVG(dot, engine: engine)
        } catch {
            Terminal.printError("error: graphviz could not render the snapshot as of \(date): \(error.description)")
            throw ExitCode.failure
        }
    }
}
