import ArgumentParser
import SupplyNet

extension FlowKind: ExpressibleByArgument {}
extension ClaimStatus: ExpressibleByArgument {}
extension ItemCategory: ExpressibleByArgument {}
extension NetworkView.Grouping: ExpressibleByArgument {}

/// The options that choose which part of the network a command shows.
struct ViewOptions: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Only what sources published by this date say (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"),
        transform: ViewOptions.parseDate)
    var asOf: PartialDate?

    @Option(name: .customLong("from"), help: ArgumentHelp("Only flows this actor (or one of its members) sends.", valueName: "actor"))
    var sender: String?

    @Option(name: .customLong("to"), help: ArgumentHelp("Only flows this actor (or one of its members) receives.", valueName: "actor"))
    var recipient: String?

    @Option(help: ArgumentHelp("Only the neighbourhood of this actor (id, name or alias, any case).", valueName: "actor"))
    var focus: String?

    @Option(help: "How many hops around --focus to show (\(OptionBounds.radius.helpRange)).", transform: { try OptionBounds.radius.parse($0) })
    var radius: Int = 1

    @Option(name: .customLong("kind"), help: "Only flows of this kind (repeat for several).")
    var kinds: [FlowKind] = []

    @Option(name: .customLong("status"), help: "Only flows with a claim of this status (repeat for several).")
    var statuses: [ClaimStatus] = []

    @Option(name: .customLong("item"), help: "Only flows with an item of this category (repeat for several).")
    var categories: [ItemCategory] = []

    @Option(help: "One edge per flow, or one per actor pair and kind.")
    var group: NetworkView.Grouping = .flow

    @Flag(name: .customLong("include-unreviewed"), help: "Also show claims proposed by 'supplynet extract' that nobody has reviewed.")
    var includeUnreviewed = false

    func validate() throws {
        if focus == nil, radius != 1 { throw ValidationError("--radius needs --focus") }
    }

    /// The view these options describe, with --from, --to and --focus resolved against `network`.
    func view(of network: Network) throws -> NetworkView {
        let resolver = ActorResolver(network)
        func resolve(_ name: String?, _ option: String) throws -> ActorID? {
            guard let name else { return nil }
            do { return try resolver.resolve(name) } catch { throw ValidationError(Terminal.visible("\(option): \(error.description)")) }
        }
        return NetworkView(
            asOf: asOf, kinds: kinds.isEmpty ? nil : Set(kinds), statuses: statuses.isEmpty ? nil : Set(statuses),
            categories: categories.isEmpty ? nil : Set(categories), sender: try resolve(sender, "--from"),
            recipient: try resolve(recipient, "--to"), focus: try resolve(focus, "--focus"), radius: radius, grouping: group,
            includesUnreviewed: includeUnreviewed)
    }

    static func parseDate(_ text: String) throws -> PartialDate {
        guard let date = PartialDate(parsing: text) else {
            throw ValidationError("'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return date
    }
}
