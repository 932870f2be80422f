import Foundation
import SupplyNet

/// Finds how many or how much a sentence speaks of, right before an item ("more than 400
/// drones", "hundreds of drones") or as money ("some $29.8 billion in military assistance").
enum QuantityFinder {
    private static let words: [UInt64: Double] = {
        let table: [(String, Double)] = [
            ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
            ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("twenty", 20), ("fifty", 50), ("dozen", 12),
            ("hundred", 100), ("thousand", 1000), ("dozens", 24), ("hundreds", 200), ("thousands", 2000),
        ]
        return Dictionary(uniqueKeysWithValues: table.map { (TokenHash.folded($0.0), $0.1) })
    }()
    private static let multipliers: [UInt64: Double] = [
        TokenHash.folded("million"): 1e6, TokenHash.folded("billion"): 1e9, TokenHash.folded("trillion"): 1e12,
    ]
    private static let plural = TokenSet(words: ["dozens", "hundreds", "thousands"])
    private static let atLeast: [[UInt64]] = [["more", "than"], ["over"], ["at", "least"]].map { $0.map { TokenHash.folded($0) } }
    private static let atMost: [[UInt64]] = [["up", "to"], ["fewer", "than"], ["less", "than"], ["nearly"], ["almost"]].map { $0.map { TokenHash.folded($0) } }
    private static let about: [[UInt64]] = [["some"], ["about"], ["around"], ["approximately"], ["roughly"]].map { $0.map { TokenHash.folded($0) } }
    private static let dozenHash = TokenHash.folded("dozen")

    /// The quantity before the first of `itemStarts` (token indices) within `range`, or a sum of money in `range`.
    /// - Returns: the quantity and the index in `itemTokens` of the item it counts (nil for money).
    static func quantity(tokens: [Token], bytes: [UInt8], range: Range<Int>, itemTokens: [(Int, Int)]) -> (Quantity, Int?)? {
        for (itemIndex, (itemFirst, itemEnd)) in itemTokens.enumerated() {
            var position = itemFirst - 1
            // Skip "of" and up to two adjectives: "hundreds of drones", "400 Iranian drones".
            var skipped = 0
            while position >= range.lowerBound, skipped < 3, value(of: tokens[position], bytes) == nil {
                guard tokens[position].kind == .word else { break }
                position -= 1
                skipped += 1
            }
            guard position >= range.lowerBound, let (number, numberFirst) = number(endingAt: position, tokens: tokens, bytes: bytes, lower: range.lowerBound)
            else { continue }
            var unit = String(decoding: bytes[tokens[itemEnd - 1].start..<tokens[itemEnd - 1].end], as: UTF8.self)
            var amount = number
            var first = numberFirst
            var last = position
            // "$29.8 billion in military assistance": money, not a count of the item.
            if last + 1 < itemFirst, let multiplier = multipliers[tokens[last + 1].folded] {
                amount *= multiplier
                last += 1
            }
            if first > range.lowerBound, bytes[tokens[first - 1].start] == UInt8(ascii: "$") {
                first -= 1
                unit = "USD"
            }
            let quantity = bounded(amount, first, last, tokens, bytes, range.lowerBound, unit: unit, exact: !plural.contains(tokens[position].folded))
            return (quantity, unit == "USD" ? nil : itemIndex)
        }
        // Money: "$29.8 billion".
        for position in range where bytes[tokens[position].start] == UInt8(ascii: "$") && position + 1 < range.upperBound {
            guard let amount = value(of: tokens[position + 1], bytes) else { continue }
            var last = position + 1
            var total = amount
            if last + 1 < range.upperBound, let multiplier = multipliers[tokens[last + 1].folded] {
                total *= multiplier
                last += 1
            }
            return (bounded(total, position, last, tokens, bytes, range.lowerBound, unit: "USD", exact: true), nil)
        }
        return nil
    }

    private static func number(endingAt position: Int, tokens: [Token], bytes: [UInt8], lower: Int) -> (Double, Int)? {
        guard var number = value(of: tokens[position], bytes) else { return nil }
        var first = position
        // "two dozen", "29.8 billion" (the multiplier is the last token).
        if let multiplier = multipliers[tokens[position].folded], position > lower, let base = value(of: tokens[position - 1], bytes) {
            number = base * multiplier
            first = position - 1
        } else if tokens[position].folded == dozenHash, position > lower, let base = value(of: tokens[position - 1], bytes) {
            number = base * 12
            first = position - 1
        }
        return (number, first)
    }

    /// A number word, or digits with `,` thousands and a `.` fraction ("22,000", "29.8"); not "155mm".
    private static func value(of token: Token, _ bytes: [UInt8]) -> Double? {
        if let word = words[token.folded] { return word }
        guard token.kind == .number, token.length <= 24 else { return nil }
        var whole: Double = 0
        var fraction: Double = 0
        var scale: Double = 1
        var inFraction = false
        for position in token.start..<token.end {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Double(byte - UInt8(ascii: "0"))
                if inFraction {
                    scale /= 10
                    fraction += digit * scale
                } else {
                    whole = whole * 10 + digit
                }
            case UInt8(ascii: ","): continue
            case UInt8(ascii: "."): inFraction = true
            default: return nil
            }
        }
        return whole + fraction
    }

    private static func bounded(
        _ number: Double, _ first: Int, _ last: Int, _ tokens: [Token], _ bytes: [UInt8], _ lower: Int, unit: String, exact: Bool
    ) -> Quantity {
        var start = first
        var low: Double? = number
        var high: Double? = exact ? number : nil
        for (phrases, kind) in [(atLeast, 0), (atMost, 1), (about, 2)] {
            for phrase in phrases where start - phrase.count >= lower {
                let candidates = (start - phrase.count)..<start
                guard zip(candidates, phrase).allSatisfy({ tokens[$0.0].folded == $0.1 }) else { continue }
                start -= phrase.count
                switch kind {
                case 0: high = nil
                case 1: low = nil; high = number
                default: break
                }
            }
        }
        let text = String(decoding: bytes[tokens[start].start..<tokens[last].end], as: UTF8.self)
        return Quantity(text: text, low: low, high: high, unit: unit)
    }
}
