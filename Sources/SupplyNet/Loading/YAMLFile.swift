import Foundation
import Yams

/// A YAML text from one data file, parsed to a node tree that remembers where each node stands.
struct YAMLFile {
    /// The path shown in messages.
    let path: String
    /// Lines above the YAML text in its file (front matter starts below a `---` line).
    let lineOffset: Int
    let root: Node?
    /// False when the text is not valid YAML (already reported).
    let isReadable: Bool

    /// Parses `text`; a syntax error is reported with its place and the file yields no root.
    init(path: String, text: String, lineOffset: Int = 0, log: IssueLog) {
        self.path = path
        self.lineOffset = lineOffset
        do {
            root = try Yams.compose(yaml: text)
            isReadable = true
        } catch let error as YamlError {
            root = nil
            isReadable = false
            let (mark, problem) = Self.describe(error)
            log.report(
                SourceLocation(file: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1),
                "YAML syntax: \(problem); fix the YAML at this place (indentation, a missing ':' or an unclosed quote are the usual causes)")
        } catch {
            root = nil
            isReadable = false
            log.report(SourceLocation(file: path, line: 1 + lineOffset), "YAML could not be read: \(error)")
        }
    }

    func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: path, line: 1 + lineOffset) }
        return SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column)
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

/// Reads the fields of one YAML mapping, reporting every problem to the log with its place.
struct MappingReader {
    let file: YAMLFile
    let node: Node
    let log: IssueLog
    /// What the mapping describes, for messages: "actor", "flow 'irn-rus-drones'".
    let subject: String
    private let pairs: [(key: String, keyNode: Node, value: Node)]

    /// Returns nil, having reported it, when `node` is not a mapping.
    init?(_ node: Node?, in file: YAMLFile, log: IssueLog, subject: String) {
        guard let node, case .mapping(let mapping) = node else {
            log.report(file.location(of: node), "expected \(subject) as a mapping of 'key: value' lines")
            return nil
        }
        self.file = file
        self.node = node
        self.log = log
        self.subject = subject
        pairs = mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
    }

    /// Reports every key not in `allowed`, suggesting the nearest allowed key.
    func rejectUnknownKeys(allowed: [String]) {
        for pair in pairs where !allowed.contains(pair.key) {
            log.report(
                file.location(of: pair.keyNode),
                "unknown field '\(pair.key)' in \(subject)\(ClosestMatches.hint(for: pair.key, among: allowed)); the fields are: \(allowed.joined(separator: ", "))")
        }
    }

    /// The value node for `key`, or nil when absent or null.
    func value(_ key: String) -> Node? {
        guard let value = pairs.first(where: { $0.key == key })?.value else { return nil }
        if value.null != nil { return nil }
        return value
    }

    func location(of key: String) -> SourceLocation { file.location(of: value(key) ?? node) }

    /// A required text field; reports it missing or not text.
    func requiredString(_ key: String, example: String) -> String? {
        guard value(key) != nil else {
            log.report(file.location(of: node), "\(subject) is missing '\(key)'; add a line like '\(key): \(example)'")
            return nil
        }
        return optionalString(key)
    }

    /// An optional text field; reports it when it is not a single scalar or is blank.
    func optionalString(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let scalar) = value else {
            log.report(file.location(of: value), "'\(key)' in \(subject) must be a single value, not a list or mapping")
            return nil
        }
        guard !scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            log.report(file.location(of: value), "'\(key)' in \(subject) is empty; give it a value or remove the line")
            return nil
        }
        return scalar.string
    }

    /// A list of text values with the node of each (a single scalar counts as a list of one).
    func stringList(_ key: String) -> [(String, Node)] {
        guard let value = value(key) else { return [] }
        switch value {
        case .scalar(let scalar):
            return [(scalar.string, value)]
        case .sequence(let sequence):
            return sequence.compactMap { element in
                guard case .scalar(let scalar) = element else {
                    log.report(file.location(of: element), "each entry of '\(key)' in \(subject) must be a single value")
                    return nil
                }
                return (scalar.string, element)
            }
        default:
            log.report(file.location(of: value), "'\(key)' in \(subject) must be a list like [a, b]")
            return []
        }
    }

    /// A word from a closed vocabulary; reports an unknown word with the nearest valid ones.
    func vocabulary<Word: RawRepresentable & CaseIterable>(
        _ key: String, _ type: Word.Type, required: Bool = true, what: String
    ) -> Word? where Word.RawValue == String {
        let words = Word.allCases.map(\.rawValue)
        let text = required ? requiredString(key, example: words[0]) : optionalString(key)
        guard let text else { return nil }
        guard let word = Word(rawValue: text) else {
            log.report(
                location(of: key),
                "'\(text)' is not a \(what)\(ClosestMatches.hint(for: text, among: words)); use one of: \(words.joined(separator: ", "))")
            return nil
        }
        return word
    }

    /// A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; reports one that is malformed or not on the calendar.
    func date(_ key: String, required: Bool = false) -> PartialDate? {
        let text = required ? requiredString(key, example: "2023-02-24") : optionalString(key)
        guard let text else { return nil }
        guard let date = PartialDate(parsing: text) else {
            log.report(location(of: key), "'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)")
            return nil
        }
        return date
    }

    /// A number; reports one that is not a finite number.
    func number(_ key: String) -> Double? {
        guard let text = optionalString(key) else { return nil }
        guard let number = Double(text.replacingOccurrences(of: "_", with: "")), number.isFinite else {
            log.report(location(of: key), "'\(text)' in \(subject) is not a number; write digits such as 400 or 29800000000")
            return nil
        }
        return number
    }

    /// A nested mapping.
    func mapping(_ key: String, subject: String) -> MappingReader? {
        guard let value = value(key) else { return nil }
        return MappingReader(value, in: file, log: log, subject: subject)
    }

    /// The entries of a list field, each with its node.
    func sequence(_ key: String) -> [Node] {
        guard let value = value(key) else { return [] }
        guard case .sequence(let sequence) = value else {
            log.report(file.location(of: value), "'\(key)' in \(subject) must be a list of entries, each starting with '- '")
            return []
        }
        return Array(sequence)
    }
}
