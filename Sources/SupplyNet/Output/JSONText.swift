import Foundation

/// A JSON value to write, and the one writer every JSON output uses: keys sorted, strings
/// escaped by `QuotedString`, numbers in their shortest form that reads back exactly; pretty
/// (two-space indents) for documents, compact for JSON Lines.
package indirect enum JSONText: Sendable, Encodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONText])
    case object([(key: String, value: JSONText)])

    package static func string(_ text: String?) -> JSONText { text.map { .string($0) } ?? .null }
    package static func number(_ number: Double?) -> JSONText { number.map { .number($0) } ?? .null }
    package static func strings(_ texts: [String]) -> JSONText { .array(texts.map { .string($0) }) }

    /// The text, pretty-printed or on one line.
    package func written(pretty: Bool) -> String {
        var output = ""
        write(into: &output, pretty: pretty, indent: 0)
        return output
    }

    package func write(into output: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += Self.format(number)
        case .string(let text): output += QuotedString.escaped(text)
        case .array(let elements):
            guard !elements.isEmpty else { return output += "[]" }
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                if pretty { Self.newline(&output, indent + 1) }
                element.write(into: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&output, indent) }
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { return output += "{}" }
            output += "{"
            for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { output += "," }
                if pretty { Self.newline(&output, indent + 1) }
                output += QuotedString.escaped(member.key)
                output += pretty ? ": " : ":"
                member.value.write(into: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&output, indent) }
            output += "}"
        }
    }

    private static func newline(_ output: inout String, _ indent: Int) {
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    /// Whole numbers below 2^53 without a fraction ("400"), others in Swift's shortest form that
    /// reads back to the same double ("29.8", "1e+16").
    private static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 9_007_199_254_740_992 { return String(Int64(number)) }
        return "\(number)"
    }

    /// The JSON value of an `Encodable` document (the paths JSON, the extraction JSON), so it is
    /// written by this writer like every other JSON output.
    package static func encoding(_ value: some Encodable) throws -> JSONText {
        var data = try JSONEncoder().encode(value)
        return try data.withUnsafeMutableBytes { bytes in JSONText(try JSONReader.parse(UnsafeBufferPointer(bytes.bindMemory(to: UInt8.self)))) }
    }

    /// The JSON text of a value read by `JSONReader`.
    package init(_ value: DataValue) {
        switch value.content {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let number): self = .number(number)
        case .text(let text): self = .string(text)
        case .list(let elements): self = .array(elements.map(JSONText.init))
        case .mapping(let members): self = .object(members.map { ($0.key, JSONText($0.value)) })
        }
    }

    /// Encodes as the JSON value it is, so `Encodable` documents (the paths JSON) can hold records.
    package func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let flag):
            var container = encoder.singleValueContainer()
            try container.encode(flag)
        case .number(let number):
            var container = encoder.singleValueContainer()
            try container.encode(number)
        case .string(let text):
            var container = encoder.singleValueContainer()
            try container.encode(text)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(element) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for member in members { try container.encode(member.value, forKey: Key(stringValue: member.key)) }
        }
    }

    private struct Key: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}
