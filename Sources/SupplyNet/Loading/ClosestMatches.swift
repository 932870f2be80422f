/// Suggestions for a misspelt word: the candidates nearest to it by edit distance.
package enum ClosestMatches {
    /// The candidates within a small edit distance of `word`, nearest first, ties in input order.
    /// - Complexity: O(k·n·t) for k candidates, a word of length n and a tolerance t (about n/3):
    ///   candidates too long or too short to be near are skipped without a comparison.
    package static func to(_ word: String, among candidates: [String], limit: Int = 3) -> [String] {
        Candidates(candidates).closest(to: word, limit: limit)
    }

    /// A sentence fragment for error messages: ` (did you mean 'x'?)` or nothing.
    static func hint(for word: String, among candidates: [String]) -> String {
        Candidates(candidates).hint(for: word)
    }

    /// Candidates folded once, for many look-ups (a load that reports thousands of unknown ids).
    struct Candidates {
        let words: [String]
        private let folded: [[Unicode.Scalar]]
        private let histograms: [Histogram]

        init(_ words: [String]) {
            self.words = words
            folded = words.map { Array($0.lowercased().unicodeScalars) }
            histograms = folded.map(Histogram.init)
        }

        func closest(to word: String, limit: Int = 3) -> [String] {
            let target = Array(word.lowercased().unicodeScalars)
            let targetHistogram = Histogram(target)
            var scored: [(distance: Int, index: Int)] = []
            for (index, candidate) in folded.enumerated() {
                let tolerance = max(2, min(target.count, candidate.count) / 3)
                guard abs(target.count - candidate.count) <= tolerance,
                    targetHistogram.distanceBound(to: histograms[index]) <= tolerance,
                    let distance = ClosestMatches.editDistance(target, candidate, atMost: tolerance)
                else { continue }
                scored.append((distance, index))
            }
            return scored.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.prefix(limit).map { words[$0.index] }
        }

        /// ` (did you mean 'x'?)` or nothing.
        func hint(for word: String) -> String {
            let matches = closest(to: word)
            guard !matches.isEmpty else { return "" }
            return " (did you mean " + matches.map { "'\($0)'" }.joined(separator: " or ") + "?)"
        }
    }

    /// How many of a word's characters fall in each of 32 buckets: an edit changes the counts by
    /// at most 2 in all, so half their difference is a lower bound of the edit distance, cheap
    /// enough to skip most candidates before comparing them.
    struct Histogram {
        private var counts = [UInt8](repeating: 0, count: 32)

        init(_ scalars: [Unicode.Scalar]) {
            for scalar in scalars { counts[Int(scalar.value & 31)] &+= 1 }
        }

        func distanceBound(to other: Histogram) -> Int {
            var difference = 0
            for bucket in 0..<32 { difference += abs(Int(counts[bucket]) - Int(other.counts[bucket])) }
            return (difference + 1) / 2
        }
    }

    /// The edit distance of `a` and `b` when it is at most `limit`, else nil; gives up on a row
    /// whose every cell is past the limit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        if a.isEmpty { return b.count <= limit ? b.count : nil }
        if b.isEmpty { return a.count <= limit ? a.count : nil }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
