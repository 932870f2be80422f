import Foundation

/// Plain-text layout for terminals and text files: word wrapping and two columns side by side.
enum TextColumns {
    /// `text` broken into lines of at most `width` characters, at spaces where possible.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                while word.count > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    lines.append(String(word.prefix(width)))
                    word = word.dropFirst(width)
                }
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Two blocks of lines side by side, the left padded to `width`, joined by ` │ `.
    static func sideBySide(_ left: [String], _ right: [String], width: Int) -> [String] {
        (0..<max(left.count, right.count)).map { row in
            let leftText = row < left.count ? left[row] : ""
            let rightText = row < right.count ? right[row] : ""
            return leftText.padding(toLength: width, withPad: " ", startingAt: 0) + " │ " + rightText
        }
    }
}
