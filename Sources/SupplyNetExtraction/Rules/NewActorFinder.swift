import SupplyNet

/// Finds names the registry lacks that stand where an actor stands, and turns them into actor
/// units with a slug id, so the frame rules treat them like registry actors.
///
/// A name qualifies by its head word ("Ministry", "Industries", "Bank", "LLC", "Brigade"), as an
/// acronym ("IRGC"), by an apposition or a noun before it ("X, a Tehran-based company", "the
/// Iranian firm X"), or, for a person's name (`SpeakerFinder`), only as the target of a sanction.
/// A capitalised run with no such evidence stays a suggestion.
struct NewActorFinder {
    /// A name found in a sentence, before it is known whether a proposal uses it.
    struct Found {
        var id: ActorID
        var name: String
        var kind: ActorKind
        var parent: ActorID?
        var start: Int
    }

    let lexicon: Lexicon
    let states: Set<ActorID>
    let tokens: [Token]
    let bytes: [UInt8]
    /// Names already made actors in this article, and short forms given in parentheses
    /// ("Sky Aviator Company Limited (Sky Aviator)"), by folded hash of their words.
    private var known: [UInt64: Found] = [:]
    private var lastCompany: ActorID?
    /// The last company named of each state, for "the Turkish firm".
    private var lastCompanyOf: [ActorID: ActorID] = [:]
    private var slugs: [UInt64: ActorID] = [:]
    /// Names a noun beside them described, with the kind it gave.
    private var described: [ActorID: ActorKind] = [:]
    private static let companyNouns = TokenSet(words: ["company", "firm"])

    /// The registry's European Union, when the article names it: "the Council" is then its Council.
    private let union: ActorID?

    init(lexicon: Lexicon, states: Set<ActorID>, tokens: [Token], bytes: [UInt8]) {
        self.lexicon = lexicon
        self.states = states
        self.tokens = tokens
        self.bytes = bytes
        let named = lexicon.europeanUnion != nil && tokens.indices.contains { position in
            tokens[position].folded == Self.euHash
                || (tokens[position].folded == Self.europeanHash && position + 1 < tokens.count && tokens[position + 1].folded == Self.unionHash)
        }
        union = named ? lexicon.europeanUnion : nil
    }

    private static let euHash = TokenHash.folded("EU")
    private static let europeanHash = TokenHash.folded("European")
    private static let unionHash = TokenHash.folded("Union")
    private static let councilHash = TokenHash.folded("Council")
    private static let blocHash = TokenHash.folded("bloc")
    private static let numberHash = TokenHash.folded("No")

    /// Rewrites `units` in place and returns the names it made actors of.
    mutating func rewrite(_ units: inout [Unit], people: [SpeakerFinder.PersonRun]) -> [Found] {
        var found: [Found] = []
        let personStarts = Dictionary(people.filter { $0.end - $0.first >= 2 || $0.name.utf8.contains(UInt8(ascii: " ")) }.map { ($0.first, $0) }, uniquingKeysWith: { first, _ in first })
        var index = 0
        while index < units.count {
            // "the company", "the firm": the last company this article named.
            if index >= 1, units[index].isOther, let last = lastCompany, Self.companyNouns.contains(tokens[units[index].first].folded),
                units[index - 1].isOther, tokens[units[index - 1].first].folded == Self.theHash,
                index + 1 >= units.count || !isNameWord(units[index + 1], units, at: index + 1)
            {
                units.replaceSubrange((index - 1)...index, with: [Unit(kind: .actor(last, .name), first: units[index - 1].first, end: units[index].end)])
                continue
            }
            // "the Turkish firm": the last company this article named of that state.
            if index >= 2, units[index].isOther, Self.companyNouns.contains(tokens[units[index].first].folded),
                case .actor(let state, .adjectival) = units[index - 1].kind, units[index - 2].isOther, tokens[units[index - 2].first].folded == Self.theHash,
                index + 1 >= units.count || !isNameWord(units[index + 1], units, at: index + 1),
                let company = lastCompanyOf[state]
            {
                units.replaceSubrange((index - 2)...index, with: [Unit(kind: .actor(company, .name), first: units[index - 2].first, end: units[index].end)])
                index -= 1
                continue
            }
            // "the Islamic Republic of Iran Air Force (IRIAF)": a state's force or ministry with a
            // short form of its own is a named body.
            if case .actor(let state, .name) = units[index].kind, states.contains(state), index + 1 < units.count, units[index + 1].isWord(.forces),
                tokens[units[index + 1].first].isCapitalized, hasShortForm(after: index + 1, units)
            {
                // "the Islamic Republic of Iran" + "Air Force": the state's name, then its force.
                units[index].end = units[index + 1].end
                units.remove(at: index + 1)
            }
            if case .actor(let state, .name) = units[index].kind, states.contains(state), units[index].end - units[index].first >= 2,
                Self.bodyHeads.contains(tokens[units[index].end - 1].folded), hasShortForm(after: index, units)
            {
                let nameStart = tokens[units[index].first].folded == Self.theHash ? units[index].first + 1 : units[index].first
                let name = text(nameStart, units[index].end)
                let body = Found(id: slug(name, first: nameStart, end: units[index].end), name: name, kind: .publicBody, parent: state, start: tokens[nameStart].start)
                units[index].kind = .actor(body.id, .name)
                found.append(body)
                remember(body, unitAt: index, &units)
                index += 1
                continue
            }
            // "the Treasury", "the State Department": a form of a state that names one of its civil
            // ministries is that ministry, a body of its own with the state as parent.
            if case .actor(let state, .name) = units[index].kind, states.contains(state), civilBodyName(units[index]) != nil {
                // "the Treasury Department": the department's word after the form is part of its name.
                while index + 1 < units.count, units[index + 1].isOther, units[index + 1].end - units[index + 1].first == 1,
                    Self.ministryHeads.contains(tokens[units[index + 1].first].folded), tokens[units[index + 1].first].isCapitalized
                {
                    units[index].end = units[index + 1].end
                    units.remove(at: index + 1)
                }
                let name = civilBodyName(units[index])!
                let body = Found(id: slug(name.text, first: name.first, end: units[index].end), name: name.text, kind: .publicBody, parent: state,
                    start: tokens[name.first].start)
                units[index].kind = .actor(body.id, .name)
                found.append(body)
                index += 1
                continue
            }
            // "The bloc has also banned ...": in an article about the EU, the EU.
            if let union, index >= 1, units[index].isOther, units[index].end - units[index].first == 1,
                tokens[units[index].first].folded == Self.blocHash, units[index - 1].isOther, tokens[units[index - 1].first].folded == Self.theHash
            {
                units.replaceSubrange((index - 1)...index, with: [Unit(kind: .actor(union, .name), first: units[index - 1].first, end: units[index].end)])
                continue
            }
            // "The Council today adopted ...": in an article about the EU, the Council of the European Union.
            if let union, index >= 1, units[index].isOther, units[index].end - units[index].first == 1,
                tokens[units[index].first].folded == Self.councilHash, tokens[units[index].first].isCapitalized,
                units[index - 1].isOther, tokens[units[index - 1].first].folded == Self.theHash,
                index + 1 >= units.count || !units[index + 1].isWord(.of)
            {
                let name = "Council of the European Union"
                let council = Found(id: ProposedActor.slug(name), name: name, kind: .publicBody, parent: union, start: tokens[units[index].first].start)
                units.replaceSubrange((index - 1)...index, with: [Unit(kind: .actor(council.id, .name), first: units[index - 1].first, end: units[index].end)])
                found.append(council)
                continue
            }
            if let (name, next) = organisation(at: index, &units) {
                if let name {
                    found.append(name)
                    if name.kind == .company {
                        lastCompany = name.id
                        if let parent = name.parent { lastCompanyOf[parent] = name.id }
                    }
                    remember(name, unitAt: next - 1, &units)
                }
                index = next
                continue
            }
            if let person = personStarts[units[index].first], units[index].isOther,
                let last = units.firstIndex(where: { $0.first >= person.end }).map({ $0 - 1 }) ?? Optional(units.count - 1),
                last >= index, (index...last).allSatisfy({ units[$0].isOther })
            {
                let name = person.name
                let id = slug(name, first: units[index].first, end: units[last].end)
                found.append(Found(id: id, name: name, kind: .person, parent: nil, start: tokens[units[index].first].start))
                units.replaceSubrange(index...last, with: [Unit(kind: .actor(id, .person), first: units[index].first, end: units[last].end)])
            }
            index += 1
        }
        return found
    }

