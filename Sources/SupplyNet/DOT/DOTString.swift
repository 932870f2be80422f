/// The one place where text becomes DOT: every id and attribute value goes through here.
public enum DOTString {
    /// `text` as a double-quoted DOT string, safe for any input.
    ///
    /// Backslashes are doubled and quotes escaped, so nothing the data holds can end the string
    /// or start a Graphviz escape (`\N`, `\G`, `\l`); line breaks become `\n`, which labels show as
    /// new lines. cgraph keeps the backslash escapes as written and unescapes only `\"`; renderers
    /// turn `\\` back into one backslash.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\r": result += "\\n"
            case "\n": if !previousWasCarriageReturn { result += "\\n" }
            default: result.unicodeScalars.append(scalar)
            }
            previousWasCarriageReturn = scalar == "\r"
        }
        result += "\""
        return result
    }

    /// A node, graph or subgraph name: `quoted(_:)`, except that a leading `%`, which cgraph
    /// reserves for anonymous objects (a node named `%x` would lose its name), is written `\%`.
    public static func quotedID(_ text: String) -> String {
        let quoted = quoted(text)
        return text.hasPrefix("%") ? "\"\\" + quoted.dropFirst() : quoted
    }

    /// The text a renderer shows for an attribute value cgraph read from `quoted(_:)`'s output:
    /// the inverse of the escaping, for round-trip checks. Line breaks come back as `\n`.
    public static func decodeParsedValue(_ value: String) -> String {
        var result = ""
        var iterator = value.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch iterator.next() {
            case "\\": result += "\\"
            case "n": result += "\n"
            case "\"": result += "\""
            case "%" where result.isEmpty: result += "%"
            case let other?: result += "\\" + String(other)
            case nil: result += "\\"
            }
        }
        return result
    }
}
