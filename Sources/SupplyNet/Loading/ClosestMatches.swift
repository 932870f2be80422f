/// Suggestions for a misspelt word: the candidates nearest to it by edit distance.
public enum ClosestMatches {
    /// The candidates within a small edit distance of `word`, nearest first, ties in input order.
    /// - Complexity: O(n·m·k) for k candidates of length m and a word of length n.
    public static func to(_ word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(word.lowercased())
        let scored = candidates.enumerated().compactMap { index, candidate -> (Int, Int, String)? in
            let distance = editDistance(target, Array(candidate.lowercased()))
            let tolerance = max(2, min(target.count, candidate.count) / 3)
            return distance <= tolerance ? (distance, index, candidate) : nil
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.2)
    }

    /// A sentence fragment for error messages: ` (did you mean 'x'?)` or nothing.
    static func hint(for word: String, among candidates: [String]) -> String {
        let matches = to(word, among: candidates)
        guard !matches.isEmpty else { return "" }
        return " (did you mean " + matches.map { "'\($0)'" }.joined(separator: " or ") + "?)"
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
