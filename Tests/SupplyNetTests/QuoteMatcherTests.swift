import Foundation
@testable import SupplyNet
import Testing

@Suite("Quotes are found verbatim in linear time")
struct QuoteMatcherTests {
    /// What the matcher must answer, by brute force: the longest start of `quote` in `text`.
    private static func expected(_ quote: String, in text: String) -> Int {
        let scalars = Array(quote.unicodeScalars)
        let haystack = Array(text.unicodeScalars)
        var longest = 0
        for start in haystack.indices {
            var length = 0
            while length < scalars.count, start + length < haystack.count, haystack[start + length] == scalars[length] { length += 1 }
            longest = max(longest, length)
        }
        return longest
    }

    @Test("agrees with brute force on random texts and quotes over a small alphabet", arguments: 0..<40)
    func bruteForce(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let alphabet = Array("abé\u{301} \n")
        func word(_ length: Int) -> String { String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }) }
        let text = word(Int(random.next() % 300))
        let quotes = (0..<20).map { _ in word(1 + Int(random.next() % 12)) }
        let matches = QuoteMatcher(quotes: quotes).matches(in: text)
        for (quote, match) in zip(quotes, matches) {
            #expect(match.matchedScalars == Self.expected(quote, in: text), "seed \(seed): \(quote.debugDescription) in \(text.debugDescription)")
            let scalars = Array(text.unicodeScalars)
            let found = String(String.UnicodeScalarView(scalars[match.offset..<match.offset + match.matchedScalars]))
            #expect(found.unicodeScalars.elementsEqual(quote.unicodeScalars.prefix(match.matchedScalars)), "seed \(seed): reported at \(match.offset)")
        }
    }

    @Test("a 10,000-character near miss against a 1 MB article, and 2,000 misses against 5 MB, are checked in one pass")
    func hostileSizes() {
        let article = String(repeating: "a", count: 1_000_000)
        let nearMiss = String(repeating: "a", count: 9_999) + "b"
        let clock = ContinuousClock()
        var match: [QuoteMatcher.Match] = []
        let nearMissTime = clock.measure { match = QuoteMatcher(quotes: [nearMiss]).matches(in: article) }
        #expect(match == [QuoteMatcher.Match(matchedScalars: 9_999, offset: 0)])
        let big = String(repeating: "the drones arrived in the autumn; ", count: 150_000)
        let misses = (0..<2_000).map { "the drones arrived in the autumn of \($0) " + String(repeating: "x", count: 200) }
        let missesTime = clock.measure { match = QuoteMatcher(quotes: misses).matches(in: big) }
        #expect(match.allSatisfy { $0.matchedScalars == "the drones arrived in the autumn".unicodeScalars.count })
        // Generous bounds for a debug build on a shared machine; the quadratic check took minutes.
        #expect(nearMissTime < .seconds(20) && missesTime < .seconds(60), "\(nearMissTime), \(missesTime)")
    }
}
