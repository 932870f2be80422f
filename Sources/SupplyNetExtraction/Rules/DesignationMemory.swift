import SupplyNet

/// Categories from the sentence: a designation takes the category of the noun it names ("the
/// X-360 close-range ballistic missile", "Y-9 attack helicopters", "the Z-7, a cruise missile"),
/// with the lexicon's category as a prior, and keeps it for the rest of the article ("the Z-7s").
///
/// A designation is a word of letters and digits ("X-360"), or a capitalised word the lexicon
/// does not know right before the noun ("Kestrel drones").
struct DesignationMemory {
    private var known: [UInt64: ItemSense] = [:]
    /// The last item named with a narrow category, for "these weapons", "such missiles".
    private var lastSpecific: ItemSense?

    /// Rewrites one sentence's units.
    mutating func apply(_ units: inout [Unit], tokens: [Token], bytes: [UInt8]) {
        defer { remember(units) }
        // "these weapons", "such missiles": the narrower item named before.
        for position in units.indices.dropFirst() {
            guard let sense = units[position].item, let last = lastSpecific, units[position - 1].isOther,
                Self.anaphors.contains(tokens[units[position - 1].first].folded), sense.category != last.category,
                Self.narrower(last, sense).category == last.category
            else { continue }
            units[position].kind = .item(last, origin: units[position].kind.origin)
        }
        var index = 0
        while index < units.count {
            let unit = units[index]
            guard unit.end - unit.first == 1 || unit.item != nil else {
                index += 1
                continue
            }
            // Most words are neither near an item nor before a comma: skip them before looking at their letters.
            let nearItem = ((index + 1)..<min(units.count, index + 4)).contains { units[$0].item != nil }
            let beforePause = index + 1 < units.count && units[index + 1].isPause
            guard nearItem || beforePause || !known.isEmpty || unit.item != nil else {
                index += 1
                continue
            }
            let token = tokens[unit.first]
            let shaped = unit.end - unit.first == 1 && (unit.isOther || unit.item != nil) && NameSuggester.isDesignation(token, bytes)
            let capitalised = unit.isOther && token.kind == .word && token.isCapitalized && token.length >= 3
                && !NewActorFinder.commonWords.contains(token.folded) && !SpeakerFinder.calendarWords.contains(token.folded)
            guard shaped || capitalised || unit.item != nil else {
                index += 1
                continue
            }
            // The noun after it: up to two lowercase modifiers, then an item ("close-range ballistic missile").
            let modifiers = shaped || unit.item != nil ? 2 : 0
            var head = index + 1
            while head < units.count, head - index <= modifiers, units[head].isOther,
                tokens[units[head].first].kind == .word, !tokens[units[head].first].isCapitalized
            {
                head += 1
            }
            if head < units.count, head - index <= modifiers + 1, let headSense = units[head].item {
                if let prior = unit.item {
                    // Two items side by side ("Kestrel-2 drones" with both in the lexicon): one thing.
                    guard shaped || tokens[unit.first].isCapitalized else {
                        index += 1
                        continue
                    }
                    let sense = Self.narrower(prior, headSense)
                    units[index] = Unit(kind: .item(sense, origin: unit.kind.origin ?? units[head].kind.origin), first: unit.first, end: units[head].end)
                } else if shaped || (capitalised && head == index + 1 && !tokens[units[head].first].isCapitalized) {
                    known[Self.key(token, bytes)] = headSense
                    units[index] = Unit(kind: .item(headSense, origin: units[head].kind.origin), first: unit.first, end: units[head].end)
                } else {
                    index += 1
                    continue
                }
                units.removeSubrange((index + 1)...head)
                index += 1
                continue
            }
            if unit.isOther, shaped {
                // "the Z-7, a cruise missile": an apposition.
                if index + 3 < units.count, units[index + 1].isPause, tokens[units[index + 1].first].mark == .comma,
                    Self.articles.contains(tokens[units[index + 2].first].folded)
                {
                    var position = index + 3
                    while position < units.count, position - index <= 5, units[position].isOther { position += 1 }
                    if position < units.count, let sense = units[position].item {
                        known[Self.key(token, bytes)] = sense
                        units[index].kind = .item(sense, origin: nil)
                        index += 1
                        continue
                    }
                }
                if let sense = known[Self.key(token, bytes)] { units[index].kind = .item(sense, origin: nil) }
            }
            index += 1
        }
    }

    private mutating func remember(_ units: [Unit]) {
        for unit in units {
            guard let sense = unit.item, sense.category != .militaryEquipment, !sense.isAid else { continue }
            // "a third missile" after "a ballistic missile" keeps the narrower one.
            if let last = lastSpecific, last.category != sense.category, Self.narrower(last, sense).category == last.category { continue }
            lastSpecific = sense
        }
    }

    private static let anaphors = TokenSet(words: ["these", "those", "such", "this", "that"])

    /// The sentence's category, unless it is only a broader word for the lexicon's ("Fateh-110
    /// missiles" stays a ballistic missile; "weapons" never overrides).
    static func narrower(_ prior: ItemSense, _ head: ItemSense) -> ItemSense {
        if prior.category == head.category { return prior }
        switch (head.category, prior.category) {
        case (.militaryEquipment, _), (.missile, .ballisticMissile), (.ammunition, .artilleryAmmunition), (.ammunition, .tankAmmunition),
            (.fighterAircraft, .trainerAircraft):
            return prior
        default:
            return head
        }
    }

    /// A designation's hash without a plural "s" after a digit ("Z-7s" is "Z-7").
    private static func key(_ token: Token, _ bytes: [UInt8]) -> UInt64 {
        var end = token.end
        if end - token.start >= 3, bytes[end - 1] | 0x20 == 0x73, Tokenizer.isDigit(bytes[end - 2]) { end -= 1 }
        var hash = TokenHash.seed
        for position in token.start..<end { hash = TokenHash.add(TokenHash.fold(bytes[position]), to: hash) }
        return hash
    }

    private static let articles = TokenSet(words: ["a", "an", "the"])
}

extension Unit.Kind {
    /// The origin of an item ("Iranian drones"), or nil.
    var origin: ActorID? {
        if case .item(_, let origin) = self { return origin }
        return nil
    }
}
