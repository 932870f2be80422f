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

    @Option(
        name: .customLong("as-of"), help: ArgumentHelp("Only what sources published by this date say.", valueName: "date"),
        transform: { try ViewOptions.parse($0, NetworkQuery.date) })
    var asOf: PartialDate?

    @Flag(name: .customLong("include-unreviewed"), help: "Also show claims proposed by 'supplynet extract' that nobody has reviewed.")
    var includeUnreviewed = false

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
        var query = NetworkQuery(subject: .show(subjects.map { NetworkQuery.Word(text: $0) }), text: "show " + subjects.joined(separator: " "))
        query.asOf = asOf
        query.includesUnreviewed = includeUnreviewed
        let answer = try QueryAnswer.asked(query, in: loaded)
        switch format {
        case .json:
            Terminal.write(NetworkJSON.encode(answer.shown))
        case .text:
            if answer.flows.isEmpty {
                Terminal.print("No flows between \(subjects.joined(separator: " and "))\(asOf.map { " in sources published by \($0)" } ?? "").")
                return
            }
            print(Terminal.visible(EvidenceListing.text(of: answer.flows, in: answer.shown, width: width)))
        }
    }
}
