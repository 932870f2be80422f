/// The shapes ids must have.
enum IdentifierRules {
    /// Lowercase letters and digits in words joined by single hyphens: `irn-rus-drones`.
    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && !text.hasPrefix("-") && !text.hasSuffix("-") && !text.contains("--")
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Three uppercase letters, as in ISO 3166-1 alpha-3: `IRN`.
    static func isAlpha3(_ text: String) -> Bool {
        text.unicodeScalars.count == 3 && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }
}
