/// Reads the fields of one mapping (a YAML mapping, a JSON object) with the same rules and
/// messages whatever the format, reporting every problem to the log with its place.
struct FieldReader {
    /// The path shown in messages.
    let file: String
    let value: DataValue
    let log: IssueLog
    /// What the mapping describes, for messages: "an actor", "claim s1-3".
    let subject: Subject
    private let members: [DataMember]

    /// Returns nil, having reported it, when `value` is not a mapping.
    init?(_ value: DataValue?, file: String, log: IssueLog, subject: Subject, at fallback: TextMark = TextMark(line: 1, column: 1)) {
        guard let value, case .mapping(let members) = value.content else {
            log.report(
                SourceLocation(file: file, mark: value?.mark ?? fallback),
                "expected \(subject) as a mapping of keys and values, found \(value?.shape ?? "nothing")")
            return nil
        }
        self.file = file
        self.value = value
        self.log = log
        self.subject = subject
        self.members = members
    }

    func location(_ mark: TextMark) -> SourceLocation { SourceLocation(file: file, mark: mark) }

    /// Where the mapping starts.
    var location: SourceLocation { location(value.mark) }

    /// Where `key`'s value stands, or the mapping when it is absent.
    func location(of key: String) -> SourceLocation { location(self.value(key)?.mark ?? value.mark) }

    /// Reports every key not in `allowed`, suggesting the nearest allowed key; `ignored` keys are
    /// accepted and not read (values other formats derive, such as the JSON export's `evidence`).
    /// (Pass constants: a bulk file has millions of records.)
    func rejectUnknownKeys(allowed: [String], ignored: [String] = [], alsoIgnored extra: [String] = []) {
        for member in members where !allowed.contains(member.key) && !ignored.contains(member.key) && !extra.contains(member.key) {
            log.report(
                location(member.keyMark),
                "unknown field '\(member.key)' in \(subject)\(ClosestMatches.hint(for: member.key, among: allowed)); the fields are: \(allowed.joined(separator: ", "))")
        }
    }

    /// The value of `key`, or nil when absent or null.
    func value(_ key: String) -> DataValue? {
        guard let value = members.first(where: { $0.key == key })?.value, !value.isNull else { return nil }
        return value
    }

    /// A required text field; reports it missing or not text.
    func requiredString(_ key: String, example: String) -> String? {
        guard value(key) != nil else {
            log.report(location, "\(subject) is missing '\(key)'; add it, like '\(key): \(example)'")
            return nil
        }
        return optionalString(key)
    }

    /// An optional text field; reports it when it is not text or is blank.
    func optionalString(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.text else {
            log.report(location(value.mark), "'\(key)' in \(subject) must be text, not \(value.shape)")
            return nil
        }
        guard !Self.isBlank(text) else {
            log.report(location(value.mark), "'\(key)' in \(subject) is empty; give it a value or remove it")
            return nil
        }
        return clean(text, key: key, at: value.mark)
    }

    /// Whether `text` is empty or only white space (the first scalar usually decides).
    private static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, (0x21...0x7E).contains(first) { return false }
        return text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// The fields whose text may run over several lines.
    private static let multilineKeys: Set<String> = ["quote"]

    /// `text`, or nil (reported) when it holds a character that would act instead of show where
    /// it is printed: a control character (line breaks and tabs only in quotes and article texts,
    /// tabs anywhere) or a bidirectional override, which can make a name or quote read otherwise.
    private func clean(_ text: String, key: String, at mark: TextMark) -> String? {
        // Printable ASCII, the usual case, holds nothing to refuse.
        if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return text }
        let multiline = Self.multilineKeys.contains(key)
        for (index, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
            let allowed = scalar == "\t" || (multiline && (scalar == "\n" || scalar == "\r"))
            let isBidiControl = (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            if (isControl && !allowed) || isBidiControl {
                let code = "U+" + String(repeating: "0", count: max(0, 4 - String(value, radix: 16).count)) + String(value, radix: 16, uppercase: true)
                log.report(
                    location(mark),
                    "'\(key)' in \(subject) holds the \(isControl ? "control" : "bidirectional formatting") character \(code) (character \(index + 1) of the value), which would act instead of show in a terminal, a drawing or a page; remove it")
                return nil
            }
        }
        return text
    }