    /// A name with evidence of what it is starting at `index`, made one actor unit; or a state's
    /// generic body ("the U.S. Treasury Department", "Russian Army") folded into the state.
    /// - Returns: the name (nil for a state's body) and the index to go on from, or nil when nothing changed.
    private mutating func organisation(at index: Int, _ units: inout [Unit]) -> (Found?, Int)? {
        guard let run = nameRun(at: index, units) else { return nil }
        // "BOSTON –", "WASHINGTON --": a dateline, not a name.
        if index == 0, run + 1 < units.count, units[run + 1].isPause, tokens[units[run + 1].first].mark == .dash,
            (units[index].first..<units[run].end).allSatisfy({ position in
                (tokens[position].start..<tokens[position].end).allSatisfy { bytes[$0] < 0x61 || bytes[$0] > 0x7A }
            })
        {
            return (nil, run + 1)
        }
        var first = index
        // "Hong Kong-based Asia Pacific Links": the place is not part of the name.
        var basedIn: ActorID?
        for position in index...run where isBasedWord(tokens[units[position].first]) {
            basedIn = place(of: tokens[units[position].first])
            first = position + 1
        }
        guard first <= run else { return nil }
        // A name seen before in this article, or its short form.
        if let earlier = known[hash(units[index].first, units[run].end)] {
            units.replaceSubrange(index...run, with: [Unit(kind: .actor(earlier.id, .name), first: units[index].first, end: units[run].end)])
            absorbCountry(after: index, &units)
            return (nil, index + 1)
        }
        let words = (first...run).map { tokens[units[$0].first] }
        // A state's ministry or armed force without a name of its own is the state.
        if words.allSatisfy({ Self.genericBodyWords.contains($0.folded) }),
            words.contains(where: { Self.bodyHeads.contains($0.folded) || $0.folded == Self.treasuryHash }),
            first == index, first >= 1
        {
            var owner: Int? = nil
            if case .actor(let state, _) = units[first - 1].kind, states.contains(state) { owner = first - 1 }
            // "Iran's Foreign Ministry": the possessor owns it.
            if owner == nil, first >= 2, units[first - 1].isPossessiveUnit, case .actor(let state, _) = units[first - 2].kind,
                states.contains(state)
            {
                owner = first - 2
            }
            if let position = owner, case .actor(let state, _) = units[position].kind {
                // "the U.S. Treasury Department", "the British Foreign Office": a civil ministry named
                // with its state is a body of its own; an armed force ("the Russian Army") is the state.
                if position == first - 1, Self.isCivilMinistry(words.lazy.map(\.folded)) {
                    var nameStart = units[position].first
                    if tokens[nameStart].folded == Self.theHash, nameStart + 1 < units[position].end { nameStart += 1 }
                    let name = text(nameStart, units[run].end)
                    // "U.S." and "US" name the same body.
                    let id = slug(name.replacingOccurrences(of: ".", with: ""), first: nameStart, end: units[run].end)
                    units.replaceSubrange(position...run, with: [Unit(kind: .actor(id, .name), first: units[position].first, end: units[run].end)])
                    described[id] = described[id] ?? .publicBody
                    return (Found(id: id, name: name, kind: .publicBody, parent: state, start: tokens[nameStart].start), position + 1)
                }
                units.replaceSubrange(position...run, with: [Unit(kind: .actor(state, .name), first: units[position].first, end: units[run].end)])
                return (nil, position + 1)
            }
        }
        var last = run
        var parent: ActorID? = basedIn
        // "Mingrui International (HK) Ltd", "Tianrui Trading (Hong Kong) Limited": a place in
        // parentheses inside a company's name.
        var hasLegalForm = false
        if run + 4 < units.count, units[run + 1].isPause, tokens[units[run + 1].first].mark == .openParenthesis,
            units[run + 3].isPause, tokens[units[run + 3].first].mark == .closeParenthesis,
            units[run + 4].end - units[run + 4].first == 1, Self.legalForms.contains(tokens[units[run + 4].first].folded),
            (units[run + 2].first..<units[run + 2].end).allSatisfy({ tokens[$0].isCapitalized })
        {
            last = run + 4
            hasLegalForm = true
        }
        // "the US Treasury Department's Office of Foreign Assets Control": the office is the name; the
        // department before it only says whose it is.
        if let possessive = (first...run).first(where: { units[$0].isPossessiveUnit }), possessive < run,
            (first..<possessive).allSatisfy({ units[$0].end - units[$0].first == 1 && Self.genericBodyWords.contains(tokens[units[$0].first].folded) })
        {
            if first >= 1, let state = units[first - 1].actor, states.contains(state) { parent = state }
            first = possessive + 1
        }
        // "Iranian Aircraft Manufacturing Industries": a demonym written as part of the name.
        if first == index, first >= 1, case .actor(let state, .adjectival) = units[first - 1].kind, tokens[units[first - 1].first].isCapitalized {
            parent = state
            first -= 1
        }
        // "Central Bank of Iran": "of" and a state close the name.
        if last + 2 < units.count, units[last + 1].isWord(.of), let state = units[last + 2].actor, states.contains(state),
            tokens[units[last + 2].first].isCapitalized, isCountryName(units[last + 2], state)
        {
            parent = parent ?? state
            last += 2
        }
        // The name's own words: a possessor before it ("the Commerce Department's") only says whose it is.
        let nameWords = first == index ? words : (first...run).flatMap { (units[$0].first..<units[$0].end).map { tokens[$0] } }
        var kind = hasLegalForm ? .company : Self.kind(ofHeads: nameWords, bytes: bytes)
        // "GNSS receivers", "UAV parts": an acronym before a noun modifies it; "IMO 9371452" numbers a ship.
        if words.count == 1, last == run, Self.isAcronym(words[0], bytes), run + 1 < units.count,
            units[run + 1].item != nil || (units[run + 1].isOther && tokens[units[run + 1].first].kind == .word && !tokens[units[run + 1].first].isCapitalized)
                || (units[run + 1].isOther && tokens[units[run + 1].first].kind == .number)
        {
            return nil
        }
        var nameStart = units[first].first
        if kind != nil, parent == nil, first == index, first >= 1, tokens[units[first - 1].end - 1].isCapitalized {
            // "Shahed Aviation Industries", "Iran Electronics Industries", "the Isfahan Aero-Engine
            // Research Centre": a capitalised item or place right before a company's or body's name,
            // or after "the", is part of it.
            let afterThe = first >= 2 && units[first - 2].isOther && tokens[units[first - 2].first].folded == Self.theHash
            if let state = units[first - 1].actor, states.contains(state), kind == .company || kind == .publicBody || afterThe {
                parent = state
                first -= 1
                nameStart = units[first].first
                if tokens[nameStart].folded == Self.theHash, nameStart + 1 < units[first].end { nameStart += 1 }
            } else if units[first - 1].item != nil, (units[first - 1].first..<units[first - 1].end).allSatisfy({ tokens[$0].isCapitalized }) {
                first -= 1
                nameStart = units[first].first
                // "Shenzhen Kunpeng UAV Technology": capitalised words before the item word.
                while first >= 1, units[first - 1].isOther, isNameWord(units[first - 1], units, at: first - 1) {
                    first -= 1
                    nameStart = units[first].first
                }
                // "Yelabuga Drone Assembly Plant": a town before it too.
                if first >= 1, let state = units[first - 1].actor, states.contains(state), units[first - 1].end - units[first - 1].first == 1,
                    tokens[units[first - 1].first].isCapitalized
                {
                    parent = state
                    first -= 1
                    nameStart = units[first].first
                }
            }
        }
        // "Moscow-based Radiotekh Komplekt": only an organisation is based somewhere.
        if kind == nil, basedIn != nil || (first >= 1 && isBasedWord(tokens[units[first - 1].end - 1])) {
            kind = .company
            if parent == nil, first >= 1, let state = units[first - 1].anyActor, states.contains(state) { parent = state }
        }
        var describedFrom: Int?
        if let context = contextKind(before: first, after: last, units) {
            kind = kind ?? context.0
            parent = parent ?? context.1
            describedFrom = context.2
        }
        // "the cargo ships Sulak and Sarmat Star": a name coordinated with one a noun described.
        if kind == nil, first >= 2, units[first - 1].isWord(.and), let previous = units[first - 2].actor, let inherited = described[previous] {
            kind = inherited
        }
        // A lone head word ("Department") is not a name.
        guard let kind, first < last || !Self.isHeadWord(tokens[units[first].first]) || describedFrom != nil else { return nil }
        if parent == nil, first >= 2, units[first - 1].isPossessiveUnit, let owner = units[first - 2].anyActor, states.contains(owner) {
            parent = owner
        }
        // "Shenzhen Huaxing Microtech Co., Ltd.": a legal form after a comma is part of the name.
        while kind == .company, last + 2 < units.count, units[last + 1].isPause, tokens[units[last + 1].first].mark == .comma,
            units[last + 2].end - units[last + 2].first == 1, Self.legalForms.contains(tokens[units[last + 2].first].folded)
        {
            last += 2
        }
        // "Minsk Aviation Repair Plant No. 2": a number closes the name.
        if last + 2 < units.count, units[last + 1].end - units[last + 1].first == 1, tokens[units[last + 1].first].folded == Self.numberHash,
            tokens[units[last + 1].first].isCapitalized, tokens[units[last + 1].first + 1].mark == .period,
            units[last + 2].end - units[last + 2].first == 1, tokens[units[last + 2].first].kind == .number
        {
            last += 2
        }
        let name = text(nameStart, units[last].end)
        let id = slug(name, first: nameStart, end: units[last].end)
        // "Russian drone maker Kupol", "Moscow-based Radiotekh": the unit covers the description, so "to" reaches the name.
        if basedIn != nil, describedFrom == nil, index < first { describedFrom = index }
        if let described = describedFrom, described < first { first = described }
        units.replaceSubrange(first...last, with: [Unit(kind: .actor(id, .name), first: units[first].first, end: units[last].end)])
        // A name coordinated with this one takes its kind ("Ningbo Feiyun Power Technology and Volga-Tekhsnab").
        described[id] = described[id] ?? kind
        return (Found(id: id, name: name, kind: kind, parent: parent, start: tokens[nameStart].start), first + 1)
    }

