/// A double-quoted string literal that is both valid JSON and a valid YAML double-quoted scalar,
/// for the formats written by hand (the bulk JSON Lines, extraction's claims drafts).
public enum QuotedString {
    /// `text` between double quotes: `\` and `"` escaped, `\n`, `\t`, `\r`, and as `\uXXXX` the
    /// other control characters, DEL, the C1 controls, the line and paragraph separators and the
    /// byte order mark (which YAML would otherwise fold or drop), and the bidirectional formatting
    /// characters (which would reorder the text around them on a screen). Every scalar reads back
    /// unchanged.
    public static func escaped(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0xFEFF
                    || scalar.properties.isBidiControl
                {
                    let hex = String(value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
