import ArgumentParser
import SupplyNet

/// The options that choose which part of the network a command shows: the view options of
/// `NetworkQuery`, read with the library's own value parsers, so a report block and the command
/// line take the same words with the same meaning.
struct ViewOptions: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Only what sources published by this date say (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"),
        transform: { try parse($0, NetworkQuery.date) })
    var asOf: PartialDate?

    @Option(name: .customLong("from"), help: ArgumentHelp("Only flows this actor (or one of its members) sends.", valueName: "actor"))
    var sender: String?

    @Option(name: .customLong("to"), help: ArgumentHelp("Only flows this actor (or one of its members) receives.", valueName: "actor"))
    var recipient: String?

    @Option(help: ArgumentHelp("Only the neighbourhood of this actor (id, name or alias, any case).", valueName: "actor"))
    var focus: String?

    @Option(help: "How many hops around --focus to show (\(OptionBounds.radius.helpRange)).", transform: { try OptionBounds.radius.parse($0) })
    var radius: Int = 1

    @Option(
        name: .customLong("kind"), help: ArgumentHelp("Only flows of this kind (repeat for several): \(names(FlowKind.self)).", valueName: "kind"),
        transform: { try parse($0, NetworkQuery.kind) })
    var kinds: [FlowKind] = []

    @Option(
        name: .customLong("status"),
        help: ArgumentHelp("Only flows with a claim of this status (repeat for several): \(names(ClaimStatus.self)).", valueName: "status"),
        transform: { try parse($0, NetworkQuery.status) })
    var statuses: [ClaimStatus] = []

    @Option(
        name: .customLong("item"),
        help: ArgumentHelp("Only flows with an item of this category (repeat for several): \(names(ItemCategory.self)).", valueName: "category"),
        transform: { try parse($0, NetworkQuery.category) })
    var categories: [ItemCategory] = []

    @Option(
        help: ArgumentHelp("One edge per flow, or one per actor pair and kind: \(names(NetworkView.Grouping.self)).", valueName: "grouping"),
        transform: { try parse($0, NetworkQuery.grouping) })
    var group: NetworkView.Grouping = .flow

    @Flag(name: .customLong("include-unreviewed"), help: "Also show claims proposed by 'supplynet extract' that nobody has reviewed.")
    var includeUnreviewed = false

    func validate() throws {
        if focus == nil, radius != 1 { throw ValidationError("--radius needs --focus") }
    }

    /// The query these options ask, about `subject`.
    func query(_ subject: NetworkQuery.Subject, text: String) -> NetworkQuery {
        var query = NetworkQuery(subject: subject, text: text)
        query.asOf = asOf
        query.kinds = kinds
        query.statuses = statuses
        query.categories = categories
        query.grouping = group
        query.sender = sender.map { NetworkQuery.Word(text: $0, option: "--from") }
        query.recipient = recipient.map { NetworkQuery.Word(text: $0, option: "--to") }
        query.focus = focus.map { NetworkQuery.Word(text: $0, option: "--focus") }
        query.radius = radius
        query.includesUnreviewed = includeUnreviewed
        return query
    }

    /// The names a vocabulary takes, for help.
    private static func names<Value: RawRepresentable & CaseIterable>(_: Value.Type) -> String where Value.RawValue == String {
        Value.allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// The value a library parser reads from `text`, or its message as the command line's.
    static func parse<Value>(_ text: String, _ parser: (String) throws(NetworkQuery.QueryValueError) -> Value) throws -> Value {
        do { return try parser(text) } catch { throw ValidationError(error.message) }
    }
}

extension QueryAnswer {
    /// `query` answered for the command line: a wrong word exits 64 with the library's message.
    static func asked(_ query: NetworkQuery, in network: Network) throws -> QueryAnswer {
        do { return try QueryAnswer(query, in: network) } catch { throw ValidationError(Terminal.visible(error.message)) }
    }
}
