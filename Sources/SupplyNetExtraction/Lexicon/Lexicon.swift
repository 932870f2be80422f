import Foundation
import SupplyNet

/// What an item phrase names: a registry item when there is one, and always a category.
struct ItemSense: Sendable, Hashable {
    /// The registry item, or nil when the registry has nothing of this category.
    let item: ItemID?
    let category: ItemCategory
    /// Assistance rather than goods: the flow is aid.
    let isAid: Bool
}

/// How a phrase names an actor.
enum ActorForm: UInt8, Sendable {
    /// A name, alias or descriptive form that stands for the actor ("Moscow").
    case name
    /// A demonym ("Iranian", "Iranian-made"): an origin or target, an actor only before "forces".
    case adjectival
    /// A person's name the registry lacks (`NewActorFinder`): a target of sanctions only.
    case person
}

/// What a phrase of the lexicon means.
enum Meaning: Sendable {
    case actor(ActorID, ActorForm)
    case item(ItemSense)
    case cue(Cue)
    case word(FunctionWord)

    /// Which meaning wins when two phrases of the same length match: items, then actors, cues, words.
    var priority: Int {
        switch self {
        case .item: return 4
        case .actor: return 3
        case .cue: return 2
        case .word: return 1
        }
    }
}

/// The phrases extraction recognises, matched token by token on folded hashes.
///
/// Built from the registry (every actor's and item's name and aliases, names without a trailing
/// parenthesis, aliases also without a leading "the"), the generic descriptive forms of states,
/// the generic item terms and the cue lexicon.
public struct Lexicon: Sendable {
    struct Phrase: Sendable {
        /// Folded hashes of the tokens after the first.
        let rest: [UInt64]
        /// Exact hashes of all tokens, for case-sensitive phrases ("US").
        let exact: [UInt64]?
        let meaning: Meaning
        var length: Int { rest.count + 1 }
    }

    /// The phrases by their first token's folded hash, while the lexicon is being built.
    private var building: [UInt64: [Phrase]] = [:]
    private var phrases = TokenMap<[Phrase]>([:])
    /// Registry actor ids in registry order, for the canonical order of symmetric flows.
    let actorOrder: [ActorID]
    let actorNames: [ActorID: String]
    /// The state or body each registry actor belongs to: a force does not attack its own state.
    let actorParents: [ActorID: ActorID]
    /// The registry's European Union, if it has one: "the Council" of an article naming it is its Council.
    let europeanUnion: ActorID?
    /// Hashes of every single-token actor name, for glued words ("Russiawhich").
    private(set) var singleTokenActors: [UInt64: ActorID] = [:]
    /// Names of states the registry lacks, by folded hash of their first token, for suggestions.
    let unregisteredStates: [String]
    /// States of the generic table the registry lacks, by alpha-3 id, with their names.
    private(set) var unregisteredStateNames: [ActorID: String] = [:]
    /// Every folded token hash that occurs in some phrase, so unknown-name detection can skip them.
    private(set) var knownTokens = TokenSet([])
    /// The tokens `add` has seen, while the lexicon is being built.
    private var collected: Set<UInt64> = []
    /// The words that name a supplier by its demonym: "Iranian-supplied", "Korean-provided".
    private(set) var supplierWords = TokenSet([])
    /// Every folded token hash of a registry name or alias.
    private(set) var registryTokens = TokenSet([])

