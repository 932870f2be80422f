/// Why an article could not be read for extraction.
public struct ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, as the user named it.
    public let file: String
    /// 1-based line and column of the problem; nil when it concerns the whole file.
    public let line: Int?
    public let column: Int?
    /// What is wrong and what to do.
    public let message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`, the shape editors understand.
    public var description: String {
        let place = line.map { "\(file):\($0):\(column ?? 1)" } ?? file
        return "\(place): error: \(message)"
    }
}
