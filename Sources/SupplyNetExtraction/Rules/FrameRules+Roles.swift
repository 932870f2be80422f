import SupplyNet

/// Finding the actors around a cue: subjects, objects, possessors, passive agents, pairs.
extension FrameRules {
    /// The nearest actor before the cue that is not the object of a preposition, with a penalty
    /// when it comes from a pronoun or from memory.
    func subject(before index: Int) -> (ActorID, Double)? {
        var position = index - 1
        while position >= bodyStart {
            let unit = units[position]
            // "the United States said Iran had sent": who speaks is not who acts. A verb of saying
            // between the cue and an actor closes the search, unless it is set off by commas ("Iran,
            // the US said, has sent") or it is a denial or admission, which is about oneself.
            // "which it said had supplied": the relative clause's verb of saying is not a barrier.
            if isSpeech(unit), position >= 2, units[position - 1].isWord(.itPronoun) || units[position - 1].isWord(.theyPronoun)
                || units[position - 1].isWord(.hePronoun), units[position - 2].isWord(.relative)
            {
                position -= 2
                continue
            }
            // "which London said had shipped", "that the Treasury says supplied": a named speaker inside the relative clause.
            if isSpeech(unit), position >= 2, units[position - 1].actor != nil {
                let relative = position >= 3 && isDeterminer(position - 2) ? position - 3 : position - 2
                if relative >= 1, units[relative].isWord(.relative) {
                    position = relative
                    continue
                }
            }
            // "The European Union, which Ukraine hopes to join, has kept an embargo on ...": a relative
            // clause set off by commas is about its antecedent; its own subject is not the cue's.
            if let relative = relativeAside(closedAt: position, from: bodyStart), relative >= 2, units[relative - 2].actor != nil {
                position = relative - 2
                continue
            }
            // "they" is the sentence's first subject; "them" before "of" is the agent, unnamed here.
            if unit.isWord(.theyPronoun) {
                if tokens[unit.first].folded == Self.theyHash {
                    if let first = firstSubjectActor(before: position) { return (first, 0.1) }
                    // "They were trained by Russian instructors": a sentence opening with "they" means
                    // the last sentence's subject.
                    guard position == 0, let last = memory.lastFirstSubject ?? memory.lastSubject, states.contains(last) else { return nil }
                    return (last, 0.2)
                }
                // "accusing them of delivering", "charged them with shipping": the agent is "them".
                if position + 1 < units.count, units[position + 1].isWord(.of) || units[position + 1].isWord(.with) { return nil }
            }
            // "MS. HARLOW: Chinese companies sell ...": a label before a colon is not the subject;
            // "Korea Sobaek Corporation (North Korea): exported shells ...": a list entry's name is.
            // "X (Minsk, Republic of Belarus) – logistics company which ...": an entry's dash after its address.
            let dashAfterAddress = tokens[unit.first].mark == .dash && position >= 1 && tokens[units[position - 1].end - 1].mark == .closeParenthesis
            if unit.isPause, tokens[unit.first].mark == .colon || tokens[unit.first].mark == .bar || dashAfterAddress {
                return entryName(before: position, verb: index).map { ($0, 0.1) }
            }
            // "X, Semnan, Iran: produces missiles; transferred missiles to Russia": a list entry's later reason.
            if unit.isPause, tokens[unit.first].mark == .semicolon, position == index - 1,
                let colon = (0..<position).first(where: { units[$0].isPause && tokens[units[$0].first].mark == .colon })
            {
                return entryName(before: colon, verb: colon + 1).map { ($0, 0.1) }
            }
            // "... because the enemy launches drones": a subordinate clause has its own subject.
            if position < index - 1, unit.isOther, Self.subordinators.contains(tokens[unit.first].folded) { return nil }
            // "The UK sanctioned targets involved in supplying ...": the imposer does not supply.
            // "X is listed for transporting ...": the one listed carried it.
            if position == index - 2, unit.cue?.frame == .sanction, units[index - 1].isWord(.for), position >= 1,
                Self.beForms.contains(tokens[units[position - 1].first].folded)
            {
                return subject(before: position - 1)
            }
            if position < index - 1, unit.cue?.frame == .sanction {
                // "froze the assets of A and imposed a ban on B": a second sanction verb shares the first's subject.
                if index < units.count, units[index].cue?.frame == .sanction, ((position + 1)..<index).allSatisfy({ units[$0].cue == nil }),
                    (max(position + 1, index - 3)..<index).contains(where: { units[$0].isWord(.and) }), !units[index - 1].isPreposition
                {
                    return subject(before: position)
                }
                return nil
            }
            // "Iran is said to have provided": a reporting passive, not another speaker.
            // "India is also reported to have delivered": an adverb may come between.
            if position < index - 1, position >= 1, position + 1 < units.count, units[position + 1].isWord(.to),
                isSpeech(unit) || Self.reportingParticiples.contains(tokens[unit.first].folded)
            {
                if Self.beForms.contains(tokens[units[position - 1].first].folded) {
                    position -= 2
                    continue
                }
                if position >= 2, isAdverb(units[position - 1]), Self.beForms.contains(tokens[units[position - 2].first].folded) {
                    position -= 3
                    continue
                }
            }
            if position < index - 1, isSpeech(unit) {
                if position + 1 < index, units[position + 1].isPause,
                    let open = (max(0, position - 6)..<position).last(where: { units[$0].isPause })
                {
                    position = open - 1
                    continue
                }
                if !Self.selfStatements.contains(tokens[unit.first].folded) { return nil }
            }
            if unit.isWord(.relative), position >= 1 {
                var antecedent = position - 1
                if units[antecedent].isPause, antecedent >= 1 { antecedent -= 1 }
                // "the freight company X from Sharjah, which ...": a town the registry lacks says where X is.
                if units[antecedent].isOther, tokens[units[antecedent].first].isCapitalized {
                    var before = antecedent - 1
                    if before >= 0, units[before].isOther, tokens[units[before].first].isCapitalized { before -= 1 }
                    if before >= 1, units[before].isWord(.from) || units[before].isWord(.in) || units[before].isWord(.of),
                        let actor = units[before - 1].actor, !states.contains(actor)
                    {
                        return (actor, 0.05)
                    }
                }
                // "X, an Iranian shipping company based in Bandar Anzali, which ...": the place is where
                // the antecedent is, not what it is.
                let located = antecedent >= 1 && units[antecedent - 1].isWord(.in) && units[antecedent].actor != nil
                if !located, antecedent < 1 || !units[antecedent - 1].isWord(.by), let actor = units[antecedent].actor { return (actor, 0.05) }
                // "individuals that supply ...": the relative's antecedent is no actor, so neither is the subject.
                // "X, a Dubai company controlled by Kermani, which ...": the agent of a participle is no antecedent.
                let agent = antecedent >= 1 && units[antecedent - 1].isWord(.by) && (units[antecedent].person != nil || units[antecedent].actor != nil)
                if located || agent || units[antecedent].isOther || units[antecedent].item != nil,
                    position == index - 1 || units[(position + 1)..<index].allSatisfy({ $0.actor == nil })
                {
                    // "X, an Iranian airline that flew ...", "X: a maker of engines for drones, which
                    // has supplied ...": the noun is in apposition to X.
                    var back = antecedent
                    while back > 0, antecedent - back < 8, !units[back].isPause,
                        units[back].anyActor != nil || units[back].isOther || units[back].cue != nil || units[back].item != nil
                            || units[back].isWord(.of) || units[back].isWord(.for) || units[back].isWord(.in) || units[back].isWord(.forces)
                            || units[back].isWord(.by) || units[back].person != nil
                    {
                        back -= 1
                    }
                    if units[back].isPause, back >= 1, let actor = units[back - 1].actor { return (actor, 0.05) }
                    // "supplied Russia with drones that were used": goods, not a described name; read on.
                    if units[antecedent].isOther { return nil }
                }
            }
            if unit.isWord(.itPronoun), tokens[unit.first].length == 2 {
                if let first = firstSubjectActor(before: position) { return (first, 0.1) }
                if let last = memory.lastFirstSubject ?? memory.lastSubject { return (last, 0.2) }
            }
            if unit.isWord(.we), let party = memory.speakerParty { return (party, 0.15) }
            // "that, according to Ukrainian military intelligence, carried ...": the source is not the subject.
            if unit.actor != nil, position >= 1, units[position - 1].isWord(.accordingTo) {
                position -= 2
                continue
            }
            // "named A and B, and added C to its list": a sanction's targets before ", and" do not add.
            let closesClause = position + 3 == index && units[position + 1].isPause && tokens[units[position + 1].first].mark == .comma
                && units[position + 2].isWord(.and)
            if unit.actor != nil, closesClause, isSanctionTarget(at: position) || isVerbObject(at: position) {
                position = coordinationHead(at: position) - 1
                continue
            }
            // "freezing the assets of A and B and imposing a ban on C": an earlier sanction's targets
            // do not impose this one.
            if unit.actor != nil, index < units.count, units[index].cue?.frame == .sanction, isSanctionTarget(at: position) {
                position -= 1
                continue
            }
            if let actor = unit.actor, !isObject(at: position), !isPossessor(at: position) { return (actor, 0) }
            position -= 1
        }
        return nil
    }

