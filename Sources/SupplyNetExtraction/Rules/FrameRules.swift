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
    /// A strike whose attacker is the subject of a verb of giving earlier in the sentence.
    var bySupplier = false
    /// A strike whose attacker is the demonym on its weapon ("Ukrainian drones struck"), for a state
    /// not named as a supplier.
    var byWeaponOrigin = false
}

/// What the rules remember from earlier sentences of the same article.
struct DocumentMemory {
    /// States mentioned so far, most recent last, without repeats: "the two countries" are the last two.
    var recentStates: [ActorID] = []
    /// The subject of the last sentence that had one, for "it".
    var lastSubject: ActorID?
    /// The party of the last speaker, for "we".
    var speakerParty: ActorID?
    /// Who imposed the last sanction, for "The sanctions target X".
    var lastImposer: ActorID?
    /// Who imposed a sanction in the sentence just before, for "They include X and Y".
    var lastSentenceImposer: ActorID?
    /// The targets of the sanctions of the sentence just before, for "Britain followed in May".
    var lastSentenceTargets: [ActorID] = []
    /// Who imposes the entries of a designation list being read ("The following have been designated:").
    var listImposer: ActorID?
    /// The first subject of the last sentence that had one, for "the country".
    var lastFirstSubject: ActorID?
    /// The first state that was a sentence's first subject, for "we" with no known speaker.
    var firstStateSubject: ActorID?
    /// The two states of the last flow between states, for "the two countries".
    var lastPair: (ActorID, ActorID)?
    /// The state that last decided or announced something, for a list of measures that names no imposer.
    var lastDecider: ActorID?
    /// Every sender of a transfer so far: their demonym on a weapon names its maker, not its user.
    var suppliers: Set<ActorID> = []
    /// Sender and recipient of the last transfer, for "Tehran also sent ammunition".
    var lastTransfer: (ActorID, ActorID)?
    /// Attacker and target of the last strike: the two sides of "either side".
    var lastStrike: (ActorID, ActorID)?
    /// The items of the last sentence that named any, for "shipped them to Y", "forwarded the parts to Y".
    var lastItems: [Unit] = []

