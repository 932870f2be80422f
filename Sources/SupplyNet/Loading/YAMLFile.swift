import Foundation
import Yams

/// A YAML text from one data file, read into `DataValue`s that remember where each stands.
struct YAMLFile {
    /// The root value; nil when the text is not valid YAML (already reported) or empty.
    let root: DataValue?
    /// False when the text is not valid YAML (already reported).
    let isReadable: Bool
    /// The issue that reported the file unreadable.
    let failure: Int?

    /// Parses `text`, whose first line is line `1 + lineOffset` of `file`; a syntax error is
    /// reported with its place and the file yields no root.
    init(file: String, text: String, lineOffset: Int = 0, log: IssueLog) {
        do {
            let node = try Yams.compose(yaml: text)
            var anchors = AnchorLog()
            root = node.map { Self.value(of: $0, lineOffset: lineOffset, anchors: &anchors) }
            for mark in anchors.aliases {
                log.report(
                    SourceLocation(file: file, mark: mark),
                    "this value is anchored (&name) and used again through an alias (*name); data files spell every value out, so replace each alias with the value")
            }
            isReadable = true
            failure = nil
        } catch let error as YamlError {
            root = nil
            isReadable = false
            let (mark, problem) = Self.describe(error)
            failure = log.report(
                SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1),
                "YAML syntax: \(problem); fix the YAML at this place (indentation, a missing ':' or an unclosed quote are the usual causes)")
        } catch {
            root = nil
            isReadable = false
            failure = log.report(SourceLocation(file: file, line: 1 + lineOffset), "YAML could not be read: \(error)")
        }
    }

    /// The anchors met so far: Yams resolves an alias to the very node it names, so a second
    /// meeting of an anchor is an alias, which is not followed (a YAML bomb stays small).
    private struct AnchorLog {
        var seen: Set<String> = []
        var aliases: [TextMark] = []
    }

    private static func value(of node: Node, lineOffset: Int, anchors: inout AnchorLog) -> DataValue {
        let mark = TextMark(line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
        if let anchor = node.anchor, !anchors.seen.insert(anchor.rawValue).inserted {
            anchors.aliases.append(mark)
            return DataValue(.null, at: mark)
        }
        switch node {
        case .scalar(let scalar):
            return DataValue(node.null != nil ? .null : .text(scalar.string), at: mark)
        case .sequence(let sequence):
            return DataValue(.list(sequence.map { value(of: $0, lineOffset: lineOffset, anchors: &anchors) }), at: mark)
        case .mapping(let mapping):
            let members = mapping.map { pair in
                let keyMark = TextMark(line: (pair.key.mark?.line ?? 1) + lineOffset, column: pair.key.mark?.column ?? 1)
                return DataMember(pair.key.string ?? "", at: keyMark, value(of: pair.value, lineOffset: lineOffset, anchors: &anchors))
            }
            return DataValue(.mapping(members), at: mark)
        case .alias:
            anchors.aliases.append(mark)
            return DataValue(.null, at: mark)
        }
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
