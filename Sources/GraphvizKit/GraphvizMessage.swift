/// One message Graphviz reported through its error callback.
struct GraphvizMessage: Equatable, Sendable {
    enum Severity: Equatable, Sendable {
        case error
        case warning
    }

    var severity: Severity
    /// The text without the "Error: "/"Warning: " prefix or the final newline;
    /// continuation lines are kept, joined by "\n".
    var text: String
}

extension GraphvizMessage {
    /// Splits the text cgraph sent to the callback into messages.
    ///
    /// cgraph calls the callback with "Error" or "Warning", then ": ", then the
    /// formatted message; continuation messages (level AGPREV) come without a
    /// prefix. So a line starting with a prefix opens a message and any other
    /// line continues the current one. Text before any prefix counts as an
    /// error, so nothing Graphviz says is lost.
    static func messages(in capturedText: String) -> [GraphvizMessage] {
        var messages: [GraphvizMessage] = []
        for line in capturedText.split(separator: "\n", omittingEmptySubsequences: true) {
            if let body = line.dropPrefix("Error: ") {
                messages.append(GraphvizMessage(severity: .error, text: String(body)))
            } else if let body = line.dropPrefix("Warning: ") {
                messages.append(GraphvizMessage(severity: .warning, text: String(body)))
            } else if messages.isEmpty {
                messages.append(GraphvizMessage(severity: .error, text: String(line)))
            } else {
                messages[messages.count - 1].text += "\n" + line
            }
        }
        return messages
    }
}

extension [GraphvizMessage] {
    /// The error messages' texts, one per line; nil when there are none.
    var errorText: String? {
        let errors = filter { $0.severity == .error }.map(\.text)
        return errors.isEmpty ? nil : errors.joined(separator: "\n")
    }
}

extension Substring {
    fileprivate func dropPrefix(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}
