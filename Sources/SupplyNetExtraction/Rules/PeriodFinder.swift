import SupplyNet

/// Finds the time a sentence refers to: "since August 2022", "since August" (the year from the
/// article's date: the latest such month not after it), "since 2022".
enum PeriodFinder {
    private static let months: [UInt64: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var table: [UInt64: Int] = [:]
        for (index, name) in names.enumerated() {
            table[TokenHash.folded(name)] = index + 1
            table[TokenHash.folded(String(name.prefix(3)))] = index + 1
        }
        table[TokenHash.folded("sept")] = 9
        table.removeValue(forKey: TokenHash.folded("may"))
        table[TokenHash.folded("may")] = 5
        return table
    }()
    private static let sinceHash = TokenHash.folded("since")

    static func period(tokens: [Token], bytes: [UInt8], range: Range<Int>, published: PartialDate?) -> Period? {
        for index in range where tokens[index].folded == sinceHash && index + 1 < range.upperBound {
            let next = tokens[index + 1]
            if let month = months[next.folded], next.isCapitalized {
                if index + 2 < range.upperBound, let year = year(tokens[index + 2], bytes) {
                    return PartialDate(year: year, month: month).map { Period(from: $0) }
                }
                guard let published, let publishedMonth = published.month else { return nil }
                let year = month <= publishedMonth ? published.year : published.year - 1
                return PartialDate(year: year, month: month).map { Period(from: $0) }
            }
            if let year = year(next, bytes) { return PartialDate(year: year).map { Period(from: $0) } }
        }
        return nil
    }

    private static let onHash = TokenHash.folded("on")
    private static let weekdays = TokenSet(words: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

    /// When a statement was made: "told reporters on Dec. 9", "said on Monday (May 15)", "On Dec.
    /// 11, the ISW said", "in a statement on Nov. 15, 2022". The year, when not written, is the
    /// latest one that puts the date on or before the article's date.
    static func said(tokens: [Token], bytes: [UInt8], range: Range<Int>, published: PartialDate?) -> PartialDate? {
        for index in range where tokens[index].folded == onHash {
            var position = index + 1
            // "on Monday (May 15)"
            if position < range.upperBound, weekdays.contains(tokens[position].folded) {
                position += 1
                guard position < range.upperBound, tokens[position].mark == .openParenthesis else { continue }
                position += 1
            }
            guard position < range.upperBound, let month = months[tokens[position].folded], tokens[position].isCapitalized else { continue }
            position += 1
            if position < range.upperBound, tokens[position].mark == .period, tokens[position].start == tokens[position - 1].end { position += 1 }
            guard position < range.upperBound, let day = day(tokens[position], bytes) else { continue }
            var year: Int?
            if position + 2 < range.upperBound, tokens[position + 1].mark == .comma { year = self.year(tokens[position + 2], bytes) }
            if year == nil, let published {
                if let publishedMonth = published.month {
                    year = (month, day) <= (publishedMonth, published.day ?? 31) ? published.year : published.year - 1
                } else {
                    year = published.year
                }
            }
            if let year, let date = PartialDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    private static func day(_ token: Token, _ bytes: [UInt8]) -> Int? {
        guard token.kind == .number, token.length <= 4 else { return nil }
        var value = 0
        for position in token.start..<token.end {
            let byte = bytes[position]
            if byte >= 0x30, byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
            } else if position == token.start {
                return nil
            } else {
                break  // "19th"
            }
        }
        return (1...31).contains(value) ? value : nil
    }

    private static func year(_ token: Token, _ bytes: [UInt8]) -> Int? {
        guard token.kind == .number, token.length == 4 else { return nil }
        var value = 0
        for position in token.start..<token.end {
            let byte = bytes[position]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return (1900...2100).contains(value) ? value : nil
    }
}
