/// One numeric option and the whole numbers it accepts.
public struct OptionBound: Hashable, Sendable {
    /// The option as written, such as `--radius`.
    public let name: String
    /// The values that mean something.
    public let range: ClosedRange<Int>
    /// Why the range ends where it does, for the message.
    public let reason: String

    /// The number `text` spells, when it is a whole number in `range`.
    /// - Throws: `OptionBoundError` naming the option and its range.
    public func value(parsing text: String) throws(OptionBoundError) -> Int {
        guard let value = Int(text) else {
            throw OptionBoundError(bound: self, text: text)
        }
        try check(value)
        return value
    }

    /// Checks a number already parsed.
    /// - Throws: `OptionBoundError` when `value` is outside `range`.
    public func check(_ value: Int) throws(OptionBoundError) {
        guard range.contains(value) else { throw OptionBoundError(bound: self, text: String(value)) }
    }
}

/// A numeric option given a value outside its range, or not a whole number.
public struct OptionBoundError: Error, Hashable, Sendable, CustomStringConvertible {
    public let bound: OptionBound
    /// The value as given.
    public let text: String

    public var description: String {
        let range = "\(bound.name) takes a whole number from \(bound.range.lowerBound) to \(bound.range.upperBound), not '\(text)'"
        if let value = Int(text), value < bound.range.lowerBound { return range }
        return range + "; " + bound.reason
    }
}

/// The ranges of every numeric option, in one place: the command line and report blocks both
/// check against these, so the two grammars cannot drift apart.
public enum OptionBounds {
    /// `--radius`: hops around `--focus`.
    public static let radius = OptionBound(
        name: "--radius", range: 0...100,
        reason: "a wider radius shows nothing more than the whole network (leave out --focus for that)")
    /// `--max-hops`: the longest path `paths` looks for.
    public static let maxHops = OptionBound(
        name: "--max-hops", range: 1...100, reason: "a chain of more than 100 flows explains nothing (leave it out for no limit)")
    /// `--k` / `-k`: how many paths `paths` shows.
    public static let k = OptionBound(
        name: "--k", range: 1...1_000, reason: "more paths than that are not read, and finding them takes time that grows with k")
    /// `--columns`: snapshots per row of a timeline figure.
    public static let columns = OptionBound(
        name: "--columns", range: 1...12, reason: "a row of more than 12 snapshots is too wide to read")
    /// `--width`: the width of `show`'s text, in characters.
    public static let width = OptionBound(
        name: "--width", range: 40...1_000, reason: "narrower text cannot hold two columns of evidence, and no terminal is wider")
    /// `--flows`: the size of a generated network.
    public static let generatedFlows = OptionBound(
        name: "--flows", range: 1...10_000_000, reason: "larger networks do not fit in memory on a workstation")
    /// `--port`: where `serve` listens; 0 lets the system pick.
    public static let port = OptionBound(name: "--port", range: 0...65_535, reason: "a TCP port is at most 65535")
}