    /// Whether the actor at `position` is the object of a lowercase verb right before it, alone or
    /// in a list ("named A and B").
    func isVerbObject(at position: Int) -> Bool {
        let head = coordinationHead(at: position)
        guard head >= 2, units[head - 1].isOther, units[head - 1].end - units[head - 1].first == 1 else { return false }
        let verb = tokens[units[head - 1].first]
        return !verb.isCapitalized && !Self.determiners.contains(verb.folded) && units[head - 2].anyActor == nil
    }

    /// The first actor of the list ("A, B and C") that the actor at `position` ends.
    func coordinationHead(at position: Int) -> Int {
        var head = position
        while head >= 3, units[head - 1].isWord(.and) || (units[head - 1].isPause && tokens[units[head - 1].first].mark == .comma),
            units[head - 2].actor != nil
        {
            head -= 2
        }
        return head
    }

    /// Whether the actor at `position` comes right after a sanction cue, alone or in a list.
    func isSanctionTarget(at position: Int) -> Bool {
        let head = coordinationHead(at: position)
        return head >= 1 && units[head - 1].cue?.frame == .sanction
    }

    /// The name of a list entry whose colon at `colon` comes right before its verb, after its
    /// country in parentheses ("Dalian Haixing Co., Ltd. (China): exported engines ...").
    private func entryName(before colon: Int, verb: Int) -> ActorID? {
        guard colon >= 1, units[(colon + 1)..<verb].allSatisfy({ $0.isOther }) else { return nil }
        // "Sahand Aero Propulsion Company | Iran | Supplied engines ...": a table row's first cell.
        if tokens[units[colon].first].mark == .bar { return units[0].actor }
        // "Lut Missile Industries Group, Semnan, Iran: transferred ...": the entry's name, then its address.
        if let actor = units[0].actor, colon >= 3, units[1].isPause, tokens[units[1].first].mark == .comma,
            (2..<colon).allSatisfy({ units[$0].anyActor != nil || units[$0].isWord(.of) || (units[$0].isPause && tokens[units[$0].first].mark == .comma)
                || (units[$0].isOther && tokens[units[$0].first].isCapitalized) })
        {
            return actor
        }
        // "Tengri Machine Export LLC: re-exported machine tools to Russia": an entry's name alone,
        // then its reason in lowercase (a speaker's label is followed by a capital).
        let abbreviated = colon == 2 && tokens[units[1].first].mark == .period
        if colon == 1 || abbreviated, let actor = units[0].actor, colon + 1 < units.count, !tokens[units[colon + 1].first].isCapitalized {
            return actor
        }
        guard tokens[units[colon - 1].end - 1].mark == .closeParenthesis else { return nil }
        var name = colon - 1
        // The country may be read as part of the name already ("X (North Korea)" as one unit).
        if units[name].isPause {
            guard let open = (max(0, colon - 5)..<(colon - 1)).last(where: { units[$0].isPause && tokens[units[$0].first].mark == .openParenthesis }), open >= 1
            else { return nil }
            name = open - 1
        }
        guard let actor = units[name].actor, (0..<name).allSatisfy({ units[$0].actor == nil && units[$0].cue == nil }) else { return nil }
        return actor
    }

