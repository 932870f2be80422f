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
            cost of their evidence (docs/paths.md: a delivery reported by several sources is cheapest, \
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
        let resolver = ActorResolver(loaded)
        let source = try resolve(from, with: resolver)
        let target = try resolve(to, with: resolver)
        guard source != target else {
            throw ValidationError(Terminal.visible("'\(from)' and '\(to)' are the same actor (\(source)); give two different actors"))
        }
        let network = try viewOptions.view(of: loaded).apply(to: loaded)
        let graph = FlowGraph(network, direction: undirected ? .undirected : .directed)
        let answer = PathAnswer(
            graph: graph, source: source, target: target, k: k, byCost: cheapest, maxHops: maxHops, names: loaded)
        let writer = PathWriter(answer: answer, network: network)

        switch format {
        case .text:
            if let reason = answer.noPath {
                Terminal.printError("no path: \(reason)")
                throw ExitCode.failure
            }
            try OutputTarget(output).write(Data(writer.text().utf8), protecting: dataOptions.inputs)
        case .json:
            try OutputTarget(output).write(writer.json(), protecting: dataOptions.inputs)
            if answer.noPath != nil { throw ExitCode.failure }
        case .dot, .svg:
            if let reason = answer.noPath {
                Terminal.printError("no path: \(reason); nothing was drawn")
                throw ExitCode.failure
            }
            try draw(answer, in: network, as: format)
        }
    }

    private func resolve(_ name: String, with resolver: ActorResolver) throws -> ActorID {
        do { return try resolver.resolve(name) } catch { throw ValidationError(Terminal.visible(error.description)) }
    }

    /// The network (or only the paths, with --only-paths) with the paths' flows highlighted.
    private func draw(_ answer: PathAnswer, in network: Network, as format: Format) throws {
        let highlighted = Set(answer.paths.flatMap(\.flows))
        let drawn = onlyPaths ? network.restricted(to: network.flows.filter { highlighted.contains($0.id) }) : network
        if format == .svg {
            // Before Graphviz: a drawing too large for the engine is refused in a moment.
            do throws(LayoutBudgetError) { try LayoutBudget.check(drawn, engine: engine.rawValue) } catch {
                let remedies = (onlyPaths ? [] : ["draw only the paths with --only-paths"]) + error.remedies
                throw ValidationError(error.problem + "; " + remedies.joined(separator: ", or "))
            }
        }
        let name = { (id: ActorID) in network.actor(id)?.name ?? id.rawValue }
        let title = "\(name(answer.source)) to \(name(answer.target)): " + answer.rankingPhrase
        let dot = NetworkDOTEncoder(options: .init(title: title, highlightedFlows: highlighted)).encode(drawn)
        var data = Data(dot.utf8)
        if format == .svg {
            do {
                data = Data(try Graphviz.renderSVG(dot, engine: engine.layoutEngine).utf8)
            } catch {
                Terminal.printError("error: graphviz could not render the paths as svg: \(error.description)")
                throw ExitCode.failure
            }
        }
        let target = OutputTarget(output)
        try target.write(data, protecting: dataOptions.inputs)
        if !target.isStandardOutput { Terminal.printError("wrote \(target.path)") }
        for note in ExportFormat.notes(for: [format == .svg ? .svg : .dot]) { Terminal.printError(note) }
    }

}

/// The paths between two actors, or why there are none.
struct PathAnswer {
    let source: ActorID
    let target: ActorID
    let byCost: Bool
    let undirected: Bool
    let maxHops: Int?
    let k: Int
    let paths: [Path]
    /// How many simple paths of at most `maxHops` hops there are, when `maxHops` is given.
    let pathCount: Int?
    /// Why there is no path, or nil when there are paths.
    let noPath: String?

    /// Finds the paths in `graph`, naming actors from `names` (the network before any view).
    init(graph: FlowGraph, source: ActorID, target: ActorID, k: Int, byCost: Bool, maxHops: Int?, names: Network) {
        self.source = source
        self.target = target
        self.byCost = byCost
        self.undirected = graph.direction == .undirected
        self.maxHops = maxHops
        self.k = k
        let label = { (id: ActorID) in "\(names.actor(id)?.name ?? id.rawValue) (\(id))" }
        if let missing = [source, target].first(where: { !graph.contains($0) }) {
            paths = []
            pathCount = maxHops == nil ? nil : 0
            noPath = "\(label(missing)) has no flows among those shown; widen --as-of, --kind, --status, --item or --focus"
            return
        }
        do {
            let found = try graph.kShortestPaths(from: source, to: target, k: k, byCost: byCost, maxHops: maxHops)
            var reason: String?
            if found.isEmpty, let maxHops {
                let shortest = try graph.hopCount(from: source, to: target)
                reason = "no path of at most \(maxHops == 1 ? "1 hop" : "\(maxHops) hops") leads from \(label(source)) to \(label(target)); "
                    + "the shortest takes \(shortest) (--max-hops \(shortest))"
            }
            (paths, noPath) = (found, reason)
        } catch {
            (paths, noPath) = ([], Self.explainNoPath(graph: graph, source: source, target: target, label: label))
        }
        pathCount = maxHops.map { (try? graph.countSimplePaths(from: source, to: target, maxHops: $0)) ?? 0 }
    }

