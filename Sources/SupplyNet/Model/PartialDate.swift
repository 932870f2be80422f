/// A calendar date known to a year, a month or a day: "2022", "2022-08", "2022-12-10".
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: String, Sendable, Comparable, CaseIterable {
        case year, month, day

        public static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Makes a date, or returns nil when the parts do not name a real calendar date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.count == width, part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber),
                let number = Int(part)
            else { return nil }
            numbers.append(number)
        }
        self.init(
            year: numbers[0],
            month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil)
    }

    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// The first day the date can mean (2022-08 starts on 2022-08-01).
    public var earliestDay: PartialDate {
        PartialDate(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The last day the date can mean (2022-08 ends on 2022-08-31).
    public var latestDay: PartialDate {
        let lastMonth = month ?? 12
        return PartialDate(year: year, month: lastMonth, day: day ?? Self.daysIn(month: lastMonth, year: year))!
    }

    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    /// Orders by the earliest day meant, then the coarser date first.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let left = (lhs.year, lhs.month ?? 0, lhs.day ?? 0)
        let right = (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
        return left < right
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
