import SupplyNet

/// A flow a rule found in one sentence, before speaker, quantity and period are attached.
struct FoundFlow {
    var from: ActorID
    var to: ActorID
    var kind: FlowKind
    var status: ClaimStatus
    var items: [Unit]
    var confidence: Double
    var rule: String
    /// The unit range the rule looked at, for quantities.
    var window: Range<Int>
}

/// What the rules remember from earlier sentences of the same article.
struct DocumentMemory {
    /// States mentioned so far, most recent last, without repeats: "the two countries" are the last two.
    var recentStates: [ActorID] = []
    /// The subject of the last sentence that had one, for "it".
    var lastSubject: ActorID?
    /// The party of the last speaker, for "we".
    var speakerParty: ActorID?

    mutating func mention(_ id: ActorID, isState: Bool) {
        guard isState else { return }
        recentStates.removeAll { $0 == id }
        recentStates.append(id)
        if recentStates.count > 4 { recentStates.removeFirst() }
    }

    var pair: (ActorID, ActorID)? {
        guard recentStates.count >= 2 else { return nil }
        return (recentStates[recentStates.count - 2], recentStates[recentStates.count - 1])
    }
}

/// The direction patterns: for each cue in a sentence, who sends, who receives, what, and how sure.
///
/// Every rule is about English sentence structure (subject, object, prepositions, possessives),
/// never about a particular article. See docs/extraction.md for the list.
struct FrameRules {
    let units: [Unit]
    let lexicon: Lexicon
    let tokens: [Token]
    let memory: DocumentMemory
    let states: Set<ActorID>

    private static let beenHash = TokenHash.folded("been")
    private static let beForms: Set<UInt64> = Set(["is", "are", "was", "were", "be", "been", "being"].map { TokenHash.folded($0) })
    private static let determiners: Set<UInt64> = Set(["the", "a", "an", "this", "that", "these", "those", "their"].map { TokenHash.folded($0) })

    func flows() -> [FoundFlow] {
        var found: [FoundFlow] = []
        let cueIndices = units.indices.filter { units[$0].cue != nil }
        let prefixItems = self.prefixItems()
        var usedPrefix = false
        for (number, index) in cueIndices.enumerated() {
            let cue = units[index].cue!
            let nextCue = number + 1 < cueIndices.count ? cueIndices[number + 1] : units.count
            // "wants to buy", "seeking to buy", "interested in acquiring": the request is the mood
            // of the receiving verb that follows.
            if cue.frame == .request, nextCue < units.count, nextCue - index <= 3,
                let next = units[nextCue].cue, next.frame == .receive || next.frame == .give
            {
                continue
            }
            // "planning to cooperate with Iran to obtain": the obtaining carries the flow.
            if cue.frame == .cooperation, nextCue < units.count, nextCue - index <= 4, let next = units[nextCue].cue,
                next.frame == .receive || next.frame == .give
            {
                continue
            }
            // "interactions between Iran and Russia in matters regarding the selling of weapons":
            // one exchange, read by its last cue.
            if cue.frame == .exchange, nextCue < units.count, units[nextCue].cue?.frame == .exchange {
                continue
            }
            let previousCue = number > 0 ? cueIndices[number - 1] : -1
            let window = (index + 1)..<nextCue
            var context = FrameContext(cueIndex: index, cue: cue, window: window, clauseStart: previousCue + 1)
            if !usedPrefix, !prefixItems.isEmpty, cue.frame == .give || cue.frame == .receive {
                context.extraItems = prefixItems
                usedPrefix = true
            }
            found += flows(for: context)
        }
        return found
    }

    struct FrameContext {
        let cueIndex: Int
        let cue: Cue
        let window: Range<Int>
        let clauseStart: Int
        var extraItems: [Unit] = []
    }

    private func flows(for context: FrameContext) -> [FoundFlow] {
        switch context.cue.frame {
        case .give, .giveNoun: return give(context)
        case .receive, .request: return receive(context)
        case .supporter: return supporter(context)
        case .support: return support(context)
        case .sanction: return sanction(context)
        case .strike, .strikeUse: return strike(context)
        case .cooperation: return cooperation(context)
        case .exchange: return exchange(context)
        }
    }

    // MARK: Frames

