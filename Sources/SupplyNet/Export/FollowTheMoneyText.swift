import Foundation

/// Text as FollowTheMoney keeps it, so the export holds what `ftm validate` keeps, byte for byte
/// (followthemoney 4.x, measured code point by code point): FtM writes text in Unicode NFC, drops
/// control characters other than tab, LF and CR and the invisible format characters (soft
/// hyphen, zero-width spaces and joiners, direction marks, word joiner, byte-order mark), reads
/// the other Unicode spaces as a plain space, and trims whitespace at either end (a value left
/// empty is no value). In names it also turns each run of whitespace into one space and takes
/// off one pair of enclosing quotes (`"…"`, `'…'`); in URLs it lowercases the scheme and gives
/// an empty path its `/`.
enum FollowTheMoneyText {
    /// How FtM treats a property's values.
    enum Kind {
        case name
        case text
        case url
        /// Entity ids and dates, which SupplyNet writes in FtM's own shape.
        case verbatim
    }

    /// The kind of the properties SupplyNet writes.
    static func type(of property: String) -> Kind {
        switch property {
        case "name", "alias": .name
        case "sourceUrl": .url
        case "subject", "object", "entity", "member", "organization", "proof", "date", "startDate", "endDate", "publishedAt":
            .verbatim
        default: .text
        }
    }

    /// The format characters FtM drops.
    private static let dropped: Set<UInt32> = [0xAD, 0x61C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF]
    /// The spaces FtM reads as U+0020.
    private static let spaces = Set<UInt32>([0xA00, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000]).union(0x2000...0x200A)

    /// `value` as FtM keeps it as a value of `kind`, or nil when it keeps nothing.
    static func kept(_ value: String, as kind: Kind) -> String? {
        guard kind != .verbatim else { return value.isEmpty ? nil : value }
        var scalars = String.UnicodeScalarView()
        for scalar in value.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .control, scalar != "\t", scalar != "\n", scalar != "\r" { continue }
            if dropped.contains(scalar.value) { continue }
            scalars.append(spaces.contains(scalar.value) ? " " : scalar)
        }
        var text = trimmed(scalars)
        switch kind {
        case .name:
            if text.count > 1, let first = text.first, let last = text.last, ["\"", "'"].contains(first), ["\"", "'"].contains(last) {
                text = trimmed(text.dropFirst().dropLast())
            }
            var squashed = String.UnicodeScalarView()
            for scalar in text where !(scalar.properties.isWhitespace && squashed.last?.properties.isWhitespace == true) {
                squashed.append(scalar.properties.isWhitespace ? " " : scalar)
            }
            text = squashed
        case .url:
            return String(text).isEmpty ? nil : url(String(text))
        default:
            break
        }
        let result = String(text)
        return result.isEmpty ? nil : result
    }

    private static func trimmed(_ scalars: some BidirectionalCollection<Unicode.Scalar>) -> String.UnicodeScalarView {
        String.UnicodeScalarView(scalars.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }.reversed())
    }

    /// A URL with its scheme lowercased and, when it has no path, `/` for one.
    private static func url(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":") else { return text }
        var result = text[..<colon].lowercased() + text[colon...]
        if let authority = result.range(of: "://") {
            let rest = result[authority.upperBound...]
            if !rest.isEmpty, !rest.contains(where: { "/?#".contains($0) }) { result += "/" }
        }
        return result
    }
}
