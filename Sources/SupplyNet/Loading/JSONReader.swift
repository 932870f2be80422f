/// Why a JSON text could not be read: what, and where (1-based line and column).
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public let line: Int
    public let column: Int
    public let message: String
}

/// A small, fast JSON parser working on UTF-8 bytes: one line of JSON Lines, or a whole document.
/// Every value it returns carries its line and column.
///
/// Written by hand because bulk files hold a million lines and Foundation's parser is several
/// times slower here (and does not say where a value stands); it accepts exactly RFC 8259 JSON
/// (no comments, no trailing commas), nested at most 64 levels.
package struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0
    private static let maximumDepth = 64
    /// The line `position` is on, and where that line starts.
    private var line: Int
    private var lineStart = 0
    /// A position on the current line whose column is known, so columns are counted once.
    private var countedTo = 0
    private var countedColumn = 1

    /// Parses one complete JSON value occupying all of `bytes` (surrounding spaces allowed);
    /// `firstLine` is the line of the file on which `bytes` start.
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1) throws(JSONSyntaxError) -> DataValue {
        var parser = JSONReader(bytes: bytes, firstLine: firstLine)
        parser.skipSpaces()
        let value = try parser.value()
        parser.skipSpaces()
        guard parser.position == bytes.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    /// Parses a string (for tests and small inputs).
    package static func parse(_ text: String, firstLine: Int = 1) throws(JSONSyntaxError) -> DataValue {
        var text = text
        do {
            return try text.withUTF8 { buffer in try parse(buffer, firstLine: firstLine) }
        } catch let error as JSONSyntaxError {
            throw error
        } catch {
            throw JSONSyntaxError(line: firstLine, column: 1, message: "\(error)")
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) {
        self.bytes = bytes
        line = firstLine
    }

    /// The line and column of `position`, counting the scalars of the line once.
    private mutating func mark() -> TextMark {
        if countedTo < lineStart || countedTo > position {
            countedTo = lineStart
            countedColumn = 1
        }
        while countedTo < position {
            if bytes[countedTo] & 0xC0 != 0x80 { countedColumn += 1 }
            countedTo += 1
        }
        return TextMark(line: line, column: countedColumn)
    }

    private mutating func error(_ message: String) -> JSONSyntaxError {
        let mark = mark()
        return JSONSyntaxError(line: Int(mark.line), column: Int(mark.column), message: message)
    }

    private mutating func skipSpaces() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0D: position += 1
            case 0x0A:
                position += 1
                line += 1
                lineStart = position
            default: return
            }
        }
    }

    private mutating func value() throws(JSONSyntaxError) -> DataValue {
        guard position < bytes.count else { throw error("expected a value, found the end of the text") }
        let mark = mark()
        switch bytes[position] {
        case UInt8(ascii: "{"): return DataValue(try object(), at: mark)
        case UInt8(ascii: "["): return DataValue(try array(), at: mark)
        case UInt8(ascii: "\""): return DataValue(.text(try string()), at: mark)
        case UInt8(ascii: "t"): return DataValue(try literal("true", .bool(true)), at: mark)
        case UInt8(ascii: "f"): return DataValue(try literal("false", .bool(false)), at: mark)
        case UInt8(ascii: "n"): return DataValue(try literal("null", .null), at: mark)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return DataValue(.number(try number()), at: mark)
        default: throw error("expected a value")
        }
    }

    private mutating func literal(_ word: StaticString, _ result: DataValue.Content) throws(JSONSyntaxError) -> DataValue.Content {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw error("expected \(word)") }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] {
            throw error("expected \(word)")
        }
        position += count
        return result
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nested more than \(Self.maximumDepth) levels deep") }
    }

    private mutating func object() throws(JSONSyntaxError) -> DataValue.Content {
        try enter()
        defer { depth -= 1 }
        position += 1
        var pairs: [DataMember] = []
        skipSpaces()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .mapping(pairs)
        }
        while true {
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
            let keyMark = mark()
            let key = try string()
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw error("expected ':' after the key") }
            position += 1
            skipSpaces()
            pairs.append(DataMember(key, at: keyMark, try value()))
            skipSpaces()
            guard position < bytes.count else { throw error("unclosed object: expected ',' or '}'") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .mapping(pairs)
            } else {
                throw error("expected ',' or '}'")
            }
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> DataValue.Content {
        try enter()
        defer { depth -= 1 }
        position += 1
        var values: [DataValue] = []
        skipSpaces()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .list(values)
        }
        while true {
            skipSpaces()
            values.append(try value())
            skipSpaces()
            guard position < bytes.count else { throw error("unclosed array: expected ',' or ']'") }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .list(values)
            } else {
                throw error("expected ',' or ']'")
            }
        }
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        position += 1
        let start = position
        // Fast path: no escapes; and when all ASCII, nothing to validate.
        var anyNonASCII: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            anyNonASCII |= byte & 0x80
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<position])
                let validated = anyNonASCII == 0 ? String(decoding: raw, as: UTF8.self) : String(validating: raw, as: UTF8.self)
                guard let text = validated else {
                    position = start
                    throw error("the string is not valid UTF-8")
                }
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("a control character inside a string; escape it") }
            position += 1
        }
        var scalars = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = String(validating: scalars, as: UTF8.self) else { throw error("the string is not valid UTF-8") }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { throw error("unfinished escape") }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"): scalars.append(contentsOf: try unicodeEscape())
                default: throw error("unknown escape '\\\(Character(Unicode.Scalar(escape)))'")
                }
            default:
                if byte < 0x20 { throw error("a control character inside a string; escape it") }
                scalars.append(byte)
                position += 1
            }
        }
        throw error("unclosed string")
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("\\u needs four hex digits")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func unicodeEscape() throws(JSONSyntaxError) -> [UInt8] {
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code) {
            guard position + 2 <= bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                throw error("a lone surrogate in \\u escape")
            }
            position += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("a lone surrogate in \\u escape") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
            throw error("a lone surrogate in \\u escape")
        }
        return Array(String(Character(Unicode.Scalar(code)!)).utf8)
    }

    private mutating func number() throws(JSONSyntaxError) -> Double {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        func digits(_ parser: inout JSONReader) -> Int {
            let begin = parser.position
            while parser.position < parser.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.position]) {
                parser.position += 1
            }
            return parser.position - begin
        }
        let integerStart = position
        let integerDigits = digits(&self)
        guard integerDigits > 0 else { throw error("a number needs digits") }
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") {
            position = integerStart
            throw error("a number cannot start with 0")
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits(&self) > 0 else { throw error("a number needs digits after '.'") }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard digits(&self) > 0 else { throw error("a number needs digits in its exponent") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text) else { throw error("'\(text)' is not a number") }
        return value
    }
}