    private func give(_ context: FrameContext) -> [FoundFlow] {
        var items = itemUnits(in: context.window)
        var confidence = 0.9
        if items.isEmpty {
            items = itemUnits(in: max(0, context.clauseStart)..<context.cueIndex)
            confidence -= 0.1
        }
        items = context.extraItems + items
        if items.isEmpty { return [] }
        let status = status(for: context)
        // "from Iran to Russia and from Russia to Iran"
        let pairs = fromToPairs(in: context.window)
        if !pairs.isEmpty {
            return pairs.flatMap { make($0.0, $0.1, items, status, confidence - 0.05, "give: from X to Y", context.window) }
        }
        var subject = context.cue.frame == .giveNoun ? nil : subject(before: context.cueIndex)
        if let by = passiveAgent(after: context.cueIndex) { subject = (by, 0.0) }
        var from = subject?.0
        confidence -= subject?.1 ?? 0
        if from == nil, context.cue.frame == .giveNoun {
            from = objectAfter(.from, in: context.window)
        }
        if from == nil, let origin = origin(of: items) {
            from = origin
            confidence -= 0.05
        }
        if from == nil, context.cue.frame == .give, let forward = subjectAfterPause(context.window) {
            from = forward
            confidence -= 0.1
        }
        var to = indirectObject(after: context.cueIndex, in: context.window)
        if to == nil { to = objectAfter(.to, in: context.window) }
        if to == nil, items.contains(where: { $0.item?.isAid == true }) { to = objectAfter(.for, in: context.window) }
        if to == nil, let between = between(in: context.window) {
            return make(between.0, between.1, items, status, confidence - 0.25, "give: between X and Y", context.window)
                + make(between.1, between.0, items, status, confidence - 0.25, "give: between X and Y", context.window)
        }
        guard let from, let to else { return [] }
        let rule = context.cue.frame == .giveNoun ? "give: the transfer of Z from X to Y" : "give: X supplied Z to Y / X supplied Y with Z"
        return make(from, to, items, status, confidence, rule, context.window)
    }

    private func receive(_ context: FrameContext) -> [FoundFlow] {
        var items = itemUnits(in: context.window)
        var confidence = 0.85
        if items.isEmpty {
            items = itemUnits(in: max(0, context.clauseStart)..<context.cueIndex)
            confidence -= 0.1
        }
        items = context.extraItems + items
        if items.isEmpty { return [] }
        var receiver = possessorBefore(context.cueIndex).map { ($0, 0.0) } ?? subject(before: context.cueIndex)
        if receiver == nil, let after = firstActor(in: context.window, allowPrepositions: false) {
            receiver = (after, 0.1)
        }
        guard let (to, penalty) = receiver else { return [] }
        confidence -= penalty
        var from = objectAfter(.from, in: context.window)
        if from == nil, context.cue.frame == .request { from = firstActor(in: context.window, allowPrepositions: false).flatMap { $0 == to ? nil : $0 } }
        if from == nil { from = objectAfter(.with, in: max(0, context.clauseStart)..<context.cueIndex) }
        if from == nil, let origin = origin(of: items) {
            from = origin
            confidence -= 0.05
        }
        guard let from else { return [] }
        return make(from, to, items, status(for: context), confidence, "receive: Y received Z from X / Y wants to buy Z from X", context.window)
    }

    /// "X is Y's top military backer", "X is one of Y's most important supporters".
    private func supporter(_ context: FrameContext) -> [FoundFlow] {
        guard let possessor = possessorBefore(context.cueIndex, reach: 5), let (from, penalty) = subject(before: context.cueIndex) else {
            return []
        }
        let items = supportItem(at: context.cueIndex)
        return make(from, possessor, items, status(for: context), 0.8 - penalty, "supporter: X is Y's backer", context.window)
    }

    /// "Iran's support for Russia", "Iranian support for the Russian war".
    private func support(_ context: FrameContext) -> [FoundFlow] {
        let index = context.cueIndex
        var from: ActorID?
        if index >= 2, units[index - 1].isWordPossessive(), let actor = units[index - 2].anyActor { from = actor }
        if from == nil, index >= 1, case .actor(let id, .adjectival) = units[index - 1].kind { from = id }
        guard let from, let to = firstActor(in: context.window, allowPrepositions: true, allowAdjectival: true) else { return [] }
        return make(from, to, supportItem(at: index), status(for: context), 0.75, "support: X's support for Y", context.window)
    }

