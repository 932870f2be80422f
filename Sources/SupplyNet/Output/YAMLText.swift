/// YAML scalars written by hand so the output is stable and reads back exactly.
package enum YAMLText {
    /// A double-quoted YAML string that reads back exactly (`QuotedString`).
    package static func quoted(_ text: String) -> String { QuotedString.escaped(text) }

    /// A number without a trailing ".0" when whole.
    package static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