    /// A text field kept exactly as written, blank or not (an article's text, which quotes are
    /// checked against; the quotes themselves are checked for control characters); reports it
    /// when it is not text.
    func verbatimText(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.text else {
            log.report(location(value.mark), "'\(key)' in \(subject) must be text, not \(value.shape)")
            return nil
        }
        return text
    }

    /// A list of text values with the place of each (a single value counts as a list of one).
    func stringList(_ key: String) -> [(String, TextMark)] {
        guard let value = value(key) else { return [] }
        switch value.content {
        case .text(let text):
            return clean(text, key: key, at: value.mark).map { [($0, value.mark)] } ?? []
        case .list(let elements):
            return elements.compactMap { element in
                guard let text = element.text else {
                    log.report(location(element.mark), "each entry of '\(key)' in \(subject) must be text, not \(element.shape)")
                    return nil
                }
                return clean(text, key: key, at: element.mark).map { ($0, element.mark) }
            }
        default:
            log.report(location(value.mark), "'\(key)' in \(subject) must be a list like [a, b], not \(value.shape)")
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

    /// A finite number, written as a number or (in YAML) as digits.
    func number(_ key: String) -> Double? {
        guard let value = value(key) else { return nil }
        let number: Double?
        switch value.content {
        case .number(let written): number = written
        case .text(let text): number = Double(text.replacingOccurrences(of: "_", with: ""))
        default: number = nil
        }
        guard let number, number.isFinite else {
            let shown = value.text.map { "'\($0)'" } ?? value.shape
            log.report(location(value.mark), "\(shown) in \(subject) is not a number; write digits such as 400 or 29800000000")
            return nil
        }
        return number
    }

    /// `true` or `false`.
    func flag(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value.content else {
            log.report(location(value.mark), "'\(key)' in \(subject) must be true or false, not \(value.shape)")
            return nil
        }
        return flag
    }

    /// A whole number of at least `minimum`.
    func integer(_ key: String, minimum: Int) -> Int? {
        guard let number = number(key) else { return nil }
        guard number == number.rounded(), number >= Double(minimum), number <= Double(Int32.max) else {
            log.report(location(of: key), "'\(key)' in \(subject) must be a whole number of at least \(minimum)")
            return nil
        }
        return Int(number)
    }

    /// A nested mapping.
    func mapping(_ key: String, subject: Subject) -> FieldReader? {
        guard let value = value(key) else { return nil }
        return FieldReader(value, file: file, log: log, subject: subject)
    }

    /// The entries of a list field.
    func list(_ key: String) -> [DataValue] {
        guard let value = value(key) else { return [] }
        guard case .list(let elements) = value.content else {
            log.report(location(value.mark), "'\(key)' in \(subject) must be a list of entries, not \(value.shape)")
            return []
        }
        return elements
    }
}

/// What a mapping describes, for messages ("an actor", "claim 2 of flow 'f1'"), put into words
/// only when a message needs them: a bulk file holds millions of records and few problems.
indirect enum Subject: CustomStringConvertible, ExpressibleByStringLiteral {
    case words(String)
    case claim(ClaimID)
    case claimOfFlow(number: Int, flow: FlowID)
    /// A nested mapping: "the period of claim s1-3".
    case part(String, of: Subject)

    init(stringLiteral value: String) { self = .words(value) }

    var description: String {
        switch self {
        case .words(let words): words
        case .claim(let id): "claim \(id)"
        case .claimOfFlow(let number, let flow): "claim \(number) of flow '\(flow)'"
        case .part(let part, let whole): "the \(part) of \(whole)"
        }
    }
}
