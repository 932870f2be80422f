/// The one place where data becomes Markdown: text that renders as itself on GitHub and GitLab,
/// never as markup, HTML or a link.
enum MarkdownText {
    /// `text` with every character Markdown could read as syntax backslash-escaped (CommonMark
    /// lets any ASCII punctuation be escaped): emphasis, code, link and image brackets (without
    /// which `(`, `)` and `!` are plain), HTML, entities, table pipes, strikethrough, math, and a
    /// list, heading or setext marker in first place. Line breaks become spaces and control
    /// characters are dropped, so the text is safe inline and inside a table cell.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previousWasBreak = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                if !previousWasBreak { result += " " }
                previousWasBreak = true
                continue
            }
            previousWasBreak = false
            if scalar == "\t" {
                result += " "
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                continue
            } else if "\\`*_[]<>|~&$".unicodeScalars.contains(scalar)
                || (result.isEmpty && "-+.=#".unicodeScalars.contains(scalar))
            {
                result += "\\" + String(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// An `http(s)` URL for a link destination: characters Markdown or the URL parser could
    /// misread (spaces, `<`, `>`, brackets, quotes, backslashes) percent-encoded.
    static func destination(_ url: String) -> String {
        var result = ""
        for byte in url.utf8 {
            switch byte {
            case 0x21, 0x23...0x26, 0x2A...0x3B, 0x3D, 0x3F...0x5A, 0x5F, 0x61...0x7A, 0x7E:
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
