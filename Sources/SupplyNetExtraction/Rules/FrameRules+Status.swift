import SupplyNet

/// A claim's status from the words of its clause, and the flows a frame makes.
extension FrameRules {
    static let noHash = TokenHash.folded("no")

    /// The cue's status, changed by the words of its clause before it: a denial, "not
    /// detected", a request, a plan or an allegation, strongest first.
    func status(for context: FrameContext) -> ClaimStatus {
        var found: Set<FunctionWord> = []
        var requested = false
        // "Iran has given Russia weapons it needs now; Russia has given Iran ...": a semicolon ends the mood of what came before.
        let clause = max(0, context.clauseStart - 1)..<context.cueIndex
        let semicolon = clause.last { units[$0].isPause && tokens[units[$0].first].mark == .semicolon }
        // "The EU, which Kyiv hopes to join, has kept an embargo": the relative clause's mood is its own.
        let close = clause.last { units[$0].isPause && tokens[units[$0].first].mark == .comma }
        let aside = close.flatMap { close in relativeAside(closedAt: close, from: clause.lowerBound).map { $0..<close } }
        for position in (semicolon.map { $0 + 1 } ?? clause.lowerBound)..<context.cueIndex where !(aside?.contains(position) ?? false) {
            if case .word(let word) = units[position].kind { found.insert(word) }
            if let cue = units[position].cue, cue.frame == .request { requested = true }
        }
        if context.cue.frame == .exchange || context.cue.frame == .sanction {
            for position in context.window { if case .word(.notObserved) = units[position].kind { found.insert(.notObserved) } }
        }
        // "it has sent no ballistic missiles": "no" between the cue and its first item.
        if context.cue.frame == .give || context.cue.frame == .receive {
            for position in context.window {
                if units[position].item != nil { break }
                if units[position].isWord(.negation), tokens[units[position].first].folded == Self.noHash { found.insert(.negation) }
            }
        }
        // "finalised a deal to buy", "signed a contract to supply": an agreed transfer is planned.
        let agreedTo = context.cueIndex >= 2 && units[context.cueIndex - 1].isWord(.to)
            && units[context.cueIndex - 2].cue?.frame == .agreement
        if found.contains(.denied) { return .denied }
        if found.contains(.notObserved) { return .notObserved }
        if found.contains(.negation) { return .denied }
        if requested || found.contains(.requested) || context.cue.frame == .request { return .requested }
        // "is believed to be providing": a reporting passive, not a plan.
        let reported = (max(0, context.clauseStart - 1)..<context.cueIndex).contains {
            units[$0].end - units[$0].first == 1 && Self.reportingParticiples.contains(tokens[units[$0].first].folded)
        }
        if found.contains(.alleged), reported { return .alleged }
        if found.contains(.planned) || agreedTo { return .planned }
        if found.contains(.alleged) { return .alleged }
        return context.cue.status
    }

    func hasUncategorisedGoods(in window: Range<Int>) -> Bool {
        window.clamped(to: 0..<units.count).contains { units[$0].isWord(.uncategorisedGoods) }
    }

    func make(
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
        // "received training from Russian instructors": training is cooperation, without direction.
        if items.contains(where: { $0.item!.category == .training }), rule.hasPrefix("give") || rule.hasPrefix("receive") {
            let ordered = order(from, to)
            let training = items.filter { $0.item!.category == .training }
            var result = [FoundFlow(from: ordered.0, to: ordered.1, kind: .cooperation, status: status, items: training, confidence: confidence, rule: rule, window: window)]
            let others = items.filter { $0.item!.category != .training }
            if !others.isEmpty { result += make(from, to, others, status, confidence, rule, window) }
            return result
        }
        let aid = items.filter { $0.item!.isAid }
        let goods = items.filter { !$0.item!.isAid }
        var result: [FoundFlow] = []
        // "shipped refined petroleum to Pyongyang": a transfer no category fits.
        if items.isEmpty, rule.hasPrefix("give") || rule.hasPrefix("receive"), hasUncategorisedGoods(in: window) {
            result.append(FoundFlow(from: from, to: to, kind: .transfer, status: status, items: [], confidence: confidence - 0.1, rule: rule, window: window))
        }
        if !goods.isEmpty {
            result.append(FoundFlow(from: from, to: to, kind: .transfer, status: status, items: goods, confidence: confidence, rule: rule, window: window))
        }
        if !aid.isEmpty {
            result.append(FoundFlow(from: from, to: to, kind: .aid, status: status, items: aid, confidence: confidence, rule: rule, window: window))
        }
        return result
    }
}
