import SupplyNet

/// Why a report could not be built: where in the report's Markdown, and what to do.
public struct ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The report file, the line of the block (and the column of the offending word).
    public let location: SourceLocation
    public let message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message`, the form editors jump to.
    public var description: String { "\(location): error: \(message)" }
}
