import SupplyNet

/// A recognised stretch of a sentence: an actor, an item, a cue, a function word, or an
/// unrecognised token.
struct Unit: Sendable {
    enum Kind: Sendable {
        case actor(ActorID, ActorForm)
        case item(ItemSense, origin: ActorID?)
        case cue(Cue)
        case word(FunctionWord)
        case possessive
        /// A comma, semicolon, colon, dash or parenthesis: a pause in the clause.
        case pause
        case other
    }

    var kind: Kind
    /// Token indices `first..<end`.
    var first: Int
    var end: Int

    var actor: ActorID? {
        if case .actor(let id, .name) = kind { return id }
        return nil
    }

    /// A name or a demonym, not a person's name.
    var anyActor: ActorID? {
        if case .actor(let id, let form) = kind, form != .person { return id }
        return nil
    }

    /// A demonym ("Iranian"): an origin or a target.
    var isAdjectival: Bool {
        if case .actor(_, .adjectival) = kind { return true }
        return false
    }

    /// A person's name the registry lacks, which only a sanction takes as its target.
    var person: ActorID? {
        if case .actor(let id, .person) = kind { return id }
        return nil
    }

    var item: ItemSense? {
        if case .item(let sense, _) = kind { return sense }
        return nil
    }

    var cue: Cue? {
        if case .cue(let cue) = kind { return cue }
        return nil
    }

    func isWord(_ word: FunctionWord) -> Bool {
        if case .word(let found) = kind { return found == word }
        return false
    }

    var isPause: Bool {
        if case .pause = kind { return true }
        return false
    }

    var isPreposition: Bool {
        guard case .word(let word) = kind else { return false }
        switch word {
        case .to, .from, .with, .by, .on, .against, .for, .between, .in, .of, .including, .at, .via: return true
        default: return false
        }
    }
}

/// Turns a sentence's tokens into units with the lexicon, then applies the small rewrites that
/// need neighbours: "Russian forces" is an actor, "Iranian drones" an item with an origin,
/// "artillery and tank ammunition" two items, "Russiawhich" an actor and a word.
struct UnitBuilder {
    let lexicon: Lexicon
    let bytes: [UInt8]
    let tokens: [Token]

    private static let gluedSuffixes: [[UInt8]] = ["which", "who", "to", "and", "the", "that"].map { Array($0.utf8) }
    private static let suppliesHash = TokenHash.folded("supplies")
    static let peopleWords = TokenSet(words: ["pilots", "engineers", "technicians", "crews", "officers", "specialists", "instructors", "personnel", "soldiers", "troops", "cadets", "recruits", "servicemen", "mechanics", "operators", "sailors"])
    private static let shippingHash = TokenHash.folded("shipping")
    private static let shipNouns = TokenSet(words: ["ship", "ships"])
    private static let helpHash = TokenHash.folded("help")

    private static let modals = TokenSet(words: ["will", "would", "can", "could", "may", "might", "shall", "should", "must", "also", "still", "reportedly", "allegedly"])
    private static let shippingNouns = TokenSet(words: ["company", "companies", "firm", "firms", "line", "lines", "records", "data", "documents", "agent", "agents", "route", "routes",
         "containers", "manifests", "operator", "operators", "network", "networks"])
    private static let targetVerbs = TokenSet(words: ["target", "targets", "targeted"])
    private static let sanctionActionNouns = TokenSet(words: ["measures", "designations", "listings", "restrictions", "actions", "action", "package", "designation", "listing"])
    private static let addVerbs = TokenSet(words: ["add", "adds", "added", "adding"])
    private static let listHash = TokenHash.folded("list")
    private static let assetsHash = TokenHash.folded("assets")
    private static let freezeVerbs = TokenSet(words: ["froze", "freeze", "freezes", "freezing", "frozen", "blocked", "blocks", "blocking"])
    static let madeWords = TokenSet(words: ["built", "made", "produced", "manufactured"])

