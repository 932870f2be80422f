/// A fixed set of token hashes (`TokenHash`), looked up without hashing again.
///
/// The rules ask "is this word one of these?" for nearly every token; the hashes are FNV-1a
/// already, so their bits index an open-addressed table directly, where `Set<UInt64>` would run
/// SipHash on every lookup.
struct TokenSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    /// The hash 0 marks an empty slot; a word that hashes to 0 is kept apart.
    private var hasZero = false

    init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        let unique = Array(Set(hashes))
        var size = 8
        while size < unique.count * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for hash in unique { insert(hash) }
    }

    /// The words of `texts`, folded as the lexicon folds them.
    init(words texts: [String]) {
        self.init(texts.map { TokenHash.folded($0) })
    }

    private mutating func insert(_ hash: UInt64) {
        guard hash != 0 else {
            hasZero = true
            return
        }
        var index = Self.start(hash, mask)
        while slots[index] != 0, slots[index] != hash { index = (index + 1) & mask }
        slots[index] = hash
    }

    @inline(__always)
    private static func start(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        guard hash != 0 else { return hasZero }
        var index = Self.start(hash, mask)
        while true {
            let slot = slots[index]
            if slot == hash { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }
}