    /// The relative word of a clause set off by commas whose closing comma is at `comma`
    /// (", which Kyiv hopes to join,"), looking back no further than `lowerBound`.
    func relativeAside(closedAt comma: Int, from lowerBound: Int) -> Int? {
        guard units[comma].isPause, tokens[units[comma].first].mark == .comma,
            let relative = (max(lowerBound, comma - 10)..<comma).last(where: { units[$0].isWord(.relative) }),
            relative >= 1, units[relative - 1].isPause, tokens[units[relative - 1].first].mark == .comma,
            ((relative + 1)..<comma).allSatisfy({ !units[$0].isPause })
        else { return nil }
        return relative
    }

    /// Whether the unit at `position` follows "according to", past an article: a source, not an actor.
    func isSource(at position: Int) -> Bool {
        position >= 1 && (units[position - 1].isWord(.accordingTo) || (position >= 2 && isDeterminer(position - 1) && units[position - 2].isWord(.accordingTo)))
    }

    /// The actor after "of" right after the cue at `cue` ("sanctions of the EU", "the attack of Russia").
    func ownActor(ofCueAt cue: Int) -> ActorID? {
        guard cue + 1 < units.count, units[cue + 1].isWord(.of) else { return nil }
        return objectAfter(.of, in: cue..<min(units.count, cue + 4))
    }

