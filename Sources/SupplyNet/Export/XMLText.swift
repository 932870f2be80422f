/// The one place where text becomes XML: every attribute value and text node that GraphML and
/// GEXF write goes through here.
public enum XMLText {
    /// `text` escaped for an XML 1.0 attribute value (in double or single quotes) or text node.
    ///
    /// `&`, `<`, `>`, `"` and `'` become entities. Tab, line feed and carriage return become
    /// character references (`&#9;`, `&#10;`, `&#13;`), because a parser replaces them with spaces
    /// in attribute values and folds CR LF to LF in text; as references they come back exactly.
    /// Characters XML 1.0 forbids (control characters other than tab, LF and CR; U+FFFE; U+FFFF)
    /// are dropped: no reference can carry them.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default: if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document (its `Char` production).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
