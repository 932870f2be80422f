import Foundation

extension NetworkQuery {
    /// The words a query may start with.
    public static let subjectWords = ["network", "flows", "focus", "paths", "timeline", "show", "sources"]
    /// The layout engines `--engine` takes.
    public static let engines = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]

    /// The options that choose what part of the network is shown.
    public static let viewOptions = [
        "--as-of", "--kind", "--status", "--item", "--from", "--to", "--group", "--focus", "--radius", "--include-unreviewed",
    ]
    /// The options of a drawing.
    public static let figureOptions = ["--engine", "--title", "--every-flow"]
    /// The options of `paths`.
    public static let pathOptions = ["--max-hops", "--k", "-k", "--cheapest", "--undirected", "--only-paths", "--corroboration"]
    /// The options that take no value.
    public static let flagOptions: Set<String> = [
        "--cheapest", "--undirected", "--only-paths", "--include-unreviewed", "--every-flow", "--single-voice",
    ]

    /// The options each subject word takes, in the order messages list them.
    public static func options(of word: String) -> [String] {
        switch word {
        case "network": viewOptions + figureOptions
        case "flows": viewOptions + ["--single-voice"] + figureOptions
        case "focus": viewOptions.filter { $0 != "--focus" } + figureOptions
        case "paths": viewOptions + pathOptions + figureOptions
        case "timeline": viewOptions + ["--columns"] + figureOptions
        case "show": ["--as-of", "--include-unreviewed"] + figureOptions
        case "sources": ["--as-of", "--include-unreviewed"]
        default: []
        }
    }

    /// Reads a query from one line of words, as a shell would split them.
    /// - Throws: `NetworkQueryError` (`.invalid`) naming the first word that is wrong and what would be right.
    public init(parsing text: String) throws(NetworkQueryError) {
        try self.init(words: try Self.words(in: [(1, text)], file: nil), location: nil)
    }

    /// Reads a query from its words (`words(in:file:)` splits written lines into words).
    /// - Parameters:
    ///   - words: the subject word first, then its actors and options.
    ///   - location: where the query was written, for a message about the query as a whole.
    /// - Throws: `NetworkQueryError` (`.invalid`) at the first word that is wrong, saying what would be right.
    public init(words: [Word], location: SourceLocation?) throws(NetworkQueryError) {
        func fail(_ at: SourceLocation?, _ message: String) -> NetworkQueryError { NetworkQueryError(.invalid, at ?? location, message) }
        guard let first = words.first else {
            throw fail(location, "the query is empty; write one, such as: network, focus IRN --radius 1, paths IRN UKR --max-hops 3, timeline, flows --kind sanction, show IRN RUS or sources")
        }
        let word = first.text.lowercased()
        guard Self.subjectWords.contains(word) else {
            throw fail(first.location, "'\(first.text)' is not a query\(Self.hint(first.text, Self.subjectWords)); use one of: \(Self.subjectWords.joined(separator: ", "))")
        }
        var query = NetworkQuery(subject: .network, text: words.map { Self.shellQuoted($0.text) }.joined(separator: " "), location: location)
        var positionals: [Word] = []
        var paths = PathOptions()
        var columns = 2
        let allowed = Self.options(of: word)
        var index = 1
        while index < words.count {
            let token = words[index]
            index += 1
            guard token.text.hasPrefix("-"), token.text.count > 1, Double(token.text) == nil else {
                positionals.append(token)
                continue
            }
            var name = token.text
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard allowed.contains(name) else {
                throw fail(token.location, "'\(name)' is not an option of '\(word)'\(Self.hint(name, allowed)); its options are: \(allowed.joined(separator: ", "))")
            }
            if Self.flagOptions.contains(name) {
                if inlineValue != nil { throw fail(token.location, "\(name) takes no value") }
                switch name {
                case "--cheapest": paths.cheapest = true
                case "--undirected": paths.undirected = true
                case "--only-paths": paths.onlyPaths = true
                case "--every-flow": query.everyFlow = true
                case "--single-voice": query.singleVoice = true
                default: query.includesUnreviewed = true
                }
                continue
            }
            let value: Word
            if let inlineValue {
                value = Word(text: inlineValue, location: token.location, option: name)
            } else {
                guard index < words.count else { throw fail(token.location, "\(name) needs a value") }
                value = Word(text: words[index].text, location: words[index].location, option: name)
                index += 1
            }
            do throws(QueryValueError) {
                switch name {
                case "--as-of": query.asOf = try Self.date(value.text)
                case "--kind": query.kinds.append(try Self.kind(value.text))
                case "--status": query.statuses.append(try Self.status(value.text))
                case "--item": query.categories.append(try Self.category(value.text))
                case "--group": query.grouping = try Self.grouping(value.text)
                case "--focus": query.focus = value
                case "--from": query.sender = value
                case "--to": query.recipient = value
                case "--radius": query.radius = try Self.number(value.text, OptionBounds.radius)
                case "--max-hops": paths.maxHops = try Self.number(value.text, OptionBounds.maxHops)
                case "--k", "-k": paths.k = try Self.number(value.text, OptionBounds.k)
                case "--corroboration": paths.corroboration = try Self.corroboration(value.text)
                case "--columns": columns = try Self.number(value.text, OptionBounds.columns)
                case "--engine": query.engine = try Self.engine(value.text)
                default: query.title = try Self.title(value.text)
                }
            } catch {
                throw fail(value.location, error.message)
            }
        }
        if query.focus == nil, query.radius != 1, word != "focus" {
            throw fail(location, "--radius needs --focus (or the query focus ACTOR --radius N)")
        }
        query.subject = try Self.subject(word, positionals, paths: paths, columns: columns, at: first.location ?? location)
        self = query
    }

    private static func subject(_ word: String, _ words: [Word], paths: PathOptions, columns: Int, at location: SourceLocation?) throws(NetworkQueryError) -> Subject {
        func expect(_ count: ClosedRange<Int>, _ usage: String) throws(NetworkQueryError) {
            if words.count > count.upperBound {
                let extra = words[count.upperBound]
                throw NetworkQueryError(.invalid, extra.location ?? location, "'\(extra.text)' is one word too many; write \(usage)")
            }
            if words.count < count.lowerBound { throw NetworkQueryError(.invalid, location, "'\(word)' needs more: write \(usage)") }
        }
        switch word {
        case "network":
            try expect(0...0, "network, then options such as --kind transfer")
            return .network
        case "flows":
            try expect(0...0, "flows, then options such as --kind sanction")
            return .flows
        case "focus":
            try expect(1...1, "focus ACTOR, such as focus IRN --radius 1")
            return .focus(words[0])
        case "paths":
            try expect(2...2, "paths FROM TO, such as paths IRN UKR --max-hops 3")
            return .paths(from: words[0], to: words[1], paths)
        case "timeline":
            try expect(0...0, "timeline, then options such as --columns 2")
            return .timeline(columns: columns)
        case "sources":
            try expect(0...0, "sources, or sources --as-of DATE")
            return .sources
        default:
            try expect(1...2, "show with two actors (show IRN RUS), one actor or one flow id")
            return .show(words)
        }
    }

    /// A value that is not one an option takes, and what would be.
    public struct QueryValueError: Error, Hashable, Sendable {
        public let message: String
    }

    /// The date `--as-of` takes: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public static func date(_ text: String) throws(QueryValueError) -> PartialDate {
        guard let date = PartialDate(parsing: text) else {
            throw QueryValueError(message: "'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        }
        return date
    }

    /// `--kind`'s value: a kind of flow, in any case.
    public static func kind(_ text: String) throws(QueryValueError) -> FlowKind { try choice(text, FlowKind.self, what: "a kind of flow") }
    /// `--status`'s value: a claim status, in any case.
    public static func status(_ text: String) throws(QueryValueError) -> ClaimStatus { try choice(text, ClaimStatus.self, what: "a claim status") }
    /// `--item`'s value: an item category, in any case.
    public static func category(_ text: String) throws(QueryValueError) -> ItemCategory {
        try choice(text, ItemCategory.self, what: "an item category")
    }
    /// `--group`'s value: `flow` or `pair`.
    public static func grouping(_ text: String) throws(QueryValueError) -> NetworkView.Grouping {
        try choice(text, NetworkView.Grouping.self, what: "a grouping")
    }

    /// `--corroboration`'s value: `voices` or `parties`.
    public static func corroboration(_ text: String) throws(QueryValueError) -> Corroboration {
        try choice(text, Corroboration.self, what: "a way to count corroboration")
    }

    /// One of a vocabulary's words, in any case.
    private static func choice<Value: RawRepresentable & CaseIterable>(_ text: String, _: Value.Type, what: String) throws(QueryValueError) -> Value
    where Value.RawValue == String {
        if let value = Value(rawValue: text.lowercased()) { return value }
        let names = Value.allCases.map(\.rawValue)
        throw QueryValueError(message: "'\(text)' is not \(what)\(hint(text, names)); use one of: \(names.joined(separator: ", "))")
    }

    /// A layout engine's name.
    public static func engine(_ text: String) throws(QueryValueError) -> String {
        guard engines.contains(text) else {
            throw QueryValueError(message: "'\(text)' is not a layout engine\(hint(text, engines)); use one of: \(engines.joined(separator: ", "))")
        }
        return text
    }

    private static func title(_ text: String) throws(QueryValueError) -> String {
        guard text.contains(where: { !$0.isWhitespace }) else { throw QueryValueError(message: "--title needs words") }
        return text
    }

    /// The number `text` spells, checked against the option's range.
    private static func number(_ text: String, _ bound: OptionBound) throws(QueryValueError) -> Int {
        do { return try bound.value(parsing: text) } catch { throw QueryValueError(message: error.description) }
    }

    /// ` (did you mean 'x'?)` or nothing.
    static func hint(_ word: String, _ candidates: [String]) -> String {
        let matches = ClosestMatches.to(word, among: candidates)
        guard !matches.isEmpty else { return "" }
        return " (did you mean " + matches.map { "'\($0)'" }.joined(separator: " or ") + "?)"
    }

    /// A word as one would type it back: quoted when it holds a space, a quote or a backslash.
    static func shellQuoted(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\\" }) else { return word }
        return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