    /// The first actor of the sentence that is a subject, before `limit`.
    func firstSubjectActor(before limit: Int) -> ActorID? {
        // "MR. DALTON: They sell chips": a speaker's label is no subject.
        let start = (0..<min(limit, units.count)).last { units[$0].isPause && tokens[units[$0].first].mark == .colon }.map { $0 + 1 } ?? bodyStart
        for position in start..<max(start, limit) {
            // "According to the NIS, North Korea has shipped": the source is no subject.
            if isSource(at: position) {
                continue
            }
            if let actor = units[position].actor, !isObject(at: position), !isPossessor(at: position), !isSanctionTarget(at: position) { return actor }
        }
        return nil
    }

    /// Where the sentence's own words start: after a dateline ("LONDON/DUBAI (Wire) --", "DUBAI,
    /// Sept 7 (GWS) –"), whose place is where the story was filed, not who acts.
    static func bodyStart(of units: [Unit], tokens: [Token]) -> Int {
        guard let dash = (0..<min(units.count, 14)).first(where: { units[$0].isPause && tokens[units[$0].first].mark == .dash }), dash >= 1
        else { return 0 }
        // Capitalised words, numbers, and an agency, a date or a second place ("Iran – not Russia –
        // sent" is no dateline).
        var depth = 0
        var marked = false
        for position in 0..<dash {
            for token in tokens[units[position].first..<units[position].end] {
                if token.mark == .openParenthesis {
                    depth += 1
                    marked = true
                } else if token.mark == .closeParenthesis {
                    depth -= 1
                } else if token.mark == .comma || token.mark == .slash {
                    marked = true
                } else if depth == 0, token.kind == .word, !token.isCapitalized {
                    return 0
                }
            }
        }
        return marked ? dash + 1 : 0
    }

    func isObject(at position: Int) -> Bool {
        guard position >= 1 else { return false }
        // "the Government of Japan", "the military of Myanmar": a state's body acts for the state.
        if units[position - 1].isWord(.of), position >= 2, (units[position - 2].first..<units[position - 2].end).contains(where: {
            Self.bodyNouns.contains(tokens[$0].folded)
        }), position == 2 || !units[position - 3].isPreposition {
            return false
        }
        if units[position - 1].isPreposition { return true }
        // "in the Ukraine war": a preposition, then a determiner.
        if position >= 2, case .other = units[position - 1].kind, Self.determiners.contains(tokens[units[position - 1].first].folded),
            units[position - 2].isPreposition
        {
            return true
        }
        // "between Iran and Russia", "to Germany and Great Britain": a coordinated object.
        if position >= 3, units[position - 1].isWord(.and) || (units[position - 1].isPause && tokens[units[position - 1].first].mark == .comma),
            units[position - 2].actor != nil
        {
            return isObject(at: position - 2)
        }
        return false
    }

    func isPossessor(at position: Int) -> Bool {
        guard position + 1 < units.count, case .possessive = units[position + 1].kind else { return false }
        // "Russia's been using": a contraction of "has", not a possessive.
        if position + 2 < units.count, tokens[units[position + 2].first].folded == Self.beenHash { return false }
        // "North Korea's foreign ministry denied supplying": the state's own body acts for it.
        if position + 2 < units.count, (units[position + 2].first..<min(units[position + 2].end + 1, tokens.count)).contains(where: {
            Self.bodyNouns.contains(tokens[$0].folded) && !tokens[$0].isCapitalized
        }), units[position + 2].isOther || units[position + 2].isWord(.forces) || units[position + 2].isWord(.title) {
            return false
        }
        return true
    }

    /// "X's" within `reach` units before the cue.
    func possessorBefore(_ index: Int, reach: Int = 1) -> ActorID? {
        var position = index - 1
        while position >= 1, index - position <= reach {
            if case .possessive = units[position].kind, let actor = units[position - 1].anyActor {
                if position + 1 < units.count, tokens[units[position + 1].first].folded == Self.beenHash { return nil }
                return actor
            }
            if units[position].cue != nil || units[position].actor != nil { return nil }
            position -= 1
        }
        return nil
    }

