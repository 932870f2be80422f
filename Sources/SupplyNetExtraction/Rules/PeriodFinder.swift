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
