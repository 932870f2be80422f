/// Why a query could not be read or answered: where (for a query written in a file) and what to do.
public struct NetworkQueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Whose fault, which decides how a front end reports it.
    public enum Kind: Hashable, Sendable {
        /// The words are wrong: an unknown word, option, actor or flow, a bad value.
        case invalid
        /// The words are right, but the network has no answer: no path, nothing shown.
        case unanswered
    }

    public let kind: Kind
    /// The word at fault, or the query's own place; nil for words from the command line.
    public let location: SourceLocation?
    public let message: String

    public init(_ kind: Kind, _ location: SourceLocation?, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message`, or the message alone when the query has no place.
    public var description: String { location.map { "\($0): error: \(message)" } ?? message }
}
