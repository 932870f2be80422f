import Foundation
import SupplyNet

extension ReportQuery {
    /// The words a block may start with.
    public static let queryWords = ["network", "flows", "focus", "paths", "timeline", "show", "sources"]
    /// The layout engines a block may ask for with `--engine`.
    public static let engines = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]

    private static let viewOptions = ["--as-of", "--kind", "--status", "--item", "--from", "--to", "--group", "--focus", "--radius"]
    private static let figureOptions = ["--engine", "--title"]
    private static let pathOptions = ["--max-hops", "--k", "-k", "--cheapest", "--undirected", "--only-paths"]
    private static let flags: Set<String> = ["--cheapest", "--undirected", "--only-paths"]

    /// The options each query word takes, in the order its messages list them.
    static func options(of word: String) -> [String] {
        switch word {
        case "network", "flows": viewOptions + figureOptions
        case "focus": viewOptions.filter { $0 != "--focus" } + figureOptions
        case "paths": viewOptions + pathOptions + figureOptions
        case "timeline": viewOptions.filter { $0 != "--as-of" } + ["--columns"] + figureOptions
        case "show": ["--as-of"] + figureOptions
        case "sources": ["--as-of"]
        default: []
        }
    }

    /// Reads the query of one block, as the command line would.
    /// - Throws: `ReportError` at the first word that is wrong, saying what would be right.
    public init(parsing block: ReportBlock) throws(ReportError) {
        let tokens = try QueryToken.split(block)
        guard let first = tokens.first else {
            throw ReportError(block.location, "this supplynet block is empty; write one query in it, such as: network, focus IRN --radius 1, paths IRN UKR --max-hops 3, timeline, flows --kind sanction, show IRN RUS or sources")
        }
        let word = first.text.lowercased()
        guard Self.queryWords.contains(word) else {
            throw ReportError(
                first.location,
                "'\(first.text)' is not a report query\(Self.hint(first.text, Self.queryWords)); use one of: \(Self.queryWords.joined(separator: ", "))")
        }
        var query = ReportQuery(subject: .network, text: tokens.map { Self.shellQuoted($0.text) }.joined(separator: " "), location: block.location)
        var positionals: [Word] = []
        var paths = PathOptions()
        var columns = 2
        let allowed = Self.options(of: word)
        var index = 1
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard token.text.hasPrefix("-"), token.text.count > 1, Double(token.text) == nil else {
                positionals.append(Word(text: token.text, location: token.location))
                continue
            }
            var name = token.text
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard allowed.contains(name) else {
                throw ReportError(
                    token.location,
                    "'\(name)' is not an option of '\(word)'\(Self.hint(name, allowed)); its options are: \(allowed.joined(separator: ", "))")
            }
            if Self.flags.contains(name) {
                if inlineValue != nil { throw ReportError(token.location, "\(name) takes no value") }
                switch name {
                case "--cheapest": paths.cheapest = true
                case "--undirected": paths.undirected = true
                default: paths.onlyPaths = true
                }
                continue
            }
            let value: Word
            if let inlineValue {
                value = Word(text: inlineValue, location: token.location)
            } else {
                guard index < tokens.count else { throw ReportError(token.location, "\(name) needs a value") }
                value = Word(text: tokens[index].text, location: tokens[index].location)
                index += 1
            }
            switch name {
            case "--as-of":
                guard let date = PartialDate(parsing: value.text) else {
                    throw ReportError(value.location, "'\(value.text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
                }
                query.asOf = date
            case "--kind": query.kinds.append(try Self.choice(value, FlowKind.self, what: "a kind of flow"))
            case "--status": query.statuses.append(try Self.choice(value, ClaimStatus.self, what: "a claim status"))
            case "--item": query.categories.append(try Self.choice(value, ItemCategory.self, what: "an item category"))
            case "--group": query.grouping = try Self.choice(value, NetworkView.Grouping.self, what: "a grouping")
            case "--focus": query.focus = value
            case "--from": query.sender = value
            case "--to": query.recipient = value
            case "--radius": query.radius = try Self.number(value, OptionBounds.radius)
            case "--max-hops": paths.maxHops = try Self.number(value, OptionBounds.maxHops)
            case "--k", "-k": paths.k = try Self.number(value, OptionBounds.k)
            case "--columns": columns = try Self.number(value, OptionBounds.columns)
            case "--engine":
                guard Self.engines.contains(value.text) else {
                    throw ReportError(
                        value.location,
                        "'\(value.text)' is not a layout engine\(Self.hint(value.text, Self.engines)); use one of: \(Self.engines.joined(separator: ", "))")
                }
                query.engine = value.text
            default:
                guard !value.text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw ReportError(value.location, "--title needs words")
                }
                query.title = value.text
            }
        }
        if query.focus == nil, query.radius != 1, word != "focus" {
            throw ReportError(block.location, "--radius needs --focus (or the query focus ACTOR --radius N)")
        }
        query.subject = try Self.subject(word, positionals, paths: paths, columns: columns, at: first.location)
        self = query
    }

    private static func subject(_ word: String, _ words: [Word], paths: PathOptions, columns: Int, at location: SourceLocation) throws(ReportError) -> Subject {
        func expect(_ count: ClosedRange<Int>, _ usage: String) throws(ReportError) {
            if words.count > count.upperBound {
                throw ReportError(words[count.upperBound].location, "'\(words[count.upperBound].text)' is one word too many; write \(usage)")
            }
            if words.count < count.lowerBound { throw ReportError(location, "'\(word)' needs more: write \(usage)") }
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

    private static func choice<Value: RawRepresentable & CaseIterable>(_ word: Word, _: Value.Type, what: String) throws(ReportError) -> Value
    where Value.RawValue == String {
        if let value = Value(rawValue: word.text.lowercased()) { return value }
        let names = Value.allCases.map(\.rawValue)
        throw ReportError(word.location, "'\(word.text)' is not \(what)\(hint(word.text, names)); use one of: \(names.joined(separator: ", "))")
    }

    /// The number `word` spells, checked against the range the command line uses too.
    private static func number(_ word: Word, _ bound: OptionBound) throws(ReportError) -> Int {
        do { return try bound.value(parsing: word.text) } catch { throw ReportError(word.location, error.description) }
    }

    /// ` (did you mean 'x'?)` or nothing.
    static func hint(_ word: String, _ candidates: [String]) -> String {
        let matches = ClosestMatches.to(word, among: candidates)
        guard !matches.isEmpty else { return "" }
        return " (did you mean " + matches.map { "'\($0)'" }.joined(separator: " or ") + "?)"
    }

    /// A word as the author would type it back: quoted when it holds a space or a quote.
    static func shellQuoted(_ word: String) -> String {
        guard word.isEmpty || word.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\\" }) else { return word }
        return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
