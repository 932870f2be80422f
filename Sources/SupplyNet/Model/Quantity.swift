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
