/// A place in a text: 1-based line and column, columns counting Unicode scalars as editors and
/// libyaml do. Kept small, since a bulk file holds millions of values.
package struct TextMark: Hashable, Sendable, Comparable {
    package var line: Int32
    package var column: Int32

    package init(line: Int, column: Int) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    package static func < (lhs: Self, rhs: Self) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
}

/// A value read from a data file in any format (a YAML node, a JSON value), with the place it was
/// written: what every format's reader hands the one record decoder.
package struct DataValue: Sendable {
    package enum Content: Sendable {
        case null
        /// A JSON string, or any YAML scalar that is not null (YAML leaves typing to the reader).
        case text(String)
        /// A JSON number.
        case number(Double)
        /// A JSON `true` or `false`.
        case bool(Bool)
        case list([DataValue])
        case mapping([DataMember])
    }

    package var content: Content
    package var mark: TextMark

    package init(_ content: Content, at mark: TextMark) {
        self.content = content
        self.mark = mark
    }

    /// The text of a string or scalar, or nil.
    package var text: String? {
        if case .text(let text) = content { return text }
        return nil
    }

    package var isNull: Bool {
        if case .null = content { return true }
        return false
    }

    /// The value of `key` in a mapping (the first, if repeated), or nil.
    package subscript(key: String) -> DataValue? {
        guard case .mapping(let members) = content else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// What the value is, for messages: "a list", "a number".
    package var shape: String {
        switch content {
        case .null: "null"
        case .text: "text"
        case .number: "a number"
        case .bool: "true or false"
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// One key of a mapping and its value, in the order written.
package struct DataMember: Sendable {
    package var key: String
    package var keyMark: TextMark
    package var value: DataValue

    package init(_ key: String, at keyMark: TextMark, _ value: DataValue) {
        self.key = key
        self.keyMark = keyMark
        self.value = value
    }
}
