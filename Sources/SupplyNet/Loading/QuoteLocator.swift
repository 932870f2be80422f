/// Finds a quote verbatim in a text and, when it is not there, says where it stops matching.
struct QuoteLocator {
    let text: String
    /// The line of the file on which `text` starts.
    let firstLine: Int

    func contains(_ quote: String) -> Bool { text.contains(quote) }

    /// Explains a quote that is not in the text: how much of its start matches, and where.
    func diagnose(_ quote: String) -> String {
        let characters = Array(quote)
        // Presence of a prefix is monotone in its length, so search for the longest one.
        var low = 0
        var high = characters.count
        while low < high {
            let middle = (low + high + 1) / 2
            if text.contains(String(characters[..<middle])) { low = middle } else { high = middle - 1 }
        }
        guard low >= 8 else {
            return "not even its first words occur in the article"
        }
        let matched = String(characters[..<low])
        let line = text.range(of: matched).map { text[..<$0.lowerBound].count(where: { $0 == "\n" }) + firstLine } ?? firstLine
        let differing = low < characters.count ? String(characters[low]) : ""
        return "the first \(low) characters match the article at line \(line), then the quote has '\(differing.debugDescription.dropFirst().dropLast())' where the article differs"
    }
}
