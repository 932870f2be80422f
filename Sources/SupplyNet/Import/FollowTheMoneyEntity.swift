import Foundation

/// One FollowTheMoney entity of a JSON Lines file (`{"id", "schema", "properties"}`), as
/// `supplynet import` reads it: its values, and the line it was written on, which the claims made
/// from it quote.
package struct FollowTheMoneyEntity: Sendable {
    package var id: String
    package var schema: String
    /// Each property's values, as strings, in the file's order.
    package var properties: [String: [String]]
    /// The line of the file, verbatim (without its line break).
    package var line: String
    package var location: SourceLocation

    /// The values of `property`, or none.
    package subscript(_ property: String) -> [String] { properties[property] ?? [] }

    /// Reads every entity of `text`, the contents of `file`: one JSON object a line, blank lines
    /// allowed. An entity that has no `id` or `schema`, or properties that are not lists of strings,
    /// is an issue at its place; numbers in properties are read as their text.
    package static func read(_ text: String, file: String) -> (entities: [FollowTheMoneyEntity], issues: [ValidationIssue]) {
        var entities: [FollowTheMoneyEntity] = []
        var issues: [ValidationIssue] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            let value: DataValue
            do {
                value = try JSONReader.parse(line, firstLine: lineNumber)
            } catch {
                issues.append(ValidationIssue(SourceLocation(file: file, line: error.line, column: error.column), error.message))
                continue
            }
            let here = SourceLocation(file: file, mark: value.mark)
            guard case .mapping = value.content else {
                issues.append(ValidationIssue(here, "an FtM entity is a JSON object with 'id', 'schema' and 'properties'; this line is \(value.shape)"))
                continue
            }
            guard let id = value["id"]?.text, !id.isEmpty, let schema = value["schema"]?.text, !schema.isEmpty else {
                issues.append(ValidationIssue(here, "an FtM entity needs a text 'id' and 'schema'; add them or remove the line"))
                continue
            }
            var properties: [String: [String]] = [:]
            if let members = value["properties"] {
                guard case .mapping(let pairs) = members.content else {
                    issues.append(ValidationIssue(SourceLocation(file: file, mark: members.mark), "'properties' must be an object of lists of values"))
                    continue
                }
                var valid = true
                for pair in pairs {
                    guard case .list(let values) = pair.value.content else {
                        issues.append(ValidationIssue(SourceLocation(file: file, mark: pair.value.mark), "property '\(pair.key)' must be a list of values"))
                        valid = false
                        continue
                    }
                    properties[pair.key, default: []] += values.compactMap(Self.text)
                }
                guard valid else { continue }
            }
            entities.append(FollowTheMoneyEntity(id: id, schema: schema, properties: properties, line: line, location: here))
        }
        return (entities, issues)
    }

    private static func text(_ value: DataValue) -> String? {
        switch value.content {
        case .text(let text): text
        case .number(let number): JSONText.number(number).written(pretty: false)
        case .bool(let flag): flag ? "true" : "false"
        default: nil
        }
    }
}
