/// One problem found in the data, where it is and what to do about it.
public struct ValidationIssue: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var location: SourceLocation
    /// What is wrong and what to do, in one sentence or two.
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message`, the shape compilers and editors understand.
    public var description: String { "\(location): error: \(message)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}
