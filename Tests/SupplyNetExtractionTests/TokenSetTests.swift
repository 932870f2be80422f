import Testing

@testable import SupplyNetExtraction

@Suite("Token sets and maps")
struct TokenSetTests {
    @Test("a token set holds exactly its words, in any case, however many")
    func membership() {
        let words = (0..<500).map { "word\($0)" }
        let set = TokenSet(words: words)
        #expect(words.allSatisfy { set.contains(TokenHash.folded($0)) })
        #expect(set.contains(TokenHash.folded("WORD7")))
        #expect(!(500..<1500).contains { set.contains(TokenHash.folded("word\($0)")) })
        #expect(!TokenSet([]).contains(TokenHash.folded("word0")))
    }

    @Test("hashes that share their low bits, and the hash 0, are kept apart")
    func collisions() {
        let hashes: [UInt64] = [0, 1 << 40, 2 << 40, 3 << 40, 8, 16]
        let set = TokenSet(hashes.dropFirst())
        #expect(hashes.dropFirst().allSatisfy(set.contains))
        #expect(!set.contains(0) && !set.contains(4 << 40))
        #expect(TokenSet(hashes).contains(0))
    }

    @Test("a token map gives each hash its value, nothing for others, and keeps colliding keys apart")
    func maps() {
        var dictionary: [UInt64: Int] = [:]
        for number in 0..<300 { dictionary[TokenHash.folded("word\(number)")] = number }
        for shift in 1...5 { dictionary[UInt64(shift) << 40] = 1000 + shift }
        let map = TokenMap(dictionary)
        #expect(dictionary.allSatisfy { map[$0.key] == $0.value })
        #expect((300..<1000).allSatisfy { map[TokenHash.folded("word\($0)")] == nil })
        #expect(map[6 << 40] == nil && TokenMap<Int>([:])[1] == nil)
    }
}