    func units(of sentence: SentenceSpan) -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(sentence.endToken - sentence.firstToken)
        var index = sentence.firstToken
        let limit = sentence.endToken
        while index < limit {
            let token = tokens[index]
            if token.kind == .punctuation {
                switch token.mark {
                case .quote, .period, .question, .exclamation: break
                case .possessive: units.append(Unit(kind: .possessive, first: index, end: index + 1))
                case .comma, .semicolon, .colon, .dash, .openParenthesis, .closeParenthesis:
                    units.append(Unit(kind: .pause, first: index, end: index + 1))
                default: units.append(Unit(kind: .other, first: index, end: index + 1))
                }
                index += 1
                continue
            }
            if let (meaning, next) = lexicon.match(tokens, at: index, limit: limit) {
                units.append(Unit(kind: Self.kind(of: meaning), first: index, end: next))
                index = next
                continue
            }
            if token.isCapitalized, let glued = gluedActor(token) {
                units.append(Unit(kind: .actor(glued.0, .name), first: index, end: index + 1))
                units.append(Unit(kind: glued.1 ? .word(.relative) : .other, first: index, end: index + 1))
            } else {
                units.append(Unit(kind: .other, first: index, end: index + 1))
            }
            index += 1
        }
        // "In May the EU added ...", "on 3 May": a capitalised "May" inside a sentence is the month, not a hedge.
        for index in units.indices.dropFirst() where units[index].isWord(.alleged) && tokens[units[index].first].exact == Self.monthMayHash {
            units[index].kind = .other
        }
        // "light attack jets", "strike drones": a strike word naming a kind of weapon is no verb.
        for index in units.indices.dropLast() where units[index].cue?.frame == .strike && units[index].end - units[index].first == 1
            && Self.weaponKindWords.contains(tokens[units[index].first].folded) && units[index + 1].item != nil
            && (index == 0 || !units[index - 1].isWord(.to))
        {
            units[index].kind = .other
        }
        // "drones worth 5 million euros", "60 billion dollars in military aid", "200 billion dollars of
        // weapons": a price, or the sum of what is named after it, is no gift of money.
        for index in units.indices where units[index].item?.category == .financialAid && Self.moneyScales.contains(tokens[units[index].first].folded) {
            // "twenty million dollars' worth of chips": the price after the sum.
            let after = units[(index + 1)...].prefix(2).contains { $0.isOther && Self.priceWords.contains(tokens[$0.first].folded) }
            let priced = after || (max(0, index - 5)..<index).contains { units[$0].isOther && Self.priceWords.contains(tokens[units[$0].first].folded) }
            // "4.5 billion yen in emergency humanitarian assistance"
            let namesAid = index + 2 < units.count && (units[index + 1].isWord(.in) || units[index + 1].isWord(.of))
                && units[(index + 2)...].prefix(3).contains { $0.item != nil }
            if priced || namesAid { units[index].kind = .other }
        }
        // "not least", "not only": emphasis, not negation.
        for index in units.indices.dropLast() where units[index].isWord(.negation) && units[index + 1].isOther
            && Self.emphasisWords.contains(tokens[units[index + 1].first].folded)
        {
            units[index].kind = .other
        }
        // "sent 46 consignments of drone motors to Iran": the noun of sending is the verb's object.
        for index in units.indices where units[index].cue?.frame == .giveNoun {
            var back = index - 1
            while back >= 0, index - back <= 4, units[back].isOther, !tokens[units[back].first].isCapitalized { back -= 1 }
            if back >= 0, let frame = units[back].cue?.frame, frame == .give || frame == .receive {
                units[index].kind = .other
            }
        }
        rewriteNeighbours(&units)
        return units
    }

    private static let moneyScales = TokenSet(words: ["million", "billion"])
    private static let priceWords = TokenSet(words: ["worth", "valued", "costing", "cost", "price", "paid", "pay", "pays"])
    private static let emphasisWords = TokenSet(words: ["least", "only"])
    private static let weaponKindWords = TokenSet(words: ["attack", "strike"])
    private static let monthMayHash = TokenHash.exact("May")

    private static func kind(of meaning: Meaning) -> Unit.Kind {
        switch meaning {
        case .actor(let id, let form): return .actor(id, form)
        case .item(let sense): return .item(sense, origin: nil)
        case .cue(let cue): return .cue(cue)
        case .word(let word): return .word(word)
        }
    }

    /// "Russiawhich": a known one-word actor name glued to a following function word.
    private func gluedActor(_ token: Token) -> (ActorID, Bool)? {
        for (number, suffix) in Self.gluedSuffixes.enumerated() where token.length > suffix.count + 2 {
            let split = token.end - suffix.count
            guard bytes[split..<token.end].elementsEqual(suffix) else { continue }
            var hash = TokenHash.seed
            for position in token.start..<split { hash = TokenHash.add(TokenHash.fold(bytes[position]), to: hash) }
            if let actor = lexicon.actor(forSingleToken: hash) { return (actor, number < 2) }
        }
        return nil
    }

    private func rewriteNeighbours(_ units: inout [Unit]) {
        var index = 0
        while index < units.count {
            // "Myanmar pilots", "Russia officials": a country's name used as a demonym.
            if case .actor(_, .name) = units[index].kind, units[index].end - units[index].first == 1, index + 1 < units.count,
                units[index + 1].isWord(.forces), Self.peopleWords.contains(tokens[units[index + 1].first].folded)
            {
                units[index].end = units[index + 1].end
                units.remove(at: index + 1)
                index += 1
                continue
            }
            guard case .actor(let id, .adjectival) = units[index].kind else {
                if case .item(let sense, nil) = units[index].kind { coordinate(&units, itemAt: index, sense: sense) }
                index += 1
                continue
            }
            let next = index + 1
            if next < units.count, units[next].isWord(.forces), !isStateModifier(next, units) {
                units[index] = Unit(kind: .actor(id, .name), first: units[index].first, end: units[next].end)
                units.remove(at: next)
            } else if next + 1 < units.count, units[next].item != nil, units[next].end - units[next].first == 1, units[next + 1].isWord(.forces) {
                // "Russian drone operators", "Iranian missile engineers": people, not goods.
                units[index] = Unit(kind: .actor(id, .name), first: units[index].first, end: units[next + 1].end)
                units.removeSubrange(next...(next + 1))
            } else if isAfterToOrFor(index, units), let last = recipientNoun(after: index, units) {
                // "sold them to Russian buyers", "for Iranian drone makers": the buyers stand for their state.
                units[index] = Unit(kind: .actor(id, .name), first: units[index].first, end: units[last].end)
                units.removeSubrange(next...last)
            } else if next < units.count, case .item(let sense, nil) = units[next].kind {
                units[next].kind = .item(sense, origin: id)
                units[next].first = units[index].first
                units.remove(at: index)
                continue
            } else if next + 1 < units.count, case .other = units[next].kind, case .item(let sense, nil) = units[next + 1].kind {
                // "Iranian combat drones" where "combat" is not part of a known phrase.
                units[next + 1].kind = .item(sense, origin: id)
                units[next + 1].first = units[index].first
                units.removeSubrange(index...next)
                continue
            }
            index += 1
        }
        // "The EU measures target X", "Today's designations target X": an action noun before "target" is a sanction.
        for index in units.indices.dropFirst() where units[index].cue?.frame == .strike && units[index - 1].isOther
            && Self.targetVerbs.contains(tokens[units[index].first].folded) && Self.sanctionActionNouns.contains(tokens[units[index - 1].first].folded)
        {
            units[index - 1].kind = .cue(Cue(frame: .sanction, status: .delivered))
        }
        // "freezing the UK assets of X": a freeze of assets named by their country is a sanction too.
        var verb = 0
        while verb + 2 < units.count {
            defer { verb += 1 }
            guard units[verb].isOther, Self.freezeVerbs.contains(tokens[units[verb].first].folded),
                let assets = ((verb + 1)..<min(units.count - 1, verb + 4)).first(where: {
                    units[$0].isOther && tokens[units[$0].first].folded == Self.assetsHash && units[$0 + 1].isWord(.of)
                }),
                ((verb + 1)..<assets).allSatisfy({ units[$0].anyActor != nil || (units[$0].isOther && FrameRules.determiners.contains(tokens[units[$0].first].folded)) })
            else { continue }
            units[verb].kind = .cue(Cue(frame: .sanction, status: .delivered))
            units[verb].end = units[assets + 1].end
            units.removeSubrange((verb + 1)...(assets + 1))
        }
        // "added Tianlong Aerotech to its list": the list is a sanctions list, read as "added X to its
        // sanctions list" is.
        for index in units.indices where units[index].end - units[index].first == 1 && Self.addVerbs.contains(tokens[units[index].first].folded) {
            guard !units[..<index].contains(where: { $0.cue?.frame == .sanction }),
                let to = units[(index + 1)...].prefix(30).firstIndex(where: { $0.isWord(.to) || ($0.isPause && tokens[$0.first].mark == .semicolon) }),
                to > index + 1, units[to].isWord(.to),
                let list = units[(to + 1)...].prefix(5).firstIndex(where: { tokens[$0.end - 1].folded == Self.listHash })
            else { continue }
            // "to its Myanmar sanctions list" names its cue; "to its list" gets one.
            let cue = units[(to + 1)...list].firstIndex(where: { $0.cue != nil }) ?? list
            guard cue == list || units[cue].cue?.frame == .sanction else { continue }
            if cue == list { units[list].kind = .cue(Cue(frame: .sanction, status: .delivered)) }
            // "to its Russia list": the list's country is not a target.
            for position in (to + 1)..<cue where units[position].anyActor != nil { units[position].kind = .other }
        }
        // "Germany supplies Kyiv with tanks": after a name, "supplies" is the verb.
        for index in units.indices.dropFirst() where units[index].item != nil && units[index].end - units[index].first == 1
            && tokens[units[index].first].folded == Self.suppliesHash
        {
            let afterName: Bool
            if case .actor(_, .name) = units[index - 1].kind { afterName = true } else { afterName = false }
            // "assembles drones and supplies them to Russia": a pronoun or a name after it makes it the verb.
            let objectAfter = index + 1 < units.count && (units[index + 1].isWord(.theyPronoun) || units[index + 1].isWord(.itPronoun)
                || units[index + 1].actor != nil)
            guard afterName || objectAfter || units[index - 1].isWord(.relative) || units[index - 1].isWord(.itPronoun), index + 1 < units.count,
                !units[index + 1].isPause, !units[index + 1].isWord(.of)
            else { continue }
            units[index].kind = .cue(Cue(frame: .give, status: .delivered))
        }
        // "drone training", "missile training": the weapon says what the training is on; only the
        // training is given.
        var position = units.count - 1
        while position >= 1 {
            if case .item(let sense, _) = units[position].kind, sense.category == .training, units[position - 1].item != nil,
                units[position - 1].item?.category != .training, units[position].end - units[position].first == 1
            {
                units[position - 1] = Unit(kind: units[position].kind, first: units[position - 1].first, end: units[position].end)
                units.remove(at: position)
            }
            position -= 1
        }
        // "Russian instructors are training them", "has been training Iranian pilots": the verb, not the item.
        for index in units.indices.dropFirst() where units[index].item != nil && units[index].end - units[index].first == 1
            && tokens[units[index].first].folded == Self.trainingHash && index + 1 < units.count
        {
            let previous = tokens[units[index - 1].first].folded
            guard units[index - 1].isOther, FrameRules.beForms.contains(previous) || Self.continueVerbs.contains(previous) else { continue }
            let next = units[index + 1]
            guard next.isWord(.theyPronoun) || next.anyActor != nil || (next.isOther && Self.traineeOpeners.contains(tokens[next.first].folded))
            else { continue }
            units[index].kind = .cue(Cue(frame: .train, status: .delivered))
        }
        // "with Iranian help", "Russian help": a noun, not the verb.
        for index in units.indices.dropFirst() where units[index].cue != nil && units[index].end - units[index].first == 1
            && tokens[units[index].first].folded == Self.helpHash
        {
            let previous = units[index - 1]
            if previous.isWord(.with) || previous.isPossessiveUnit || previous.isAdjectival
                || (previous.isOther && FrameRules.determiners.contains(tokens[previous.first].folded))
            {
                units[index].kind = .other
            }
        }
        // "the ship", "two ships": a noun; "continues to ship", "North Korea ships": the verb.
        for index in units.indices where units[index].cue != nil && units[index].end - units[index].first == 1
            && Self.shipNouns.contains(tokens[units[index].first].folded)
        {
            let previous = index > 0 ? units[index - 1] : nil
            let isVerb = previous.map {
                $0.isWord(.to) || $0.actor != nil || $0.isWord(.relative) || $0.isWord(.itPronoun) || $0.isWord(.theyPronoun)
                    || ($0.isOther && Self.modals.contains(tokens[$0.first].folded))
            } ?? false
            if !isVerb { units[index].kind = .other }
        }
        // "a shipping company", "shipping records": a noun's modifier, not the verb.
        for index in units.indices.dropLast() where units[index].cue != nil && units[index].end - units[index].first == 1
            && tokens[units[index].first].folded == Self.shippingHash && units[index + 1].isOther
            && Self.shippingNouns.contains(tokens[units[index + 1].first].folded)
        {
            units[index].kind = .other
        }
        // "drones built in Iran": the origin follows.
        for index in units.indices {
            guard case .item(let sense, nil) = units[index].kind, index + 3 < units.count,
                case .other = units[index + 1].kind, Self.madeWords.contains(tokens[units[index + 1].first].folded),
                units[index + 2].isWord(.in), let origin = units[index + 3].actor
            else { continue }
            units[index].kind = .item(sense, origin: origin)
        }
    }

    static let trainingHash = TokenHash.folded("training")
    static let continueVerbs = TokenSet(words: ["continue", "continues", "continued", "keep", "keeps", "started", "began", "begun"])
    /// Words that open a trainee after "training": "a small group of", "hundreds of", "the".
    static let traineeOpeners = TokenSet(words: ["a", "the", "some", "several", "hundreds", "thousands", "dozens", "more", "its", "their"])

    /// "to Russian", "to a Russian", "for the same Russian": "to" or "for" with at most two plain words between.
    private func isAfterToOrFor(_ index: Int, _ units: [Unit]) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 3 {
            if units[position].isWord(.to) || units[position].isWord(.for) { return true }
            guard units[position].isOther, tokens[units[position].first].kind == .word, !tokens[units[position].first].isCapitalized else { return false }
            position -= 1
        }
        return false
    }

    /// "Russian state arms exporter", "Chinese state media": "state" modifying a noun, not the state
    /// itself ("the Chinese state itself has", "the Iranian state denies").
    private func isStateModifier(_ position: Int, _ units: [Unit]) -> Bool {
        guard tokens[units[position].first].folded == Self.stateHash else { return false }
        guard position + 1 < units.count else { return false }
        let next = units[position + 1]
        return next.item != nil || (next.isOther && !Self.afterState.contains(tokens[next.first].folded))
    }

    private static let stateHash = TokenHash.folded("state")
    private static let afterState = TokenSet(words: ["itself", "has", "had", "have", "is", "was", "does", "did", "will", "would", "continues", "maintains", "says", "said"])

    /// The last unit of "buyers", "end users", "drone makers", "defence companies" after a demonym: a
    /// recipient of goods that stands for its state.
    private func recipientNoun(after index: Int, _ units: [Unit]) -> Int? {
        var position = index + 1
        while position < units.count, position - index <= 3 {
            let unit = units[position]
            guard unit.end - unit.first == 1, tokens[unit.first].kind == .word else { return nil }
            if !tokens[unit.first].isCapitalized, Self.recipientNouns.contains(tokens[unit.first].folded) { return position }
            // "to the Russian Caspian port of Olya": a capitalised word of the place may come between.
            // "Russian defence manufacturers": a lowercase title word ("defence") is a plain modifier here.
            let plainTitle = unit.isWord(.title) && !tokens[unit.first].isCapitalized
            guard unit.isOther || unit.item != nil || plainTitle, !tokens[unit.first].isCapitalized || unit.isOther else { return nil }
            position += 1
        }
        return nil
    }

    static let recipientNouns = TokenSet(words: ["buyers", "buyer", "customers", "customer", "clients", "client", "importers", "users", "end-users", "manufacturers", "makers",
         "producers", "factories", "plants", "companies", "firms", "entities", "industry", "industries", "lines", "recipients",
         "consignees", "enterprises", "contractors", "distributors", "resellers", "intermediaries", "sites", "units",
         "port", "ports", "city", "cities", "base", "bases", "airfield", "airfields", "airbase", "depot", "depots", "harbour", "harbor", "territory"])

    /// "artillery and tank ammunition", "military and humanitarian assistance": a modifier
    /// coordinated with an item phrase's first word makes a second item when the lexicon knows it.
    private func coordinate(_ units: inout [Unit], itemAt index: Int, sense: ItemSense) {
        let head = (units[index].first + 1..<units[index].end).filter { tokens[$0].mark != .quote }.map { tokens[$0].folded }
        guard !head.isEmpty else { return }
        var position = index - 1
        while position >= 1 {
            let joiner = units[position]
            guard joiner.isWord(.and) || joiner.isWord(.or) || joiner.isPause else { break }
            var modifier = position - 1
            if units[modifier].isPause, modifier >= 1 { modifier -= 1 }
            let candidate = units[modifier]
            guard candidate.end - candidate.first == 1, tokens[candidate.first].kind == .word else { break }
            if case .actor = candidate.kind { break }
            if case .cue = candidate.kind { break }
            guard let other = lexicon.item(forHashes: [tokens[candidate.first].folded] + head) else { break }
            units[modifier] = Unit(kind: .item(other, origin: nil), first: candidate.first, end: candidate.end)
            position = modifier - 1
        }
    }
}