    private func sanction(_ context: FrameContext) -> [FoundFlow] {
        var imposer = subject(before: context.cueIndex)?.0
        if imposer == nil { imposer = passiveAgent(after: context.cueIndex) }
        if imposer == nil, hasWe(before: context.cueIndex) { imposer = memory.speakerParty }
        guard let imposer else { return [] }
        var targets: [ActorID] = []
        var index = context.window.lowerBound
        while index < context.window.upperBound {
            let unit = units[index]
            if unit.isWord(.between) || unit.isWord(.from) || unit.isWord(.with) { break }
            if let actor = unit.actor, !targets.contains(actor), !isPossessor(at: index) { targets.append(actor) }
            if unit.isWord(.pairPhrase), let pair = pair(before: index) {
                for actor in [pair.0, pair.1] where !targets.contains(actor) { targets.append(actor) }
            }
            index += 1
        }
        return targets.filter { $0 != imposer }.flatMap {
            make(imposer, $0, [], status(for: context), 0.85, "sanction: X imposed sanctions on Y", context.window)
        }
    }

    private func strike(_ context: FrameContext) -> [FoundFlow] {
        let index = context.cueIndex
        var attacker = possessorBefore(index).map { ($0, 0.0) } ?? subject(before: index)
        if let by = passiveAgent(after: index) { attacker = (by, 0.0) }
        guard let (from, penalty) = attacker else { return [] }
        let weapons = itemUnits(in: 0..<units.count).filter { Self.strikeCategories.contains($0.item!.category) }
        if context.cue.frame == .strikeUse, weapons.isEmpty { return [] }
        var target: ActorID?
        for position in context.window {
            let unit = units[position]
            guard let actor = unit.anyActor else { continue }
            let before = position > 0 ? units[position - 1] : nil
            let direct = context.cue.frame == .strike && position == context.window.lowerBound
            let located = before.map { $0.isWord(.in) || $0.isWord(.against) || $0.isWord(.on) || $0.isWord(.to) } ?? false
            if direct || located || (context.cue.frame == .strike && unit.actor == nil) {
                target = actor
                break
            }
        }
        guard let target else { return [] }
        return make(from, target, weapons, status(for: context), 0.8 - penalty, "strike: X used Z to attack Y", context.window, allowEmpty: true)
    }

    private func cooperation(_ context: FrameContext) -> [FoundFlow] {
        let items = itemUnits(in: context.window)
        guard !items.isEmpty else { return [] }
        var partners: (ActorID, ActorID)?
        let subject = subject(before: context.cueIndex)
        if let subject, let partner = objectAfter(.with, in: context.window) ?? objectAfter(.with, in: context.clauseStart..<context.cueIndex) {
            partners = (subject.0, partner)
        } else if let position = (0..<context.cueIndex).last(where: { units[$0].isWord(.pairPhrase) }), let pair = pair(before: position) {
            partners = pair
        }
        guard let (first, second) = partners, first != second else { return [] }
        // Cooperation has no direction: write the pair in registry order.
        let ordered = order(first, second)
        return make(ordered.0, ordered.1, items, status(for: context), 0.8, "cooperation: X collaborates with Y in Z", context.window)
    }

    /// "weapons transfers between Iran and Russia", "any movement on ballistic missiles between the two countries".
    private func exchange(_ context: FrameContext) -> [FoundFlow] {
        let before = max(context.clauseStart, context.cueIndex - 3)..<context.cueIndex
        let items = itemUnits(in: before) + itemUnits(in: context.window)
        guard !items.isEmpty, let (first, second) = between(in: context.cueIndex..<context.window.upperBound) ?? between(in: 0..<context.cueIndex)
        else { return [] }
        let status = status(for: context)
        return make(first, second, items, status, 0.65, "exchange: Z between X and Y (both ways)", context.window)
            + make(second, first, items, status, 0.65, "exchange: Z between X and Y (both ways)", context.window)
    }

    // MARK: Roles

    /// The nearest actor before the cue that is not the object of a preposition, with a penalty
    /// when it comes from a pronoun or from memory.
    func subject(before index: Int) -> (ActorID, Double)? {
        var position = index - 1
        while position >= 0 {
            let unit = units[position]
            if unit.isWord(.relative), position >= 1 {
                var antecedent = position - 1
                if units[antecedent].isPause, antecedent >= 1 { antecedent -= 1 }
                if let actor = units[antecedent].actor { return (actor, 0.05) }
            }
            if unit.isWord(.itPronoun), tokens[unit.first].length == 2 {
                if let first = firstSubjectActor(before: position) { return (first, 0.1) }
                if let last = memory.lastSubject { return (last, 0.2) }
            }
            if unit.isWord(.we), let party = memory.speakerParty { return (party, 0.15) }
            if let actor = unit.actor, !isObject(at: position), !isPossessor(at: position) { return (actor, 0) }
            position -= 1
        }
        return nil
    }

