/// A flow that looks corroborated and is not: several articles report it, yet every claim saying
/// it happened comes from one party (circular reporting). `supplynet check` notes them and
/// `flows --single-voice` draws them.
public struct SingleVoiceFlow: Hashable, Sendable {
    public let flow: Flow
    public let voices: FlowVoices

    /// The flows of `network` whose supporting claims come from at least two articles and one party,
    /// in data order. A flow reported by one article already says so ("1 article").
    /// - Complexity: O(claims).
    public static func all(in network: Network) -> [SingleVoiceFlow] {
        network.flows.compactMap { flow in
            let voices = FlowVoices(flow, in: network)
            return voices.isSingleParty && voices.articles.count > 1 ? SingleVoiceFlow(flow: flow, voices: voices) : nil
        }
    }

    /// Whether `flow` rests on one party though several articles report it.
    public static func isSingleVoice(_ flow: Flow, in network: Network) -> Bool {
        let voices = FlowVoices(flow, in: network)
        return voices.isSingleParty && voices.articles.count > 1
    }

    /// Whether a drawing marks some flow `(one party)`: a flow drawn as its own edge (not inside an
    /// aggregate of several) with its items on the label (not a panel's number alone).
    public static func isMarked(in network: Network, aggregated: Bool, numbersOnly: Bool) -> Bool {
        guard !numbersOnly else { return false }
        let alone = aggregated
            ? ParallelFlows.groups(of: network.flows.filter { !$0.claims.isEmpty }).filter { $0.flows.count == 1 }.map { $0.flows[0] }
            : network.flows
        return alone.contains { isSingleVoice($0, in: network) }
    }

    /// The party it rests on, for people: "United States".
    public func party(in network: Network) -> String { voices.parties[0].name(in: network) }

    /// "rus-irn-air-defense rests on one party, United States: 3 articles, 1 voice: John Kirby, United States".
    public func note(in network: Network) -> String {
        "\(flow.id) rests on one party, \(party(in: network)): \(EvidenceText.support(voices, in: network))"
    }
}
