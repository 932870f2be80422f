/// What a network holds, in one line, as `check` reports it: "13 actors, 21 items, 5 sources, 38
/// flows, 101 claims, every quote verbatim".
public struct NetworkSummary: Hashable, Sendable, CustomStringConvertible {
    public let actors: Int
    public let items: Int
    public let sources: Int
    public let flows: Int
    public let claims: Int
    /// Claims whose quote was found verbatim in its source's text (the loader refuses the others);
    /// claims on a source without text cannot be checked.
    public let quotesChecked: Int
    /// Claims nobody has reviewed yet, as the loader noted them.
    public let unreviewed: Int

    public init(_ network: Network, notes: [LoadNote] = []) {
        let withText = Set(network.sources.filter { !$0.text.isEmpty }.map(\.id))
        let claims = network.claims
        actors = network.actors.count
        items = network.items.count
        sources = network.sources.count
        flows = network.flows.count
        self.claims = claims.count
        quotesChecked = claims.count { withText.contains($0.source) }
        unreviewed = notes.count
    }

    public var description: String {
        let quotes = quotesChecked == claims
            ? "every quote verbatim"
            : "\(quotesChecked) quotes verbatim, \(claims - quotesChecked) from sources without text (not checked)"
        return "\(actors) actors, \(items) items, \(sources) sources, \(flows) flows, \(claims) claims, \(quotes)"
            + (unreviewed == 0 ? "" : "; \(unreviewed) unreviewed (listed above)")
    }
}
