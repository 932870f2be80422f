import SupplyNet

/// What one `supplynet` block asks for, in the command line's words: `network`, `flows --kind
/// sanction`, `focus IRN --radius 1`, `paths IRN UKR --max-hops 3`, `timeline`, `show IRN RUS`.
public struct ReportQuery: Hashable, Sendable {
    /// The question, with the actors as the author wrote them (resolved against the network later).
    public enum Subject: Hashable, Sendable {
        /// The whole network (narrowed by the view options).
        case network
        /// The flows the view options select.
        case flows
        /// The neighbourhood of one actor.
        case focus(Word)
        /// The chains of flows from one actor to another.
        case paths(from: Word, to: Word, PathOptions)
        /// The network as it grew, one panel per source date.
        case timeline(columns: Int)
        /// The flows between two actors, or touching one actor, or one flow.
        case show([Word])
        /// Not a figure: the table of the sources, with how many claims each gives.
        case sources
    }

    /// A word of the query with where it was written, for messages.
    public struct Word: Hashable, Sendable {
        public let text: String
        public let location: SourceLocation

        public init(text: String, location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    /// The options of `paths`, as on the command line.
    public struct PathOptions: Hashable, Sendable {
        public var maxHops: Int?
        public var k = 5
        public var cheapest = false
        public var undirected = false
        public var onlyPaths = false

        public init() {}
    }

    public var subject: Subject
    /// The view options: `--as-of`, `--kind`, `--status`, `--item`, `--from`, `--to`, `--group`,
    /// `--focus`, `--radius`.
    public var asOf: PartialDate?
    public var kinds: [FlowKind] = []
    public var statuses: [ClaimStatus] = []
    public var categories: [ItemCategory] = []
    public var grouping: NetworkView.Grouping = .flow
    public var sender: Word?
    public var recipient: Word?
    public var focus: Word?
    public var radius = 1
    /// The Graphviz layout engine (`--engine`).
    public var engine = "dot"
    /// The figure's title, replacing the one made from the query (`--title`).
    public var title: String?
    /// The block's words, as written, for the figure's caption.
    public var text: String
    /// The block's opening fence.
    public var location: SourceLocation
}
