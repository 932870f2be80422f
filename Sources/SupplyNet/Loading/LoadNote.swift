/// Something a load wants the user to know that is not an error: an unreviewed claim.
public struct LoadNote: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// `file:line:column: note: message`.
    public var description: String { "\(location): note: \(message)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}
