extension NetworkQuery {
    /// The words of a query written over `lines` (each with its line number), as a shell splits
    /// them: at spaces; `"…"` and `'…'` keep spaces; `\` escapes the next character (outside
    /// quotes and inside double quotes); a line starting with `#` is a comment.
    /// - Parameters:
    ///   - lines: each line's number and text.
    ///   - file: the file the lines are from, which gives every word its place; nil for none.
    /// - Throws: `NetworkQueryError` (`.invalid`) at a quote never closed on its line.
    public static func words(in lines: [(line: Int, text: String)], file: String?) throws(NetworkQueryError) -> [Word] {
        func place(_ line: Int, _ column: Int) -> SourceLocation? {
            file.map { SourceLocation(file: $0, line: line, column: column) }
        }
        var words: [Word] = []
        for (number, text) in lines {
            if text.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") { continue }
            var current: String?
            var start = 0
            var quote: Character?
            var quoteColumn = 0
            var escaped = false
            for (offset, character) in text.enumerated() {
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
                        words.append(Word(text: word, location: place(number, start)))
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
                throw NetworkQueryError(.invalid, place(number, quoteColumn), "this quote is never closed; close it on the same line")
            }
            if let word = current { words.append(Word(text: word, location: place(number, start))) }
        }
        return words
    }
}