    /// "given by Germany", "were given to Tehran by Moscow": the agent of a passive.
    func passiveAgent(after index: Int) -> ActorID? {
        if index + 2 < units.count, units[index + 1].isWord(.by) {
            if let actor = units[index + 2].actor { return actor }
            if isDeterminer(index + 2), index + 3 < units.count, let actor = units[index + 3].actor { return actor }
        }
        // Further on only after a form of "be": "Helicopters were given to Tehran by Moscow".
        // "were later fired at Kharkiv by Russian forces": an adverb may come between.
        let be = index >= 2 && isAdverb(units[index - 1]) ? index - 2 : index - 1
        guard be >= 0, Self.beForms.contains(tokens[units[be].first].folded) else { return nil }
        var position = index + 1
        while position + 1 < units.count, units[position].cue == nil {
            if units[position].isWord(.by) {
                if let actor = units[position + 1].actor { return actor }
                if isDeterminer(position + 1), position + 2 < units.count, let actor = units[position + 2].actor { return actor }
                if let named = describedName(after: position + 1) { return named }
            }
            position += 1
        }
        return nil
    }

    /// "an Iranian cargo airline, Caspian Zagros Air": the name after a described noun phrase.
    func describedName(after start: Int) -> ActorID? {
        guard isDeterminer(start) else { return nil }
        var position = start + 1
        while position < units.count, position - start <= 5, units[position].isOther || units[position].isAdjectival { position += 1 }
        guard position > start + 1, position + 1 < units.count, units[position].isPause, tokens[units[position].first].mark == .comma else { return nil }
        return units[position + 1].actor
    }

    /// "supplied Russia with", "offered the Persian country": an actor right after the verb.
    func indirectObject(after index: Int, in window: Range<Int>) -> ActorID? {
        guard window.contains(index + 1) else { return nil }
        // "re-exported US- and Swiss-made chips": a hyphenated origin, not a recipient.
        let hyphenated = index + 2 < units.count && units[index + 2].isPause && tokens[units[index + 2].first].mark == .dash
        if let actor = units[index + 1].actor, !hyphenated { return actor }
        if isDeterminer(index + 1), window.contains(index + 2), let actor = units[index + 2].actor { return actor }
        // "Kyiv has asked Seoul to supply it with shells": "it" is the sentence's first subject.
        if units[index + 1].isWord(.itPronoun) || units[index + 1].isWord(.theyPronoun), window.contains(index + 2),
            units[index + 2].isWord(.with), let first = firstSubjectActor(before: index)
        {
            return first
        }
        return nil
    }

    /// "the", "a", "this" as a unit of its own (before a name the lexicon has without it).
    func isDeterminer(_ position: Int) -> Bool {
        guard position < units.count, units[position].isOther else { return false }
        return Self.determiners.contains(tokens[units[position].first].folded)
    }

    /// The actor right after the first `word` in the range: "to Russia", "from Iran".
    func objectAfter(_ word: FunctionWord, in range: Range<Int>) -> ActorID? {
        for position in range where units[position].isWord(word) && position + 1 < range.upperBound {
            // "to Iran's Ministry of Defence": the body the state owns.
            if units[position + 1].actor != nil, position + 3 < range.upperBound, units[position + 2].isPossessiveUnit,
                let owned = units[position + 3].actor
            {
                return owned
            }
            if let actor = units[position + 1].actor { return actor }
            if isDeterminer(position + 1), position + 2 < range.upperBound, let actor = units[position + 2].actor { return actor }
            if let actor = place(at: position + 1, before: range.upperBound) { return actor }
            if units[position + 1].isWord(.pairPhrase) { return nil }
        }
        return nil
    }

    /// "the port of Astrakhan", "the city of Kharkiv", "an air base in Isfahan": a place named by
    /// its state's town stands for the state.
    func place(at position: Int, before end: Int) -> ActorID? {
        var noun = position
        if isDeterminer(noun) { noun += 1 }
        while noun < end, noun - position <= 3, units[noun].isOther, !Self.placeNouns.contains(tokens[units[noun].first].folded) { noun += 1 }
        guard noun + 2 < end, units[noun].isOther, Self.placeNouns.contains(tokens[units[noun].first].folded),
            units[noun + 1].isWord(.of) || units[noun + 1].isWord(.in) || units[noun + 1].isWord(.at)
        else { return nil }
        var named = noun + 2
        // "airfields in southern Russia"
        if named + 1 < end, units[named].isOther, Self.directionWords.contains(tokens[units[named].first].folded) { named += 1 }
        if let actor = units[named].actor, states.contains(actor) { return actor }
        // "the port of Vostochny, Russia": a town the lexicon lacks, then its country.
        if named + 2 < end, units[named].isOther, tokens[units[named].first].isCapitalized, units[named + 1].isPause,
            tokens[units[named + 1].first].mark == .comma, let actor = units[named + 2].actor, states.contains(actor)
        {
            return actor
        }
        return nil
    }

    static let directionWords = TokenSet(words: ["northern", "southern", "eastern", "western", "central", "occupied", "north-eastern", "north-western",
        "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern"])

