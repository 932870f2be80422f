import SupplyNet

/// What evaluation compares: who to whom, what kind, and one item category (nil for a flow
/// without items, like most sanctions).
public struct FlowTuple: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var from: ActorID
    public var to: ActorID
    public var kind: FlowKind
    public var category: ItemCategory?

    public init(from: ActorID, to: ActorID, kind: FlowKind, category: ItemCategory?) {
        self.from = from
        self.to = to
        self.kind = kind
        self.category = category
    }

    public var description: String { "\(from) → \(to) \(kind.rawValue) \(category?.rawValue ?? "-")" }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.description < rhs.description }

    /// One tuple per item category of a proposal (one with no category when it has no items).
    public static func tuples(of proposal: Proposal) -> [FlowTuple] {
        let categories = proposal.categories
        if categories.isEmpty { return [FlowTuple(from: proposal.from, to: proposal.to, kind: proposal.kind, category: nil)] }
        return categories.map { FlowTuple(from: proposal.from, to: proposal.to, kind: proposal.kind, category: $0) }
    }

    /// The curated tuples of one source: every claim's flow, one tuple per item category.
    public static func curated(in network: Network, source: SourceID) -> Set<FlowTuple> {
        var result: Set<FlowTuple> = []
        for flow in network.flows where flow.claims.contains(where: { $0.source == source }) {
            let categories = flow.items.compactMap { network.item($0)?.category }
            if categories.isEmpty { result.insert(FlowTuple(from: flow.from, to: flow.to, kind: flow.kind, category: nil)) }
            for category in categories { result.insert(FlowTuple(from: flow.from, to: flow.to, kind: flow.kind, category: category)) }
        }
        return result
    }
}

/// Precision, recall and F1 from counts.
public struct Score: Hashable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Scores a proposed set against a curated one.
    public init(proposed: Set<FlowTuple>, curated: Set<FlowTuple>) {
        truePositives = proposed.intersection(curated).count
        falsePositives = proposed.subtracting(curated).count
        falseNegatives = curated.subtracting(proposed).count
    }

    public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static func + (lhs: Score, rhs: Score) -> Score {
        Score(
            truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }
}