    /// "3 paths, fewest hops first, then cheapest evidence", or "… of the 27 paths of at most 4 hops, …".
    var rankingPhrase: String {
        var shown = paths.count == 1 ? "1 path" : "\(paths.count) paths"
        if let pathCount, let maxHops {
            let all = pathCount == Int.max ? "more than \(Int.max)" : String(pathCount)
            shown = "\(paths.count) of the \(all) \(pathCount == 1 ? "path" : "paths") of at most \(maxHops == 1 ? "1 hop" : "\(maxHops) hops")"
        }
        return shown + (byCost ? ", cheapest evidence first" : ", fewest hops first, then cheapest evidence")
    }

    /// Why no chain of flows joins the two, and what each side does reach.
    private static func explainNoPath(graph: FlowGraph, source: ActorID, target: ActorID, label: (ActorID) -> String) -> String {
        var text = "no chain of flows leads from \(label(source)) to \(label(target))"
        if graph.direction == .directed {
            let either = FlowGraph(graph.network, costs: graph.costs, direction: .undirected)
            if (try? either.shortestPath(from: source, to: target)) != nil {
                return text + " in the flows' direction; --undirected follows flows either way and joins them"
            }
            text += ", even following flows either way"
        }
        let names = { (ids: [ActorID]) -> String in
            let shown = ids.prefix(5).map { graph.network.actor($0)?.name ?? $0.rawValue }
            return shown.joined(separator: ", ") + (ids.count > 5 ? " and \(ids.count - 5) more" : "")
        }
        let reached = (try? graph.reachable(from: source)) ?? []
        text += reached.isEmpty ? "; \(label(source)) reaches no one" : "; \(label(source)) reaches \(names(reached))"
        return text
    }
}

/// Text and JSON for a `PathAnswer`.
struct PathWriter {
    let answer: PathAnswer
    let network: Network
    /// The flows on the paths, by id.
    let flows: [FlowID: Flow]

    static let width = 100

    init(answer: PathAnswer, network: Network) {
        self.answer = answer
        self.network = network
        let used = Set(answer.paths.flatMap(\.flows))
        var flows: [FlowID: Flow] = [:]
        for flow in network.flows where used.contains(flow.id) && flows[flow.id] == nil { flows[flow.id] = flow }
        self.flows = flows
    }

    private func name(_ id: ActorID) -> String { network.actor(id)?.name ?? id.rawValue }

    /// Each path, hop by hop: the flow, its items and evidence state, the strongest quote and the
    /// denial; made visible-safe by `Terminal`, for a terminal or a text file alike.
    func text() -> String {
        var lines = [header()]
        for (rank, path) in answer.paths.enumerated() {
            var route = name(path.from)
            for hop in path.hops { route += (hop.againstDirection ? " ← " : " → ") + name(hop.to) }
            let hops = path.hopCount == 1 ? "1 hop" : "\(path.hopCount) hops"
            lines += ["", "\(rank + 1). \(route): \(hops), cost \(Self.cost(path.cost))"]
            for hop in path.hops { lines += describe(hop) }
        }
        return Terminal.visible(lines.joined(separator: "\n")) + "\n"
    }

    private func header() -> String {
        "Paths from \(name(answer.source)) to \(name(answer.target)): \(answer.rankingPhrase)"
            + (answer.undirected ? "; flows followed either way" : "")
    }