    static let placeNouns = TokenSet(words: ["port", "city", "town", "region", "province", "base", "airbase", "airfield", "airport", "harbour", "harbor", "capital",
         "terminal", "depot", "oblast", "ports", "cities", "bases", "airfields", "airports", "depots"])

    func firstActor(in range: Range<Int>, allowPrepositions: Bool, allowAdjectival: Bool = false) -> ActorID? {
        for position in range {
            let actor = allowAdjectival ? units[position].anyActor : units[position].actor
            if let actor, allowPrepositions || !isObject(at: position) { return actor }
        }
        return nil
    }

    /// "By providing Russia with these UAVs, Iran has...": the subject after the clause's pause.
    func subjectAfterPause(_ window: Range<Int>) -> ActorID? {
        guard let pause = window.first(where: { units[$0].isPause }) else { return nil }
        return firstActor(in: (pause + 1)..<window.upperBound, allowPrepositions: false)
    }

    func fromToPairs(in range: Range<Int>) -> [(ActorID, ActorID)] {
        var pairs: [(ActorID, ActorID)] = []
        var position = range.lowerBound
        while position + 3 < range.upperBound {
            if units[position].isWord(.from), let from = units[position + 1].actor, units[position + 2].isWord(.to),
                let to = units[position + 3].actor ?? place(at: position + 3, before: range.upperBound), from != to
            {
                pairs.append((from, to))
                position += 4
            } else {
                position += 1
            }
        }
        return pairs
    }

    /// "between X and Y", or "between the two countries".
    func between(in range: Range<Int>) -> (ActorID, ActorID)? {
        for position in range where units[position].isWord(.between) || (units[position].cue?.frame == .exchange) {
            // "between the Democratic People's Republic of Korea (DPRK) and the Russian Federation"
            var and = position + 2
            if and + 2 < units.count, units[and].isPause, tokens[units[and].first].mark == .openParenthesis, units[and + 2].isPause,
                tokens[units[and + 2].first].mark == .closeParenthesis
            {
                and += 3
            }
            if and + 1 < units.count, let first = units[position + 1].actor, units[and].isWord(.and),
                let second = units[and + 1].actor, first != second
            {
                return (first, second)
            }
            if position + 1 < units.count, units[position + 1].isWord(.pairPhrase), let pair = pair(before: position + 1) { return pair }
        }
        return nil
    }

    /// A pause followed by a subordinating word ("as", "while", "but", "although", "because").
    func isClauseBreak(at position: Int) -> Bool {
        guard units[position].isPause, tokens[units[position].first].mark == .comma || tokens[units[position].first].mark == .semicolon,
            position + 1 < units.count, units[position + 1].end - units[position + 1].first == 1
        else { return false }
        // ", and Moscow is paying back with ...": a new subject opens a clause of its own.
        if units[position + 1].isWord(.and), position + 2 < units.count, units[position + 2].actor != nil,
            position + 3 < units.count, units[position + 3].isOther || units[position + 3].cue != nil
        {
            return true
        }
        return Self.clauseOpeners.contains(tokens[units[position + 1].first].folded)
    }

    static let clauseOpeners = TokenSet(words: ["as", "while", "although", "though", "whereas", "because", "when", "even", "yet", "however"])

    static let makerNouns = TokenSet(words: ["manufacturer", "manufacturers", "maker", "makers", "producer", "producers", "assembler", "developer", "plant", "factory", "programme", "program", "programs", "programmes"])
    static let makingNouns = TokenSet(words: ["manufacturers", "makers", "producers", "production", "manufacture", "manufacturing", "assembly", "construction", "developers"])

    static let theyHash = TokenHash.folded("they")
    static let reportingParticiples = TokenSet(words: ["said", "believed", "thought", "reported", "alleged", "understood", "known", "estimated"])
    static let subordinators = TokenSet(words: ["because", "although", "though", "whereas", "unless", "while", "if", "once"])
    static let bodyNouns = TokenSet(words: ["ministry", "government", "military", "army", "navy", "officials", "forces", "spokesman", "spokeswoman", "leadership",
         "regime", "authorities", "embassy", "mission", "leader"])

    static let selfStatements = TokenSet(words: ["denied", "denies", "deny", "admitted", "admits", "acknowledged", "acknowledges", "confirmed", "refuted", "rejected"])

    func isSpeech(_ unit: Unit) -> Bool {
        if unit.cue != nil { return false }
        if unit.isWord(.speech) || unit.isWord(.accordingTo) || unit.isWord(.toldReporters) || unit.isWord(.denied) { return true }
        return unit.end - unit.first == 1 && (SpeakerFinder.speechVerbs.contains(tokens[unit.first].folded)
            || Self.selfStatements.contains(tokens[unit.first].folded))
    }

