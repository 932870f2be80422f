/// The time a claim refers to: open at either end ("since August 2022").
public struct Period: Hashable, Sendable {
    public var from: PartialDate?
    public var to: PartialDate?

    public init(from: PartialDate? = nil, to: PartialDate? = nil) {
        self.from = from
        self.to = to
    }

    /// False when the period ends before it starts.
    public var isOrdered: Bool {
        guard let from, let to else { return true }
        return from.earliestDay <= to.latestDay
    }
}
