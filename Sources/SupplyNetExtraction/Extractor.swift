import SupplyNet

/// Proposes claims from article text: actors and items from the registry's vocabulary, flows
/// from cue words and sentence structure, each with its sentence, offsets and confidence.
///
/// An `Extractor` is a value built once per registry; `extract(_:)` keeps no state between
/// articles, so memory depends on the largest article, not on how many there are.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    private let states: Set<ActorID>

    public init(actors: [Actor], items: [Item]) {
        lexicon = Lexicon(actors: actors, items: items)
        states = Set(actors.filter { $0.kind == .state }.map(\.id)).union(StateForms.all.map { ActorID($0.id) })
    }

    /// Uses a loaded network's registry.
    public init(network: Network) {
        self.init(actors: network.actors, items: network.items)
    }

    /// The sentences of an article as UTF-8 byte ranges of its file, in order.
    public func sentenceRanges(of article: ArticleInput) -> [Range<Int>] {
        let (tokens, newlines) = Tokenizer.tokens(of: article.bytes, in: article.bodyStart..<article.bytes.count)
        return SentenceSplitter.sentences(tokens: tokens, newlinesBefore: newlines, bytes: article.bytes).map { $0.start..<$0.end }
    }

    /// Proposes claims for one article.
    /// - Complexity: O(n) in the article's bytes (sentences are capped in length).
    public func extract(_ article: ArticleInput) -> ArticleExtraction {
        let bytes = article.bytes
        let (tokens, newlines) = Tokenizer.tokens(of: bytes, in: article.bodyStart..<bytes.count)
        let sentences = SentenceSplitter.sentences(tokens: tokens, newlinesBefore: newlines, bytes: bytes)
        let lines = LineIndex(bytes)
        let published = article.published.flatMap(PartialDate.init(parsing:))
        let builder = UnitBuilder(lexicon: lexicon, bytes: bytes, tokens: tokens)
        var memory = DocumentMemory()
        // "Canada imposes sanctions on ...": a headline names who imposes the sanctions a release's
        // sentences leave to an unnamed minister.
        memory.lastImposer = article.title.flatMap(headlineImposer)
        var speakers = SpeakerFinder()
        var suggester = NameSuggester(lexicon: lexicon)
        var proposals: [Proposal] = []
        var seen: Set<ProposalKey> = []
        var finder = NewActorFinder(lexicon: lexicon, states: states, tokens: tokens, bytes: bytes)
        var candidates: [ActorID: NewActorFinder.Found] = [:]
        var designations = DesignationMemory()
        // The sentence after a lone "8." is a numbered entry.
        var isNumberedEntry = false
        // Entries under "MAW calls on:" ask for flows; they state none.
        var isRequestList = false
        for sentence in sentences {
            var units = builder.units(of: sentence)
            // "Name | Location | Reason for listing": a table row reads as its first cell, then its last.
            let isTableRow = Self.readTableRow(&units, tokens: tokens)
            // "1." or "(2)" split off from its entry: nothing to read, and a list stays open.
            let enumerator = Self.afterEnumerator(units, tokens: tokens)
            if !units.isEmpty, enumerator == units.count
                || (units.count == 1 && tokens[units[0].first].kind == .number && units[0].end - units[0].first == 1)
            {
                isNumberedEntry = true
                continue
            }
            defer { isNumberedEntry = false }
            let people = speakers.people(in: sentence, tokens: tokens, bytes: bytes, lexicon: lexicon)
            suggester.scan(sentence, units: units, people: people, tokens: tokens, bytes: bytes, lexicon: lexicon)
            let speaker = speakers.speaker(in: sentence, units: units, people: people, tokens: tokens, bytes: bytes)
            designations.apply(&units, tokens: tokens, bytes: bytes)
            for name in finder.rewrite(&units, people: people) where candidates[name.id] == nil { candidates[name.id] = name }
            resolveCountry(&units, tokens: tokens, memory: memory)
            if let speaker { memory.speakerParty = speaker.party }
            let hasCue = units.contains { $0.cue != nil }
            var found: [FoundFlow] = []
            let frames = FrameRules(units: units, lexicon: lexicon, tokens: tokens, memory: memory, states: states)
            found = hasCue ? frames.flows() : frames.carriedSanctions([])
            // "Sanctions Policy and Operations Coordination", "SANCTIONS IMPLICATIONS": a name or heading
            // in capitals, unpunctuated, imposes nothing.
            if Self.isCapitalisedHeading(sentence, tokens: tokens) { found.removeAll { $0.kind == .sanction } }
            // A designation list: "The following have been designated:" then one entry a line.
            var isBullet = isTableRow || (sentence.firstToken < sentence.endToken && Self.bulletMarks.contains(tokens[sentence.firstToken].mark))
            // An entry of a list given as paragraphs: it starts with a name.
            var content = enumerator
            // "Mr. Alireza Mohseni Far, Chief Executive Officer of ...": a title before an entry's name.
            while content + 1 < units.count, units[content].isWord(.title) { content += 1 }
            var isEntry = true
            if !isBullet, memory.listImposer != nil, content < units.count, units[content].actor != nil || units[content].person != nil,
                !units.contains(where: { $0.cue?.frame == .sanction })
            {
                // A numbered line keeps the list open; only a line shaped like an entry names a target.
                isEntry = Self.isEntryShaped(units, from: content, tokens: tokens)
                isBullet = isEntry || content > 0
            }
            // "China" above the entries of Chinese firms: a country heading inside the list, no entry.
            // "Iran:" likewise.
            // "<Russia>", "China (including Hong Kong):" likewise: brackets and what the parentheses hold aside.
            if content < units.count, Self.headingState(units[content...], tokens: tokens).map(states.contains) == true { isEntry = false }
            // "- The United Kingdom and Canada are also sanctioning X": a line whose first actor imposes
            // a sanction of its own is a statement, not an entry of the list.
            if isBullet, let first = units[min(content, units.count)...].prefix(3).first(where: { $0.actor != nil })?.actor,
                found.contains(where: { $0.kind == .sanction && $0.from == first })
            {
                isEntry = false
            }
            if isBullet, isEntry, let imposer = memory.listImposer {
                found = frames.listEntry(imposedBy: imposer) + found
            } else if !isBullet, !Self.isHeading(units), !Self.isSubheading(units, from: content, tokens: tokens),
                enumerator == 0 && !isNumberedEntry || units.contains(where: { $0.cue?.frame == .sanction })
            {
                // A numbered line whose name the rules do not know ("8. SEA LARK (IMO 9281402), ...") keeps the list open.
                memory.listImposer = nil
            }
            if isRequestList, isBullet || enumerator > 0 || isNumberedEntry { found = [] } else { isRequestList = false }
            // "Contacts", "Media enquiries": the release's list is over.
            if Self.isContactsHeading(sentence, tokens: tokens) {
                memory.listImposer = nil
                isRequestList = false
            }
            if Self.isRequestHeader(sentence, tokens: tokens) { isRequestList = true }
            let imposer = found.last(where: { $0.kind == .sanction })?.from ?? frames.imposer()
            if let imposer { memory.lastImposer = imposer }
            memory.lastSentenceImposer = imposer
            memory.lastSentenceTargets = found.filter { $0.kind == .sanction }.map(\.to)
            if let pair = found.last(where: { $0.kind != .sanction && states.contains($0.from) && states.contains($0.to) }) {
                memory.lastPair = (pair.from, pair.to)
            }
            for transfer in found where transfer.kind == .transfer { memory.suppliers.insert(transfer.from) }
            if let strike = found.last(where: { $0.kind == .strike && states.contains($0.from) && states.contains($0.to) }) {
                memory.lastStrike = (strike.from, strike.to)
            }
            if let transfer = found.last(where: { $0.kind == .transfer && $0.status != .denied }) {
                memory.lastTransfer = (transfer.from, transfer.to)
            }
            if !isBullet, Self.isListHeader(sentence, units: units, tokens: tokens, afterSanction: memory.lastImposer != nil) {
                memory.listImposer = frames.imposer() ?? memory.lastImposer ?? memory.lastDecider ?? memory.firstStateSubject
            }
            if !found.isEmpty {
                let text = String(decoding: bytes[sentence.start..<sentence.end], as: UTF8.self)
                let (line, column) = lines.lineAndColumn(of: sentence.start)
                let period = PeriodFinder.period(tokens: tokens, bytes: bytes, range: sentence.firstToken..<sentence.endToken, published: published)
                let said = speaker == nil ? nil : PeriodFinder.said(tokens: tokens, bytes: bytes, range: sentence.firstToken..<sentence.endToken, published: published)
                let isMoney = Self.hasSumIn(tokens: tokens, bytes: bytes, range: sentence.firstToken..<sentence.endToken)
                for var flow in found {
                    // "£12.8 billion in military support to Ukraine", "NZ$130 million in military and humanitarian
                    // support": a sum of money given is aid.
                    if isMoney, flow.kind == .transfer, flow.rule.hasPrefix("give"), flow.items.contains(where: { item in
                        (item.end - 1..<min(item.end + 5, sentence.endToken)).contains { Self.supportHash.contains(tokens[$0].folded) }
                    }) {
                        flow.kind = .aid
                    }
                    let items = Self.uniqueItems(flow.items, tokens: tokens, bytes: bytes)
                    let key = ProposalKey(from: flow.from, to: flow.to, kind: flow.kind, items: items.map(\.category), start: sentence.start)
                    guard seen.insert(key).inserted else { continue }
                    let windowTokens = Self.tokenRange(of: flow.window, units: units, sentence: sentence)
                    let counted = flow.items.filter { windowTokens.contains($0.first) }
                    let found = QuantityFinder.quantity(
                        tokens: tokens, bytes: bytes, range: sentence.firstToken..<sentence.endToken,
                        itemTokens: counted.map { ($0.first, $0.end) })
                    let quantity = found?.0
                    let quantityCategory = found?.1.flatMap { counted[$0].item?.category }
                    proposals.append(
                        Proposal(
                            from: flow.from, to: flow.to, kind: flow.kind, status: flow.status, items: items, sentence: text,
                            start: sentence.start, end: sentence.end, line: line, column: column,
                            confidence: (max(0.05, min(0.99, flow.confidence)) * 100).rounded() / 100,
                            speaker: speaker?.name, party: speaker?.party, said: said, quantity: quantity, quantityCategory: quantityCategory,
                            period: flow.kind == .sanction ? nil : period, rule: flow.rule))
                }
            }
            for unit in units {
                if let actor = unit.anyActor { memory.mention(actor, isState: states.contains(actor)) }
            }
            let named = units.filter { $0.item != nil }
            if !named.isEmpty { memory.lastItems = Array(named.prefix(4)) }
            let rules = FrameRules(units: units, lexicon: lexicon, tokens: tokens, memory: memory, states: states)
            if let subject = rules.subject(before: units.count)?.0 { memory.lastSubject = subject }
            // "The Government of Japan has decided to implement the following measures": who acts in a release.
            if let decided = units.firstIndex(where: { $0.end - $0.first == 1 && Self.decisionVerbs.contains(tokens[$0.first].folded) }),
                let decider = rules.subject(before: decided)?.0, states.contains(decider)
            {
                memory.lastDecider = decider
            }
            if let first = rules.firstSubjectActor(before: units.count) {
                memory.lastFirstSubject = first
                // A headline has no verb and no final stop: its first name is no subject.
                let isStatement = sentence.endToken > sentence.firstToken && [.period, .question, .exclamation, .quote]
                    .contains(tokens[sentence.endToken - 1].mark)
                if memory.firstStateSubject == nil, states.contains(first), isStatement { memory.firstStateSubject = first }
            }
        }
        var newActors: [ProposedActor] = []
        var listed: Set<ActorID> = []
        for proposal in proposals {
            for id in [proposal.from, proposal.to] where lexicon.actorNames[id] == nil && listed.insert(id).inserted {
                if let name = lexicon.unregisteredStateNames[id] {
                    newActors.append(
                        ProposedActor(id: id, name: name, kind: .state, start: proposal.start, line: proposal.line, column: proposal.column))
                    continue
                }
                guard let found = candidates[id] else { continue }
                let (line, column) = lines.lineAndColumn(of: found.start)
                newActors.append(
                    ProposedActor(id: id, name: found.name, kind: found.kind, parent: found.parent, start: found.start, line: line, column: column))
            }
        }
        newActors.sort { $0.start < $1.start }
        return ArticleExtraction(
            file: article.file, title: article.title, outlet: article.outlet, published: article.published, url: article.url,
            proposals: proposals, suggestions: suggester.suggestions(lines: lines), newActors: newActors, sentenceCount: sentences.count)
    }

    /// The registry actor or state that imposes a sanction in a headline, if any.
    private func headlineImposer(_ title: String) -> ActorID? {
        let bytes = Array(title.utf8)
        let (tokens, newlines) = Tokenizer.tokens(of: bytes, in: 0..<bytes.count)
        guard let first = SentenceSplitter.sentences(tokens: tokens, newlinesBefore: newlines, bytes: bytes).first else { return nil }
        let units = UnitBuilder(lexicon: lexicon, bytes: bytes, tokens: tokens).units(of: first)
        let imposer = FrameRules(units: units, lexicon: lexicon, tokens: tokens, memory: DocumentMemory(), states: states).imposer()
        return imposer.flatMap { lexicon.actorNames[$0] != nil || states.contains($0) ? $0 : nil }
    }

    /// "the country", "the nation": the state that is the subject before it in the sentence, or
    /// the last sentence's subject when a state, or the last state named.
    private func resolveCountry(_ units: inout [Unit], tokens: [Token], memory: DocumentMemory) {
        for index in units.indices where units[index].isWord(.theCountry) {
            let rules = FrameRules(units: units, lexicon: lexicon, tokens: tokens, memory: memory, states: states)
            var state = rules.firstSubjectActor(before: index).flatMap { states.contains($0) ? $0 : nil }
            if state == nil, let last = memory.lastFirstSubject, states.contains(last) { state = last }
            if state == nil, let last = memory.lastSubject, states.contains(last) { state = last }
            if state == nil { state = memory.recentStates.last }
            if let state { units[index].kind = .actor(state, .name) }
        }
    }

    /// The first unit after a list entry's number or letter: "(1)", "2.", "b)".
    private static func afterEnumerator(_ units: [Unit], tokens: [Token]) -> Int {
        var index = 0
        if index < units.count, units[index].isPause, tokens[units[index].first].mark == .openParenthesis { index += 1 }
        guard index < units.count, units[index].end - units[index].first == 1 else { return 0 }
        let mark = tokens[units[index].first]
        guard mark.kind == .number || (mark.kind == .word && mark.length == 1) else { return 0 }
        index += 1
        guard index < units.count, units[index].isPause,
            [.closeParenthesis, .period].contains(tokens[units[index].first].mark) else { return 0 }
        return index + 1
    }

    /// The one state a line names, when it names nothing else: punctuation, brackets and a
    /// parenthesis's content aside ("Iran:", "<Russia>", "China (including Hong Kong):").
    private static func headingState(_ units: ArraySlice<Unit>, tokens: [Token]) -> ActorID? {
        var depth = 0
        var named: [Unit] = []
        for unit in units {
            let mark = tokens[unit.first].mark
            if mark == .openParenthesis { depth += 1 } else if mark == .closeParenthesis { depth = max(0, depth - 1) }
            let isPunctuation = unit.isPause || (unit.end - unit.first == 1 && tokens[unit.first].kind == .punctuation)
            if depth == 0, !isPunctuation, mark != .closeParenthesis { named.append(unit) }
        }
        guard named.count == 1 else { return nil }
        return named[0].actor
    }

    /// A line of capitalised words with no final stop: a heading or an office's name.
    private static func isCapitalisedHeading(_ sentence: SentenceSpan, tokens: [Token]) -> Bool {
        guard sentence.endToken > sentence.firstToken,
            ![.period, .question, .exclamation, .quote, .colon].contains(tokens[sentence.endToken - 1].mark)
        else { return false }
        let words = (sentence.firstToken..<sentence.endToken).filter { tokens[$0].kind == .word }
        return !words.isEmpty && words.allSatisfy { tokens[$0].isCapitalized || headingFunctionWords.contains(tokens[$0].folded) }
    }

    private static let headingFunctionWords = TokenSet(words: ["and", "of", "the", "for", "on", "in", "to", "against", "with", "a", "an"])

    /// "Individuals", "Entities:" — a short line that heads part of a list.
    private static func isHeading(_ units: [Unit]) -> Bool {
        units.count <= 3 && units.allSatisfy { $0.cue == nil && $0.actor == nil && $0.person == nil }
    }

    /// "(1) Entities in Iran (3)", "Individuals:": a line naming a part of the list, not an entry.
    private static func isSubheading(_ units: [Unit], from content: Int, tokens: [Token]) -> Bool {
        guard content < units.count, units[content].isOther, units.count - content <= 12 else { return false }
        return listNouns.contains(tokens[units[content].first].folded) && !units.contains { $0.cue != nil }
    }

    /// "Name, a company that ...", "Name (DPRK), ...", "Name." — a list entry, not a sentence whose
    /// subject is a list of names ("France, Germany and the US announced ...").
    private static func isEntryShaped(_ units: [Unit], from content: Int, tokens: [Token]) -> Bool {
        var next = content + 1
        guard next < units.count else { return true }
        guard units[next].isPause else { return false }
        // "Hossein Rahimpour (Iran), procurement agent for ...", "Volzhsky Aerosborka LLC (Yelabuga,
        // Republic of Tatarstan, Russian Federation) – enterprise ...": the address in parentheses is the entry's.
        if tokens[units[next].first].mark == .openParenthesis,
            let close = units[(next + 1)...].prefix(12).firstIndex(where: { $0.isPause && tokens[$0.first].mark == .closeParenthesis }),
            units[(next + 1)..<close].allSatisfy({ $0.cue == nil && $0.item == nil })
        {
            next = close + 1
            guard next < units.count else { return true }
            guard units[next].isPause else { return false }
            // "... (Russian Federation) – operator of the terminal ...": a dash opens the description.
            if tokens[units[next].first].mark == .dash { return true }
        }
        // "Lut Missile Industries Group, Semnan, Iran: produces ...": an address, then a colon.
        var address = next + 1
        while address < units.count, address - next <= 8, units[address].anyActor != nil || units[address].isWord(.of)
            || (units[address].isPause && tokens[units[address].first].mark == .comma)
            || (units[address].isOther && tokens[units[address].first].isCapitalized)
        {
            address += 1
        }
        if address > next + 1, address < units.count, units[address].isPause, tokens[units[address].first].mark == .colon { return true }
        // "Ali Rezaei, Chief Executive Officer of Kish Airways": a name after the comma is the entry's
        // description when no verb follows.
        return next + 1 >= units.count || units[next + 1].actor == nil || !units.contains { $0.cue != nil }
    }

    /// A line that opens a list of designations: it ends with a colon, "as follows." or "listed
    /// below." and names sanctions, or, after a sanction, names whom ("Entities subject to the
    /// measures:", "The entities subject to the measures are as follows."); or it sanctions "the following".
    private static func isListHeader(_ sentence: SentenceSpan, units: [Unit], tokens: [Token], afterSanction: Bool) -> Bool {
        guard sentence.endToken > sentence.firstToken else { return false }
        // "The letter identifies the following companies, none of which has yet been designated:" names no designations.
        if units.contains(where: { $0.isWord(.negation) }) || (sentence.firstToken..<sentence.endToken).contains(where: { tokens[$0].folded == noneHash }) {
            return false
        }
        let hasSanction = units.contains { $0.cue?.frame == .sanction }
        let words = sentence.firstToken..<sentence.endToken
        let lastWord = tokens[sentence.endToken - 1].mark == .period && sentence.endToken - 2 >= sentence.firstToken ? sentence.endToken - 2 : sentence.endToken - 1
        if tokens[sentence.endToken - 1].mark == .colon || listEndings.contains(tokens[lastWord].folded) {
            // "Among them:", "They include:": a short line ending in a colon that points back, after a sanction.
            return hasSanction || (afterSanction && words.contains { listNouns.contains(tokens[$0].folded) })
                || (afterSanction && tokens[sentence.endToken - 1].mark == .colon && words.count <= 4
                    && words.contains { pointerWords.contains(tokens[$0].folded) })
        }
        // "Part 1 - Entities", "Annex II. Individuals": a heading naming whom, after a sanction.
        let isStatement = [.period, .question, .exclamation, .quote].contains(tokens[sentence.endToken - 1].mark)
        if afterSanction, !hasSanction, !isStatement || words.count <= 4, words.count <= 8,
            words.contains(where: { listNouns.contains(tokens[$0].folded) && tokens[$0].isCapitalized })
        {
            return true
        }
        // "Backgrounder: individuals and entities added to the schedules": a heading line, unpunctuated.
        if afterSanction, !isStatement, words.count <= 12, words.contains(where: { listNouns.contains(tokens[$0].folded) }) {
            return true
        }
        // "(Annex) List of foreign end users subject to the export ban": a heading line naming a list of a sanction.
        if hasSanction, !isStatement, words.count <= 14, words.contains(where: { listNouns.contains(tokens[$0].folded) || listWords.contains(tokens[$0].folded) }) {
            return true
        }
        return hasSanction && words.contains { tokens[$0].folded == followingHash }
    }

    /// Keeps a table row's first cell (whom it is about) and last cell (what it says), with the last
    /// bar as the pause between them. Returns whether the sentence was a row.
    private static func readTableRow(_ units: inout [Unit], tokens: [Token]) -> Bool {
        func isBar(_ unit: Unit) -> Bool { tokens[unit.first].mark == .bar }
        // "| Name | Location | Reason |": the outer bars only frame the row.
        var cells = units[...]
        if let first = cells.first, isBar(first) { cells = cells.dropFirst() }
        if let last = cells.last, isBar(last) { cells = cells.dropLast() }
        guard let firstBar = cells.firstIndex(where: isBar), firstBar > cells.startIndex, let lastBar = cells.lastIndex(where: isBar) else { return false }
        units = Array(cells[..<firstBar]) + [Unit(kind: .pause, first: cells[lastBar].first, end: cells[lastBar].end)] + Array(cells[(lastBar + 1)...])
        return true
    }

    /// "Contacts", "Media enquiries", "Media Relations": a short heading of a release's end matter.
    private static func isContactsHeading(_ sentence: SentenceSpan, tokens: [Token]) -> Bool {
        let count = sentence.endToken - sentence.firstToken
        guard count >= 1, count <= 4 else { return false }
        let first = tokens[sentence.firstToken].folded
        let second = count >= 2 ? tokens[sentence.firstToken + 1].folded : nil
        return contactWords.contains(first) || (first == mediaHash && second.map(contactWords.contains) == true)
    }

    private static let noneHash = TokenHash.folded("none")
    private static let pointerWords = TokenSet(words: ["them", "they", "these", "those"])
    private static let contactWords = TokenSet(words: ["contacts", "contact", "enquiries", "inquiries", "relations"])
    private static let mediaHash = TokenHash.folded("media")

    /// A line that opens a list of requests: it ends with a colon and calls on, urges or recommends.
    private static func isRequestHeader(_ sentence: SentenceSpan, tokens: [Token]) -> Bool {
        guard sentence.endToken > sentence.firstToken, tokens[sentence.endToken - 1].mark == .colon else { return false }
        return (sentence.firstToken..<sentence.endToken).contains { position in
            requestVerbs.contains(tokens[position].folded)
                || (callVerbs.contains(tokens[position].folded) && position + 1 < sentence.endToken && tokens[position + 1].folded == onHash)
        }
    }

    private static let requestVerbs = TokenSet(words: ["urge", "urges", "urged", "recommend", "recommends", "recommended", "demand", "demands", "demanded"])
    private static let callVerbs = TokenSet(words: ["call", "calls", "called"])
    private static let onHash = TokenHash.folded("on")
    private static let followingHash = TokenHash.folded("following")
    private static let listWords = TokenSet(words: ["list", "annex", "schedule", "users"])
    private static let listEndings = TokenSet(words: ["follows", "below"])
    private static let listNouns = TokenSet(words: ["individuals", "entities", "persons", "people", "individual", "entity", "person", "vessel", "company", "companies", "organisations", "organizations", "designations", "targets",
         "following", "measures", "names", "listings", "vessels", "ships", "banks", "airlines", "firms", "designated", "listed"])

    /// A sum of money ("$2 billion", "£12.8 billion", "€500 million") followed within a few words by "in".
    private static func hasSumIn(tokens: [Token], bytes: [UInt8], range: Range<Int>) -> Bool {
        for position in range {
            let start = tokens[position].start
            let isCurrency = bytes[start] == 0x24 || (start + 1 < bytes.count && bytes[start] == 0xC2 && bytes[start + 1] == 0xA3)
                || (start + 2 < bytes.count && bytes[start] == 0xE2 && bytes[start + 1] == 0x82 && bytes[start + 2] == 0xAC)
            guard isCurrency else { continue }
            for next in (position + 1)..<min(range.upperBound, position + 5) where tokens[next].folded == inHash { return true }
        }
        return false
    }

    private static let inHash = TokenHash.folded("in")
    private static let decisionVerbs = TokenSet(words: ["decided", "decides", "announced", "announces", "approved", "adopted"])
    private static let supportHash = TokenSet(words: ["support", "assistance", "aid", "help"])

    private static let bulletMarks: Set<Token.Mark> = [.dash, .other]

    private struct ProposalKey: Hashable {
        let from: ActorID
        let to: ActorID
        let kind: FlowKind
        let items: [ItemCategory]
        let start: Int
    }

    /// Items in order of mention, one per registry item (or per category when unregistered).
    private static func uniqueItems(_ units: [Unit], tokens: [Token], bytes: [UInt8]) -> [ProposedItem] {
        var result: [ProposedItem] = []
        for unit in units {
            guard let sense = unit.item else { continue }
            if result.contains(where: { $0.item == sense.item && $0.category == sense.category }) { continue }
            let text = String(decoding: bytes[tokens[unit.first].start..<tokens[unit.end - 1].end], as: UTF8.self)
            result.append(ProposedItem(item: sense.item, category: sense.category, text: text))
        }
        return result
    }

    private static func tokenRange(of window: Range<Int>, units: [Unit], sentence: SentenceSpan) -> Range<Int> {
        guard !window.isEmpty, window.upperBound <= units.count else { return sentence.firstToken..<sentence.endToken }
        return units[window.lowerBound].first..<units[window.upperBound - 1].end
    }
}
