/// The one place where text becomes DOT: every id and attribute value goes through here.
public enum DOTString {
    /// How Graphviz reads a quoted value, which decides what it must be protected from.
    public enum Reading: Sendable {
        /// Ids, colours, styles, classes: used as written.
        case plain
        /// A label: Graphviz turns `\\` into `\` and decodes entities such as `&amp;`.
        case label
        /// A tooltip: Graphviz also expands `\G`, `\N`, `\E`, `\T`, `\H`, `\L` after turning `\\`
        /// into `\`, so a backslash needs two levels of escaping; entities are decoded too.
        case tooltip
    }

    /// `text` as a double-quoted DOT string, safe for any input.
    ///
    /// Backslashes are doubled and quotes escaped, so nothing the data holds can end the string
    /// or start a Graphviz escape (`\N`, `\G`, `\l`); line breaks become `\n`, which labels show as
    /// new lines. cgraph keeps the backslash escapes as written and unescapes only `\"`; renderers
    /// turn `\\` back into one backslash. Control characters (tabs and line breaks aside), which
    /// cgraph would cut the string at (NUL) or SVG cannot carry, are written as a visible `\u{1B}`.
    /// For a label or tooltip, `&` is written `&amp;` so that what looks like an entity in the data
    /// is drawn as written; a tooltip's backslashes are doubled once more.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func quoted(_ text: String, as reading: Reading = .plain) -> String {
        let backslash = reading == .tooltip ? "\\\\\\\\" : "\\\\"
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += backslash
            case "\"": result += "\\\""
            case "\r": result += "\\n"
            case "\n": if !previousWasCarriageReturn { result += "\\n" }
            case "&" where reading != .plain: result += "&amp;"
            case _ where isHidden(scalar): result += backslash + "u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
            previousWasCarriageReturn = scalar == "\r"
        }
        result += "\""
        return result
    }

    /// Whether `scalar` is written as a visible escape: a control character other than tab and
    /// line breaks, DEL, a C1 control, or a noncharacter XML forbids (U+FFFE, U+FFFF).
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || (0x7F...0x9F).contains(value)
            || value == 0xFFFE || value == 0xFFFF
    }

    /// A node, graph or subgraph name: `quoted(_:)`, except that a leading `%`, which cgraph
    /// reserves for anonymous objects (a node named `%x` would lose its name), is written `\%`.
    public static func quotedID(_ text: String) -> String {
        let quoted = quoted(text)
        return text.hasPrefix("%") ? "\"\\" + quoted.dropFirst() : quoted
    }

    /// The text a renderer shows for an attribute value cgraph read from `quoted(_:as:)`'s output:
    /// the inverse of the escaping, for round-trip checks. Line breaks come back as `\n`, hidden
    /// characters in their visible form (`\u{1B}`).
    public static func decodeParsedValue(_ value: String, as reading: Reading = .plain) -> String {
        var value = value
        if reading == .tooltip { value = value.replacingAll("\\\\", with: "\\") }
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
        return reading == .plain ? result : result.replacingAll("&amp;", with: "&")
    }
}

extension String {
    /// Every `target` replaced with `replacement`, left to right, without Foundation.
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