    /// Builds the lexicon for a registry.
    public init(actors: [Actor], items: [Item]) {
        actorOrder = actors.map(\.id)
        actorNames = Dictionary(actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        actorParents = Dictionary(actors.compactMap { actor in actor.parent.map { (actor.id, $0) } }, uniquingKeysWith: { first, _ in first })
        europeanUnion = actors.first { $0.name == "European Union" }?.id
        let registered = Set(actors.map(\.id.rawValue))
        unregisteredStates = StateForms.all.filter { !registered.contains($0.id) }.flatMap { [$0.name] + $0.forms }
        for (word, texts) in CueTerms.words { for text in texts { add(text, .word(word)) } }
        for (cue, texts) in CueTerms.cues { for text in texts { add(text, .cue(cue)) } }
        // Generic item terms map to the registry item of their category with the plainest name.
        var plainest: [ItemCategory: Item] = [:]
        for item in items {
            if let current = plainest[item.category], Self.plainName(current.name).count <= Self.plainName(item.name).count { continue }
            plainest[item.category] = item
        }
        for (category, texts) in ItemTerms.table {
            for text in texts {
                add(text, .item(ItemSense(item: plainest[category]?.id, category: category, isAid: Self.isAid(text, category))))
            }
        }
        for (category, texts) in ItemTerms.aidTerms {
            let item = items.first { $0.category == category && Self.isAid($0.name, category) } ?? plainest[category]
            for text in texts { add(text, .item(ItemSense(item: item?.id, category: category, isAid: true))) }
        }
        // Every state of the table: a state the registry lacks is proposed with its alpha-3 code.
        var supplied: [UInt64] = []
        for state in StateForms.all {
            let id = ActorID(state.id)
            if !registered.contains(state.id) {
                add(state.name, .actor(id, .name))
                unregisteredStateNames[id] = state.name
            }
            for form in state.forms { add(form, .actor(id, .name)) }
            for demonym in state.demonyms {
                // "Russians launched drones": a plural noun for the people stands for the state.
                let isPluralNoun = demonym.hasSuffix("ns") || demonym.hasSuffix("is") || demonym.hasSuffix("ons")
                add(demonym, .actor(id, isPluralNoun ? .name : .adjectival))
                for suffix in StateForms.originSuffixes { add(demonym + suffix, .actor(id, .adjectival)) }
                // "North Korean-supplied": the last word carries the suffix.
                let lastWord = demonym.split(separator: " ").last.map(String.init) ?? demonym
                supplied += StateForms.supplierSuffixes.map { TokenHash.folded(lastWord + $0) }
            }
        }
        supplierWords = TokenSet(supplied)
        // "Brussels" in the news is the European Union, when the registry has it (a registry's own alias overrides this).
        if let union = europeanUnion { add("Brussels", .actor(union, .name)) }
        // The registry last: its names and aliases override generic meanings of the same phrase.
        let before = collected
        collected = []
        for item in items {
            let sense = ItemSense(item: item.id, category: item.category, isAid: Self.isAid(item.name, item.category))
            for name in [Self.plainName(item.name)] + item.aliases {
                add(name, .item(sense))
                if let stripped = Self.withoutArticle(name) { add(stripped, .item(sense)) }
                // "Shaheds", "KN-23s": a designation's plural.
                if let first = name.unicodeScalars.first, first.properties.isUppercase, !name.contains(" "), !name.hasSuffix("s") {
                    add(name + "s", .item(sense))
                }
            }
        }
        for actor in actors {
            for name in [Self.plainName(actor.name)] + actor.aliases {
                add(name, .actor(actor.id, .name))
                if let stripped = Self.withoutArticle(name) { add(stripped, .actor(actor.id, .name)) }
            }
        }
        registryTokens = TokenSet(collected)
        knownTokens = TokenSet(collected.union(before))
        collected = []
        phrases = TokenMap(building)
        building = [:]
    }

    /// A name without a trailing parenthesis: "Drones (type not stated)" → "Drones".
    static func plainName(_ name: String) -> String {
        guard let open = name.firstIndex(of: "(") else { return name }
        return String(name[..<open]).trimmingCharacters(in: .whitespaces)
    }

    /// "the Kremlin" → "Kremlin", when what is left starts with a capital letter.
    private static func withoutArticle(_ name: String) -> String? {
        guard name.lowercased().hasPrefix("the "), name.count > 4 else { return nil }
        let rest = name.dropFirst(4)
        guard let first = rest.first, first.isUppercase else { return nil }
        return String(rest)
    }

    static func isAid(_ text: String, _ category: ItemCategory) -> Bool {
        if category == .humanitarianAid || category == .financialAid { return true }
        // "technical assistance", "training assistance": know-how shared, not a donation.
        if category == .technology || category == .training { return false }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { ItemTerms.aidHeads.contains(String($0)) }
    }

    private mutating func add(_ text: String, _ meaning: Meaning) {
        // "=the North": its capitalised words must match as written; "the" may be "The".
        let isMarkedExact = text.hasPrefix("=")
        let text = isMarkedExact ? String(text.dropFirst()) : text
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(of: bytes, in: 0..<bytes.count).tokens
        guard let first = tokens.first else { return }
        let isCaseSensitive = tokens.count == 1 && bytes.count <= 4 && text.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "." }
        var exact: [UInt64]? = isCaseSensitive ? tokens.map(\.exact) : nil
        if isMarkedExact { exact = tokens.map { $0.isCapitalized ? $0.exact : Self.anyCase } }
        let phrase = Phrase(rest: tokens.dropFirst().map(\.folded), exact: exact, meaning: meaning)
        var list = building[first.folded, default: []]
        // A later phrase with the same tokens replaces an earlier one (the registry overrides).
        list.removeAll { $0.rest == phrase.rest && ($0.exact == nil) == (phrase.exact == nil) }
        list.append(phrase)
        building[first.folded] = list
        for token in tokens { collected.insert(token.folded) }
        if tokens.count == 1, case .actor(let id, .name) = meaning { singleTokenActors[first.folded] = id }
    }

    /// In a phrase's exact hashes: a token that matches in any case.
    private static let anyCase: UInt64 = 0

    /// The longest phrase starting at `tokens[index]`, skipping quote marks inside it.
    /// - Returns: the meaning and the index after the phrase's last token.
    func match(_ tokens: [Token], at index: Int, limit: Int) -> (Meaning, Int)? {
        guard let candidates = phrases[tokens[index].folded] else { return nil }
        var best: (Meaning, Int)?
        var bestLength = 0
        for phrase in candidates {
            if let exact = phrase.exact, exact[0] != Self.anyCase, exact[0] != tokens[index].exact { continue }
            var position = index + 1
            var matched = true
            for (number, hash) in phrase.rest.enumerated() {
                while position < limit, tokens[position].mark == .quote { position += 1 }
                guard position < limit, tokens[position].folded == hash,
                    phrase.exact.map({ $0[number + 1] == Self.anyCase || $0[number + 1] == tokens[position].exact }) ?? true
                else {
                    matched = false
                    break
                }
                position += 1
            }
            guard matched else { continue }
            if phrase.length > bestLength || (phrase.length == bestLength && phrase.meaning.priority > (best?.0.priority ?? 0)) {
                best = (phrase.meaning, position)
                bestLength = phrase.length
            }
        }
        return best
    }

    /// The item a list of tokens names exactly (for "artillery and tank ammunition": "artillery ammunition").
    func item(forHashes hashes: [UInt64]) -> ItemSense? {
        guard let first = hashes.first, let candidates = phrases[first] else { return nil }
        for phrase in candidates where phrase.rest == Array(hashes.dropFirst()) {
            if case .item(let sense) = phrase.meaning { return sense }
        }
        return nil
    }

    func actor(forSingleToken hash: UInt64) -> ActorID? { singleTokenActors[hash] }
}
