import SupplyNet

/// One word of a block's query, as a shell would split it, with where it starts.
struct QueryToken: Hashable, Sendable {
    let text: String
    let location: SourceLocation

    /// The words of `block`: split at spaces, `"…"` and `'…'` keep spaces, `\` escapes the next
    /// character (outside quotes and inside double quotes); a line starting with `#` is a comment.
    /// - Throws: `ReportError` at an unclosed quote.
    static func split(_ block: ReportBlock) throws(ReportError) -> [QueryToken] {
        var tokens: [QueryToken] = []
        for line in block.lines {
            let trimmed = line.text.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("#") { continue }
            var current: String?
            var start = 0
            var quote: Character?
            var quoteColumn = 0
            var escaped = false
            for (offset, character) in line.text.enumerated() {
                let column = offset + 1
                if escaped {
                    current = (current ?? "") + String(character)
                    escaped = false
                    continue
                }
                if let open = quote {
                    if character == open {
                        quote = nil
                    } else if open == "\"", character == "\\" {
                        escaped = true
                    } else {
                        current = (current ?? "") + String(character)
                    }
                    continue
                }
                switch character {
                case " ", "\t":
                    if let word = current {
                        tokens.append(QueryToken(text: word, location: location(block, line.number, start)))
                        current = nil
                    }
                case "\"", "'":
                    if current == nil { start = column; current = "" }
                    quote = character
                    quoteColumn = column
                case "\\":
                    if current == nil { start = column; current = "" }
                    escaped = true
                default:
                    if current == nil { start = column; current = "" }
                    current! += String(character)
                }
            }
            if quote != nil {
                throw ReportError(location(block, line.number, quoteColumn), "this quote is never closed; close it on the same line")
            }
            if let word = current { tokens.append(QueryToken(text: word, location: location(block, line.number, start))) }
        }
        return tokens
    }

    private static func location(_ block: ReportBlock, _ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: block.location.file, line: line, column: column)
    }
}