    /// The actors coordinated with `actor` where it first stands in `range`: "Iran and North
    /// Korea", "A, B and C", "to Russia and Belarus"; just `actor` when it stands alone.
    func coordinated(_ actor: ActorID, in range: Range<Int>) -> [ActorID] {
        let range = range.clamped(to: 0..<units.count)
        guard let position = range.first(where: { units[$0].actor == actor }) else { return [actor] }
        var result = [actor]
        var hasAnd = false
        var left = position
        // "Kaspiy Logistika LLC and its vessel, the ANGARA STAR": the owner named before.
        if let owner = (max(range.lowerBound, position - 7)..<position).last(where: { units[$0].actor != nil }), owner + 2 < position,
            units[owner + 1].isWord(.and), ownedName(after: owner + 2, before: position + 1)?.position == position
        {
            result.insert(units[owner].actor!, at: 0)
            hasAnd = true
            left = owner
        }
        while left - 2 >= range.lowerBound {
            // "Britain and the European Union": a determiner the lexicon left outside the name.
            let joint = isDeterminer(left - 1) && left - 3 >= range.lowerBound ? left - 2 : left - 1
            guard isListJoint(joint), let other = units[joint - 1].actor, !isPossessor(at: joint - 1) else { break }
            hasAnd = hasAnd || units[joint].isWord(.and)
            if !result.contains(other) { result.insert(other, at: 0) }
            left = joint - 1
        }
        var right = position
        while right + 2 < range.upperBound, isListJoint(right + 1) {
            // "Kaspiy Logistika LLC and its vessel, the ANGARA STAR": the owned thing's name.
            if units[right + 1].isWord(.and), let owned = ownedName(after: right + 2, before: range.upperBound) {
                hasAnd = true
                if !result.contains(owned.actor) { result.append(owned.actor) }
                right = owned.position
                continue
            }
            let next = isDeterminer(right + 2) && right + 3 < range.upperBound ? right + 3 : right + 2
            guard let other = units[next].actor, !isPossessor(at: next) else { break }
            hasAnd = hasAnd || units[right + 1].isWord(.and)
            if !result.contains(other) { result.append(other) }
            right = next
        }
        // Commas alone set off an apposition or an aside ("Iran, the White House said"), not a list.
        guard hasAnd else { return [actor] }
        return Array(result.prefix(8))
    }

    /// "its vessel, the ANGARA STAR", "their tanker Golden Arrow": the name at `position` after
    /// "its"/"their" and a noun or two.
    private func ownedName(after start: Int, before end: Int) -> (actor: ActorID, position: Int)? {
        guard start < end, units[start].end - units[start].first == 1,
            tokens[units[start].first].folded == Self.itsHash || tokens[units[start].first].folded == Self.theirHash
        else { return nil }
        var position = start + 1
        while position < end, position - start <= 3, units[position].isOther, tokens[units[position].first].kind == .word,
            !tokens[units[position].first].isCapitalized
        {
            position += 1
        }
        let nouns = position - start - 1
        guard position < end else { return nil }
        if nouns > 0, units[position].isPause, tokens[units[position].first].mark == .comma { position += 1 }
        if nouns > 0, position < end, isDeterminer(position) { position += 1 }
        // The finder may have made "vessel, the ANGARA STAR" one unit with its description.
        guard position < end, let actor = units[position].actor, nouns > 0 || !tokens[units[position].first].isCapitalized else { return nil }
        return (actor, position)
    }

    static let itsHash = TokenHash.folded("its")
    static let theirHash = TokenHash.folded("their")

    private func isListJoint(_ position: Int) -> Bool {
        units[position].isWord(.and) || (units[position].isPause && tokens[units[position].first].mark == .comma)
    }

    /// "we" (not "our") as a subject before the cue.
    func hasWe(before index: Int) -> Bool { (0..<index).contains { units[$0].isWord(.we) && tokens[units[$0].first].folded == Self.weHash } }

    static let weHash = TokenHash.folded("we")

