/// A sentence of an article: a run of tokens and the bytes they span.
struct SentenceSpan: Sendable {
    /// Token indices, `tokens[firstToken..<endToken]`.
    var firstToken: Int
    var endToken: Int
    /// UTF-8 byte offsets into the file: the first token's start and the last token's end.
    var start: Int
    var end: Int
}

/// Splits tokens into sentences.
///
/// A sentence ends at `.`, `?` or `!` (with any closing quotes or parentheses attached) when
/// whitespace and a capital letter, a quote, a digit or the end follow, unless the period ends a
/// known abbreviation (`Dec.`, `Mr.`) or an initial. A blank line always ends a sentence, and so
/// does a single line break before a line that does not start in lowercase (headlines and
/// captions have no final period). No sentence is longer than `maximumTokens`, so rules stay
/// linear on a file that is one enormous line.
enum SentenceSplitter {
    static let maximumTokens = 160

    private static let abbreviations = TokenSet(words: ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr",
         "st", "gen", "lt", "col", "no", "vs", "jr", "sr", "inc", "co", "corp", "ltd", "pte", "plc", "bhd", "llc", "prof", "gov", "sen", "rep", "capt",
         "maj", "sgt", "adm", "cmdr", "ft", "mt", "etc", "approx", "sti", "jsc"])
    /// Legal forms: their period ends the sentence when a capitalised word that is no legal form follows
    /// ("... to Everbright Trading Ltd. Everbright re-exported ...", not "Co. Ltd.").
    private static let legalForms = TokenSet(words: ["inc", "co", "corp", "ltd", "pte", "plc", "bhd", "llc", "jsc", "sti", "limited"])

    private static let noHash = TokenHash.folded("no")

    static func sentences(tokens: [Token], newlinesBefore: [UInt8], bytes: [UInt8]) -> [SentenceSpan] {
        var result: [SentenceSpan] = []
        guard !tokens.isEmpty else { return result }
        var first = 0
        var index = 0
        func close(_ endToken: Int) {
            guard endToken > first else { return }
            result.append(SentenceSpan(firstToken: first, endToken: endToken, start: tokens[first].start, end: tokens[endToken - 1].end))
            first = endToken
        }
        while index < tokens.count {
            if index > first {
                let breaks = newlinesBefore[index]
                if breaks >= 2 || (breaks == 1 && !startsLowercase(tokens[index], bytes)) {
                    close(index)
                }
            }
            if index - first >= maximumTokens { close(index) }
            let token = tokens[index]
            if token.kind == .punctuation, token.mark == .period || token.mark == .question || token.mark == .exclamation,
                !endsAbbreviation(tokens, at: index, bytes)
            {
                var last = index
                while last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end,
                    tokens[last + 1].mark == .quote || tokens[last + 1].mark == .closeParenthesis
                {
                    last += 1
                }
                let next = last + 1
                if next >= tokens.count {
                    close(tokens.count)
                    index = next
                    continue
                }
                let following = tokens[next]
                if following.start > tokens[last].end,
                    following.isCapitalized || following.mark == .quote || following.kind == .number
                        || following.mark == .openParenthesis || newlinesBefore[next] > 0
                {
                    close(next)
                    index = next
                    continue
                }
            }
            index += 1
        }
        close(tokens.count)
        return result
    }

    private static func startsLowercase(_ token: Token, _ bytes: [UInt8]) -> Bool {
        let byte = bytes[token.start]
        return byte >= 0x61 && byte <= 0x7A
    }

    /// A period right after a known abbreviation or a single capital letter (an initial).
    private static func endsAbbreviation(_ tokens: [Token], at index: Int, _ bytes: [UInt8]) -> Bool {
        guard tokens[index].mark == .period, index > 0 else { return false }
        let previous = tokens[index - 1]
        guard previous.end == tokens[index].start, previous.kind == .word else { return false }
        if previous.length == 1 && previous.isCapitalized { return true }
        // "No. 5" is an abbreviation; "No. North Korea continues" is an answer.
        if previous.folded == noHash { return index + 1 < tokens.count && tokens[index + 1].kind == .number }
        if legalForms.contains(previous.folded), index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
            tokens[index + 1].start > tokens[index].end, !legalForms.contains(tokens[index + 1].folded)
        {
            return false
        }
        return abbreviations.contains(previous.folded)
    }
}
