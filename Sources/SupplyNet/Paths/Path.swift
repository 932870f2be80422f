/// A chain of flows from one actor to another, each hop naming the flow it takes.
public struct Path: Hashable, Sendable {
    /// One step of a path: a flow taken from one actor to the next.
    public struct Hop: Hashable, Sendable {
        public let flow: FlowID
        /// The actor the hop leaves.
        public let from: ActorID
        /// The actor the hop reaches.
        public let to: ActorID
        /// True when an undirected traversal takes the flow from its `to` back to its `from`.
        public let againstDirection: Bool
        /// The hop's cost from its evidence (`EvidenceCosts`).
        public let cost: Double

        public init(flow: FlowID, from: ActorID, to: ActorID, againstDirection: Bool = false, cost: Double) {
            self.flow = flow
            self.from = from
            self.to = to
            self.againstDirection = againstDirection
            self.cost = cost
        }
    }

    public let hops: [Hop]
    /// The actors along the path, first to last: one more than the hops.
    public let actors: [ActorID]

    /// A path along `hops`, which must chain (each hop leaves where the last arrived); for a path
    /// of no hops, `actors` is its one actor.
    public init(hops: [Hop], actors: [ActorID]) {
        precondition(actors.count == hops.count + 1, "a path has one more actor than hops")
        precondition(zip(hops, actors).allSatisfy { $0.from == $1 } && zip(hops, actors.dropFirst()).allSatisfy { $0.to == $1 }, "hops must chain")
        self.hops = hops
        self.actors = actors
    }

    /// The sum of the hops' costs, added first hop first.
    public var cost: Double { hops.reduce(0) { $0 + $1.cost } }
    public var hopCount: Int { hops.count }
    /// The flows taken, in order.
    public var flows: [FlowID] { hops.map(\.flow) }
    public var from: ActorID { actors[0] }
    public var to: ActorID { actors[actors.count - 1] }
}
