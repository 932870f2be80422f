/// Finds the first byte that keeps a file from being UTF-8 text: a NUL (binary data) or a
/// malformed, overlong or surrogate sequence.
enum UTF8Check {
    struct Problem {
        let offset: Int
        let message: String
    }

    /// A NUL anywhere makes the file binary, even when a bad UTF-8 byte comes first (a PNG's
    /// first byte is 0x89), so the message says what the file most likely is.
    /// - Complexity: O(n), at most two passes, no allocation.
    static func firstProblem(in bytes: [UInt8]) -> Problem? {
        if let nul = bytes.firstIndex(of: 0) {
            return Problem(offset: nul, message: "contains a NUL byte at byte \(nul): this looks like a binary file, not article text; pass a plain-text (UTF-8) article")
        }
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32 = 0
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
            default: return invalid(at: index, byte)
            }
            guard index + length <= count else { return invalid(at: index, byte) }
            for next in (index + 1)..<(index + length) {
                let continuation = bytes[next]
                guard continuation & 0xC0 == 0x80 else { return invalid(at: index, byte) }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return invalid(at: index, byte)
            }
            index += length
        }
        return nil
    }

    private static func invalid(at offset: Int, _ byte: UInt8) -> Problem {
        let hex = String(byte, radix: 16, uppercase: true)
        return Problem(
            offset: offset,
            message: "is not valid UTF-8 text (byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte \(offset)); save the article as UTF-8 plain text")
    }
}
