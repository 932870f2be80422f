/// A fixed map from token hashes (`TokenHash`) to values, looked up without hashing again, as
/// `TokenSet` is: the lexicon's phrases by their first word, probed once per token.
struct TokenMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    /// Index into `values` plus one for each slot; 0 is an empty slot.
    private var slots: [Int32]
    private var values: [Value]
    private var mask: Int

    init(_ dictionary: [UInt64: Value]) {
        var size = 8
        while size < dictionary.count * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        slots = Array(repeating: 0, count: size)
        values = []
        values.reserveCapacity(dictionary.count)
        mask = size - 1
        for (key, value) in dictionary {
            var index = Self.start(key, mask)
            while slots[index] != 0 { index = (index + 1) & mask }
            values.append(value)
            keys[index] = key
            slots[index] = Int32(values.count)
        }
    }

    @inline(__always)
    private static func start(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask }

    @inline(__always)
    subscript(_ hash: UInt64) -> Value? {
        var index = Self.start(hash, mask)
        while true {
            let slot = slots[index]
            if slot == 0 { return nil }
            if keys[index] == hash { return values[Int(slot) - 1] }
            index = (index + 1) & mask
        }
    }
}
