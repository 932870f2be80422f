/// Where each claim's quote stands in its article: the trail from an edge to the sentence behind
/// it, and back.
public enum QuotedPassages {
    /// One quote found in the text.
    public struct Passage: Hashable, Sendable {
        public let claim: Claim
        /// The flow the claim supports.
        public let flow: FlowID
        /// The quote's first occurrence in the source's text.
        public let range: Range<String.Index>
    }

    /// The passages of `source.text` that the network's claims quote, in text order (a quote found
    /// nowhere, possible only in a network not built by the loader, is left out).
    /// - Complexity: O(text + quotes), one pass however many claims quote the source.
    public static func passages(of source: Source, in network: Network) -> [Passage] {
        var claims: [(Claim, FlowID)] = []
        for flow in network.flows {
            for claim in flow.claims where claim.source == source.id { claims.append((claim, flow.id)) }
        }
        guard !claims.isEmpty else { return [] }
        let matches = QuoteMatcher(quotes: claims.map(\.0.quote)).matches(in: source.text)
        let found = zip(claims, matches).filter { $0.1.matchedScalars > 0 && $0.1.matchedScalars == $0.0.0.quote.unicodeScalars.count }
        // Scalar offsets to string indices in one walk of the text.
        let offsets = Set(found.flatMap { [$0.1.offset, $0.1.offset + $0.1.matchedScalars] }).sorted()
        var indices: [Int: String.Index] = [:]
        let scalars = source.text.unicodeScalars
        var index = scalars.startIndex
        var position = 0
        for offset in offsets {
            while position < offset, index < scalars.endIndex {
                scalars.formIndex(after: &index)
                position += 1
            }
            indices[offset] = index
        }
        var passages: [Passage] = []
        for ((claim, flow), match) in found {
            guard let start = indices[match.offset], let end = indices[match.offset + match.matchedScalars] else { continue }
            passages.append(Passage(claim: claim, flow: flow, range: start..<end))
        }
        return passages.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }
}
