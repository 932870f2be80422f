import ArgumentParser
import Foundation
import SupplyNet

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the evidence on the flows between two actors, or on one flow or actor.",
        discussion: """
            Every claim with its quote, speaker, source and date. Where claims contradict each other \
            (a delivery claimed and denied), the two sides are printed side by side.
            Examples: supplynet show IRN RUS; supplynet show tehran moscow; supplynet show irn-rus-drones
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: ArgumentHelp("Two actors (id, name or alias), one actor, or a flow id.", valueName: "actor-or-flow"))
    var subjects: [String]

    @OptionGroup var dataOptions: DataOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Only what sources published by this date say.", valueName: "date"), transform: ViewOptions.parseDate)
    var asOf: PartialDate?

    @Option(help: "Text for people, or JSON in the export's format (docs/json-format.md).")
    var format: Format = .text

    @Option(help: "The width of text output, in characters (\(OptionBounds.width.helpRange)).", transform: { try OptionBounds.width.parse($0) })
    var width: Int = 100

    func validate() throws {
        guard (1...2).contains(subjects.count) else {
            throw ValidationError("give two actors (supplynet show IRN RUS), one actor, or one flow id")
        }
    }

    func run() throws {
        let loaded = try dataOptions.loadNetwork()
        let network = NetworkView(asOf: asOf).apply(to: loaded)
        let flows = try selectedFlows(in: network)
        switch format {
        case .json:
            Terminal.write(NetworkJSON.encode(network.restricted(to: flows)))
        case .text:
            if flows.isEmpty {
                Terminal.print("No flows between \(subjects.joined(separator: " and "))\(asOf.map { " in sources published by \($0)" } ?? "").")
                return
            }
            print(text(for: flows, in: network))
        }
    }

    private func selectedFlows(in network: Network) throws -> [Flow] {
        let resolver = ActorResolver(network)
        if subjects.count == 2 {
            let first = try resolve(subjects[0], resolver)
            let second = try resolve(subjects[1], resolver)
            return network.flows(between: first, and: second)
        }
        if let flow = network.flows.first(where: { $0.id.rawValue == subjects[0] }) { return [flow] }
        do {
            return network.flows(touching: try resolver.resolve(subjects[0]))
        } catch {
            let flowIDs = network.flows.map(\.id.rawValue)
            let closest = ClosestMatches.to(subjects[0], among: flowIDs)
            throw ValidationError(Terminal.visible("'\(subjects[0])' is neither a flow id nor an actor; \(error.description)"
                + (closest.isEmpty ? "" : "; closest flows: " + closest.joined(separator: ", "))))
        }
    }

    private func resolve(_ name: String, _ resolver: ActorResolver) throws -> ActorID {
        do { return try resolver.resolve(name) } catch { throw ValidationError(Terminal.visible(error.description)) }
    }

    /// What `show` prints for `flows`: each one's evidence, made visible-safe by `Terminal`.
    func text(for flows: [Flow], in network: Network) -> String {
        Terminal.visible(flows.map { describe($0, in: network) }.joined(separator: "\n\n"))
    }

    private func describe(_ flow: Flow, in network: Network) -> String {
        let from = network.actor(flow.from)?.name ?? flow.from.rawValue
        let to = network.actor(flow.to)?.name ?? flow.to.rawValue
        let items = flow.items.compactMap { network.item($0)?.name }
        let state = FlowEvidence(flow)?.state.phrase ?? "no claims"
        let claims = flow.claims.count == 1 ? "1 claim" : "\(flow.claims.count) claims"
        var lines = ["\(flow.id): \(from) → \(to), \(flow.kind.rawValue)\(items.isEmpty ? "" : " of " + items.joined(separator: ", ")) — \(state) (\(claims))"]
        let sides = ClaimSides(flow)
        if sides.isContradicted {
            let column = (width - 3) / 2
            let left = ["SAYS IT HAPPENED"] + sides.affirming.flatMap { [""] + block($0, in: network, width: column) }
            let right = ["DENIES IT OR SAW NOTHING"] + sides.disputing.flatMap { [""] + block($0, in: network, width: column) }
            lines += [""] + TextColumns.sideBySide(left, right, width: column)
        } else {
            for claim in flow.claims { lines += [""] + block(claim, in: network, width: width - 2).map { "  " + $0 } }
        }
        return lines.joined(separator: "\n")
    }

    /// One claim: status, date and who; the quote; the claim id and source.
    private func block(_ claim: Claim, in network: Network, width: Int) -> [String] {
        let date = EvidenceText.date(of: claim, in: network).map { " \($0)" } ?? ""
        let who = EvidenceText.attribution(of: claim, in: network)
        return TextColumns.wrap("\(claim.status.rawValue.uppercased())\(date)\(who.isEmpty ? "" : " — " + who)", width: width)
            + TextColumns.wrap("“\(claim.quote)”", width: width)
            + TextColumns.wrap("[\(claim.id)] " + EvidenceText.reference(of: claim, in: network), width: width)
    }
}
