/// Collects the capitalised names and weapon-like designations an article uses that the
/// registry lacks, so the analyst can add them.
struct NameSuggester {
    private struct Entry {
        var text: String
        var kind: NameSuggestion.Kind
        var count: Int
        var start: Int
        var advice: String
    }

    private var entries: [String: Int] = [:]
    private var list: [Entry] = []
    private let unregisteredStates: [UInt64: String]

    init(lexicon: Lexicon) {
        var states: [UInt64: String] = [:]
        for state in StateForms.all {
            for form in [state.name] + state.forms where lexicon.unregisteredStates.contains(form) {
                states[TokenHash.folded(form)] = "\(state.name) (id \(state.id))"
            }
        }
        unregisteredStates = states
    }

    mutating func note(_ text: String, _ kind: NameSuggestion.Kind, at start: Int, advice: String) {
        if let index = entries[text] {
            list[index].count += 1
            return
        }
        entries[text] = list.count
        list.append(Entry(text: text, kind: kind, count: 1, start: start, advice: advice))
    }

    /// Looks at one sentence's unrecognised tokens.
    mutating func scan(_ sentence: SentenceSpan, units: [Unit], people: [SpeakerFinder.PersonRun], tokens: [Token], bytes: [UInt8], lexicon: Lexicon) {
        for person in people where person.end - person.first >= 2 {
            note(person.name, .person, at: tokens[person.first].start, advice: "add to registry.yaml as an actor of kind person if they are a party, or ignore")
        }
        let inPeople = Set(people.flatMap { Array($0.first..<$0.end) })
        var index = 0
        while index < units.count {
            let unit = units[index]
            if case .actor(let id, .name) = unit.kind, let name = lexicon.unregisteredStateNames[id] {
                let text = String(decoding: bytes[tokens[unit.first].start..<tokens[unit.end - 1].end], as: UTF8.self)
                note(text, .state, at: tokens[unit.first].start, advice: "add \(name) (id \(id)) to registry.yaml as an actor of kind state")
            }
            guard case .other = unit.kind, unit.end - unit.first == 1 else {
                if case .item(let sense, _) = unit.kind { noteDesignation(unit, sense, tokens, bytes, lexicon) }
                index += 1
                continue
            }
            let token = tokens[unit.first]
            if Self.isDesignation(token, bytes), !lexicon.registryTokens.contains(token.folded) {
                let text = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
                note(text, .designation, at: token.start, advice: "add to registry.yaml as an item, or as an alias of the item it designates")
                index += 1
                continue
            }
            let previous = unit.first > sentence.firstToken ? tokens[unit.first - 1] : nil
            let startsClause = previous.map { $0.mark == .colon || $0.mark == .quote || $0.mark == .other || $0.mark == .openParenthesis } ?? true
            guard token.kind == .word, token.isCapitalized, !inPeople.contains(unit.first), !startsClause,
                !SpeakerFinder.calendarWords.contains(token.folded), !Self.commonWords.contains(token.folded), token.length >= 3
            else {
                index += 1
                continue
            }
            // A run of capitalised unknown words, allowing "of", "for" and "the" inside.
            var end = index + 1
            var lastCapital = index
            while end < units.count, units[end].end - units[end].first == 1, units[end].isOtherOrJoiner(tokens, Self.joiners) {
                let next = tokens[units[end].first]
                if case .other = units[end].kind, next.isCapitalized, next.kind == .word, !inPeople.contains(units[end].first) {
                    lastCapital = end
                } else if !Self.joiners.contains(next.folded) {
                    break
                }
                end += 1
            }
            let first = tokens[unit.first]
            let last = tokens[units[lastCapital].first]
            let text = String(decoding: bytes[first.start..<last.end], as: UTF8.self)
            if let state = unregisteredStates[first.folded], lastCapital == index {
                note(text, .state, at: first.start, advice: "add \(state) to registry.yaml as an actor of kind state")
            } else {
                let words = (index...lastCapital).map { tokens[units[$0].first].folded }
                let isOrganisation = words.contains { SpeakerFinder.organisationWords.contains($0) } || (last.length <= 5 && Self.isAllCaps(last, bytes))
                note(text, isOrganisation ? .organization : .name, at: first.start,
                     advice: isOrganisation ? "add to registry.yaml as an actor of kind organization if it is a party" : "add to registry.yaml if it is an actor, or ignore")
            }
            index = lastCapital + 1
        }
        // States the registry lacks that the lexicon matched as other words never reach here; check units of kind other only.
    }

    private mutating func noteDesignation(_ unit: Unit, _ sense: ItemSense, _ tokens: [Token], _ bytes: [UInt8], _ lexicon: Lexicon) {
        for position in unit.first..<unit.end {
            let token = tokens[position]
            guard Self.isDesignation(token, bytes) || (token.isCapitalized && position == unit.first && unit.end - unit.first == 1),
                !lexicon.registryTokens.contains(token.folded)
            else { continue }
            let text = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
            let target = sense.item.map { "as an alias of \($0)" } ?? "as an item of category \(sense.category.rawValue)"
            note(text, .designation, at: token.start, advice: "recognised as \(sense.category.rawValue); add to registry.yaml \(target)")
        }
    }

    private static let joiners = TokenSet(words: ["of", "for", "the", "and"])
    /// Capitalised at the start of a clause, not names.
    private static let commonWords = TokenSet(words: ["the", "this", "that", "these", "those", "today", "during", "meanwhile", "however", "but", "and", "now", "after",
         "before", "while", "when", "where", "what", "who", "there", "here", "our", "their", "his", "her", "its", "also",
         "other", "many", "some", "most", "more", "home", "report", "watch", "read", "file", "photo", "video", "news",
         "breaking", "comments", "write", "keep", "reading", "disclaimer", "accessibility", "links", "please", "no"])

    /// Letters and digits mixed, like "Su-35", "S-400", "Shahed-136", "155mm"; not "11th" or "2022".
    static func isDesignation(_ token: Token, _ bytes: [UInt8]) -> Bool {
        guard token.length >= 3, token.length <= 20 else { return false }
        var letters = 0
        var digits = 0
        for position in token.start..<token.end {
            let byte = bytes[position]
            if Tokenizer.isLetter(byte) { letters += 1 } else if Tokenizer.isDigit(byte) { digits += 1 }
        }
        guard letters > 0, digits > 0 else { return false }
        let tail = String(decoding: bytes[max(token.start, token.end - 2)..<token.end], as: UTF8.self).lowercased()
        if Tokenizer.isDigit(bytes[token.start]), ["th", "st", "nd", "rd", "s"].contains(where: { tail.hasSuffix($0) }) { return false }
        return true
    }

    private static func isAllCaps(_ token: Token, _ bytes: [UInt8]) -> Bool {
        (token.start..<token.end).allSatisfy { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
    }

    /// The suggestions in order of first occurrence.
    func suggestions(lines: LineIndex) -> [NameSuggestion] {
        list.sorted { $0.start < $1.start }.map { entry in
            let (line, column) = lines.lineAndColumn(of: entry.start)
            return NameSuggestion(text: entry.text, kind: entry.kind, count: entry.count, start: entry.start, line: line, column: column, advice: entry.advice)
        }
    }
}

extension Unit {
    /// An unrecognised token, or a joining word ("of", "for", "the", "and") inside a name.
    fileprivate func isOtherOrJoiner(_ tokens: [Token], _ joiners: TokenSet) -> Bool {
        if case .other = kind { return true }
        return joiners.contains(tokens[first].folded)
    }
}