    /// The first actor of the sentence that is a subject, before `limit`.
    private func firstSubjectActor(before limit: Int) -> ActorID? {
        for position in 0..<limit {
            if let actor = units[position].actor, !isObject(at: position), !isPossessor(at: position) { return actor }
        }
        return nil
    }

    private func isObject(at position: Int) -> Bool {
        guard position >= 1 else { return false }
        if units[position - 1].isPreposition { return true }
        // "in the Ukraine war": a preposition, then a determiner.
        if position >= 2, case .other = units[position - 1].kind, Self.determiners.contains(tokens[units[position - 1].first].folded),
            units[position - 2].isPreposition
        {
            return true
        }
        // "between Iran and Russia", "to Germany and Great Britain": a coordinated object.
        if position >= 3, units[position - 1].isWord(.and), units[position - 2].actor != nil { return isObject(at: position - 2) }
        return false
    }

    private func isPossessor(at position: Int) -> Bool {
        guard position + 1 < units.count, case .possessive = units[position + 1].kind else { return false }
        // "Russia's been using": a contraction of "has", not a possessive.
        if position + 2 < units.count, tokens[units[position + 2].first].folded == Self.beenHash { return false }
        return true
    }

    /// "X's" within `reach` units before the cue.
    private func possessorBefore(_ index: Int, reach: Int = 1) -> ActorID? {
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
    private func passiveAgent(after index: Int) -> ActorID? {
        if index + 2 < units.count, units[index + 1].isWord(.by), let actor = units[index + 2].actor { return actor }
        // Further on only after a form of "be": "Helicopters were given to Tehran by Moscow".
        guard index >= 1, Self.beForms.contains(tokens[units[index - 1].first].folded) else { return nil }
        var position = index + 1
        while position + 1 < units.count, units[position].cue == nil {
            if units[position].isWord(.by), let actor = units[position + 1].actor { return actor }
            position += 1
        }
        return nil
    }

    /// "supplied Russia with", "offered the Persian country": an actor right after the verb.
    private func indirectObject(after index: Int, in window: Range<Int>) -> ActorID? {
        guard window.contains(index + 1) else { return nil }
        if let actor = units[index + 1].actor { return actor }
        return nil
    }

    /// The actor right after the first `word` in the range: "to Russia", "from Iran".
    private func objectAfter(_ word: FunctionWord, in range: Range<Int>) -> ActorID? {
        for position in range where units[position].isWord(word) && position + 1 < range.upperBound {
            if let actor = units[position + 1].actor { return actor }
            if units[position + 1].isWord(.pairPhrase) { return nil }
        }
        return nil
    }

    private func firstActor(in range: Range<Int>, allowPrepositions: Bool, allowAdjectival: Bool = false) -> ActorID? {
        for position in range {
            let actor = allowAdjectival ? units[position].anyActor : units[position].actor
            if let actor, allowPrepositions || !isObject(at: position) { return actor }
        }
        return nil
    }

    /// "By providing Russia with these UAVs, Iran has...": the subject after the clause's pause.
    private func subjectAfterPause(_ window: Range<Int>) -> ActorID? {
        guard let pause = window.first(where: { units[$0].isPause }) else { return nil }
        return firstActor(in: (pause + 1)..<window.upperBound, allowPrepositions: false)
    }

    private func fromToPairs(in range: Range<Int>) -> [(ActorID, ActorID)] {
        var pairs: [(ActorID, ActorID)] = []
        var position = range.lowerBound
        while position + 3 < range.upperBound {
            if units[position].isWord(.from), let from = units[position + 1].actor, units[position + 2].isWord(.to),
                let to = units[position + 3].actor, from != to
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
    private func between(in range: Range<Int>) -> (ActorID, ActorID)? {
        for position in range where units[position].isWord(.between) || (units[position].cue?.frame == .exchange) {
            if position + 3 < units.count, let first = units[position + 1].actor, units[position + 2].isWord(.and),
                let second = units[position + 3].actor, first != second
            {
                return (first, second)
            }
            if position + 1 < units.count, units[position + 1].isWord(.pairPhrase), let pair = pair(before: position + 1) { return pair }
        }
        return nil
    }

    private func hasWe(before index: Int) -> Bool { (0..<index).contains { units[$0].isWord(.we) } }

    /// "the two countries": the last two states named before `position` in this sentence when it
    /// names two, or else the last two named in the sentences before.
    private func pair(before position: Int) -> (ActorID, ActorID)? {
        var named: [ActorID] = []
        for index in 0..<min(position, units.count) {
            guard let actor = units[index].anyActor, states.contains(actor) else { continue }
            named.removeAll { $0 == actor }
            named.append(actor)
        }
        if named.count < 2 { named = memory.recentStates }
        guard named.count >= 2 else { return nil }
        return (named[named.count - 2], named[named.count - 1])
    }

    private func origin(of items: [Unit]) -> ActorID? {
        for unit in items {
            if case .item(_, let origin?) = unit.kind { return origin }
        }
        return nil
    }

    private func itemUnits(in range: Range<Int>) -> [Unit] {
        range.clamped(to: 0..<units.count).compactMap { units[$0].item != nil ? units[$0] : nil }
    }

    /// "In addition to artillery tank rounds, ...": items named before the first pause of a
    /// sentence that opens with "in addition to".
    private func prefixItems() -> [Unit] {
        guard let first = units.first, first.isWord(.inAdditionTo), let pause = units.firstIndex(where: \.isPause) else { return [] }
        return itemUnits(in: 1..<pause)
    }

    /// The item "military support" stands for, as a unit at the cue.
    private func supportItem(at index: Int) -> [Unit] {
        guard let sense = lexicon.item(forHashes: [TokenHash.folded("military"), TokenHash.folded("support")]) else { return [] }
        return [Unit(kind: .item(sense, origin: nil), first: units[index].first, end: units[index].end)]
    }

    private func order(_ first: ActorID, _ second: ActorID) -> (ActorID, ActorID) {
        let firstIndex = lexicon.actorOrder.firstIndex(of: first) ?? Int.max
        let secondIndex = lexicon.actorOrder.firstIndex(of: second) ?? Int.max
        return firstIndex <= secondIndex ? (first, second) : (second, first)
    }

    static let strikeCategories: Set<ItemCategory> = [.drone, .missile, .ballisticMissile, .artilleryAmmunition, .tankAmmunition, .ammunition]

    // MARK: Status

    /// The cue's status, changed by the words of its clause before it: a denial, "not
    /// detected", a request, a plan or an allegation, strongest first.
    private func status(for context: FrameContext) -> ClaimStatus {
        var found: Set<FunctionWord> = []
        var requested = false
        for position in max(0, context.clauseStart - 1)..<context.cueIndex {
            if case .word(let word) = units[position].kind { found.insert(word) }
            if let cue = units[position].cue, cue.frame == .request { requested = true }
        }
        if context.cue.frame == .exchange || context.cue.frame == .sanction {
            for position in context.window { if case .word(.notObserved) = units[position].kind { found.insert(.notObserved) } }
        }
        if found.contains(.denied) { return .denied }
        if found.contains(.notObserved) { return .notObserved }
        if found.contains(.negation) { return .denied }
        if requested || found.contains(.requested) || context.cue.frame == .request { return .requested }
        if found.contains(.planned) { return .planned }
        if found.contains(.alleged) { return .alleged }
        return context.cue.status
    }

    // MARK: Making flows

    private func make(
        _ from: ActorID, _ to: ActorID, _ items: [Unit], _ status: ClaimStatus, _ confidence: Double, _ rule: String,
        _ window: Range<Int>, allowEmpty: Bool = false
    ) -> [FoundFlow] {
        guard from != to else { return [] }
        if rule.hasPrefix("sanction") {
            return [FoundFlow(from: from, to: to, kind: .sanction, status: status, items: [], confidence: confidence, rule: rule, window: window)]
        }
        if rule.hasPrefix("strike") {
            return [FoundFlow(from: from, to: to, kind: .strike, status: status, items: items, confidence: confidence, rule: rule, window: window)]
        }
        if rule.hasPrefix("cooperation") {
            return [FoundFlow(from: from, to: to, kind: .cooperation, status: status, items: items, confidence: confidence, rule: rule, window: window)]
        }
        let aid = items.filter { $0.item!.isAid }
        let goods = items.filter { !$0.item!.isAid }
        var result: [FoundFlow] = []
        if !goods.isEmpty {
            result.append(FoundFlow(from: from, to: to, kind: .transfer, status: status, items: goods, confidence: confidence, rule: rule, window: window))
        }
        if !aid.isEmpty {
            result.append(FoundFlow(from: from, to: to, kind: .aid, status: status, items: aid, confidence: confidence, rule: rule, window: window))
        }
        return result
    }
}

extension Unit {
    func isWordPossessive() -> Bool {
        if case .possessive = kind { return true }
        return false
    }
}
