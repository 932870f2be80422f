import Foundation
import Yams

/// A YAML text from one data file, read into `DataValue`s that remember where each stands.
struct YAMLFile {
    /// The root value; nil when the text is not valid YAML (already reported) or empty.
    let root: DataValue?
    /// False when the text is not valid YAML (already reported).
    let isReadable: Bool

    /// Parses `text`, whose first line is line `1 + lineOffset` of `file`; a syntax error is
    /// reported with its place and the file yields no root.
    init(file: String, text: String, lineOffset: Int = 0, log: IssueLog) {
        if let mark = Self.innerByteOrderMark(in: text) {
            // libyaml drops a U+FEFF that starts a scalar: the value would change without a word.
            log.report(
                SourceLocation(file: file, line: Int(mark.line) + lineOffset, column: Int(mark.column)),
                "a byte-order mark (U+FEFF) stands inside the text, and YAML would drop it from the value; remove it, or write the data as JSON")
        }
        do {
            let node = try Yams.compose(yaml: text)
            // Yams resolves an alias (*name) to the node it names, so a tree can hold far more
            // nodes than its text has bytes (a YAML bomb). Every node the text spells out costs
            // at least a byte, so a budget of the text's size stops only alias expansion.
            var budget = text.utf8.count + 16
            let converted = node.map { Self.value(of: $0, lineOffset: lineOffset, budget: &budget) }
            if budget < 0 {
                root = nil
                isReadable = false
                log.report(
                    SourceLocation(file: file, line: 1 + lineOffset),
                    "YAML aliases (*name) expand this file far beyond its size; data files spell every value out, so replace the aliases with the values")
                return
            }
            root = converted
            isReadable = true
        } catch let error as YamlError {
            root = nil
            isReadable = false
            let (mark, problem) = Self.describe(error)
            log.report(
                SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1),
                "YAML syntax: \(problem); fix the YAML at this place (indentation, a missing ':' or an unclosed quote are the usual causes)")
        } catch {
            root = nil
            isReadable = false
            log.report(SourceLocation(file: file, line: 1 + lineOffset), "YAML could not be read: \(error)")
        }
    }

    /// The node as a `DataValue`; stops descending once `budget` nodes have been made.
    private static func value(of node: Node, lineOffset: Int, budget: inout Int) -> DataValue {
        let mark = TextMark(line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
        budget -= 1
        guard budget >= 0 else { return DataValue(.null, at: mark) }
        switch node {
        case .scalar(let scalar):
            return DataValue(node.null != nil ? .null : .text(scalar.string), at: mark)
        case .sequence(let sequence):
            var elements: [DataValue] = []
            for element in sequence {
                guard budget >= 0 else { break }
                elements.append(value(of: element, lineOffset: lineOffset, budget: &budget))
            }
            return DataValue(.list(elements), at: mark)
        case .mapping(let mapping):
            var members: [DataMember] = []
            for pair in mapping {
                guard budget >= 0 else { break }
                let keyMark = TextMark(line: (pair.key.mark?.line ?? 1) + lineOffset, column: pair.key.mark?.column ?? 1)
                members.append(DataMember(pair.key.string ?? "", at: keyMark, value(of: pair.value, lineOffset: lineOffset, budget: &budget)))
            }
            return DataValue(.mapping(members), at: mark)
        case .alias:
            return DataValue(.null, at: mark)
        }
    }

    /// Where the first U+FEFF after the text's first character stands, if any.
    private static func innerByteOrderMark(in text: String) -> TextMark? {
        var line = 1
        var column = 1
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\u{FEFF}", index > 0 { return TextMark(line: line, column: column) }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> (Mark?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem
            return (mark, detail)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark, "duplicate key \(duplicates.joined(separator: ", ")) in one mapping; keep one")
        case .reader(let problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, "\(error)")
        }
    }
}
