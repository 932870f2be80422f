/// A word, number or punctuation mark of an article, as byte offsets into the file.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    /// What a punctuation token is, when it matters to the rules.
    enum Mark: UInt8, Sendable {
        case none, period, comma, semicolon, colon, quote, openParenthesis, closeParenthesis, dash, question,
            exclamation, possessive, slash,
            /// "|": a table's column separator.
            bar, other
    }

    var start: Int
    var end: Int
    var kind: Kind
    var mark: Mark
    /// FNV-1a of the ASCII-lowercased bytes: what the lexicon matches on.
    var folded: UInt64
    /// FNV-1a of the bytes as written, for case-sensitive entries ("US", not "us").
    var exact: UInt64
    /// Starts with an uppercase ASCII letter.
    var isCapitalized: Bool

    var length: Int { end - start }
}

/// FNV-1a over bytes, the hash tokens and lexicon phrases share.
enum TokenHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    @inline(__always)
    static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }

    /// The folded hash of a lexicon word.
    static func folded(_ text: some StringProtocol) -> UInt64 {
        var hash = seed
        for byte in text.utf8 { hash = add(fold(byte), to: hash) }
        return hash
    }

    static func exact(_ text: some StringProtocol) -> UInt64 {
        var hash = seed
        for byte in text.utf8 { hash = add(byte, to: hash) }
        return hash
    }
}
