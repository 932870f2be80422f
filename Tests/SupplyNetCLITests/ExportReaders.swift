import Foundation

/// Readers for what `supplynet export` writes, for tests that check the files the way another
/// tool reads them: CSV records (RFC 4180) and JSON; XML through TestSupport's `XMLTree`.
enum ExportReaders {
    /// The records of an RFC 4180 table: quoted fields may hold anything, `""` is a quote, records end in CRLF.
    static func csv(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"", scalars.first == "\"" {
                    scalars = scalars.dropFirst()
                    field.unicodeScalars.append("\"")
                } else if scalar == "\"" {
                    quoted = false
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",":
                record.append(field)
                field = ""
            case "\r" where scalars.first == "\n":
                scalars = scalars.dropFirst()
                record.append(field)
                records.append(record)
                (record, field) = ([], "")
            default: field.unicodeScalars.append(scalar)
            }
        }
        return records
    }

    /// The rows of a CSV table after its header, by column name.
    static func csvRows(_ text: String) -> [[String: String]] {
        let records = csv(text)
        guard let header = records.first else { return [] }
        return records.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { first, _ in first }) }
    }

    /// A JSON object's field as an array of objects (empty when absent).
    static func objects(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }
}
