/// The network as it grew: one step per publication date of its sources.
public struct TimelineStep: Hashable, Sendable {
    /// The publication date that ends this step.
    public let date: PartialDate
    /// The sources published on this date.
    public let sources: [SourceID]
    /// The network as known from every source published by `date`.
    public let network: Network
    /// The flows first reported in this step, in data order.
    public let newFlows: [FlowID]
}

public enum Timeline {
    /// The distinct publication dates of the sources, in the order they became known (a
    /// month-precision date is known at the month's end): one step each.
    /// - Complexity: O(sources · log sources).
    public static func dates(of network: Network) -> [PartialDate] {
        let dates = Array(Set(network.sources.map(\.published)))
        return dates.sorted { ($0.latestDay, $0) < ($1.latestDay, $1) }
    }

    /// One step per distinct source publication date, in the order the dates became known
    /// (a month-precision date is known at the month's end).
    /// - Complexity: O(dates · (flows + claims)).
    public static func steps(of network: Network) -> [TimelineStep] {
        let dates = Self.dates(of: network)
        var known: Set<FlowID> = []
        return dates.map { date in
            let snapshot = NetworkView(asOf: date).apply(to: network)
            let newFlows = snapshot.flows.map(\.id).filter { !known.contains($0) }
            known.formUnion(newFlows)
            return TimelineStep(
                date: date, sources: network.sources.filter { $0.published == date }.map(\.id),
                network: snapshot, newFlows: newFlows)
        }
    }
}