    private func describe(_ hop: Path.Hop) -> [String] {
        guard let flow = flows[hop.flow] else { return ["   \(hop.flow)"] }
        let items = flow.items.compactMap { network.item($0)?.name }
        let what = flow.kind.rawValue + (items.isEmpty ? "" : " of " + items.joined(separator: ", "))
        let evidence = FlowEvidence(flow)
        let claims = flow.claims.count == 1 ? "1 claim" : "\(flow.claims.count) claims"
        let against = hop.againstDirection ? ", taken against its direction (\(name(flow.from)) → \(name(flow.to)))" : ""
        let state = evidence?.state.phrase ?? "no claims"
        let sources = Set(flow.claims.map(\.source)).count
        var lines = [
            "   \(name(hop.from)) \(hop.againstDirection ? "←" : "→") \(name(hop.to)): \(flow.id), \(what)\(against)",
            "      \(state); \(claims) from \(sources == 1 ? "1 source" : "\(sources) sources"); cost \(Self.cost(hop.cost))",
        ]
        for claim in [evidence?.strongest, evidence?.denial].compactMap({ $0 }) {
            lines += TextColumns.wrap(EvidenceText.citation(claim, in: network), width: Self.width - 6).map { "      " + $0 }
        }
        return lines
    }

    /// A cost for people: at most two decimals, no trailing zeros.
    static func cost(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// The answer as the JSON docs/paths.md describes.
    func json() -> Data {
        // Every value here is a string, number, bool, null, array or object: encoding cannot fail.
        Data((try! JSONText.encoding(PathsDocument(self)).written(pretty: true) + "\n").utf8)
    }

    /// Six decimals are plenty, and keep `Float` noise out of the JSON.
    static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }

    fileprivate struct PathsDocument: Encodable {
        let writer: PathWriter
        init(_ writer: PathWriter) { self.writer = writer }

        enum Keys: String, CodingKey { case formatVersion, from, to, order, undirected, maxHops, k, pathCount, noPath, paths }
        func encode(to encoder: any Encoder) throws {
            let answer = writer.answer
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(1, forKey: .formatVersion)
            try container.encode(ActorRecord(answer.source, writer.network), forKey: .from)
            try container.encode(ActorRecord(answer.target, writer.network), forKey: .to)
            try container.encode(answer.byCost ? "cost" : "hops", forKey: .order)
            try container.encode(answer.undirected, forKey: .undirected)
            try container.encode(answer.maxHops, forKey: .maxHops)
            try container.encode(answer.k, forKey: .k)
            try container.encode(answer.pathCount, forKey: .pathCount)
            try container.encode(answer.noPath, forKey: .noPath)
            try container.encode(answer.paths.enumerated().map { PathRecord(rank: $0 + 1, path: $1, writer: writer) }, forKey: .paths)
        }
    }

    fileprivate struct ActorRecord: Encodable {
        let id: ActorID
        let name: String
        init(_ id: ActorID, _ network: Network) {
            self.id = id
            name = network.actor(id)?.name ?? id.rawValue
        }
    }

    fileprivate struct PathRecord: Encodable {
        let rank: Int
        let path: Path
        let writer: PathWriter

        enum Keys: String, CodingKey { case rank, hops, cost, actors, steps }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(rank, forKey: .rank)
            try container.encode(path.hopCount, forKey: .hops)
            try container.encode(PathWriter.rounded(path.cost), forKey: .cost)
            try container.encode(path.actors, forKey: .actors)
            try container.encode(path.hops.map { StepRecord(hop: $0, flow: writer.flows[$0.flow], network: writer.network) }, forKey: .steps)
        }
    }

    fileprivate struct StepRecord: Encodable {
        let hop: Path.Hop
        let flow: Flow?
        let network: Network

        enum Keys: String, CodingKey {
            case flow, from, to, againstDirection, cost, kind, items, evidence, claims, sources, strongest, denial
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            let evidence = flow.flatMap(FlowEvidence.init)
            var sources: [SourceID] = []
            for claim in flow?.claims ?? [] where !sources.contains(claim.source) { sources.append(claim.source) }
            try container.encode(hop.flow, forKey: .flow)
            try container.encode(hop.from, forKey: .from)
            try container.encode(hop.to, forKey: .to)
            try container.encode(hop.againstDirection, forKey: .againstDirection)
            try container.encode(PathWriter.rounded(hop.cost), forKey: .cost)
            try container.encode(flow?.kind, forKey: .kind)
            try container.encode(flow?.items ?? [], forKey: .items)
            try container.encode(evidence?.state, forKey: .evidence)
            try container.encode(flow?.claims.count ?? 0, forKey: .claims)
            try container.encode(sources, forKey: .sources)
            try container.encode(evidence.map { ClaimJSON($0.strongest, in: network, withCitation: true) }, forKey: .strongest)
            try container.encode(evidence?.denial.map { ClaimJSON($0, in: network, withCitation: true) }, forKey: .denial)
        }
    }
}
