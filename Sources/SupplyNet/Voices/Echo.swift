/// One statement relayed by several articles: the same or nearly the same sentence, or the same
/// quantity for the same period from the same speaker, quoted on one flow by different sources.
/// It is one statement, not independent confirmation.
public struct Echo: Hashable, Sendable {
    /// The claim from the article published first (among equals, the first listed).
    public let first: Claim
    /// The same statement in later articles, in data order.
    public let relays: [Claim]

    /// Word sets at least this similar (shared words over all words) are the same sentence.
    public static let sameSentence = 0.6

    /// The echoes among `flow`'s claims, ordered by their first claim's position.
    /// - Complexity: O(claims² × words), on one flow's claims.
    public static func echoes(in flow: Flow, network: Network) -> [Echo] {
        let claims = flow.claims
        let words = claims.map { Self.words(of: $0.quote) }
        var group = Array(claims.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while group[index] != index { index = group[index] }
            return index
        }
        for a in claims.indices {
            for b in claims.indices where b > a && claims[a].source != claims[b].source {
                if sameStatement(claims[a], claims[b], words[a], words[b], network) { group[root(b)] = root(a) }
            }
        }
        var members: [Int: [Int]] = [:]
        var roots: [Int] = []
        for index in claims.indices {
            let r = root(index)
            if members[r] == nil { roots.append(r) }
            members[r, default: []].append(index)
        }
        return roots.compactMap { r in
            let indices = members[r]!
            guard indices.count > 1 else { return nil }
            let published = { (i: Int) in network.source(claims[i].source)?.published }
            let first = indices.min { a, b in
                switch (published(a), published(b)) {
                case let (x?, y?) where x != y: x < y
                default: a < b
                }
            }!
            return Echo(first: claims[first], relays: indices.filter { $0 != first }.map { claims[$0] })
        }
    }

    /// How many claims of `network` relay a statement another article made: every echo's relays.
    public static func relayCount(in network: Network) -> Int {
        network.flows.reduce(0) { $0 + echoes(in: $1, network: network).reduce(0) { $0 + $1.relays.count } }
    }

    static func sameStatement(_ a: Claim, _ b: Claim, _ wordsA: Set<String>, _ wordsB: Set<String>, _ network: Network) -> Bool {
        let union = wordsA.union(wordsB).count
        if union > 0, Double(wordsA.intersection(wordsB).count) / Double(union) >= sameSentence { return true }
        guard a.speaker != nil, Voice(of: a, in: network) == Voice(of: b, in: network),
            let x = a.quantity, let y = b.quantity, x.low != nil || x.high != nil, x.low == y.low, x.high == y.high, a.period == b.period
        else { return false }
        return true
    }

    /// The quote's words, lowercased, letters and digits only.
    static func words(of quote: String) -> Set<String> {
        Set(quote.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }
}
