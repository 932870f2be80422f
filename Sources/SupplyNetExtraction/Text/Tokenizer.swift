/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// Words keep inner hyphens (`Yak-130`, `Iranian-made`), numbers keep inner `.` and `,`
/// (`29.8`, `22,000`), dotted abbreviations stay whole (`U.S.`), and a possessive `'s` or `’s`
/// is its own token. Curly quotes, dashes and other non-ASCII punctuation are punctuation;
/// other non-ASCII letters are parts of words.
struct Tokenizer {
    /// Tokens of `bytes[range]`, with the newline structure the sentence splitter needs:
    /// `breaks[i]` is how many newlines come between token `i - 1` and token `i`.
    static func tokens(of bytes: [UInt8], in range: Range<Int>) -> (tokens: [Token], newlinesBefore: [UInt8]) {
        var tokens: [Token] = []
        var newlines: [UInt8] = []
        tokens.reserveCapacity(range.count / 5)
        newlines.reserveCapacity(range.count / 5)
        var index = range.lowerBound
        let end = range.upperBound
        var pendingNewlines: UInt8 = 0
        bytes.withUnsafeBufferPointer { buffer in
            while index < end {
                let byte = buffer[index]
                if byte == 0x0A {
                    if pendingNewlines < 255 { pendingNewlines += 1 }
                    index += 1
                    continue
                }
                if byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                    index += 1
                    continue
                }
                let start = index
                var kind = Token.Kind.word
                var mark = Token.Mark.none
                if byte >= 0x80 {
                    let width = sequenceLength(byte)
                    let next = index + width <= end ? index + width : end
                    if let punctuation = punctuationMark(buffer, at: index, end: end) {
                        if punctuation == .space {
                            index = next
                            continue
                        }
                        // A curly apostrophe followed by "s" and a non-letter is a possessive.
                        if punctuation == .apostrophe, isPossessiveS(buffer, at: next, end: end) {
                            index = next + 1
                            appendToken(buffer, start, index, .punctuation, .possessive, &tokens, &newlines, &pendingNewlines)
                            continue
                        }
                        index = next
                        appendToken(buffer, start, index, .punctuation, punctuation.mark, &tokens, &newlines, &pendingNewlines)
                        continue
                    }
                    index = scanWord(buffer, from: index, end: end)
                } else if isLetter(byte) {
                    if let abbreviationEnd = scanDottedAbbreviation(buffer, from: index, end: end) {
                        index = abbreviationEnd
                    } else {
                        index = scanWord(buffer, from: index, end: end)
                    }
                } else if isDigit(byte) {
                    kind = .number
                    index = scanNumber(buffer, from: index, end: end)
                } else {
                    kind = .punctuation
                    index += 1
                    switch byte {
                    case UInt8(ascii: "."): mark = .period
                    case UInt8(ascii: ","): mark = .comma
                    case UInt8(ascii: ";"): mark = .semicolon
                    case UInt8(ascii: ":"): mark = .colon
                    case UInt8(ascii: "\""): mark = .quote
                    case UInt8(ascii: "("), UInt8(ascii: "["): mark = .openParenthesis
                    case UInt8(ascii: ")"), UInt8(ascii: "]"): mark = .closeParenthesis
                    case UInt8(ascii: "-"): mark = .dash
                    case UInt8(ascii: "?"): mark = .question
                    case UInt8(ascii: "!"): mark = .exclamation
                    case UInt8(ascii: "/"): mark = .slash
                    case UInt8(ascii: "|"): mark = .bar
                    case UInt8(ascii: "'"):
                        if isPossessiveS(buffer, at: index, end: end), start > range.lowerBound, isLetter(buffer[start - 1]) {
                            index += 1
                            mark = .possessive
                        } else {
                            mark = .quote
                        }
                    default: mark = .other
                    }
                }
                appendToken(buffer, start, index, kind, mark, &tokens, &newlines, &pendingNewlines)
            }
        }
        return (tokens, newlines)
    }

    @inline(__always)
    private static func appendToken(
        _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ kind: Token.Kind, _ mark: Token.Mark,
        _ tokens: inout [Token], _ newlines: inout [UInt8], _ pending: inout UInt8
    ) {
        var folded = TokenHash.seed
        var exact = TokenHash.seed
        for position in start..<end {
            let byte = buffer[position]
            folded = TokenHash.add(TokenHash.fold(byte), to: folded)
            exact = TokenHash.add(byte, to: exact)
        }
        let first = buffer[start]
        tokens.append(
            Token(start: start, end: end, kind: kind, mark: mark, folded: folded, exact: exact, isCapitalized: first >= 0x41 && first <= 0x5A))
        newlines.append(pending)
        pending = 0
    }

    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func sequenceLength(_ byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    private enum Punctuation: Equatable {
        case space, apostrophe, other(Token.Mark)

        var mark: Token.Mark {
            switch self {
            case .space: return .none
            case .apostrophe: return .quote
            case .other(let mark): return mark
            }
        }
    }

    /// Non-ASCII punctuation and spaces: curly quotes, dashes, ellipsis, guillemets, bullets, no-break spaces.
    private static func punctuationMark(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Punctuation? {
        let byte = buffer[index]
        if byte == 0xC2, index + 1 < end {
            switch buffer[index + 1] {
            case 0xA0: return .space
            case 0xAB, 0xBB: return .other(.quote)
            case 0xB7: return .other(.other)
            default: return nil
            }
        }
        if byte == 0xE2, index + 2 < end, buffer[index + 1] == 0x80 {
            switch buffer[index + 2] {
            case 0x80...0x8B, 0xAF: return .space
            case 0x98, 0x99: return .apostrophe
            case 0x9C, 0x9D, 0x9E, 0x9B, 0x9F, 0xB9, 0xBA: return .other(.quote)
            case 0x90...0x95: return .other(.dash)
            case 0xA6: return .other(.period)
            case 0xA2, 0xA8, 0xA9: return .other(.other)
            default: return .other(.other)
            }
        }
        // Geometric shapes used as bullets: "○", "●", "■", "▪", "◦" (U+25A0 to U+25FF).
        if byte == 0xE2, index + 2 < end, (buffer[index + 1] == 0x96 && buffer[index + 2] >= 0xA0) || buffer[index + 1] == 0x97 {
            return .other(.other)
        }
        if byte == 0xEF, index + 2 < end, buffer[index + 1] == 0xBB, buffer[index + 2] == 0xBF { return .space }
        return nil
    }

    private static func isPossessiveS(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        guard index < end, buffer[index] | 0x20 == UInt8(ascii: "s") else { return false }
        let after = index + 1
        return after >= end || !(isLetter(buffer[after]) || isDigit(buffer[after]))
    }

    /// Letters, digits, non-ASCII letters, and single inner hyphens or ASCII apostrophes between them.
    private static func scanWord(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            let byte = buffer[index]
            if isLetter(byte) || isDigit(byte) {
                index += 1
            } else if byte >= 0x80 {
                if punctuationMark(buffer, at: index, end: end) != nil { break }
                index += sequenceLength(byte)
            } else if byte == UInt8(ascii: "-"), index + 1 < end, isLetter(buffer[index + 1]) || isDigit(buffer[index + 1]),
                index > start
            {
                index += 1
            } else {
                break
            }
        }
        return min(index, end)
    }

    /// `U.S.`, `U.K.`, `e.g.`: two or more single letters each followed by a period.
    private static func scanDottedAbbreviation(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int? {
        var index = start
        var letters = 0
        while index + 1 < end, isLetter(buffer[index]), buffer[index + 1] == UInt8(ascii: ".") {
            letters += 1
            index += 2
        }
        return letters >= 2 ? index : nil
    }

    /// Digits with inner `.` or `,` before more digits, then letters (`155mm`, `2022`, `29.8`).
    private static func scanNumber(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
        var index = start
        while index < end {
            let byte = buffer[index]
            if isDigit(byte) || isLetter(byte) {
                index += 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), index + 1 < end, isDigit(buffer[index + 1]) {
                index += 1
            } else if byte == UInt8(ascii: "-"), index + 1 < end, isLetter(buffer[index + 1]) || isDigit(buffer[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        return index
    }
}
