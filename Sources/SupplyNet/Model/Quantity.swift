/// How much of something a claim speaks of: "more than 400" drones, "$29.8 billion".
public struct Quantity: Hashable, Sendable {
    /// The words of the quote that give the quantity.
    public var text: String
    public var low: Double?
    public var high: Double?
    public var unit: String

    public init(text: String, low: Double? = nil, high: Double? = nil, unit: String) {
        self.text = text
        self.low = low
        self.high = high
        self.unit = unit
    }
}

extension Quantity {
    /// The words with their unit, the unit written once: "more than 400 drones". When the words
    /// already end with the unit's first words ("Most of the 400 drones", unit "drones"; "up to 40
    /// percent", unit "percent of the grid"), those are not repeated ("up to 40 percent of the grid").
    /// Words compare without regard to case.
    public var phrase: String {
        let words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        let unitWords = unit.split(whereSeparator: \.isWhitespace)
        let lowered = unitWords.map { $0.lowercased() }
        let overlap = (0...min(words.count, unitWords.count)).last { count in
            words.suffix(count).elementsEqual(lowered.prefix(count))
        } ?? 0
        let rest = unitWords.dropFirst(overlap).joined(separator: " ")
        if rest.isEmpty { return text }
        return text.isEmpty ? rest : text + " " + rest
    }
}
