import ArgumentParser
import Foundation
import GraphvizKit
import SupplyNet

struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "Find the chains of flows that join two actors, with the evidence for every hop.",
        discussion: """
            Prints the --k best paths from the first actor to the second, each hop with its flow, \
            items, evidence state and strongest quote (and the denial that contests it). By default \
            paths follow flows' direction and come fewest hops first; --cheapest ranks them by the \
            cost of their evidence (docs/paths.md: a delivery confirmed by several parties is cheapest, \
            a denial dearest). Ties go to the flows listed first in the data. \
            --format json for machines (docs/paths.md); dot and svg draw the network with the paths \
            highlighted, or only the paths with --only-paths. Without --format, -o's extension names \
            the format (.txt, .json, .dot or .gv, .svg). \
            Exit status: 0 when paths were found, 1 when there is none (or the data is invalid, or a \
            write failed), 64 for bad arguments such as an unknown actor. \
            Examples: supplynet paths IRN UKR; supplynet paths tehran kyiv --item drone --cheapest; \
            supplynet paths "North Korea" Ukraine --undirected --max-hops 3
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable, FileFormat {
        case text, json, dot, svg

        var extensions: [String] {
            switch self {
            case .text: ["txt", "text"]
            case .json: ["json"]
            case .dot: ExportFormat.dot.extensions
            case .svg: ExportFormat.svg.extensions
            }
        }
    }

    @Argument(help: ArgumentHelp("The actor the paths start from (id, name or alias, any case).", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("The actor the paths lead to.", valueName: "to"))
    var to: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup(title: "View") var viewOptions: ViewOptions

    @Option(
        name: .customLong("max-hops"), help: ArgumentHelp("The most flows a path may take (\(OptionBounds.maxHops.helpRange)).", valueName: "n"),
        transform: { try OptionBounds.maxHops.parse($0) })
    var maxHops: Int?

    @Option(
        name: [.customLong("k"), .customShort("k")], help: ArgumentHelp("How many paths to show (\(OptionBounds.k.helpRange)).", valueName: "k"),
        transform: { try OptionBounds.k.parse($0) })
    var k: Int = 5

    @Flag(help: "Rank paths by the cost of their evidence (weakest dearest), then hops, not by hops alone.")
    var cheapest = false

    @Flag(help: "Follow flows in either direction (a hop against a flow's direction is marked).")
    var undirected = false

    @Option(help: "What lowers a hop's cost: distinct parties confirming it, or distinct voices (docs/paths.md).")
    var corroboration: Corroboration = .parties

    @Option(help: "Text for people, JSON for machines (docs/paths.md), or a drawing: dot or svg (default: from -o's extension, else text).")
    var format: Format?

    @Flag(name: .customLong("only-paths"), help: "Draw only the paths' flows, not the whole network (dot, svg).")
    var onlyPaths = false

    @Option(help: "The Graphviz layout engine for svg.")
    var engine: RenderCommand.Engine = .dot

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; - for standard output.", valueName: "path"))
    var output: String = "-"

    /// --format, else -o's extension, else text.
    private var resolvedFormat: Format {
        get throws { try Format.resolve(format, output: output, fallback: .text, command: "paths") }
    }

    func validate() throws {
        let format = try resolvedFormat
        if onlyPaths, format == .text || format == .json {
            throw ValidationError("--only-paths is for drawings: add --format dot or --format svg")
        }
    }

    func run() throws {
        let format = try resolvedFormat
        let loaded = try dataOptions.loadNetwork()
        let options = NetworkQuery.PathOptions(maxHops: maxHops, k: k, cheapest: cheapest, undirected: undirected, onlyPaths: onlyPaths, corroboration: corroboration)
        var query = viewOptions.query(.paths(from: NetworkQuery.Word(text: from), to: NetworkQuery.Word(text: to), options), text: "paths \(from) \(to)")
        query.engine = engine.rawValue
        let answer = try QueryAnswer.asked(query, in: loaded)
        guard let paths = answer.paths else { return }
        let network = answer.shown

        switch format {
        case .text:
            if let reason = paths.noPath {
                Terminal.printError(Terminal.visible("no path: \(reason)"))
                throw ExitCode.failure
            }
            try OutputTarget(output).write(Data(Terminal.visible(paths.text(in: network)).utf8), protecting: dataOptions.inputs)
        case .json:
            try OutputTarget(output).write(Data(paths.json(in: network).utf8), protecting: dataOptions.inputs)
            if paths.noPath != nil { throw ExitCode.failure }
        case .dot, .svg:
            if let reason = paths.noPath {
                Terminal.printError(Terminal.visible("no path: \(reason); nothing was drawn"))
                throw ExitCode.failure
            }
            try draw(answer, as: format)
        }
    }

    /// The network (or only the paths, with --only-paths) with the paths' flows highlighted.
    private func draw(_ answer: QueryAnswer, as format: Format) throws {
        let panel = answer.panels[0]
        let options = NetworkDOTEncoder.Options(title: answer.title, highlightedFlows: panel.highlightedFlows)
        var data = Data(NetworkDOTEncoder(options: options).encode(panel.network).utf8)
        if format == .svg {
            // Before Graphviz: a drawing too large for the engine is refused in a moment.
            let drawing: NetworkDrawing
            do throws(LayoutBudgetError) { drawing = try NetworkDrawing(panel.network, options: options, engine: engine.rawValue) } catch {
                let remedies = (onlyPaths ? [] : ["draw only the paths with --only-paths"]) + error.remedies
                throw ValidationError(error.problem + "; " + remedies.joined(separator: ", or "))
            }
            do {
                data = Data(try drawing.svg { dot, engine in try Graphviz.renderSVG(dot, engine: LayoutEngine(engine)) }.utf8)
            } catch {
                Terminal.printError("error: graphviz could not render the paths as svg: \(error)")
                throw ExitCode.failure
            }
        }
        let target = OutputTarget(output)
        try target.write(data, protecting: dataOptions.inputs)
        if !target.isStandardOutput { Terminal.printError("wrote \(target.path)") }
        for note in ExportFormat.notes(for: [format == .svg ? .svg : .dot]) { Terminal.printError(note) }
    }
}
