/// A question about the network, in the command line's words: `network`, `flows --kind sanction`,
/// `focus IRN --radius 1`, `paths IRN UKR --max-hops 3`, `timeline`, `show IRN RUS`, `sources`.
///
/// The command line, a report's `supplynet` blocks and the explorer all ask through this one value,
/// read by one parser (`init(words:)`) and answered by one function (`QueryAnswer(_:in:)`), so the
/// same words give the same answer wherever they are written.
///
/// ```swift
/// let query = try NetworkQuery(parsing: "paths IRN UKR --max-hops 3")
/// let answer = try QueryAnswer(query, in: network)
/// ```
public struct NetworkQuery: Hashable, Sendable {
    /// What is asked, with the actors as written (resolved against the network when answered).
    public enum Subject: Hashable, Sendable {
        /// The whole network, narrowed by the view options.
        case network
        /// The flows the view options select (the network, titled by its flows).
        case flows
        /// The neighbourhood of one actor.
        case focus(Word)
        /// The chains of flows from one actor to another.
        case paths(from: Word, to: Word, PathOptions)
        /// The network as it grew, one snapshot per source date.
        case timeline(columns: Int)
        /// The flows between two actors, or touching one actor, or one flow.
        case show([Word])
        /// Not a figure: the table of the sources, with how many claims each gives.
        case sources
    }

    /// A word of the query, with where it was written when it was written in a file.
    public struct Word: Hashable, Sendable {
        public let text: String
        /// The report file, line and column; nil for a word from the command line.
        public let location: SourceLocation?
        /// The option the word is the value of (`--from`), for messages; nil for a positional word.
        public let option: String?

        public init(text: String, location: SourceLocation? = nil, option: String? = nil) {
            self.text = text
            self.location = location
            self.option = option
        }
    }

    /// The options of `paths`.
    public struct PathOptions: Hashable, Sendable {
        /// `--max-hops`: the longest path looked for; nil for no limit.
        public var maxHops: Int?
        /// `--k`: how many paths.
        public var k = 5
        /// `--cheapest`: rank by the cost of the evidence, not by hops.
        public var cheapest = false
        /// `--undirected`: follow flows either way.
        public var undirected = false
        /// `--only-paths`: draw only the paths' flows.
        public var onlyPaths = false
        /// `--corroboration`: what lowers a hop's cost, distinct parties or distinct voices (`EvidenceCosts`).
        public var corroboration: Corroboration = .parties

        public init(maxHops: Int? = nil, k: Int = 5, cheapest: Bool = false, undirected: Bool = false, onlyPaths: Bool = false, corroboration: Corroboration = .parties) {
            self.maxHops = maxHops
            self.k = k
            self.cheapest = cheapest
            self.undirected = undirected
            self.onlyPaths = onlyPaths
            self.corroboration = corroboration
        }
    }

    public var subject: Subject
    /// `--as-of`: only what sources published by this date say.
    public var asOf: PartialDate?
    /// `--kind`, `--status`, `--item`: only flows of these kinds, with a claim of these statuses,
    /// with an item of these categories (all when empty).
    public var kinds: [FlowKind] = []
    public var statuses: [ClaimStatus] = []
    public var categories: [ItemCategory] = []
    /// `--group`: one edge per flow, or per actor pair and kind.
    public var grouping: NetworkView.Grouping = .flow
    /// `--from`, `--to`: only flows this actor (or a member) sends, or receives.
    public var sender: Word?
    public var recipient: Word?
    /// `--focus`, `--radius`: only the neighbourhood of this actor.
    public var focus: Word?
    public var radius = 1
    /// `--single-voice` (on `flows`): only the flows several articles report and one party says
    /// (`SingleVoiceFlow`).
    public var singleVoice = false
    /// `--include-unreviewed`: keep claims nobody has reviewed yet.
    public var includesUnreviewed = false
    /// `--engine`: the Graphviz layout engine a drawing of the answer uses.
    public var engine = "dot"
    /// `--every-flow`: draw every flow as its own edge, rather than the overview's one edge per
    /// actor pair and kind.
    public var everyFlow = false
    /// `--title`: the answer's title, replacing the one made from the query.
    public var title: String?
    /// The query's words as written, quoted where needed, for captions.
    public var text: String
    /// Where the query was written (a report block's opening fence); nil on the command line.
    public var location: SourceLocation?

    public init(subject: Subject, text: String = "", location: SourceLocation? = nil) {
        self.subject = subject
        self.text = text
        self.location = location
    }

    /// The query word that names the subject: `network`, `paths`, …
    public var word: String {
        switch subject {
        case .network: "network"
        case .flows: "flows"
        case .focus: "focus"
        case .paths: "paths"
        case .timeline: "timeline"
        case .show: "show"
        case .sources: "sources"
        }
    }
}