    mutating func mention(_ id: ActorID, isState: Bool) {
        guard isState else { return }
        recentStates.removeAll { $0 == id }
        recentStates.append(id)
        if recentStates.count > 4 { recentStates.removeFirst() }
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
    /// The first unit after a dateline, or 0.
    let bodyStart: Int

    init(units: [Unit], lexicon: Lexicon, tokens: [Token], memory: DocumentMemory, states: Set<ActorID>) {
        self.units = units
        self.lexicon = lexicon
        self.tokens = tokens
        self.memory = memory
        self.states = states
        bodyStart = Self.bodyStart(of: units, tokens: tokens)
    }

    static let beenHash = TokenHash.folded("been")
    static let beForms = TokenSet(words: ["is", "are", "was", "were", "be", "been", "being"])
    static let determiners = TokenSet(words: ["the", "a", "an", "this", "that", "these", "those", "their"])

    func flows() -> [FoundFlow] {
        var found: [FoundFlow] = []
        let cueIndices = units.indices.filter { units[$0].cue != nil }
        let prefixItems = self.prefixItems()
        var usedPrefix = false
        var nouns: Set<Int> = []
        for (number, index) in cueIndices.enumerated() where !nouns.contains(index) {
            let cue = units[index].cue!
            var nextCue = number + 1 < cueIndices.count ? cueIndices[number + 1] : units.count
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
            // "a defence cooperation agreement": one pact, read by its last noun.
            if cue.frame == .agreement, nextCue == index + 1, nextCue < units.count, units[nextCue].cue?.frame == .agreement { continue }
            // "The sanctions target X, Y and Z": the verb belongs to the sanction.
            if number > 0, cue.frame == .strike, cueIndices[number - 1] == index - 1, units[index - 1].cue?.frame == .sanction { continue }
            if cue.frame == .sanction, nextCue == index + 1, nextCue < units.count, units[nextCue].cue?.frame == .strike {
                nextCue = number + 2 < cueIndices.count ? cueIndices[number + 2] : units.count
            }
            // "has given Iran promises, two trainer jets and ...": "promises" is one of the things given.
            if cue.frame == .give, nextCue < units.count, Self.promiseNouns.contains(tokens[units[nextCue].first].folded),
                ((index + 1)..<nextCue).allSatisfy({ units[$0].actor != nil }), nextCue > index + 1
            {
                nouns.insert(nextCue)
                nextCue = number + 2 < cueIndices.count ? cueIndices[number + 2] : units.count
            }
            // "Russia could sell Iran the S-400", "Moscow may be prepared to share": speculation states no flow.
            if cue.frame == .give || cue.frame == .receive || cue.frame == .giveNoun, isSpeculation(before: index) { continue }
            // "fired KN-23 missiles supplied by Pyongyang at Ukrainian cities": the weapon's participle
            // does not end the strike's clause.
            if cue.frame == .strike || cue.frame == .strikeUse, nextCue + 1 < units.count, units[nextCue].cue?.frame == .give,
                units[nextCue - 1].item != nil, units[nextCue + 1].isWord(.by)
            {
                nextCue = number + 2 < cueIndices.count ? cueIndices[number + 2] : units.count
            }
            let previousCue = number > 0 ? cueIndices[number - 1] : -1
            // "..., as Seoul warned that Moscow pays with X": a subordinate clause is not this cue's.
            let clauseEnd = ((index + 1)..<nextCue).first { isClauseBreak(at: $0) } ?? nextCue
            let window = (index + 1)..<clauseEnd
            var context = FrameContext(cueIndex: index, cue: cue, window: window, clauseStart: previousCue + 1)
            if !usedPrefix, !prefixItems.isEmpty, cue.frame == .give || cue.frame == .receive {
                context.extraItems = prefixItems
                usedPrefix = true
            }
            // "Germany supplies Kyiv with tanks, and Britain has sent missiles": the recipient carries over.
            context.recipient = found.last(where: { $0.kind == .transfer || $0.kind == .aid })?.to
            found += flows(for: context)
        }
        // "The EU has not sanctioned X": a sanction not imposed is no claim.
        return strikesByTheirUsers(carriedSanctions(found)).filter { !($0.kind == .sanction && $0.status == .denied) }
    }

    /// The sanctions a sentence adds to what came before it: "They include A and B" after a
    /// sanction, and "the EU and Britain followed in May" after "the US sanctioned X in February".
    func carriedSanctions(_ found: [FoundFlow]) -> [FoundFlow] {
        withFollowers(found) + continuedTargets()
    }

    /// "The US sanctioned X in February; the EU and Britain followed in May": the followers impose
    /// the sanctions of the clause before (or of the sentence before) on the same targets, and are
    /// not themselves targets.
    func withFollowers(_ found: [FoundFlow]) -> [FoundFlow] {
        guard let followed = units.indices.first(where: { units[$0].isOther && Self.followVerbs.contains(tokens[units[$0].first].folded) }),
            followed >= 1, let last = units[followed - 1].actor,
            !units[(followed + 1)...].prefix(while: { !$0.isPause }).contains(where: { $0.cue != nil || $0.anyActor != nil })
        else { return found }
        let followers = coordinated(last, in: 0..<followed)
        let earlier = found.filter { $0.kind == .sanction && !followers.contains($0.to) }
        var targets: [ActorID] = []
        for target in earlier.isEmpty ? memory.lastSentenceTargets : earlier.map(\.to) where !targets.contains(target) { targets.append(target) }
        guard !targets.isEmpty else { return found }
        let window = followed..<min(units.count, followed + 1)
        let added = followers.flatMap { follower in
            targets.filter { $0 != follower }.flatMap { make(follower, $0, [], .delivered, 0.7, "sanction: X sanctioned Y; Z followed", window) }
        }
        return found.filter { !($0.kind == .sanction && followers.contains($0.to)) } + added
    }

    static let followVerbs = TokenSet(words: ["followed", "follows"])
    static let reasonWords = TokenSet(words: ["accuse", "accuses", "accused", "accusing", "involved", "charged", "suspected"])
    static let tieWords = TokenSet(words: ["connected", "linked", "related", "tied", "close"])
    static let promiseNouns = TokenSet(words: ["promises", "offers"])
    static let compassWords = TokenSet(words: ["western", "eastern", "northern", "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern"])

    /// "They include A and B", "Among them are A and B" right after a sentence that imposed
    /// sanctions: more of its targets. Relative clauses about them name no targets.
    func continuedTargets() -> [FoundFlow] {
        guard let imposer = memory.lastSentenceImposer, units.count > 2 else { return [] }
        let opener: Int?
        if tokens[units[0].first].folded == Self.amongHash {
            opener = (1..<min(units.count, 5)).first { units[$0].isOther && Self.beForms.contains(tokens[units[$0].first].folded) }
        } else {
            opener = (1..<min(units.count, 5)).first { units[$0].isOther && Self.includeVerbs.contains(tokens[units[$0].first].folded) }
        }
        guard let opener, units[..<opener].allSatisfy({ $0.anyActor == nil && $0.cue == nil && $0.item == nil }) else { return [] }
        var targets: [ActorID] = []
        var position = opener + 1
        while position < units.count {
            let unit = units[position]
            if unit.cue != nil { break }
            if unit.isWord(.relative) {
                position = units[position...].firstIndex(where: \.isPause) ?? units.count
                continue
            }
            if let actor = unit.actor ?? unit.person, actor != imposer, !targets.contains(actor), !isObject(at: position),
                !isPossessor(at: position), !describesTarget(at: position)
            {
                targets.append(actor)
            }
            position += 1
        }
        let window = (opener + 1)..<units.count
        return targets.flatMap { make(imposer, $0, [], .delivered, 0.7, "sanction: X sanctioned ...; they include Y", window) }
    }

    static let amongHash = TokenHash.folded("among")
    static let trainHash = TokenHash.folded("train")

    /// Weapons "used against Ukraine" strike for whoever uses them, not whoever supplied them: a
    /// strike from the sender of a transfer in the same sentence is the recipient's, and a strike
    /// from the country the weapons come from ("Iranian drones") with no transfer is dropped.
    func strikesByTheirUsers(_ found: [FoundFlow]) -> [FoundFlow] {
        let transfers = found.filter { $0.kind == .transfer }
        var result: [FoundFlow] = []
        for var flow in found {
            if flow.kind == .strike {
                if let transfer = transfers.first(where: { $0.from == flow.from }) {
                    guard transfer.to != flow.to else { continue }
                    flow.from = transfer.to
                    flow.confidence -= 0.1
                } else if flow.bySupplier || (!flow.byWeaponOrigin && flow.items.contains(where: { $0.kind.origin == flow.from })) {
                    continue
                }
            }
            result.append(flow)
        }
        return result
    }

    struct FrameContext {
        let cueIndex: Int
        let cue: Cue
        let window: Range<Int>
        let clauseStart: Int
        var extraItems: [Unit] = []
        /// The recipient of an earlier transfer in the sentence.
        var recipient: ActorID?
    }

    func flows(for context: FrameContext) -> [FoundFlow] {
        switch context.cue.frame {
        case .give, .giveNoun:
            // "allocated $60 billion in military aid to Kyiv": a funding verb gives aid, never goods.
            let unit = units[context.cueIndex]
            let isFunding = (unit.first..<unit.end).contains { Self.fundingVerbs.contains(tokens[$0].folded) }
            return isFunding ? give(context).filter { $0.kind == .aid } : give(context)
        case .receive, .request: return receive(context)
        case .supporter: return supporter(context)
        case .support: return support(context)
        case .sanction: return sanction(context)
        case .strike, .strikeUse: return strike(context)
        case .cooperation: return cooperation(context)
        case .exchange: return exchange(context)
        case .agreement: return agreement(context)
        case .train: return train(context)
        case .arrive: return arrive(context)
        }
    }

    // MARK: Frames

    func give(_ context: FrameContext) -> [FoundFlow] {
        // "urged them to stop selling fuel to the regime": a call to stop states no flow.
        if context.cueIndex >= 1, units[context.cueIndex - 1].isOther, Self.stopVerbs.contains(tokens[units[context.cueIndex - 1].first].folded) {
            return []
        }
        // "announced a $4.1 million civil penalty against X ... connected to semiconductors": a penalty, not a gift.
        if Self.announceVerbs.contains(tokens[units[context.cueIndex].first].folded),
            let penalty = context.window.first(where: { units[$0].isOther && Self.penaltyNouns.contains(tokens[units[$0].first].folded) }),
            !context.window.contains(where: { $0 < penalty && units[$0].item != nil })
        {
            return []
        }
        var items = itemUnits(in: context.window)
        var confidence = 0.9
        if items.isEmpty {
            items = itemUnits(in: max(0, context.clauseStart)..<context.cueIndex)
            confidence -= 0.1
            // "drones and three missiles that had been supplied by North Korea": the relative's antecedent.
            if let antecedents = relativeAntecedents(of: items, before: context.cueIndex) { items = antecedents }
        }
        // "shells supplied by North Korea": the participle's noun, not what follows.
        if context.cue.frame == .give, let named = participleItems(before: context.cueIndex) { items = named }
        // "denied arming Russia": weapons, unnamed.
        if items.isEmpty, tokens[units[context.cueIndex].first].folded == Self.armingHash { items = supportItem(at: context.cueIndex) }
        // "then shipped the components to X", "which forwarded them to Y", "These consignments were
        // flown to ...": the goods named before.
        if items.isEmpty, !memory.lastItems.isEmpty,
            goodsAnaphor(after: context.cueIndex).map({ $0 < context.window.upperBound && units[$0].isWord(.to) }) ?? isGoodsSubject(before: context.cueIndex)
        {
            items = memory.lastItems
            confidence -= 0.15
        }
        items = context.extraItems + items
        if items.isEmpty, !hasUncategorisedGoods(in: context.window) { return [] }
        var status = status(for: context)
        // "from Iran to Russia and from Russia to Iran"
        let pairs = fromToPairs(in: context.window)
        // "ships which carried missiles from Iran to Russia": the carrier is the sender.
        // "were flown from Hong Kong to Tehran by Fars Caspian Airlines": the agent carried them.
        // "X, which the Treasury accused of supplying ...", "accused X of shipping ...": the accused sends.
        let accused = accusedBefore(context.cueIndex)
        let carrierSubject = passiveAgent(after: context.cueIndex).map { ($0, 0.0) } ?? accused.map { ($0, 0.1) } ?? subject(before: context.cueIndex)
        if let pair = pairs.first, Self.carrierVerbs.contains(tokens[units[context.cueIndex].first].folded),
            let (carrier, penalty) = carrierSubject, !states.contains(carrier)
        {
            return actorPairs(carrier, pair.1, context).flatMap {
                make($0.0, $0.1, items, status, confidence - penalty - $0.2, "give: X carried Z from A to Y", context.window)
            }
        }
        if !pairs.isEmpty {
            return pairs.flatMap { make($0.0, $0.1, items, status, confidence - 0.05, "give: from X to Y", context.window) }
        }
        // "a shipping company whose ships carried munitions to Vostochny": the carrier is the sender.
        if pairs.isEmpty, Self.carrierVerbs.contains(tokens[units[context.cueIndex].first].folded),
            let (carrier, penalty) = accused.map({ ($0, 0.1) }) ?? subject(before: context.cueIndex), !states.contains(carrier),
            let to = objectAfter(.to, in: context.window), to != carrier
        {
            return actorPairs(carrier, to, context).flatMap {
                make($0.0, $0.1, items, status, confidence - 0.05 - penalty - $0.2, "give: X carried Z to Y", context.window)
            }
        }
        var subject = context.cue.frame == .giveNoun ? nil : subject(before: context.cueIndex)
        // "the decision of the Netherlands and Denmark to transfer F-16s": whose decision it is.
        if context.cue.frame == .give, context.cueIndex >= 4, units[context.cueIndex - 1].isWord(.to),
            let decider = units[context.cueIndex - 2].actor,
            let of = (max(0, context.cueIndex - 6)..<(context.cueIndex - 2)).last(where: { units[$0].isWord(.of) || units[$0].isWord(.by) }),
            of >= 1, units[of - 1].isOther, Self.intentionNouns.contains(tokens[units[of - 1].first].folded)
        {
            subject = (decider, 0)
            status = .planned
        }
        if let accused {
            subject = (accused, 0.1)
            status = .alleged
        }
        if let by = passiveAgent(after: context.cueIndex) { subject = (by, 0.0) }
        var from = subject?.0
        confidence -= subject?.1 ?? 0
        if from == nil, context.cue.frame == .giveNoun {
            // "the delivery of missiles by the DPRK to Russia", "Pyongyang's arms shipments to Moscow"
            from = objectAfter(.from, in: context.window) ?? objectAfter(.by, in: context.window) ?? possessorBefore(context.cueIndex, reach: 3)
            // "Germany approved the transfer of tanks to Ukraine", "has not authorised any sale of arms
            // to Y": who permits an export sends it.
            if from == nil, let verb = permitVerb(before: context.cueIndex), let (permitter, penalty) = self.subject(before: verb) {
                from = permitter
                confidence -= 0.05 + penalty
                // An approved sale is not yet a delivery.
                if status == .delivered { status = .planned }
            }
        }
        // "North Korea has called reports of arms transfers to Russia groundless": who denies the
        // reports sent nothing.
        if from == nil, let denier = denierOfReports(before: context.cueIndex, window: context.window) {
            from = denier
            status = .denied
            confidence -= 0.1
        }
        // "no weapons of Serbian origin have been exported": a denial of the state's exports (where
        // goods were made names no sender otherwise: they may have been re-exported).
        if from == nil, let origin = origin(of: items) ?? (status == .denied ? statedOrigin(in: max(0, context.clauseStart)..<context.window.upperBound) : nil) {
            from = origin
            confidence -= 0.05
        }
        if from == nil, context.cue.frame == .give, context.cueIndex <= 2, let forward = subjectAfterPause(context.window) {
            from = forward
            confidence -= 0.1
        }
        var to = indirectObject(after: context.cueIndex, in: context.window)
        if to == nil { to = objectAfter(.to, in: context.window) }
        if to == nil, items.contains(where: { $0.item?.isAid == true }) { to = objectAfter(.for, in: context.window) }
        // "providing technical assistance for the North's satellite programme": the programme's owner.
        if to == nil, let owner = ownerAfterFor(in: context.window), owner != from { to = owner }
        // "Russia is sharing technology with Iran"
        if to == nil, Self.shareVerbs.contains(tokens[units[context.cueIndex].first].folded) { to = objectAfter(.with, in: context.window) }
        if to == nil, let between = between(in: context.window) {
            return make(between.0, between.1, items, status, confidence - 0.25, "give: between X and Y", context.window)
                + make(between.1, between.0, items, status, confidence - 0.25, "give: between X and Y", context.window)
        }
        // "Ukraine asked Seoul to supply shells": the one who asks receives.
        if to == nil, let asker = askerBefore(context.cueIndex) {
            to = asker
            status = .requested
        }
        // "Russia attacked Kharkiv with missiles that had been supplied by North Korea": the attacker received them.
        if to == nil, from != nil, let attack = (0..<context.cueIndex).last(where: { units[$0].cue?.frame == .strike || units[$0].cue?.frame == .strikeUse }),
            let attacker = passiveAgent(after: attack) ?? self.subject(before: attack)?.0, attacker != from
        {
            to = attacker
            confidence -= 0.1
        }
        // "Pyongyang provided missiles, which Russian forces have launched against Kharkiv": the user received them.
        if to == nil, let user = userAfter(context.window) {
            to = user
            confidence -= 0.1
        }
        // "Iran sent drones to Russia. Tehran also sent shells.": the same sender's recipient.
        if to == nil, let (sender, recipient) = memory.lastTransfer, sender == from, recipient != from,
            context.window.allSatisfy({ units[$0].actor == nil })
        {
            to = recipient
            confidence -= 0.15
        }
        if to == nil, let earlier = context.recipient, from != earlier, context.window.allSatisfy({ units[$0].actor == nil }) {
            to = earlier
            confidence -= 0.15
        }
        // "does not provide weapons to either side": both sides of the war the article reports.
        if to == nil, let from, let (attacker, target) = memory.lastStrike, from != attacker, from != target,
            context.window.contains(where: { units[$0].isWord(.eitherSide) })
        {
            return make(from, attacker, items, status, confidence - 0.15, "give: X supplied Z to either side", context.window)
                + make(from, target, items, status, confidence - 0.15, "give: X supplied Z to either side", context.window)
        }
        // "were carried to Russia aboard the cargo ship Kama Volna": the ship carried them.
        let carrier = carrierAboard(in: context.window)
        if from == nil, let carrier, carrier != to { from = carrier }
        guard let from, let to else { return [] }
        let rule = context.cue.frame == .giveNoun ? "give: the transfer of Z from X to Y" : "give: X supplied Z to Y / X supplied Y with Z"
        var flows = actorPairs(from, to, context).flatMap { make($0.0, $0.1, items, status, confidence - $0.2, rule, context.window) }
        if let carrier, carrier != from, carrier != to {
            flows += make(carrier, to, items, status, confidence - 0.1, "give: Z carried to Y aboard X", context.window)
        }
        return flows
    }

    /// The vessel or aircraft named after "aboard" or "on board" in `window`, not a state.
    func carrierAboard(in window: Range<Int>) -> ActorID? {
        guard let aboard = window.first(where: { units[$0].isOther && Self.aboardWords.contains(tokens[units[$0].end - 1].folded) }) else { return nil }
        for position in (aboard + 1)..<min(window.upperBound, aboard + 6) {
            if let actor = units[position].actor { return states.contains(actor) ? nil : actor }
            guard units[position].isOther || units[position].kind.origin != nil else { return nil }
        }
        return nil
    }

    static let aboardWords = TokenSet(words: ["aboard", "onboard"])

    /// The one accused in "accused X of supplying" or "X, which Y accused of supplying", when the cue
    /// at `cue` follows "of".
    func accusedBefore(_ cue: Int) -> ActorID? {
        guard cue >= 2, units[cue - 1].isWord(.of) else { return nil }
        var position = cue - 2
        if let actor = units[position].actor {
            // "accused Karun Logistics of supplying"
            guard position >= 1, units[position - 1].end - units[position - 1].first == 1,
                Self.accusingVerbs.contains(tokens[units[position - 1].first].folded)
            else { return nil }
            return actor
        }
        guard units[position].end - units[position].first == 1, Self.accusingVerbs.contains(tokens[units[position].first].folded) else { return nil }
        // "which the US Treasury accused of": the relative's antecedent.
        while position >= 1, cue - position <= 8, !units[position].isWord(.relative) { position -= 1 }
        guard units[position].isWord(.relative), position >= 1 else { return nil }
        var antecedent = position - 1
        if units[antecedent].isPause, antecedent >= 1 { antecedent -= 1 }
        return units[antecedent].actor
    }

    /// The verb of permission right before a noun of sending ("approved the transfer of",
    /// "has not authorised any sale of"), past one determiner or "possible".
    func permitVerb(before cue: Int) -> Int? {
        var position = cue - 1
        while position >= 0, cue - position <= 3, units[position].isOther || units[position].isWord(.negation) {
            let word = tokens[units[position].first].folded
            if Self.permitVerbs.contains(word) { return position }
            guard isDeterminer(position) || Self.possibleHash == word || Self.anyHash == word || units[position].isWord(.negation) else { return nil }
            position -= 1
        }
        return nil
    }

    /// "weapons of Serbian origin", "drones of Iranian manufacture": the state the goods come from.
    func statedOrigin(in range: Range<Int>) -> ActorID? {
        let range = range.clamped(to: 0..<units.count)
        for position in range where units[position].isWord(.of) && position + 2 < range.upperBound {
            guard case .actor(let state, .adjectival) = units[position + 1].kind, units[position + 2].isOther,
                Self.originNouns.contains(tokens[units[position + 2].first].folded)
            else { continue }
            return state
        }
        return nil
    }

    static let permitVerbs = TokenSet(words: [
        "approved", "approves", "approve", "authorised", "authorized", "authorises", "authorizes", "authorise", "authorize",
        "licensed", "licenses", "licences", "permitted", "permits", "allowed", "allows", "cleared", "clears",
    ])
    static let possibleHash = TokenHash.folded("possible")
    static let anyHash = TokenHash.folded("any")
    static let originNouns = TokenSet(words: ["origin", "manufacture", "make", "production", "provenance"])
    static let intentionNouns = TokenSet(words: ["decision", "plan", "plans", "intention", "promise", "pledge", "offer", "readiness", "move", "commitment", "agreement"])
    static let accusingVerbs = TokenSet(words: ["accused", "accuses", "accusing", "accuse", "charged", "charges", "charging", "suspected", "suspects"])

    /// "could", "may" or "might" within the few words before a verb of sending, not negated and not
    /// "could have".
    func isSpeculation(before cue: Int) -> Bool {
        var position = cue - 1
        while position >= 0, cue - position <= 4 {
            let unit = units[position]
            if unit.isWord(.negation) || unit.actor != nil || unit.isPause || unit.cue != nil { return false }
            // "could have delivered" says what may have happened: an allegation, not speculation.
            if unit.end - unit.first == 1, Self.speculativeModals.contains(tokens[unit.first].folded) {
                return tokens[unit.first + 1].folded != Self.haveHash
            }
            position -= 1
        }
        return false
    }

    static let speculativeModals = TokenSet(words: ["could", "may", "might"])
    static let haveHash = TokenHash.folded("have")

    /// The subject of "denied", "rejected" or "called ... groundless" whose object is reports or
    /// claims of the flow at `cue`: "X dismissed reports of arms transfers to Y".
    func denierOfReports(before cue: Int, window: Range<Int>) -> ActorID? {
        guard cue >= 2 else { return nil }
        var position = cue - 1
        var sawReports = false
        while position >= 0, cue - position <= 5 {
            let unit = units[position]
            if unit.isOther, Self.reportNouns.contains(tokens[unit.first].folded) { sawReports = true }
            let isDenial = unit.isWord(.denied)
                || (unit.isOther && tokens[unit.first].folded == Self.calledHash
                    && window.contains(where: { units[$0].isOther && Self.denialAdjectives.contains(tokens[units[$0].first].folded) }))
            if isDenial { return sawReports ? subject(before: position)?.0 : nil }
            if unit.actor != nil || unit.cue != nil { return nil }
            position -= 1
        }
        return nil
    }

    static let reportNouns = TokenSet(words: ["reports", "report", "claims", "claim", "allegations", "allegation", "accusations", "suggestions", "speculation", "rumours", "rumors", "stories"])
    static let calledHash = TokenHash.folded("called")
    static let denialAdjectives = TokenSet(words: ["groundless", "baseless", "unfounded", "false", "fabricated", "absurd", "fake", "lies", "nonsense", "fiction", "propaganda", "untrue"])

    /// "for Iran's drone programme", "for the North's military": the possessor after "for".
    func ownerAfterFor(in window: Range<Int>) -> ActorID? {
        for position in window where units[position].isWord(.for) {
            var owner = position + 1
            if isDeterminer(owner) { owner += 1 }
            guard owner + 1 < window.upperBound, let actor = units[owner].anyActor, units[owner + 1].isPossessiveUnit else { continue }
            return actor
        }
        return nil
    }

    static let shareVerbs = TokenSet(words: ["sharing", "shared", "share", "shares"])

    /// The unit after "them" or "the parts" right after a verb of sending, or nil.
    func goodsAnaphor(after cue: Int) -> Int? {
        let next = cue + 1
        guard next < units.count, !Self.helpVerbs.contains(tokens[units[cue].first].folded) else { return nil }
        if units[next].isWord(.theyPronoun), tokens[units[next].first].folded == Self.themHash { return next + 1 }
        // "denied selling it to Tehran"
        if units[next].isWord(.itPronoun), tokens[units[next].first].folded == Self.itHash { return next + 1 }
        guard next + 1 < units.count, units[next].isOther, Self.determiners.contains(tokens[units[next].first].folded),
            units[next + 1].isOther, Self.goodsNouns.contains(tokens[units[next + 1].first].folded)
        else { return nil }
        return next + 2
    }

    /// "These consignments were flown ...", "The parts were shipped ...": a sentence opening with the goods.
    /// "The Treasury said the consignments were flown ...": or after a clause of saying.
    func isGoodsSubject(before cue: Int) -> Bool {
        guard cue >= 3 else { return false }
        let isOpening: (Int) -> Bool = { start in
            start == 0 || self.isSpeech(self.units[start - 1]) || self.units[start - 1].isWord(.relative)
        }
        guard let start = (0..<(cue - 2)).last(where: { isOpening($0) && units[$0].isOther && Self.determiners.contains(tokens[units[$0].first].folded) }),
            units[start + 1].isOther || units[start + 1].cue != nil, units[start + 1].end - units[start + 1].first == 1,
            Self.goodsNouns.contains(tokens[units[start + 1].first].folded)
        else { return false }
        return ((start + 2)..<cue).allSatisfy { units[$0].isOther || units[$0].isWord(.alleged) }
    }

    static let legalBasisWords = TokenSet(words: ["pursuant", "under"])

    /// Whether the actor at `position` ends an apposition ", a senior officer of (the) X".
    func describesTarget(at position: Int) -> Bool {
        var of = position - 1
        if of >= 0, isDeterminer(of) { of -= 1 }
        guard of >= 2, units[of].isWord(.of) else { return false }
        var start = of - 1
        while start >= 1, of - start <= 5, units[start].anyActor == nil, units[start].cue == nil, !units[start].isPause, !isDeterminer(start) {
            start -= 1
        }
        return start >= 1 && start < of - 1 && isDeterminer(start) && units[start - 1].isPause && tokens[units[start - 1].first].mark == .comma
    }

    /// Whether the unit at `position` stands before a lowercase word (before `end`) that it modifies:
    /// "Hong Kong companies", "mainland and Hong Kong firms".
    func modifiesNoun(at position: Int, before end: Int) -> Bool {
        func isLowercaseWord(_ index: Int) -> Bool {
            index < end && units[index].isOther && tokens[units[index].first].kind == .word && !tokens[units[index].first].isCapitalized
        }
        // "a Bandar Anzali shipping company": a verb-like word may open the noun.
        if position + 2 < end, units[position + 1].cue != nil, units[position + 1].end - units[position + 1].first == 1,
            !tokens[units[position + 1].first].isCapitalized, isLowercaseWord(position + 2)
        {
            return true
        }
        return isLowercaseWord(position + 1)
    }

    /// What "it" stands for as a sanction's target: the last sentence's subject, when it is no state.
    func pronounTarget() -> ActorID? {
        guard let subject = memory.lastSubject, !states.contains(subject) else { return nil }
        return subject
    }

    /// The relative word before the imposers that end at `last` ("which the US and the EU"), if only
    /// actors, "and", commas and determiners lie between.
    func relativeBefore(imposersEndingAt last: Int) -> Int? {
        var position = last - 1
        while position >= 0, last - position <= 8 {
            if units[position].isWord(.relative) { return position }
            guard units[position].actor != nil || units[position].isWord(.and) || isDeterminer(position)
                || (units[position].isPause && tokens[units[position].first].mark == .comma)
            else { return nil }
            position -= 1
        }
        return nil
    }

    static let progressiveSanctionVerbs = TokenSet(words: ["sanctioning", "designating", "blacklisting", "listing", "penalizing", "penalising"])

    /// The last words of the funding verbs ("available" of "made available").
    static let fundingVerbs = TokenSet(words: CueTerms.fundingVerbs.map { String($0.split(separator: " ").last ?? "") })

    static let themHash = TokenHash.folded("them")
    static let itHash = TokenHash.folded("it")
    static let listingVerbs = TokenSet(words: ["listed", "lists", "list", "listing"])
    static let tradeRoles = TokenSet(words: ["end", "end-users", "customers", "consignees", "buyers", "purchasers", "clients", "recipients"])
    static let asHash = TokenHash.folded("as")
    static let haveForms = TokenSet(words: ["have", "has", "had"])
    static let shouldWords = TokenSet(words: ["should", "must", "ought"])
    static let announceVerbs = TokenSet(words: ["announced", "announces"])
    static let penaltyNouns = TokenSet(words: ["penalty", "penalties", "fine", "fines", "charges", "indictment", "settlement"])
    static let helpVerbs = TokenSet(words: ["help", "helps", "helped", "helping", "equipped", "equipping", "arming", "announced", "announces", "pledged"])
    static let goodsNouns = TokenSet(words: ["components", "parts", "goods", "items", "consignment", "consignments", "shipment", "shipments",
        "cargo", "cargoes", "products", "devices", "units", "engines", "modules", "chips", "batch", "batches"])

    func receive(_ context: FrameContext) -> [FoundFlow] {
        var items = itemUnits(in: context.window)
        var confidence = 0.85
        // "employing drones procured from Iran": the participle's noun, not what follows.
        if let named = participleItems(before: context.cueIndex) { items = named }
        if items.isEmpty {
            items = itemUnits(in: max(0, context.clauseStart)..<context.cueIndex)
            confidence -= 0.1
        }
        items = context.extraItems + items
        if items.isEmpty, !hasUncategorisedGoods(in: context.window) { return [] }
        var receiver = possessorBefore(context.cueIndex).map { ($0, 0.0) } ?? subject(before: context.cueIndex)
        // "The missiles were received by Russia from North Korea"
        if let by = passiveAgent(after: context.cueIndex) { receiver = (by, 0.0) }
        if receiver == nil, let after = firstActor(in: context.window, allowPrepositions: false) {
            receiver = (after, 0.1)
        }
        guard var (to, penalty) = receiver else { return [] }
        // "a broker that arranged purchases of Z from X for Y": the broker does not receive.
        if context.cueIndex >= 1, units[context.cueIndex - 1].isOther, Self.brokerVerbs.contains(tokens[units[context.cueIndex - 1].first].folded) {
            guard let buyer = objectAfter(.for, in: context.window) else { return [] }
            to = buyer
            penalty += 0.05
        }
        confidence -= penalty
        // "received two Su-30SME jets from Russia and a batch of drones from China": each item comes
        // from the source named right after it.
        let sources = context.window.compactMap { position -> (Int, ActorID)? in
            guard units[position].isWord(.from), let source = objectAfter(.from, in: position..<min(context.window.upperBound, position + 3)) else { return nil }
            return (position, source)
        }
        if sources.count >= 2, context.extraItems.isEmpty {
            let status = status(for: context)
            var start = context.window.lowerBound
            var result: [FoundFlow] = []
            for (position, source) in sources {
                let named = itemUnits(in: start..<position)
                start = position + 1
                guard !named.isEmpty, source != to else { continue }
                result += make(source, to, named, status, confidence - 0.05, "receive: Y received Z from X and W from V", context.window)
            }
            if !result.isEmpty { return result }
        }
        var from = objectAfter(.from, in: context.window)
        if from == nil, context.cue.frame == .request { from = firstActor(in: context.window, allowPrepositions: false).flatMap { $0 == to ? nil : $0 } }
        if from == nil { from = objectAfter(.with, in: max(0, context.clauseStart)..<context.cueIndex) }
        if from == nil, let origin = origin(of: items) {
            from = origin
            confidence -= 0.05
        }
        guard let from else { return [] }
        let status = status(for: context)
        return actorPairs(from, to, context).flatMap {
            make($0.0, $0.1, items, status, confidence - $0.2, "receive: Y received Z from X / Y wants to buy Z from X", context.window)
        }
    }

    /// "X is Y's top military backer", "X is one of Y's most important supporters", "X remains the
    /// largest supplier of shells to Y", "X and Z remain Y's main suppliers of drones and jets".
    func supporter(_ context: FrameContext) -> [FoundFlow] {
        let index = context.cueIndex
        // "supplier of drones and trainer aircraft": what is supplied, named after "of".
        var named: [Unit] = []
        if index + 1 < context.window.upperBound, units[index + 1].isWord(.of) {
            let end = ((index + 1)..<context.window.upperBound).first { units[$0].isWord(.to) || units[$0].isPause } ?? context.window.upperBound
            named = itemUnits(in: (index + 1)..<end)
        }
        let recipient = possessorBefore(index, reach: 5) ?? (named.isEmpty ? nil : objectAfter(.to, in: context.window))
        guard let recipient, let (from, penalty) = subject(before: index) else { return [] }
        let items = named.isEmpty ? supportItem(at: index) : named
        let status = status(for: context)
        return actorPairs(from, recipient, context).flatMap {
            make($0.0, $0.1, items, status, 0.8 - penalty - $0.2, "supporter: X is Y's backer", context.window)
        }
    }

    /// "Iran's support for Russia", "Iranian support for the Russian war".
    func support(_ context: FrameContext) -> [FoundFlow] {
        let index = context.cueIndex
        var from: ActorID?
        if index >= 2, units[index - 1].isWordPossessive(), let actor = units[index - 2].anyActor { from = actor }
        if from == nil, index >= 1, case .actor(let id, .adjectival) = units[index - 1].kind { from = id }
        guard let from, let to = firstActor(in: context.window, allowPrepositions: true, allowAdjectival: true) else { return [] }
        return make(from, to, supportItem(at: index), status(for: context), 0.75, "support: X's support for Y", context.window)
    }

    func sanction(_ context: FrameContext) -> [FoundFlow] {
        // "refused to take part in sanctions", "urges X to sanction Y": no sanction is stated.
        if isRefusedOrAskedFor(context.cueIndex) { return [] }
        // "Brazos listed both companies as end users": naming them as something is no sanction.
        if isListingAsTradeRole(at: context.cueIndex) { return [] }
        // "have not been listed by anyone", "London should designate X": none is stated either.
        var modal = context.cueIndex - 1
        while modal >= 1, context.cueIndex - modal <= 3, isAdverb(units[modal])
            || (units[modal].isOther && (Self.beForms.contains(tokens[units[modal].first].folded) || Self.haveForms.contains(tokens[units[modal].first].folded)))
        {
            modal -= 1
        }
        if modal >= 0, units[modal].isWord(.negation) || (units[modal].isOther && Self.shouldWords.contains(tokens[units[modal].first].folded)) {
            return []
        }
        // "X is subject to US, EU and UK sanctions", "X remains under EU sanctions".
        if let subjectTo = subjectTo(before: context.cueIndex) {
            let imposers = (subjectTo.1..<context.cueIndex).compactMap { units[$0].anyActor }
            guard let (target, _) = subject(before: subjectTo.0), !imposers.isEmpty else { return [] }
            let targets = coordinated(target, in: 0..<subjectTo.0)
            let status = status(for: context)
            return imposers.flatMap { imposer in
                targets.filter { $0 != imposer }.flatMap { make(imposer, $0, [], status, 0.75, "sanction: Y is subject to X's sanctions", context.window) }
            }
        }
        // "X has been designated (by Y)", "X was previously sanctioned": the subject of a passive is the target.
        let beBefore = context.cueIndex >= 1 && (Self.beForms.contains(tokens[units[context.cueIndex - 1].first].folded)
            || (context.cueIndex >= 2 && units[context.cueIndex - 1].isOther && Self.beForms.contains(tokens[units[context.cueIndex - 2].first].folded)
                && isAdverb(units[context.cueIndex - 1])))
        // "the United States was sanctioning X": a progressive is active.
        let progressive = Self.progressiveSanctionVerbs.contains(tokens[units[context.cueIndex].first].folded)
        if beBefore, !progressive,
            let (target, _) = subject(before: context.cueIndex)
        {
            guard let imposer = passiveAgent(after: context.cueIndex) ?? memory.lastImposer else { return [] }
            let targets = coordinated(target, in: 0..<context.cueIndex)
            let status = status(for: context)
            return targets.flatMap { make(imposer, $0, [], status, 0.7, "sanction: Y has been sanctioned (by X)", context.window) }
        }
        // "X added A, B and C to its sanctions list": the targets come before the list.
        if let added = addedToList(before: context.cueIndex) {
            // "the European Union's decision on Monday to add X to its list": whose decision it is.
            let decider = added.verb >= 2 && units[added.verb - 1].isWord(.to) ? possessorBefore(added.verb - 1, reach: 5) : nil
            guard let imposer = decider ?? subject(before: added.verb)?.0 ?? memory.lastImposer else { return [] }
            let status = status(for: context)
            return added.targets.filter { $0 != imposer }.flatMap {
                make(imposer, $0, [], status, 0.8, "sanction: X added Y to its sanctions list", context.window)
            }
        }
        // "BIS added 12 entities located in China and Russia to the Entity List": no target is named.
        if listVerb(before: context.cueIndex) != nil { return [] }
        // "IRISL, which the EU sanctioned in 2024": the relative's antecedent is the target.
        // "X, which the United States and the European Union sanctioned": several imposers.
        if context.cueIndex >= 3, let imposer = units[context.cueIndex - 1].actor, let relative = relativeBefore(imposersEndingAt: context.cueIndex - 1) {
            var antecedent = relative - 1
            if antecedent >= 1, units[antecedent].isPause { antecedent -= 1 }
            // "Vostok Shipping, a Vladivostok company that the US sanctioned": the apposition's name.
            if antecedent >= 0, units[antecedent].anyActor == nil,
                let comma = (max(0, relative - 7)..<relative).last(where: { units[$0].isPause && tokens[units[$0].first].mark == .comma }),
                comma >= 1, isDeterminer(comma + 1), ((comma + 1)..<relative).allSatisfy({ units[$0].cue == nil && !units[$0].isPause })
            {
                antecedent = comma - 1
            }
            if antecedent >= 0, let target = units[antecedent].actor ?? units[antecedent].person, target != imposer {
                // "... that the United States sanctioned together with the airline, its chief executive X and Y".
                var targets = [target]
                if let with = context.window.first(where: { units[$0].isWord(.and) && units[$0].end - units[$0].first > 1 }) {
                    for position in (with + 1)..<units.count {
                        let unit = units[position]
                        if unit.isWord(.relative) || unit.cue != nil || isSpeech(unit) { break }
                        if let actor = unit.actor ?? unit.person, actor != imposer, !targets.contains(actor), !isPossessor(at: position),
                            !describesTarget(at: position)
                        {
                            targets.append(actor)
                        }
                    }
                }
                let stated = self.status(for: context)
                let imposers = ((relative + 1)..<context.cueIndex).compactMap { units[$0].actor }.filter { $0 != target }
                return imposers.flatMap { imposer in
                    targets.filter { $0 != imposer }.flatMap { make(imposer, $0, [], stated, 0.75, "sanction: Y, which X sanctioned", context.window) }
                }
            }
        }
        // "supports the package of sanctions of the European Union against Russia": the sanctions' own imposer, not who supports them.
        var imposer = ownActor(ofCueAt: context.cueIndex) ?? subject(before: context.cueIndex)?.0
        if imposer == nil { imposer = passiveAgent(after: context.cueIndex) }
        // "the sanctions adopted last week by the EU against X"
        if imposer == nil, let by = context.window.prefix(6).first(where: { units[$0].isWord(.by) }), by + 1 < units.count {
            imposer = units[by + 1].actor ?? (isDeterminer(by + 1) && by + 2 < units.count ? units[by + 2].actor : nil)
        }
        // "the EU's new sanctions on X"
        if imposer == nil { imposer = possessorBefore(context.cueIndex, reach: 3) }
        if imposer == nil, hasWe(before: context.cueIndex) {
            // "we are designating": the speaker's party, or the first state the article made a subject.
            imposer = memory.speakerParty ?? memory.firstStateSubject
        }
        // "The sanctions target ...": the imposer of the sentence before.
        var confidence = 0.85
        if imposer == nil, let last = memory.lastImposer, context.cueIndex <= 3,
            units.prefix(context.cueIndex).allSatisfy({ $0.isOther && tokens[$0.first].kind == .word })
        {
            imposer = last
            confidence = 0.75
        }
        guard let imposer else { return [] }
        var targets: [ActorID] = []
        var index = context.window.lowerBound
        // The list of targets runs on past a relative clause ("X, an airline that flew parts to
        // Russia, as well as Y") up to the next sanction cue or the end of the sentence.
        let nextSanction = units[context.window.upperBound...].firstIndex { $0.cue?.frame == .sanction }
        var end = nextSanction ?? units.count
        // "X sanctioned A, and Canada imposed a ban on ...": the next sanction's subject ends the list.
        if let next = nextSanction, let subject = (context.window.lowerBound..<next).last(where: { units[$0].actor != nil }),
            subject >= 2, units[subject - 1].isWord(.and), units[subject - 2].isPause,
            ((subject + 1)..<next).allSatisfy({ units[$0].isOther })
        {
            end = subject
        }
        // "X designated A, and the European Union listed B": the next sanction's imposer is no target.
        let nextImposer = nextSanction.flatMap { next -> ActorID? in
            guard next >= 2, let actor = units[next - 1].actor, units[next - 2].isWord(.and) || units[next - 2].isPause || isDeterminer(next - 2)
            else { return nil }
            return actor
        }
        while index < end {
            let unit = units[index]
            if unit.isWord(.relative) {
                index = units[index...].firstIndex(where: \.isPause) ?? end
                continue
            }
            if index >= context.window.upperBound, unit.cue != nil { break }
            // "..., while Britain sanctioned B", "..., and the European Union added B to its list":
            // another imposer's clause ends the list.
            if opensImposerClause(at: index) { break }
            if unit.isWord(.between) || unit.isWord(.from) || unit.isWord(.with) || unit.isWord(.via) { break }
            // "five individuals they accuse of moving drone parts to Russia": the reason names no target.
            if unit.isOther, Self.reasonWords.contains(tokens[unit.first].folded) { break }
            // "more than 100 connected to Iran and the DPRK": what targets are tied to is no target.
            if unit.isWord(.to), index >= 1, units[index - 1].isOther, Self.tieWords.contains(tokens[units[index - 1].first].folded) { break }
            // "designated X for transshipping UAV components to Iran": the reason names no target.
            if unit.isWord(.for), index + 1 < units.count, units[index + 1].cue != nil { break }
            // "entities in Iran and Russia": a place, not a target; "by the EU and Britain": the imposers.
            if unit.isWord(.in) || unit.isWord(.by) {
                index = afterPlaces(from: index + 1, before: end)
                continue
            }
            if index >= context.window.upperBound, isSpeech(unit) { break }
            // "pursuant to Executive Order 13382", "under the Russia regime": the legal basis ends the list.
            if unit.isOther, Self.legalBasisWords.contains(tokens[unit.first].folded) { break }
            // "more than 3,000 individuals and entities", "Iranian individuals and entities": a tally or
            // a kind of people, not an actor.
            if unit.actor != nil, isCountedGroup(at: index) {
                index += 1
                continue
            }
            // "Jong Myong Su, a senior officer of the Korean People's Army": whom a target serves is no target.
            if unit.anyActor != nil || unit.person != nil, describesTarget(at: index) {
                index += 1
                continue
            }
            // A person after a closing quote is the one speaking, not a target.
            let quoted = (units[context.cueIndex].end..<unit.first).contains { tokens[$0].mark == .quote }
            // "Hong Kong companies": a name before a lowercase noun modifies it.
            let modifies = modifiesNoun(at: index, before: units.count)
            let listed = index < context.window.upperBound || (index >= 1 && (units[index - 1].isWord(.and) || units[index - 1].isPause))
            let person = listed && !quoted && !modifies ? unit.person : nil
            // "Golden Lotus, a Yangon company": a town before a noun only says where; "Chinese and Hong
            // Kong companies", "..., and Britain added B": nor is a state before a lowercase word after "and".
            if modifies, let actor = unit.actor, states.contains(actor), index >= 1, isDeterminer(index - 1) || units[index - 1].isPause
                || units[index - 1].isWord(.and)
            {
                index += 1
                continue
            }
            // "Karun Shipping Lines of Bandar Anzali": where the named target is.
            if let actor = unit.actor, states.contains(actor), index >= 2, units[index - 1].isWord(.of), units[index - 2].actor != nil {
                index += 1
                continue
            }
            // "..., among them a Vladivostok firm, X": a member of the list, not another verb's object.
            let included = index >= 1 && (units[index - 1].isWord(.including) || (index >= 2 && isDeterminer(index - 1) && units[index - 2].isWord(.including)))
            if let actor = unit.actor ?? person, actor != nextImposer, !targets.contains(actor), !isPossessor(at: index),
                !isObject(at: index) || index < context.window.upperBound || included
            {
                targets.append(actor)
            }
            if unit.isWord(.pairPhrase), let pair = pair(before: index) {
                for actor in [pair.0, pair.1] where !targets.contains(actor) { targets.append(actor) }
            }
            index += 1
        }
        // "The United States and Britain sanctioned it in 2023": the company the sentence before was about.
        if targets.isEmpty, context.window.lowerBound < units.count, units[context.window.lowerBound].isWord(.itPronoun),
            tokens[units[context.window.lowerBound].first].folded == Self.itHash, let earlier = memory.lastSentenceTargets.first ?? pronounTarget()
        {
            targets = [earlier]
        }
        let imposers = coordinated(imposer, in: 0..<units.count)
        let status = status(for: context)
        return imposers.flatMap { imposer in
            targets.filter { $0 != imposer && !imposers.contains($0) }.flatMap { target in
                make(imposer, target, [], status, confidence - (isNew(target) ? 0.05 : 0), "sanction: X imposed sanctions on Y", context.window)
            }
        }
    }

    /// The first unit at or after `start` that is not part of a list of places or names ("in China,
    /// Türkiye and the UAE", "by the EU and Britain"), up to `end` or another imposer's clause.
    func afterPlaces(from start: Int, before end: Int) -> Int {
        var position = start
        while position < end, !opensImposerClause(at: position),
            units[position].actor != nil || units[position].isWord(.and) || units[position].isPause || isDeterminer(position)
                || (units[position].isOther && tokens[units[position].first].isCapitalized)
        {
            position += 1
        }
        return position
    }

    /// A group named by common nouns ("individuals and entities") after a number in digits or a
    /// demonym: a count of designations or a kind of people, not one actor.
    func isCountedGroup(at index: Int) -> Bool {
        let unit = units[index]
        guard index >= 1, (unit.first..<unit.end).allSatisfy({ tokens[$0].kind != .word || !tokens[$0].isCapitalized }) else { return false }
        let before = units[index - 1]
        if before.isAdjectival { return true }
        return (before.first..<before.end).contains { tokens[$0].kind == .number }
    }

    /// ", and the EU added", "while Britain sanctioned": a conjunction, then an actor with a verb of its own.
    func opensImposerClause(at index: Int) -> Bool {
        let word = units[index]
        if word.isWord(.and) {
            guard index >= 1, units[index - 1].isPause else { return false }
        } else {
            guard word.isOther, Self.clauseJoiners.contains(tokens[word.first].folded) else { return false }
        }
        var subject = index + 1
        if subject < units.count, isDeterminer(subject) { subject += 1 }
        // "while the Commerce Department's Bureau of Industry and Security added": past its possessor.
        if let possessive = (subject..<min(units.count, subject + 4)).first(where: { units[$0].isPossessiveUnit }),
            (subject..<possessive).allSatisfy({ units[$0].anyActor != nil || (units[$0].isOther && tokens[units[$0].first].isCapitalized) })
        {
            subject = possessive + 1
        }
        guard subject + 1 < units.count, units[subject].actor != nil else { return false }
        let verb = units[subject + 1]
        // "added" is also a verb of saying ("she added"); here it has an object.
        return verb.cue?.frame == .sanction || (verb.anyActor == nil && Self.imposerVerbs.contains(tokens[verb.first].folded))
    }

    static let clauseJoiners = TokenSet(words: ["while", "whereas", "but"])
    static let imposerVerbs = TokenSet(words: [
        "added", "adds", "listed", "lists", "designated", "designates", "sanctioned", "sanctions", "imposed", "imposes", "blacklisted",
        "froze", "freezes", "targeted", "targets", "followed", "will", "has", "have", "also", "put", "placed",
    ])

    static let haltWords = TokenSet(words: ["halt", "end", "stop", "cessation", "moratorium", "condemned", "condemns", "condemn", "denounced", "denounces", "deplored"])

    func strike(_ context: FrameContext) -> [FoundFlow] {
        let index = context.cueIndex
        let possessor = possessorBefore(index)
        var attacker = possessor.map { ($0, 0.0) } ?? subject(before: index)
        // "called for a halt to airstrikes", "condemned the raids": who asks them to stop does not strike.
        if possessor == nil, (max(0, index - 4)..<index).contains(where: {
            units[$0].isOther && Self.haltWords.contains(tokens[units[$0].first].folded)
        }) {
            attacker = nil
        }
        if let by = passiveAgent(after: index) { attacker = (by, 0.0) }
        // "the new massive attack of the Russian Federation against Ukraine": the attack's own attacker.
        if let own = ownActor(ofCueAt: index), context.window.contains(where: { units[$0].isWord(.against) || units[$0].isWord(.on) })
        {
            attacker = (own, 0.05)
        }
        var byWeaponOrigin = false
        if attacker == nil, let owner = weaponOwner(before: index) {
            attacker = (owner.0, 0.1)
            byWeaponOrigin = owner.1
        }
        // "the air force used jets to strike X, and Mi-35 helicopters fired rockets at Y": a clause whose
        // subject is a weapon is the first clause's attacker's, not its target's.
        let weaponClause = (max(0, context.clauseStart)..<index).last { isWeaponClause(at: $0) }
        if let clause = weaponClause, possessorBefore(index) == nil, passiveAgent(after: index) == nil,
            ((clause + 1)..<index).allSatisfy({ units[$0].anyActor == nil }), let first = firstSubjectActor(before: clause)
        {
            attacker = (first, 0.1)
        }
        guard let (from, penalty) = attacker else { return [] }
        let named = itemUnits(in: 0..<units.count).filter { Self.strikeCategories.contains($0.item!.category) }
        var weapons = named
        // "Russia has launched more than 4,000 of them against Ukraine": the weapons named before.
        if named.isEmpty, context.window.contains(where: { units[$0].isWord(.theyPronoun) && tokens[units[$0].first].folded == Self.themHash }) {
            weapons = memory.lastItems.filter { Self.strikeCategories.contains($0.item!.category) }
        }
        /// Keeps the weapons of the strike's own clause, when it names any.
        func keepOwn(_ isOwn: (Unit) -> Bool) {
            let own = weapons.filter(isOwn)
            if !own.isEmpty { weapons = own }
        }
        // None from a later clause, none from before a weapon's clause.
        if let next = ((index + 1)..<units.count).first(where: { isWeaponClause(at: $0) }) { keepOwn { $0.first < units[next].first } }
        if let clause = weaponClause { keepOwn { $0.first > units[clause].first } }
        // "rounds and missiles, which Russia has launched against Ukraine": what the relative stands for.
        if let antecedents = relativeAntecedents(of: weapons, before: index) {
            weapons = antecedents
        } else if let pause = (max(0, context.clauseStart)..<index).last(where: { isClausePause($0) }) {
            // "shipped shells and missiles to Russia, and Russian forces fired several of the missiles
            // at Kharkiv": the weapons of the strike's own clause.
            keepOwn { $0.first > units[pause].first }
        }
        // "several of the missiles": the kind named before ("ballistic missiles").
        weapons = weapons.map { specificKind(of: $0, among: named + memory.lastItems) }
        if context.cue.frame == .strikeUse, weapons.isEmpty { return [] }
        var target: ActorID?
        var weaponsNamed = true
        // "Israel struck Iranian air defences": what is hit belongs to the state it comes from.
        if context.cue.frame == .strike, let first = context.window.first, let origin = units[first].kind.origin, origin != from,
            !Self.strikeCategories.contains(units[first].item!.category)
        {
            target = origin
            weaponsNamed = context.window.contains { units[$0].isWord(.with) }
        }
        for position in context.window where target == nil {
            let unit = units[position]
            guard let actor = unit.anyActor else { continue }
            // "the southeastern city of Zaporizhzhia"
            if position >= 2, units[position - 1].isWord(.of), units[position - 2].isOther,
                Self.placeNouns.contains(tokens[units[position - 2].first].folded)
            {
                target = actor
                break
            }
            // "bombed the camp of the PDF", "against the energy infrastructure of Ukraine": what X owns.
            let of = ((max(index + 1, position - 3))..<position).last { units[$0].isWord(.of) }
            if let of, ((of + 1)..<position).allSatisfy({ units[$0].isOther }), ownedTarget(before: of, cue: index) {
                target = actor
                break
            }
            // "against the Arakan Army", "at western Ukraine": past an article or a compass word.
            let skipsWord = position > 1 && (isDeterminer(position - 1) || (units[position - 1].isOther && Self.compassWords.contains(tokens[units[position - 1].first].folded)))
                && (units[position - 2].isWord(.against) || units[position - 2].isWord(.at) || units[position - 2].isWord(.in))
            let before = skipsWord ? units[position - 2] : position > 0 ? units[position - 1] : nil
            // "bombed Ukraine", "bombed the Kachin Independence Army": the direct object.
            let direct = context.cue.frame == .strike
                && (position == context.window.lowerBound || (position == context.window.lowerBound + 1 && isDeterminer(context.window.lowerBound)))
            let located = before.map { $0.isWord(.in) || $0.isWord(.against) || $0.isWord(.on) || $0.isWord(.to) || $0.isWord(.at) } ?? false
            // "missiles made in North Korea": where they come from, not what they hit.
            if position >= 2, UnitBuilder.madeWords.contains(tokens[units[position - 2].first].folded) { continue }
            if direct || located || (context.cue.frame == .strike && unit.actor == nil) {
                target = actor
                break
            }
        }
        // "Russia continues its aggression against Ukraine, employing drones": the target named before.
        if target == nil, context.cue.frame == .strikeUse,
            let against = (0..<index).last(where: { units[$0].isWord(.against) && $0 + 1 < index })
        {
            target = units[against + 1].actor ?? (isDeterminer(against + 1) && against + 2 < index ? units[against + 2].actor : nil)
        }
        // "the air force bombed villages across Myanmar": a force does not attack its own state.
        guard let target, target != from, lexicon.actorParents[from] != target, lexicon.actorParents[target] != from else { return [] }
        // "airstrikes against the Arakan Army, the Kachin Independence Army and PDF units": each target of the list.
        let targets = coordinated(target, in: context.window).filter { $0 != from && lexicon.actorParents[from] != $0 && lexicon.actorParents[$0] != from }
        var flows = targets.flatMap {
            make(from, $0, weaponsNamed ? weapons : [], status(for: context), 0.8 - penalty - ($0 == target ? 0 : 0.05), "strike: X used Z to attack Y", context.window, allowEmpty: true)
        }
        for position in flows.indices { flows[position].byWeaponOrigin = byWeaponOrigin }
        // "Russian forces fired North Korean-supplied missiles at Kharkiv": the supplier sent them to the user.
        for weapon in weapons where (weapon.first..<weapon.end).contains(where: { lexicon.supplierWords.contains(tokens[$0].folded) }) {
            guard let supplier = weapon.kind.origin, supplier != from, supplier != target else { continue }
            flows += make(supplier, from, [weapon], .delivered, 0.7, "transfer: X used Y-supplied Z", context.window)
        }
        // "Iran sent drones used to attack Ukraine": the sender is not the user.
        let gives = (0..<index).filter { units[$0].cue?.frame == .give || units[$0].cue?.frame == .giveNoun }
        if gives.contains(where: { subject(before: $0)?.0 == from }) {
            for position in flows.indices { flows[position].bySupplier = true }
        }
        return flows
    }

    func cooperation(_ context: FrameContext) -> [FoundFlow] {
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

    /// "Iran and Russia signed a defence agreement", "Iran's military partnership with Russia",
    /// "a deal between X and Y": cooperation, without direction.
    func agreement(_ context: FrameContext) -> [FoundFlow] {
        let index = context.cueIndex
        let items = itemUnits(in: max(context.clauseStart, index - 3)..<index) + itemUnits(in: context.window.prefix(4))
        var partners: (ActorID, ActorID)?
        let pairBetween = between(in: index..<context.window.upperBound)
        if items.isEmpty {
            // Without items: a treaty, a pact called military ("a defence agreement"), or
            // cooperation called military between a named pair ("military cooperation between X
            // and Y"); "their military cooperation" frames the flows the article goes on to name.
            let isPact = (units[index].first..<units[index].end).contains { Self.pactNouns.contains(tokens[$0].folded) }
            let qualified = (max(0, units[index].first - 3)..<min(tokens.count, units[index].end + 3)).contains { Self.qualifiers.contains(tokens[$0].folded) }
            let isTreaty = (units[index].first..<units[index].end).contains { Self.treatyNouns.contains(tokens[$0].folded) }
            // "Russia's cooperation with Iran", "cooperation between Moscow and Pyongyang": cooperation
            // between a named pair, whatever it is about.
            let isCooperation = (units[index].first..<units[index].end).contains { Self.cooperationNouns.contains(tokens[$0].folded) }
            let namedPair = pairBetween != nil
                || (possessorBefore(index, reach: 2) != nil && index + 2 < units.count && units[index + 1].isWord(.with) && units[index + 2].actor != nil)
            guard isTreaty || (qualified && (isPact || pairBetween != nil)) || (isCooperation && namedPair) else { return [] }
        }
        if let pair = pairBetween {
            partners = pair
        } else if let partner = objectAfter(.with, in: context.window.prefix(6)) ?? objectAfter(.with, in: max(0, context.clauseStart)..<index) {
            if let owner = possessorBefore(index, reach: 4) ?? subject(before: index)?.0 { partners = (owner, partner) }
        } else if let phrase = (max(0, context.clauseStart)..<index).last(where: { units[$0].isWord(.pairPhrase) }), let pair = pair(before: phrase) {
            partners = pair
        } else if let (first, _) = subject(before: index) {
            let both = coordinated(first, in: 0..<index)
            if both.count == 2 { partners = (both[0], both[1]) }
        } else if context.window.count >= 3, let first = units[context.window.lowerBound].anyActor, units[context.window.lowerBound + 1].isWord(.and),
            let second = units[context.window.lowerBound + 2].anyActor
        {
            // "The treaty Tehran and Moscow signed in January"
            partners = (first, second)
        }
        guard let (first, second) = partners, first != second else { return [] }
        let ordered = order(first, second)
        return make(ordered.0, ordered.1, items, status(for: context), 0.75, "cooperation: X and Y signed an agreement on Z", context.window, allowEmpty: true)
    }

    static let brokerVerbs = TokenSet(words: ["arranged", "arranges", "arranging", "brokered", "brokering", "facilitated", "facilitating", "organised", "organized", "financed"])

    static let carrierVerbs = TokenSet(words: ["transported", "transporting", "transports", "carried", "carrying", "carries", "carry", "flew", "flown", "ferried", "shipped"])

    /// "Iranian instructors taught Russian crews", "Russian personnel were trained in Iran":
    /// cooperation in training between trainer and trainee, without direction.
    func train(_ context: FrameContext) -> [FoundFlow] {
        let index = context.cueIndex
        // "continues to train", "will train": the verb; "a train carrying shells": the noun.
        if tokens[units[index].first].folded == Self.trainHash,
            index == 0 || !(units[index - 1].isWord(.to) || units[index - 1].isWord(.alleged) || units[index - 1].isWord(.planned))
        {
            return []
        }
        // "are training them" is active; "were trained by" passive.
        let passive = index >= 1 && tokens[units[index].first].folded != UnitBuilder.trainingHash
            && (Self.beForms.contains(tokens[units[index - 1].first].folded)
            || (index >= 2 && Self.beForms.contains(tokens[units[index - 2].first].folded)))
        var trainer: ActorID?
        var trainee: ActorID?
        if passive {
            trainee = subject(before: index)?.0
            trainer = passiveAgent(after: index) ?? objectAfter(.in, in: context.window.prefix(3))
            // "the troops were trained by Russian instructors": the troops of the state the article
            // last made a subject.
            var before = index - 1
            while before >= 0, Self.beForms.contains(tokens[units[before].first].folded) || isAdverb(units[before]) { before -= 1 }
            let bare = before == 0 || isDeterminer(before - 1) || units[before - 1].isPause
            if before >= 0, bare, units[before].isWord(.theyPronoun) || (units[before].isWord(.forces) && units[before].end - units[before].first == 1
                && UnitBuilder.peopleWords.contains(tokens[units[before].first].folded))
            {
                let earlier = [memory.lastFirstSubject, memory.recentStates.last].compactMap { $0 }
                if let state = earlier.first(where: { states.contains($0) && $0 != trainer }) { trainee = state }
            }
        } else {
            trainer = subject(before: index)?.0
            // "training a small group of Iranian pilots": the trainee after a quantity.
            trainee = firstActor(in: context.window.prefix(4), allowPrepositions: false)
                ?? (context.window.prefix(6).contains { units[$0].isWord(.of) } ? firstActor(in: context.window.prefix(6), allowPrepositions: true) : nil)
            if trainee == nil, context.window.first.map({ units[$0].isWord(.theyPronoun) }) == true { trainee = memory.lastSubject }
            // "Iranian pilots have trained on the Yak-130 in Russia": they were trained there.
            if trainee == nil, let place = objectAfter(.in, in: context.window) {
                trainee = trainer
                trainer = place
            }
        }
        guard let trainer, let trainee, trainer != trainee,
            let sense = lexicon.item(forHashes: [TokenHash.folded("training")])
        else { return [] }
        let ordered = order(trainer, trainee)
        let item = Unit(kind: .item(sense, origin: nil), first: units[index].first, end: units[index].end)
        return make(ordered.0, ordered.1, [item], status(for: context), 0.7, "cooperation: X trained Y", context.window)
    }

    /// "two Su-30 jets from Russia arrived in Myanmar", "these parts came to Russia through Hong Kong":
    /// the items are the subject; the sender is "from X" or their origin.
    func arrive(_ context: FrameContext) -> [FoundFlow] {
        let index = context.cueIndex
        let items = itemUnits(in: max(0, context.clauseStart)..<index)
        guard !items.isEmpty, (max(0, context.clauseStart)..<index).allSatisfy({ units[$0].actor == nil || isObject(at: $0) }) else { return [] }
        let after = context.window.prefix(6)
        guard let to = objectAfter(.to, in: after) ?? objectAfter(.in, in: after) ?? objectAfter(.at, in: after)
            ?? place(at: context.window.lowerBound, before: context.window.upperBound)
        else { return [] }
        var confidence = 0.75
        var from = objectAfter(.from, in: max(0, context.clauseStart)..<context.window.upperBound)
        if from == nil, let origin = origin(of: items) {
            from = origin
            confidence -= 0.05
        }
        guard let from, from != to else { return [] }
        return make(from, to, items, status(for: context), confidence, "arrive: Z from X arrived in Y", context.window)
    }

    static let pactNouns = TokenSet(words: ["agreement", "agreements", "pact", "treaty", "memorandum", "deal", "deals", "venture", "ventures", "contract", "contracts"])

    static let treatyNouns = TokenSet(words: ["treaty", "pact", "alliance"])
    static let cooperationNouns = TokenSet(words: ["cooperation", "co-operation", "collaboration"])

    static let qualifiers = TokenSet(words: ["military", "defence", "defense", "arms", "military-technical", "security", "weapons", "drone", "missile", "strategic"])

    /// "added A and B to its sanctions list", "put C on the entity list": the verb's position and
    /// the names between it and "to"/"on".
    func addedToList(before index: Int) -> (verb: Int, targets: [ActorID])? {
        guard let (verb, preposition) = listVerb(before: index) else { return nil }
        var targets: [ActorID] = []
        var position = verb + 1
        while position < preposition {
            // "12 entities located in China, Türkiye and Russia": where they are, not who.
            if units[position].isWord(.in) {
                position = afterPlaces(from: position + 1, before: preposition)
                continue
            }
            // "a dozen mainland and Hong Kong firms": a place before a lowercase noun only modifies it.
            let modifies = modifiesNoun(at: position, before: preposition) && units[position].actor.map(states.contains) == true
            if !modifies, let actor = units[position].actor ?? units[position].person, !targets.contains(actor), !isPossessor(at: position) { targets.append(actor) }
            position += 1
        }
        // "sanctioned Golden Lotus Energy last year, and the EU added it to its list": the target before.
        if targets.isEmpty, verb + 1 < preposition, units[verb + 1].isWord(.itPronoun) || units[verb + 1].isWord(.theyPronoun) {
            if let earlier = (0..<verb).last(where: { units[$0].actor != nil && isSanctionTarget(at: $0) }) {
                targets = coordinated(units[earlier].actor!, in: 0..<verb)
            } else {
                targets = memory.lastSentenceTargets.isEmpty ? pronounTarget().map { [$0] } ?? [] : memory.lastSentenceTargets
            }
        }
        // "added seven entities to its list, including X and Y": the names come after the list.
        if targets.isEmpty, let including = ((index + 1)..<min(units.count, index + 4)).first(where: { units[$0].isWord(.including) }) {
            for position in (including + 1)..<units.count {
                if units[position].isWord(.relative) || units[position].cue != nil { break }
                if let actor = units[position].actor ?? units[position].person, !targets.contains(actor), !isPossessor(at: position) {
                    targets.append(actor)
                }
            }
        }
        return targets.isEmpty ? nil : (verb, targets)
    }

    /// "added ... to the Entity List", "put ... on its list": the listing verb and the preposition
    /// before the list at `index`.
    func listVerb(before index: Int) -> (verb: Int, preposition: Int)? {
        var position = index - 1
        while position >= 0, index - position <= 2, units[position].isOther || units[position].isWord(.itPronoun) || units[position].isWord(.we)
            || (position == index - 1 && units[position].actor.map(states.contains) == true)
        {
            // "to its Iran sanctions list": the state names the list.
            position -= 1
        }
        guard position >= 1, units[position].isWord(.to) || units[position].isWord(.on) else { return nil }
        let preposition = position
        var verb = preposition - 1
        while verb >= 0, preposition - verb <= 24,
            !(units[verb].end - units[verb].first == 1 && Self.listVerbs.contains(tokens[units[verb].first].folded))
        {
            if let cue = units[verb].cue, cue.frame != .supporter, cue.frame != .support { return nil }
            verb -= 1
        }
        guard verb >= 0, preposition - verb <= 24 else { return nil }
        return (verb, preposition)
    }

    static let listVerbs = TokenSet(
        ["add", "added", "adds", "adding", "put", "puts", "putting", "placed", "places", "placing", "included", "includes", "listed"].map {
            TokenHash.folded($0)
        })

    /// The items right before a past participle that follows them ("drones and missiles procured
    /// from Iran", "shells supplied by North Korea"), or nil.
    func participleItems(before index: Int) -> [Unit]? {
        guard index >= 1, units[index - 1].item != nil, Self.participles.contains(tokens[units[index].first].folded) else { return nil }
        var first = index - 1
        while first >= 2, units[first - 1].isWord(.and) || units[first - 1].isPause, units[first - 2].item != nil { first -= 2 }
        return (first..<index).compactMap { units[$0].item != nil ? units[$0] : nil }
    }

    /// "asked Seoul to supply", "urged Beijing to stop selling": the subject of the verb of asking
    /// right before the infinitive's object.
    func askerBefore(_ index: Int) -> ActorID? {
        guard index >= 3, units[index - 1].isWord(.to) else { return nil }
        var position = index - 2
        if units[position].actor == nil { return nil }
        position -= 1
        if position >= 0, isDeterminer(position) { position -= 1 }
        guard position >= 1, units[position].end - units[position].first <= 2,
            Self.askVerbs.contains(tokens[units[position].first].folded)
        else { return nil }
        return firstSubjectActor(before: position) ?? subject(before: position)?.0
    }

    /// A refusal ("refused to join sanctions") or a call for the act ("urged Washington to
    /// sanction", "calls for sanctions") within the clause before the cue.
    func isRefusedOrAskedFor(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 8, !units[position].isPause || tokens[units[position].first].mark == .comma {
            let word = tokens[units[position].first].folded
            if Self.refusals.contains(word) || Self.askVerbs.contains(word) || (word == Self.callsHash && position + 1 < index) { return true }
            if units[position].cue != nil, position < index - 1 { return false }
            position -= 1
        }
        return false
    }

    static let refusals = TokenSet(words: ["refused", "refuses", "refusing", "declined", "declines", "reluctant", "resisted", "opposed", "opposes", "unwilling"])
    static let callsHash = TokenHash.folded("calls")

    static let participles = TokenSet(words: ["procured", "supplied", "sold", "shipped", "delivered", "provided", "sent", "bought", "purchased", "acquired", "obtained",
         "imported", "exported", "transferred", "given", "received", "smuggled", "donated", "re-exported", "transported"])

    /// An adverb that may stand between a form of "be" and a passive ("was previously sanctioned").
    func isAdverb(_ unit: Unit) -> Bool {
        let token = tokens[unit.first]
        return unit.end - unit.first == 1 && token.kind == .word && Self.adverbs.contains(token.folded)
    }

    static let adverbs = TokenSet(words: ["previously", "already", "also", "recently", "separately", "formally", "officially", "jointly", "subsequently", "later",
         "first", "likewise", "similarly", "today"])

    /// "drones of the Security Service of Ukraine hit ...", "Ukrainian drones struck ...": the
    /// owner of the weapon that is the subject, when no actor is; a demonym counts only for a state
    /// this article has not named as a supplier (Iranian drones hitting Kyiv were launched by Russia).
    func weaponOwner(before index: Int) -> (ActorID, Bool)? {
        var position = index - 1
        while position >= 0, index - position <= 8, !units[position].isPause {
            if let item = units[position].item, Self.strikeCategories.contains(item.category) {
                if position + 2 < index, units[position + 1].isWord(.of), let owner = units[position + 2].actor ?? (isDeterminer(position + 2) ? units[position + 3].actor : nil) {
                    return (owner, false)
                }
                if let origin = units[position].kind.origin, !memory.suppliers.contains(origin) { return (origin, true) }
                // "Ukraine's own long-range drones struck": the possessor owns them.
                var back = position - 1
                while back >= 1, position - back <= 3, units[back].isOther { back -= 1 }
                if back >= 1, units[back].isPossessiveUnit, let owner = units[back - 1].anyActor { return (owner, false) }
                return nil
            }
            position -= 1
        }
        return nil
    }

    /// ", and Mi-35 helicopters fired ...": a clause whose subject is a weapon and whose verb strikes.
    func isWeaponClause(at position: Int) -> Bool {
        guard units[position].isPause, tokens[units[position].first].mark == .comma, position + 3 < units.count, units[position + 1].isWord(.and),
            units[position + 2].item.map({ Self.strikeCategories.contains($0.category) }) == true
        else { return false }
        let frame = units[position + 3].cue?.frame
        return frame == .strike || frame == .strikeUse
    }

    /// ", and Russian forces ...", ", employing ...": a pause that opens a clause, not one between list items.
    func isClausePause(_ position: Int) -> Bool {
        guard units[position].isPause, position + 1 < units.count else { return false }
        if units[position + 1].cue != nil { return true }
        return position + 2 < units.count && units[position + 1].isWord(.and) && units[position + 2].anyActor != nil
    }

    /// "the missiles" after "ballistic missiles": a generic weapon with a determiner takes the
    /// specific kind of the same family named before it.
    func specificKind(of weapon: Unit, among earlier: [Unit]) -> Unit {
        guard let category = weapon.item?.category, let specific = Self.specificKinds[category], weapon.first >= 1,
            Self.determiners.contains(tokens[weapon.first - 1].folded)
        else { return weapon }
        // Token positions run through the whole article, so "before" holds across sentences.
        return earlier.last { $0.first < weapon.first && specific.contains($0.item!.category) } ?? weapon
    }

    static let specificKinds: [ItemCategory: Set<ItemCategory>] = [.missile: [.ballisticMissile], .ammunition: [.artilleryAmmunition, .tankAmmunition]]

    /// The noun phrase between the cue and "of" is what is hit: a determiner and plain words only.
    func ownedTarget(before of: Int, cue: Int) -> Bool {
        var position = of - 1
        var words = 0
        while position > cue, words <= 4 {
            let unit = units[position]
            if unit.isWord(.against) || unit.isWord(.on) || unit.isWord(.at) { return words > 0 }
            guard unit.isOther else { return false }
            words += 1
            position -= 1
        }
        return position == cue && words > 0
    }

    static let stopVerbs = TokenSet(words: ["stop", "halt", "cease", "end", "suspend", "curb"])

    static let armingHash = TokenHash.folded("arming")

    static let askVerbs = TokenSet(words: ["asked", "asks", "ask", "urged", "urges", "pressed", "requested", "called", "begged", "lobbied"])

    /// ", which Russian forces have launched against Kharkiv": the subject of a relative clause
    /// after the items whose verb uses them.
    func userAfter(_ window: Range<Int>) -> ActorID? {
        guard let relative = window.first(where: { units[$0].isWord(.relative) }), relative + 1 < units.count,
            let user = units[relative + 1].actor
        else { return nil }
        let verb = ((relative + 2)..<min(units.count, relative + 5)).first { units[$0].cue != nil }
        guard let verb, let cue = units[verb].cue, cue.frame == .strikeUse || cue.frame == .strike || cue.frame == .receive else { return nil }
        return user
    }

    /// "subject to" or "under" within a few words before a sanction cue, with only imposers and
    /// list words between: the position of "subject"/"under" and of the first word after it.
    func subjectTo(before index: Int) -> (Int, Int)? {
        var position = index - 1
        while position >= 1, index - position <= 8 {
            let unit = units[position]
            if unit.isWord(.to), units[position - 1].isOther, tokens[units[position - 1].first].folded == Self.subjectHash {
                return (position - 1, position + 1)
            }
            if unit.isWord(.via), tokens[unit.first].folded == Self.underHash { return (position, position + 1) }
            guard unit.anyActor != nil || unit.isWord(.and) || unit.isPause || isDeterminer(position) || unit.isOther else { return nil }
            position -= 1
        }
        return nil
    }

    static let subjectHash = TokenHash.folded("subject")
    static let underHash = TokenHash.folded("under")

    /// "listed both companies as end users": a listing that names a trade role, not a sanction.
    func isListingAsTradeRole(at cue: Int) -> Bool {
        guard Self.listingVerbs.contains(tokens[units[cue].first].folded),
            let asWord = units[(cue + 1)...].prefix(6).firstIndex(where: { $0.isPause || ($0.isOther && tokens[$0.first].folded == Self.asHash) })
        else { return false }
        return !units[asWord].isPause && asWord + 1 < units.count && Self.tradeRoles.contains(tokens[units[asWord + 1].first].folded)
    }

    /// The imposer of the sentence's first sanction cue, whether or not it names a target.
    func imposer() -> ActorID? {
        guard let index = units.indices.first(where: { units[$0].cue?.frame == .sanction && !isListingAsTradeRole(at: $0) }) else { return nil }
        // "The individuals and entities newly designated are", "entities are designated": the
        // subject of a passive or a participle is designated, not designating.
        var before = index - 1
        if before >= 0, isAdverb(units[before]) || (units[before].isOther && Self.participleAdverbs.contains(tokens[units[before].first].folded)) {
            before -= 1
        }
        // "X newly designated are": a participle after its noun, then the verb.
        let verbAfter = index + 1 < units.count && units[index + 1].isOther
            && (Self.beForms.contains(tokens[units[index + 1].first].folded) || Self.includeVerbs.contains(tokens[units[index + 1].first].folded))
        let isPassive = before >= 0 && Self.sanctionParticiples.contains(tokens[units[index].end - 1].folded)
            && (Self.beForms.contains(tokens[units[before].first].folded) || (units[before].actor != nil && verbAfter))
        if isPassive { return passiveAgent(after: index) }
        // "BIS added 12 entities located in China and Russia to the Entity List": the subject of the listing verb.
        if let (verb, _) = listVerb(before: index), let listing = subject(before: verb)?.0 { return listing }
        let found = subject(before: index)?.0 ?? passiveAgent(after: index) ?? possessorBefore(index, reach: 3)
        // "According to the Foreign Ministry, the newly listed entities are": the source imposes nothing.
        if let found, let position = units.firstIndex(where: { $0.actor == found }), isSource(at: position) { return nil }
        return found
    }

    static let participleAdverbs = TokenSet(words: ["newly", "now", "hereby", "additionally", "further"])
    static let sanctionParticiples = TokenSet(words: ["designated", "sanctioned", "listed", "blacklisted", "penalized", "penalised"])
    static let includeVerbs = TokenSet(words: ["include", "includes", "included"])

    /// An entry of a designation list: its first name (and names coordinated with it) is a target.
    func listEntry(imposedBy imposer: ActorID) -> [FoundFlow] {
        guard var position = units.prefix(6).firstIndex(where: { $0.actor != nil || $0.person != nil }) else { return [] }
        // "Kavkaz Trade Hub's director, Levan Abashidze": the entry is the person its owner is named for.
        if position + 1 < units.count, units[position + 1].isPossessiveUnit,
            let person = ((position + 2)..<min(units.count, position + 8)).first(where: { units[$0].person != nil })
        {
            position = person
        }
        let target = units[position].actor ?? units[position].person!
        let targets = units[position].actor == nil ? [target] : coordinated(target, in: position..<min(units.count, position + 8))
        return targets.flatMap { make(imposer, $0, [], .delivered, 0.75, "sanction: a designation list's entry", position..<(position + 1)) }
    }

    /// Every sender–recipient pair of coordinated actors ("Iran and North Korea sent ... to Russia
    /// and Belarus"), with a small penalty for each beyond the first.
    func actorPairs(_ from: ActorID, _ to: ActorID, _ context: FrameContext) -> [(ActorID, ActorID, Double)] {
        let senders = coordinated(from, in: 0..<units.count)
        let recipients = coordinated(to, in: 0..<units.count)
        var result: [(ActorID, ActorID, Double)] = []
        for sender in senders {
            for recipient in recipients where sender != recipient && !senders.contains(recipient) {
                let extra = sender == from && recipient == to ? 0.0 : 0.05
                result.append((sender, recipient, extra + (isNew(sender) || isNew(recipient) ? 0.05 : 0)))
            }
        }
        return result
    }

    /// A name the registry lacks (`NewActorFinder`).
    func isNew(_ actor: ActorID) -> Bool { lexicon.actorNames[actor] == nil }

    /// "weapons transfers between Iran and Russia", "any movement on ballistic missiles between the two countries".
    func exchange(_ context: FrameContext) -> [FoundFlow] {
        let before = max(context.clauseStart, context.cueIndex - 3)..<context.cueIndex
        let items = itemUnits(in: before) + itemUnits(in: context.window)
        guard !items.isEmpty, let (first, second) = between(in: context.cueIndex..<context.window.upperBound) ?? between(in: 0..<context.cueIndex)
        else { return [] }
        let status = status(for: context)
        return make(first, second, items, status, 0.65, "exchange: Z between X and Y (both ways)", context.window)
            + make(second, first, items, status, 0.65, "exchange: Z between X and Y (both ways)", context.window)
    }
}

extension Unit {
    func isWordPossessive() -> Bool {
        if case .possessive = kind { return true }
        return false
    }
}
