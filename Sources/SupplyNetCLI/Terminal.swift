import Foundation

/// Where the tool's output goes: files written whole, standard output, standard error.
enum Terminal {
    /// Prints a message on standard error, made visible-safe.
    static func printError(_ message: String) {
        let message = visible(message)
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    /// Prints text for people on standard output, made visible-safe, with a line break.
    static func print(_ text: String) {
        Swift.print(visible(text))
    }

    static func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// `text` safe to show in a terminal: control characters (line breaks and tabs aside) and
    /// bidirectional formatting characters written as escapes such as `\u{1B}`, so that no name,
    /// quote or path can move the cursor, clear the screen, or reorder the text around it. A
    /// carriage return before a line feed is dropped; a lone one is escaped.
    /// - Complexity: O(n) in the length of `text`.
    static func visible(_ text: String) -> String {
        // Printable ASCII and line breaks, the usual case, need nothing.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x0A }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
            let isControl = (value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(value)
            if isControl || scalar.properties.isBidiControl {
                result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