    /// The items a relative clause before `cue` stands for: the item right before "which"/"that"
    /// and those coordinated with it ("shells sent to Russia, and missiles, which Russia
    /// launched": the missiles; "the drones and missiles that Russia fires": both).
    func relativeAntecedents(of items: [Unit], before cue: Int) -> [Unit]? {
        guard items.count > 1, let relative = (0..<cue).last(where: { units[$0].isWord(.relative) }), relative >= 1 else { return nil }
        var before = relative - 1
        if units[before].isPause, before >= 1 { before -= 1 }
        guard let last = items.last(where: { $0.end == units[before].end }) else { return nil }
        var antecedents = [last]
        var position = before - 1
        while position >= 1, units[position].isWord(.and) || (units[position].isPause && tokens[units[position].first].mark == .comma),
            let item = items.last(where: { $0.end == units[position - 1].end })
        {
            antecedents.insert(item, at: 0)
            position -= 2
        }
        return antecedents
    }

    /// "the two countries": the last two states named before `position` in this sentence when it
    /// names two, or else the last two named in the sentences before.
    func pair(before position: Int) -> (ActorID, ActorID)? {
        var named: [ActorID] = []
        for index in 0..<min(position, units.count) {
            guard let actor = units[index].anyActor, states.contains(actor) else { continue }
            named.removeAll { $0 == actor }
            named.append(actor)
        }
        if named.count < 2, let last = memory.lastPair { return last }
        if named.count < 2 { named = memory.recentStates }
        guard named.count >= 2 else { return nil }
        return (named[named.count - 2], named[named.count - 1])
    }

    func origin(of items: [Unit]) -> ActorID? {
        for unit in items {
            if case .item(_, let origin?) = unit.kind { return origin }
            // A registry alias that starts with a demonym ("Iranian drones").
            if unit.end - unit.first > 1, let (meaning, _) = lexicon.match(tokens, at: unit.first, limit: unit.first + 1),
                case .actor(let state, .adjectival) = meaning
            {
                return state
            }
        }
        return nil
    }

    /// The items in `range`, less those that only say what an earlier one is for or goes into
    /// ("electronic components for Geran-2 drones", "modules for use in attack drones",
    /// "gyroscopes in two drones" move electronics).
    func itemUnits(in range: Range<Int>) -> [Unit] {
        let range = range.clamped(to: 0..<units.count)
        var result: [Unit] = []
        for position in range where units[position].item != nil {
            if let last = result.last, isPurpose(position, after: last) { continue }
            // "microcontrollers to Parsian Sky, an Iranian UAV manufacturer": the maker's product
            // describes the recipient; it is not what moved.
            if !result.isEmpty, position + 1 < units.count, units[position + 1].isOther,
                Self.makerNouns.contains(tokens[units[position + 1].first].folded)
            {
                continue
            }
            result.append(units[position])
        }
        return result
    }

    /// "for" or "in" between the end of an earlier item and this one, with only plain words
    /// ("use in", "guided", a number) between.
    private func isPurpose(_ position: Int, after item: Unit) -> Bool {
        var back = position - 1
        while back >= 0, position - back <= 4, units[back].first >= item.end {
            if units[back].isWord(.for) || units[back].isWord(.in) || units[back].isWord(.on) { return true }
            // "manufacturers of drones", "the licence to produce the Shahed"
            if back >= 1, units[back].isWord(.of), units[back - 1].actor != nil
                || (units[back - 1].isOther && Self.makingNouns.contains(tokens[units[back - 1].first].folded))
            {
                return true
            }
            if units[back].isWord(.to), back + 1 < position, units[back + 1].isOther { return true }
            // "technologies for its missile programme"
            guard units[back].isOther || units[back].isWord(.itPronoun) else { return false }
            back -= 1
        }
        return false
    }

    /// "In addition to artillery tank rounds, ...": items named before the first pause of a
    /// sentence that opens with "in addition to".
    func prefixItems() -> [Unit] {
        guard let first = units.first, first.isWord(.inAdditionTo), let pause = units.firstIndex(where: \.isPause) else { return [] }
        return itemUnits(in: 1..<pause)
    }

    /// The item "military support" stands for, as a unit at the cue.
    func supportItem(at index: Int) -> [Unit] {
        guard let sense = lexicon.item(forHashes: [TokenHash.folded("military"), TokenHash.folded("support")]) else { return [] }
        return [Unit(kind: .item(sense, origin: nil), first: units[index].first, end: units[index].end)]
    }

    func order(_ first: ActorID, _ second: ActorID) -> (ActorID, ActorID) {
        let firstIndex = lexicon.actorOrder.firstIndex(of: first) ?? Int.max
        let secondIndex = lexicon.actorOrder.firstIndex(of: second) ?? Int.max
        return firstIndex <= secondIndex ? (first, second) : (second, first)
    }

    static let strikeCategories: Set<ItemCategory> = [
        .drone, .missile, .ballisticMissile, .artilleryAmmunition, .tankAmmunition, .ammunition, .fighterAircraft, .trainerAircraft, .helicopter,
    ]
}