    /// "Tehran-based", "Hong Kong-registered".
    private func isBasedWord(_ token: Token) -> Bool {
        for suffix in Self.basedSuffixes where token.length > suffix.count + 1 {
            if bytes[(token.end - suffix.count)..<token.end].elementsEqual(suffix) { return true }
        }
        return false
    }

    /// The registry state a "-based" word names ("Tehran-based" → Iran), if any.
    private func place(of token: Token) -> ActorID? {
        guard let dash = (token.start..<token.end).last(where: { bytes[$0] == 0x2D }) else { return nil }
        var hash = TokenHash.seed
        for position in token.start..<dash { hash = TokenHash.add(TokenHash.fold(bytes[position]), to: hash) }
        return lexicon.actor(forSingleToken: hash).flatMap { states.contains($0) ? $0 : nil }
    }

    private static let basedSuffixes: [[UInt8]] = ["-based", "-registered", "-headquartered"].map { Array($0.utf8) }

    /// Remembers a new name, and a short form in parentheses right after it, which it then drops.
    private mutating func remember(_ name: Found, unitAt position: Int, _ units: inout [Unit]) {
        let unit = units[position]
        known[hash(unit.first, unit.end)] = name
        // "Lingtian" for "Hangzhou Lingtian Electronics": a distinctive later word of a company's name.
        if name.kind == .company {
            let words = (unit.first..<unit.end).filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }
            for position in words.dropFirst() where !Self.isHeadWord(tokens[position]) && tokens[position].length >= 4 {
                let key = hash(position, position + 1)
                if known[key] == nil { known[key] = name }
            }
            // "Ural Aerosystems" for "Limited Liability Company Ural Aerosystems": the name after its legal form.
            if let rest = words.firstIndex(where: { !Self.legalPrefixes.contains(tokens[$0].folded) }), rest > 0, rest < words.count {
                let key = hash(words[rest], unit.end)
                if known[key] == nil { known[key] = name }
            }
            // "Mingrui" for "Mingrui International (HK) Ltd": its first word, when that is no place or head word.
            if words.count >= 2, units[position].first == words[0], !Self.isHeadWord(tokens[words[0]]), tokens[words[0]].length >= 4 {
                let key = hash(words[0], words[0] + 1)
                if known[key] == nil { known[key] = name }
            }
            // "Xiamen Hengtai" for "Xiamen Hengtai Power Technology Co": its first words.
            // "Kavkaz Trade" for "Tbilisi-based Kavkaz Trade Hub LLC": the place it is based in is no word of its name.
            let named = words.drop { isBasedWord(tokens[$0]) }
            if named.count < words.count, let start = named.first, known[hash(start, unit.end)] == nil { known[hash(start, unit.end)] = name }
            if named.count >= 3 {
                for end in named.dropFirst().dropLast() {
                    let key = hash(named.first!, end + 1)
                    if known[key] == nil { known[key] = name }
                }
            }
        }
        guard position + 2 < units.count, units[position + 1].isPause, tokens[units[position + 1].first].mark == .openParenthesis else { return }
        var close = position + 2
        while close < units.count, close - position <= 6, !(units[close].isPause && tokens[units[close].first].mark == .closeParenthesis) { close += 1 }
        guard close < units.count, close - position <= 6, close > position + 2 else { return }
        let inner = (units[position + 2].first, units[close - 1].end)
        guard (inner.0..<inner.1).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].kind != .word }) else { return }
        // "Korea Pugang Trading Corporation (DPRK)": the country it belongs to, absorbed but not a short form.
        let isCountry = close == position + 3 && units[position + 2].actor.map { states.contains($0) } == true
        if !isCountry { known[hash(inner.0, inner.1)] = name }
        units[position].end = units[close].end
        units.removeSubrange((position + 1)...close)
    }

    /// The name of a civil ministry a state's unit spells ("the Treasury", "the State Department"),
    /// without its article, and the token it starts at; nil for the state's other forms.
    private func civilBodyName(_ unit: Unit) -> (text: String, first: Int)? {
        var first = unit.first
        if tokens[first].folded == Self.theHash { first += 1 }
        let words = first..<unit.end
        guard !words.isEmpty, words.allSatisfy({ tokens[$0].isCapitalized && Self.genericBodyWords.contains(tokens[$0].folded) }),
            Self.isCivilMinistry(words.lazy.map { tokens[$0].folded })
        else { return nil }
        return (text(first, unit.end), first)
    }

    /// Words that name a civil ministry ("Treasury", "State Department", "Foreign Office"), not an
    /// armed force ("Army", "Air Force").
    private static func isCivilMinistry<Words: Collection<UInt64>>(_ words: Words) -> Bool {
        words.contains { ministryHeads.contains($0) || $0 == treasuryHash } && !words.contains { forceWords.contains($0) }
    }

    /// "Iran" in "Central Bank of Iran", not a city that stands for it ("of Bandar Anzali").
    private func isCountryName(_ unit: Unit, _ state: ActorID) -> Bool {
        let written = bytes[tokens[unit.first].start..<tokens[unit.end - 1].end]
        for case let name? in [lexicon.actorNames[state], lexicon.unregisteredStateNames[state]] {
            let name = name.utf8
            // The name in any case, or at the end of what is written ("the Islamic Republic of Iran").
            if written.count == name.count, zip(written, name).allSatisfy({ TokenHash.fold($0) == TokenHash.fold($1) }) { return true }
            if written.count > name.count, written.suffix(name.count).elementsEqual(name) { return true }
        }
        return false
    }

    /// "(IRIAF)" right after the unit at `position`.
    private func hasShortForm(after position: Int, _ units: [Unit]) -> Bool {
        position + 3 < units.count && units[position + 1].isPause && tokens[units[position + 1].first].mark == .openParenthesis
            && units[position + 2].end - units[position + 2].first == 1 && Self.isAcronym(tokens[units[position + 2].first], bytes)
            && units[position + 3].isPause && tokens[units[position + 3].first].mark == .closeParenthesis
    }

    /// "Sepehr Pishran Aerospace Company (Iran)": a state in parentheses right after a name is
    /// where it is, part of the name's unit.
    private func absorbCountry(after position: Int, _ units: inout [Unit]) {
        guard position + 3 < units.count, units[position + 1].isPause, tokens[units[position + 1].first].mark == .openParenthesis,
            let state = units[position + 2].actor, states.contains(state),
            units[position + 3].isPause, tokens[units[position + 3].first].mark == .closeParenthesis
        else { return }
        units[position].end = units[position + 3].end
        units.removeSubrange((position + 1)...(position + 3))
    }

    /// The slug of a name, computed once per article for the same words (folding diacritics is
    /// the costliest step of finding a name).
    private mutating func slug(_ name: String, first: Int, end: Int) -> ActorID {
        let key = hash(first, end)
        if let known = slugs[key] { return known }
        let id = ProposedActor.slug(name)
        slugs[key] = id
        return id
    }

    /// The folded hash of the tokens `first..<end`, one space between words.
    private func hash(_ first: Int, _ end: Int) -> UInt64 {
        var result = TokenHash.seed
        for position in first..<end {
            result = TokenHash.add(0x20, to: result)
            for byte in bytes[tokens[position].start..<tokens[position].end] { result = TokenHash.add(TokenHash.fold(byte), to: result) }
        }
        return result
    }

    private func text(_ first: Int, _ end: Int) -> String {
        String(decoding: bytes[tokens[first].start..<tokens[end - 1].end], as: UTF8.self)
    }

    /// The last unit of a run of capitalised unknown words starting at `index` ("of", "for", "the"
    /// and "&" allowed inside), or nil.
    private func nameRun(at index: Int, _ units: [Unit]) -> Int? {
        guard isNameWord(units[index], units, at: index) else { return nil }
        var last = index
        var position = index + 1
        // "Ministry of Defence and Armed Forces Logistics", "Ministry of Economy, Trade and
        // Industry": a body's name after "of" runs over commas and "and" between capitalised words.
        var isBodyOf = isBodyHeadWithOf(at: index, units)
        var bodyStart = index
        while position < units.count, position - bodyStart < Self.longestName {
            if isNameWord(units[position], units, at: position) || (isBodyOf && position > bodyStart + 1 && isBodyNameWord(units[position])) {
                last = position
                // "Federal Department of Economic Affairs, Education and Research": a head with "of" after a qualifier.
                if !isBodyOf, isBodyHeadWithOf(at: position, units) {
                    isBodyOf = true
                    bodyStart = position
                }
            } else if isBodyOf, position > bodyStart + 1, position + 1 < units.count, isBodyNameWord(units[position + 1]),
                units[position].isWord(.and) || (units[position].isPause && tokens[units[position].first].mark == .comma
                    && position + 3 < units.count && units[position + 2].isWord(.and) && isBodyNameWord(units[position + 3]))
            {
                // a joiner inside the body's name
            } else if units[position].isPossessiveUnit, position + 1 < units.count, isNameWord(units[position + 1], units, at: position + 1) {
                last = position + 1
                position += 1
                // "the Commerce Department's Bureau of Industry and Security": a body's name after the possessive.
                if isBodyHeadWithOf(at: position, units) {
                    isBodyOf = true
                    bodyStart = position
                }
            } else if units[position].isOther, tokens[units[position].first].folded == Self.theHash, units[position - 1].isWord(.of),
                position + 1 < units.count, isNameWord(units[position + 1], units, at: position + 1)
            {
                // "Aerospace Force of the Islamic Revolutionary Guard Corps"
            } else if units[position].isWord(.and), isAndInsideName(at: position, units) || isSpelledByShortForm(from: index, and: position, units) {
                // "Myanma Oil and Gas Enterprise", "Myanma Investment and Commercial Bank (MICB)"
            } else if !(units[position].isOther && Self.joiners.contains(tokens[units[position].first].folded)) && !units[position].isWord(.of)
                && !units[position].isWord(.for)
            {
                break
            } else if units[position].isWord(.of), Self.legalForms.contains(tokens[units[position - 1].end - 1].folded) {
                // "Brazos Component Supply LLC of Houston": a legal form ends the name; the place is where it is.
                break
            }
            position += 1
        }
        return last
    }

    /// "Ministry of", "Bureau of": a body's head word followed by "of".
    private func isBodyHeadWithOf(at index: Int, _ units: [Unit]) -> Bool {
        let head = tokens[units[index].first].folded
        return units[index].end - units[index].first == 1 && (Self.publicBodyHeads.contains(head) || Self.organizationHeads.contains(head))
            && index + 1 < units.count && units[index + 1].isWord(.of)
    }

    /// "Myanma Investment and Commercial Bank (MICB)": the short form after the words past "and"
    /// spells the initials of the whole run, so "and" is inside one name.
    private func isSpelledByShortForm(from start: Int, and position: Int, _ units: [Unit]) -> Bool {
        var last = position
        while last + 1 < units.count, last - position < 4, isNameWord(units[last + 1], units, at: last + 1) { last += 1 }
        guard last > position, last + 3 < units.count, units[last + 1].isPause, tokens[units[last + 1].first].mark == .openParenthesis,
            units[last + 2].end - units[last + 2].first == 1, units[last + 3].isPause, tokens[units[last + 3].first].mark == .closeParenthesis
        else { return false }
        let short = tokens[units[last + 2].first]
        let initials = (units[start].first..<units[last].end).filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }.map { bytes[tokens[$0].start] }
        return initials.count >= 3 && Array(bytes[short.start..<short.end]) == initials
    }

    /// "Oil and Gas Enterprise": "and" beside a capitalised commodity, a head word closing the name
    /// within two more words; not "Zagros Logistics and Caspian Shipping", two names.
    private func isAndInsideName(at position: Int, _ units: [Unit]) -> Bool {
        guard position >= 1, position + 2 < units.count else { return false }
        let before = units[position - 1]
        guard before.end - before.first == 1, tokens[before.first].isCapitalized else { return false }
        let after = units[position + 1]
        guard after.end - after.first == 1, tokens[after.first].isCapitalized, after.anyActor == nil else { return false }
        // "National Security and Defense Council": a body's field on either side.
        let isBodyField = Self.genericBodyWords.contains(tokens[before.first].folded) && Self.genericBodyWords.contains(tokens[after.first].folded)
        guard before.isWord(.uncategorisedGoods) || after.isWord(.uncategorisedGoods) || isBodyField else { return false }
        for next in (position + 2)..<min(units.count, position + 4) {
            guard isNameWord(units[next], units, at: next) else { return false }
            if Self.isHeadWord(tokens[units[next].first]) { return true }
        }
        return false
    }

    /// A capitalised word in a body's name after "of" ("Defence", "Trade"), whatever else it can mean.
    private func isBodyNameWord(_ unit: Unit) -> Bool {
        guard unit.anyActor == nil, unit.person == nil, unit.end - unit.first <= 2 else { return false }
        return (unit.first..<unit.end).allSatisfy { position in
            let token = tokens[position]
            return token.kind == .word && token.isCapitalized && token.length >= 2 && !Self.commonWords.contains(token.folded)
        }
    }

    private func isNameWord(_ unit: Unit, _ units: [Unit], at index: Int) -> Bool {
        // "Shwe Taung Aviation Fuel Company": a capitalised commodity inside a name.
        if unit.isWord(.uncategorisedGoods), index > 0, (unit.first..<unit.end).allSatisfy({ tokens[$0].isCapitalized }) { return true }
        // "Missile General Bureau": a title word inside a name.
        if unit.isWord(.title), tokens[unit.first].isCapitalized, index + 1 < units.count, units[index + 1].isOther,
            tokens[units[index + 1].first].isCapitalized
        {
            return true
        }
        guard unit.end - unit.first == 1 else { return false }
        let token = tokens[unit.first]
        // "the US Treasury designated": the ministry, not the title of "Treasury Secretary".
        if unit.isWord(.title), token.folded == Self.treasuryHash, index > 0, units[index - 1].actor.map(states.contains) == true,
            index + 1 >= units.count || !tokens[units[index + 1].first].isCapitalized
        {
            return true
        }
        // "Iran Shipping Lines", "Korean People's Army": a capitalised head word inside a
        // sentence is part of a name whatever else it can mean.
        if !unit.isOther {
            // "Golden Lotus Aviation Supply Co. Ltd", "Vandermeulen Industrial Supplies BV": a capitalised verb or
            // goods word between a name's words and its legal form.
            if unit.cue != nil || unit.item != nil, unit.end - unit.first == 1, index > 0, index + 1 < units.count, token.isCapitalized,
                units[index - 1].isOther, tokens[units[index - 1].first].isCapitalized, units[index + 1].end - units[index + 1].first == 1,
                Self.legalForms.contains(tokens[units[index + 1].first].folded) || Self.companyHeads.contains(tokens[units[index + 1].first].folded)
            {
                return true
            }
            // "Golden Mandalay Energy": a city between a name's capitalised words is a word of the name.
            if case .actor(let state, .name) = unit.kind, states.contains(state), unit.end - unit.first == 1, token.isCapitalized,
                index >= 1, index + 1 < units.count, units[index - 1].isOther,
                units[index - 1].end - units[index - 1].first == 1, tokens[units[index - 1].first].isCapitalized,
                !Self.commonWords.contains(tokens[units[index - 1].first].folded), tokens[units[index - 1].first].folded != Self.theHash,
                units[index + 1].isOther, units[index + 1].end - units[index + 1].first == 1, tokens[units[index + 1].first].isCapitalized,
                !isCountryName(unit, state)
            {
                return true
            }
            // "State Authority", "Authority for Military Industry": a capitalised word right before a
            // name's head word, first or after "for" or "of" inside the name.
            if unit.anyActor == nil, token.isCapitalized, index + 1 < units.count, units[index + 1].isOther,
                units[index + 1].end - units[index + 1].first == 1, Self.isHeadWord(tokens[units[index + 1].first]),
                index >= 2 && (units[index - 1].isWord(.for) || units[index - 1].isWord(.of)) && units[index - 2].isOther
                    && tokens[units[index - 2].first].isCapitalized
                    || Self.publicBodyHeads.contains(tokens[units[index + 1].first].folded)
            {
                return true
            }
            guard index > 0, token.isCapitalized, Self.isHeadWord(token), unit.anyActor == nil else { return false }
            // "Feiyu Power Technology": an item word heads a name only after a capitalised word.
            return unit.item == nil || (units[index - 1].isOther && tokens[units[index - 1].first].isCapitalized)
        }
        // "the cargo vessel Kang Son 2": a ship's number ends its name.
        if token.length <= 2, (token.start..<token.end).allSatisfy({ Tokenizer.isDigit(bytes[$0]) }), index >= 2, units[index - 1].isOther,
            tokens[units[index - 1].first].isCapitalized, (max(0, index - 4)..<(index - 1)).contains(where: {
                units[$0].isOther && Self.shipNouns.contains(tokens[units[$0].first].folded)
            })
        {
            return true
        }
        guard token.kind == .word, token.isCapitalized, token.length >= 2 else { return false }
        if SpeakerFinder.calendarWords.contains(token.folded) || Self.commonWords.contains(token.folded) { return false }
        if SpeakerFinder.speechVerbs.contains(token.folded) { return false }
        // "Port Olya-4", "Golestan 3"'s "Golestan-3" after a capitalised word: a ship's number ends its name.
        if let dash = (token.start..<token.end).first(where: { bytes[$0] == 0x2D }), dash > token.start,
            (token.start..<dash).allSatisfy({ !Tokenizer.isDigit(bytes[$0]) }), dash + 1 < token.end,
            ((dash + 1)..<token.end).allSatisfy({ Tokenizer.isDigit(bytes[$0]) }),
            index > 0, units[index - 1].isOther, tokens[units[index - 1].first].kind == .word, tokens[units[index - 1].first].isCapitalized,
            !Self.commonWords.contains(tokens[units[index - 1].first].folded)
        {
            return true
        }
        for position in token.start..<token.end where Tokenizer.isDigit(bytes[position]) { return false }
        // The first word of a sentence is capitalised anyway: a name only with a head word after it.
        return true
    }

    /// The kind a name's words say: a company, a public body, an armed group, or an organization for
    /// an acronym; nil when they say nothing.
    static func kind(ofHeads words: [Token], bytes: [UInt8]) -> ActorKind? {
        // "Ministry of Defence and Armed Forces Logistics": a ministry whatever its last word.
        if words.count > 2, let head = words.first, ministryHeads.contains(head.folded) { return .publicBody }
        var kind: ActorKind?
        for word in words {
            // "Zangak Import-Export": a hyphenated word is headed by its last part.
            if let dash = (word.start..<word.end).last(where: { bytes[$0] == 0x2D }), dash > word.start, dash + 1 < word.end {
                var hash = TokenHash.seed
                for position in (dash + 1)..<word.end { hash = TokenHash.add(TokenHash.fold(bytes[position]), to: hash) }
                if companyHeads.contains(hash) { kind = .company }
            }
            if companyHeads.contains(word.folded) { kind = .company }
            else if publicBodyHeads.contains(word.folded) { kind = kind ?? .publicBody }
            else if armedGroupHeads.contains(word.folded) { kind = .armedGroup }
            else if organizationHeads.contains(word.folded) { kind = kind ?? .organization }
        }
        if kind == nil, words.count == 1, isAcronym(words[0], bytes) { kind = .organization }
        return kind
    }

    static func isAcronym(_ token: Token, _ bytes: [UInt8]) -> Bool {
        token.length >= 3 && token.length <= 6 && (token.start..<token.end).allSatisfy { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
    }

    /// The position of "such as" or "including" (one unit) right before `first`, past a "the", or nil.
    private func suchAs(before first: Int, _ units: [Unit]) -> Int? {
        var position = first - 1
        if position >= 0, units[position].isOther, tokens[units[position].first].folded == Self.theHash { position -= 1 }
        guard position >= 1, units[position].isWord(.including) else { return nil }
        return position
    }

    /// "X, a Tehran-based company", "X, the Russian arms exporter", "the Iranian firm X",
    /// "manufacturer X": the kind and the state a noun phrase beside the name gives.
    private func contextKind(before first: Int, after last: Int, _ units: [Unit]) -> (ActorKind, ActorID?, Int?)? {
        // Before: "firm X", "the Iranian company X", "Russian drone maker X", "its vessel, the X".
        var first = first
        if first >= 3, units[first - 1].isOther, tokens[units[first - 1].first].folded == Self.theHash, units[first - 2].isPause,
            units[first - 3].isOther, Self.contextNouns[tokens[units[first - 3].first].folded] != nil
        {
            first -= 2
        } else if let such = suchAs(before: first, units), such >= 1, units[such - 1].isOther,
            Self.contextNouns[tokens[units[such - 1].first].folded] != nil
        {
            // "vessels such as the Baltic Sorrel", "companies including Karun Trading"
            first = such
        } else if first >= 2, units[first - 1].isPause, tokens[units[first - 1].first].mark == .comma, units[first - 2].isOther,
            Self.contextNouns[tokens[units[first - 2].first].folded] != nil
        {
            // "Another vessel, Mehr Caspian, brought ..."
            first -= 1
        }
        if first >= 1, units[first - 1].isOther || units[first - 1].cue != nil, units[first - 1].end - units[first - 1].first == 1,
            let kind = Self.contextNouns[tokens[units[first - 1].first].folded]
        {
            var parent: ActorID?
            var start = first - 1
            while start >= 1, first - start <= 3 {
                let unit = units[start - 1]
                if case .actor(let state, .adjectival) = unit.kind, states.contains(state) {
                    parent = state
                    start -= 1
                    break
                }
                // "Moscow-based company X": where it is based is part of the description.
                if unit.isOther, isBasedWord(tokens[unit.end - 1]) {
                    parent = parent ?? place(of: tokens[unit.end - 1])
                    start -= 1
                    break
                }
                // "Yangon broker X", "a Kazan firm": a place names where it is, and is no actor here.
                if case .actor(let state, .name) = unit.kind, states.contains(state), unit.end - unit.first == 1, tokens[unit.first].isCapitalized {
                    parent = state
                    start -= 1
                    break
                }
                // "was electronics trader X": a verb before the description is not part of it.
                // "to Russia aboard the ship X": an article or a preposition ends the description.
                guard unit.item != nil || (unit.isOther && !tokens[unit.first].isCapitalized && tokens[unit.first].kind == .word
                    && !FrameRules.beForms.contains(tokens[unit.first].folded) && !FrameRules.determiners.contains(tokens[unit.first].folded)
                    && !FrameRules.aboardWords.contains(tokens[unit.first].folded)) else { break }
                if let origin = unit.kind.origin, states.contains(origin) { parent = origin }
                start -= 1
            }
            return (kind, parent, start)
        }
        // "sanctioned Kupol", "sanctions on Rostec": one capitalised word that a sanction targets names an organisation.
        if first == last, isSanctionTarget(at: first, units), isMixedCase(tokens[units[first].first]),
            last + 1 >= units.count || !units[last + 1].isOther || tokens[units[last + 1].first].isCapitalized || tokens[units[last + 1].first].kind != .word
        {
            // Not "the Alabuga zone" (a name inside a longer phrase) nor "SANCTIONS IMPLICATIONS" (a heading).
            return (.organization, nil, nil)
        }
        // "Ningbo Tianyu shipped ...", "Kestrel Elektronik also sold ...": a name of two or more words
        // that sends or buys goods is a company's.
        if first < last, isTrader(after: last, units) { return (.company, nil, nil) }
        // "The Nargis Star carried missiles ...": a name of two or more words that carries goods is a carrier's (a ship's or an airline's).
        if first < last, isTrader(after: last, units, verbs: Self.carryVerbs) { return (.organization, nil, nil) }
        // After: ", a (Tehran-based | Iranian) company".
        guard last + 2 < units.count, units[last + 1].isPause, tokens[units[last + 1].first].mark == .comma || tokens[units[last + 1].first].mark == .dash
        else { return nil }
        var position = last + 2
        guard units[position].isOther, Self.apposition.contains(tokens[units[position].first].folded) else { return nil }
        position += 1
        var parent: ActorID?
        while position < units.count, position - last <= 6 {
            let unit = units[position]
            if case .actor(let state, _) = unit.kind, states.contains(state) { parent = state }
            if unit.isOther, isBasedWord(tokens[unit.first]), let state = place(of: tokens[unit.first]) { parent = state }
            if unit.isOther, let kind = Self.contextNouns[tokens[unit.first].folded] { return (kind, parent, nil) }
            if unit.isPause || unit.cue != nil { return nil }
            position += 1
        }
        return nil
    }

    /// Whether a trading verb follows `last`, past at most two helper words ("has also sold").
    private func isTrader(after last: Int, _ units: [Unit], verbs: TokenSet = tradeVerbs) -> Bool {
        var position = last + 1
        while position < units.count, position - last <= 3 {
            let unit = units[position]
            if unit.cue != nil { return unit.end - unit.first == 1 && verbs.contains(tokens[unit.first].folded) }
            guard unit.isWord(.alleged) || (unit.isOther && unit.end - unit.first == 1 && Self.helperWords.contains(tokens[unit.first].folded))
            else { return false }
            position += 1
        }
        return false
    }

    /// Verbs of carrying whose subject is a ship or an airline: carried, ferried, flew.
    static let carryVerbs = TokenSet(words: ["carried", "carries", "transported", "transports", "ferried", "ferries", "flew", "flies", "hauled", "unloaded"])
    /// Verbs of trade whose subject is a business: sells, ships, exports, buys.
    static let tradeVerbs = TokenSet(words: [
        "sold", "sells", "resold", "resells", "shipped", "ships", "supplied", "supplies", "exported", "exports", "re-exported",
        "re-exports", "delivered", "delivers", "transshipped", "smuggled", "procured", "procures", "purchased", "purchases",
        "bought", "buys", "imported", "imports",
    ])
    static let helperWords = TokenSet(words: ["has", "had", "have", "also", "then", "later", "subsequently", "itself"])

    /// Whether the unit at `index` is the object of a sanction: "sanctioned X", "designated the X",
    /// "sanctions on X", "measures against X".
    private func isSanctionTarget(at index: Int, _ units: [Unit]) -> Bool {
        var position = index - 1
        if position >= 0, units[position].isOther, tokens[units[position].first].folded == Self.theHash { position -= 1 }
        if position >= 1, units[position].isWord(.on) || units[position].isWord(.against) { position -= 1 }
        return position >= 0 && units[position].cue?.frame == .sanction
    }

    /// A capital letter then some lowercase: "Kupol", not "IMPLICATIONS".
    private func isMixedCase(_ token: Token) -> Bool {
        token.isCapitalized && (token.start + 1..<token.end).contains { (0x61...0x7A).contains(bytes[$0]) }
    }

    /// Words in a name at most, so a page of capitalised words stays linear.
    static let longestName = 8

    static let bodyHeads = TokenSet(words: ["Department", "Ministry", "Army", "Navy", "Force", "Forces", "Military", "Government", "Office", "Administration", "Council"])

    /// Words of a state's body that has no name of its own ("Treasury Department", "Army").
    static let genericBodyWords = TokenSet(words: [
        "Treasury", "Commerce", "State", "Justice", "Defense", "Defence", "Foreign", "Finance", "Interior", "Economy",
        "Economic", "Trade", "Affairs", "Ministry", "Department", "Office", "Government", "Administration", "Armed",
        "Forces", "Military", "Army", "Navy", "Air", "Force", "Ground", "Of", "Security", "Council", "National", "Industry",
    ])
    static let theHash = TokenHash.folded("the")
    static let treasuryHash = TokenHash.folded("Treasury")
    static let forceWords = TokenSet(words: ["Army", "Navy", "Force", "Forces", "Military", "Armed", "Ground", "Air"])

    static func isHeadWord(_ token: Token) -> Bool {
        companyHeads.contains(token.folded) || publicBodyHeads.contains(token.folded) || armedGroupHeads.contains(token.folded)
            || organizationHeads.contains(token.folded)
    }

    static let companyHeads = TokenSet(words: [
        "Ltd", "LLC", "Corp", "Corporation", "Company", "Co", "Inc", "Industries", "Industry", "Industrial", "JSC", "PJSC",
        "OJSC", "CJSC", "OOO", "ZAO", "OAO", "PAO", "Sti", "GmbH", "Limited", "Holding", "Holdings", "Bank", "Airlines", "Airline", "Airways", "Air",
        "Aviation", "Shipping", "Trading", "Traders", "Transport", "Optics", "Technologies", "Technology", "Tech", "Electronics", "Engineering",
        "Manufacturing", "Enterprise", "Enterprises", "Plant", "Factory", "Works", "Logistics", "Petroleum", "Energy",
        "Systems", "Solutions", "Dynamics", "Aerospace", "Exports", "Export", "Imports", "Import", "Marine", "Lines",
        "Microsystems", "Microelectronics", "Components", "Instruments", "Machinery", "Motors", "Devices", "Group", "Ventures",
        "Services", "Materials", "Robotics", "Munitions", "Armaments", "Arms", "Semiconductor", "Avionics", "Shipyard", "Maritime", "Freight", "Cargo", "Petrochemical",
        "FZE", "FZCO", "FZC", "DMCC", "Bhd", "Sdn", "SARL", "SRL", "Pvt", "Invest", "Investment", "Investments",
    ])
    static let publicBodyHeads = TokenSet(words: [
        "Ministry", "Agency", "Army", "Navy", "Corps", "Directorate", "Command", "Department", "Administration",
        "Guard", "Guards", "Police", "Forces", "Force", "Service", "Intelligence", "Staff", "Commission", "Office", "Authority", "Inspectorate",
    ])
    static let ministryHeads = TokenSet(words: ["Ministry", "Department", "Agency", "Directorate", "Office", "Commission", "Bureau"])
    static let armedGroupHeads = TokenSet(words: ["Militia", "Militias", "Brigade", "Brigades", "Movement", "Battalion", "Front", "Mobilization"])
    static let organizationHeads = TokenSet(words: ["Organization", "Organisation", "Institute", "Center", "Centre", "Foundation", "Association", "Bureau", "Council", "Committee", "Union"])

    /// Nouns that say what a name is when beside it.
    static let contextNouns: [UInt64: ActorKind] = {
        var table: [UInt64: ActorKind] = [:]
        for word in ["company", "companies", "firm", "firms", "manufacturer", "maker", "producer", "exporter", "supplier", "bank",
                     "airline", "carrier", "shipper", "subsidiary", "conglomerate", "entity", "contractor", "developer", "distributor",
                     "distributors", "intermediary", "intermediaries", "trader", "traders", "dealer", "broker", "brokers", "reseller",
                     "wholesaler", "importer", "importers", "vendor", "forwarder", "lender", "shipowner", "enterprise", "changer", "exchanger"] {
            table[TokenHash.folded(word)] = .company
        }
        for word in ["militia", "group", "faction", "rebels"] { table[TokenHash.folded(word)] = .armedGroup }
        for word in ["ship", "ships", "vessel", "vessels", "tanker", "freighter", "organisation", "organization", "agency", "ministry"] {
            table[TokenHash.folded(word)] = .organization
        }
        return table
    }()

    /// Nouns before a ship's name that may end with a number ("the cargo vessel Kang Son 2").
    static let shipNouns = TokenSet(words: ["ship", "vessel", "tanker", "freighter", "carrier", "ferry", "barge", "tug"])

    /// Words that open an apposition: ", a ... company".
    static let apposition = TokenSet(words: ["a", "an", "the"])

    static let joiners = TokenSet(words: ["&"])
    static let legalPrefixes = TokenSet(words: ["Limited", "Liability", "Company", "Joint", "Stock", "Open", "Closed", "Public", "JSC", "OJSC", "PJSC", "CJSC", "LLC", "OOO", "AO", "PAO", "ZAO", "OAO"])
    static let legalForms = TokenSet(words: ["Ltd", "Limited", "Inc", "LLC", "LLP", "JSC", "GmbH", "Pte", "PLC", "AG", "SA", "BV", "Corp", "FZE", "FZCO", "FZC", "DMCC", "Bhd", "SARL", "SRL"])

    /// Capitalised words that are not names, or that begin sentences.
    static let commonWords = TokenSet(words: [
        "The", "This", "That", "These", "Those", "A", "An", "In", "On", "At", "As", "For", "But", "And", "Or", "If", "It",
        "Its", "He", "She", "They", "We", "Our", "Their", "His", "Her", "Today", "During", "Meanwhile", "However", "Now",
        "After", "Before", "While", "When", "Where", "What", "Who", "There", "Here", "Also", "Other", "Many", "Some", "Most",
        "More", "Several", "Both", "All", "Each", "Last", "Next", "Earlier", "Later", "Since", "Under", "Over", "Among",
        "According", "Despite", "Although", "Following", "Officials", "Sanctions", "Western", "European", "Asian",
        "Mr", "Mrs", "Ms", "Dr", "Photo", "Read", "Such", "Why", "How", "Yet", "Still", "Then", "Once", "Tuesday",
    ])
}

extension Unit {
    var isOther: Bool {
        if case .other = kind { return true }
        return false
    }

    var isPossessiveUnit: Bool {
        if case .possessive = kind { return true }
        return false
    }
}
