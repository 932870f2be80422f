import Foundation

/// The shapes ids must have.
package enum IdentifierRules {
    /// Lowercase letters and digits in words joined by single hyphens: `irn-rus-drones`.
    static func isSlug(_ text: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "-")
        for byte in text.utf8 {
            let isWordByte = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard isWordByte || (byte == UInt8(ascii: "-") && previous != UInt8(ascii: "-")) else { return false }
            previous = byte
        }
        return !text.isEmpty && previous != UInt8(ascii: "-")
    }

    /// Three uppercase letters, as in ISO 3166-1 alpha-3: `IRN`.
    static func isAlpha3(_ text: String) -> Bool {
        text.utf8.count == 3 && text.utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    }

    /// A slug made from words: diacritics folded, apostrophes dropped, every other run of
    /// characters that are not ASCII letters or digits one hyphen ("Korean People's Army" →
    /// `korean-peoples-army`); nil when nothing is left.
    package static func slug(_ parts: [String]) -> String? {
        let folded = parts.joined(separator: "-").folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars where scalar != "'" && scalar != "\u{2019}" {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !result.isEmpty { result += "-" }
                result.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? nil : result
    }
}
