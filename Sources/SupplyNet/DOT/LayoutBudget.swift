/// How much a drawing asks of Graphviz: the nodes and edges it lays out.
public struct LayoutSize: Hashable, Sendable {
    /// Actors drawn (an actor with members counts once, though it is drawn as a cluster too).
    public let nodes: Int
    /// Edges drawn: one per flow with claims, or one per actor pair and kind with `--group pair`.
    public let edges: Int

    public init(nodes: Int, edges: Int) {
        self.nodes = nodes
        self.edges = edges
    }

    /// What the budget is counted in.
    public var total: Int { nodes + edges }
}

extension NetworkDOTEncoder {
    /// The nodes and edges `encode(network)` gives Graphviz, counted without encoding (the
    /// legend's few dozen samples are left out).
    /// - Complexity: O(actors + flows).
    public static func layoutSize(of network: Network) -> LayoutSize {
        let shown = Set(network.actors.map(\.id)).subtracting(network.partyOnlyActors)
        return LayoutSize(nodes: shown.count, edges: network.flows.count { !$0.claims.isEmpty })
    }
}

/// The largest drawing each layout engine is given, so that a command refuses in a moment what
/// Graphviz would take minutes, or all the memory, to lay out (under a memory limit Graphviz
/// prints "out of memory" and then crashes). Every command that lays out asks here first:
/// `render`, `timeline`, `paths --format svg` and a report's figures.
///
/// The limits come from docs/benchmarks.md, "Layout cost by engine and size": about the size
/// each engine lays out in 10 s on the project's machine. Writing DOT lays nothing out and is
/// never refused.
public enum LayoutBudget {
    /// Nodes plus edges per engine, read off the CPU times in docs/benchmarks.md ("Layout cost by
    /// engine and size", `render --format svg` of generated networks). dot: 450 took 2.8 s, 562
    /// more than 13 s (unfinished at 60 s). circo: 450 took 3.7 s, 1,125 more than 57 s. neato,
    /// fdp and twopi: 3,375 took 4.8 s, 6.6 s and 2.3 s. sfdp: 5,625 took 4.8 s, 11,250 more than
    /// 13 s; its cost grows about as the square here, which puts 10 s near 8,000.
    public static let limits: [String: Int] = [
        "dot": 500,
        "circo": 500,
        "neato": 3_000,
        "fdp": 3_000,
        "twopi": 3_000,
        "sfdp": 8_000,
    ]

    /// The limit for `engine` (`dot`, `sfdp`, …); an engine without its own is held to dot's.
    public static func limit(for engine: String) -> Int {
        limits[engine] ?? limits["dot"]!
    }

    /// Checks a drawing of `size` against `engine`'s limit.
    /// - Throws: `LayoutBudgetError` giving the size, the limit and what to do.
    public static func check(_ size: LayoutSize, engine: String) throws(LayoutBudgetError) {
        let limit = limit(for: engine)
        guard size.total <= limit else { throw LayoutBudgetError(size: size, engine: engine, limit: limit) }
    }

    /// `check(NetworkDOTEncoder.layoutSize(of: network), engine:)`.
    public static func check(_ network: Network, engine: String) throws(LayoutBudgetError) {
        try check(NetworkDOTEncoder.layoutSize(of: network), engine: engine)
    }

    /// How many drawings of the engine's limit a timeline may lay out in all: a minute or two.
    public static let timelineDrawings = 12

    /// Checks a timeline of `network` in `snapshots` snapshots, before any is made: each is at most
    /// the whole network (its last), and together they are laid out one by one, so the whole
    /// must fit `engine`'s limit and `snapshots` times the whole `timelineDrawings` times it.
    /// - Complexity: O(actors + flows), whatever the number of snapshots.
    public static func checkTimeline(_ network: Network, snapshots: Int, engine: String) throws(LayoutBudgetError) {
        let size = NetworkDOTEncoder.layoutSize(of: network)
        try check(size, engine: engine)
        let limit = limit(for: engine)
        guard size.total.multipliedReportingOverflow(by: snapshots).partialValue <= limit * timelineDrawings, snapshots <= limit else {
            throw LayoutBudgetError(size: size, engine: engine, limit: limit, snapshots: snapshots)
        }
    }
}

/// A drawing too large for its layout engine.
public struct LayoutBudgetError: Error, Hashable, Sendable, CustomStringConvertible {
    public let size: LayoutSize
    public let engine: String
    public let limit: Int
    /// For a timeline, how many snapshots it would draw, each up to `size`; 1 for one drawing.
    public let snapshots: Int

    public init(size: LayoutSize, engine: String, limit: Int, snapshots: Int = 1) {
        self.size = size
        self.engine = engine
        self.limit = limit
        self.snapshots = snapshots
    }

    /// The size against the limit, without advice: "the drawing has 5,012 nodes and edges (…),
    /// more than the 1,200 the dot engine lays out in about 10 s".
    public var problem: String {
        if snapshots > 1, size.total <= limit {
            return "the timeline has \(Self.grouped(snapshots)) snapshots (one per source date) of up to \(Self.grouped(size.total)) "
                + "nodes and edges each, more than the \(engine) engine lays out in a minute or two "
                + "(\(LayoutBudget.timelineDrawings) drawings of \(Self.grouped(limit)), docs/benchmarks.md); nothing was laid out"
        }
        return "the drawing has \(Self.grouped(size.total)) nodes and edges (\(Self.grouped(size.nodes)) actors, "
            + "\(Self.grouped(size.edges)) edges), more than the \(Self.grouped(limit)) the \(engine) engine lays out "
            + "in about 10 s (docs/benchmarks.md); nothing was laid out"
    }

    /// The remedies a view offers, in the command line's (and a report block's) words.
    public var remedies: [String] {
        var remedies = [
            snapshots > 1 ? "end it earlier, or narrow it, with --as-of DATE, --focus ACTOR --radius N, --kind, --status or --item" : "narrow the view with --focus ACTOR --radius N, --kind, --status, --item or --as-of DATE",
            "draw one edge per actor pair and kind with --group pair",
        ]
        let sfdp = LayoutBudget.limit(for: "sfdp")
        if engine != "sfdp", size.total <= sfdp {
            remedies.append("choose --engine sfdp, which lays out up to \(Self.grouped(sfdp))")
        }
        return remedies
    }

    public var description: String { problem + "; " + remedies.joined(separator: ", or ") }

    /// 12345 as "12,345".
    public static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
