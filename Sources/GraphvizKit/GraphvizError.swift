/// A failure reported by Graphviz, or a request it cannot serve.
public struct GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Equatable, Sendable {
        /// The DOT text did not parse (or held no graph).
        case syntax
        /// The layout engine reported an error.
        case layout
        /// The renderer reported an error.
        case render
        /// Graphviz has no layout engine by that name.
        case unknownEngine
        /// Graphviz has no output format by that name.
        case unknownFormat
    }

    public let kind: Kind
    /// Graphviz's own text, as captured; for an unknown engine or format, ours,
    /// listing the valid names.
    public let message: String
    /// The DOT line of a syntax error, when Graphviz names one.
    public let line: Int?

    public init(kind: Kind, message: String, line: Int? = nil) {
        self.kind = kind
        self.message = message
        self.line = line
    }

    public var description: String {
        switch kind {
        case .syntax:
            if let line { return "DOT syntax error at line \(line): \(message)" }
            return "DOT syntax error: \(message)"
        case .layout:
            return "Graphviz layout failed: \(message)"
        case .render:
            return "Graphviz rendering failed: \(message)"
        case .unknownEngine, .unknownFormat:
            return message
        }
    }
}

extension GraphvizError {
    /// A syntax error carrying Graphviz's message and the line it names
    /// (from "syntax error in line N ...").
    static func syntaxError(_ message: String) -> GraphvizError {
        GraphvizError(kind: .syntax, message: message, line: lineNumber(in: message))
    }

    /// The N of the first "in line N" in `message`.
    static func lineNumber(in message: String) -> Int? {
        guard let marker = message.range(of: "in line ") else { return nil }
        let digits = message[marker.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
        return Int(digits)
    }
}
