import SupplyNet

/// Finds who a sentence attributes its statement to: "Kirby said", "said Coordinator Kirby",
/// "according to Kirby", "Kirby told reporters", "he added" (the last speaker), "Tehran denied".
///
/// A person is a run of two or more capitalised words the lexicon does not know, or the last
/// name of one seen before ("Kirby" after "John Kirby"). The party is the actor named just
/// before a person's first full mention ("U.S. national security council spokesman John Kirby").
struct SpeakerFinder {
    struct Speaker: Equatable {
        var name: String
        var party: ActorID?
    }

    /// A run of tokens naming a person.
    struct PersonRun {
        var first: Int
        var end: Int
        var name: String
        /// A first mention with the full name, where the party may be named.
        var isFullName = false
    }

    private(set) var lastNames: [UInt64: String] = [:]
    private var knownFullNames: Set<String> = []
    /// The last person who spoke, for "he said" (an actor speaking for itself is not "he").
    private var lastPerson: Speaker?
    private(set) var parties: [String: ActorID] = [:]
    private(set) var lastSpeaker: Speaker?

    static let speechVerbs = TokenSet(words: ["said", "says", "say", "added", "adds", "noted", "notes", "stated", "highlighted", "assured", "warned", "claimed",
         "explained", "argued", "confirmed", "insisted", "wrote", "told", "pledged", "announced", "denied", "admitted",
         "alleged", "stressed", "emphasized", "emphasised", "tweeted", "mentioned", "reported", "raised"])
    static let adverbs = TokenSet(words: ["also", "initially", "later", "once", "has", "had", "quickly", "then", "further", "again", "have", "previously", "now"])
    static let organisationWords = TokenSet(words: ["council", "department", "office", "institute", "committee", "ministry", "agency", "force", "house", "union",
         "nations", "commissioner", "rights", "security", "national", "human", "press", "news", "war", "study", "state",
         "states", "group", "corporation", "company", "bank", "organization", "organisation", "assembly", "parliament",
         "congress", "senate", "guard", "corps", "navy", "army", "page", "links", "website", "presidential", "service"])
    /// Words of place names ("Middle East"), which are not people.
    static let placeWords = TokenSet(words: ["east", "west", "north", "south", "middle", "sea", "gulf", "region", "republic", "kingdom", "island", "islands",
         "city", "province", "oblast", "peninsula", "america", "europe", "asia", "africa"])
    static let calendarWords = TokenSet(words: ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
         "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar",
         "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
    private static let accordingHash = TokenHash.folded("according")
    private static let heHashes = TokenSet(words: ["he", "she"])

    /// Capitalised runs that look like people's names in a sentence, remembering their last names.
    mutating func people(in sentence: SentenceSpan, tokens: [Token], bytes: [UInt8], lexicon: Lexicon) -> [PersonRun] {
        var runs: [PersonRun] = []
        var index = sentence.firstToken
        while index < sentence.endToken {
            // "U Kyaw Min Htet": Burmese "U" opens a man's name and is part of it ("Daw" is a name word already).
            let isHonorific = tokens[index].length == 1 && bytes[tokens[index].start] == UInt8(ascii: "U") && index + 1 < sentence.endToken
                && isNameWord(tokens[index + 1], lexicon) && tokens[index + 1].start == tokens[index].end + 1
            guard isHonorific || isNameWord(tokens[index], lexicon) else {
                if tokens[index].isCapitalized, let known = lastNames[tokens[index].folded] {
                    runs.append(PersonRun(first: index, end: index + 1, name: known))
                } else if tokens[index].isCapitalized, let (known, _) = gluedLastName(tokens[index], bytes) {
                    runs.append(PersonRun(first: index, end: index + 1, name: known))
                }
                index += 1
                continue
            }
            var end = index + 1
            while end < sentence.endToken, isNameWord(tokens[end], lexicon), tokens[end].start == tokens[end - 1].end + 1 { end += 1 }
            let words = (index..<end).map { tokens[$0] }
            let isOrganisation = words.contains { Self.organisationWords.contains($0.folded) || Self.placeWords.contains($0.folded) }
            if end - index >= 2, end - index <= 4, !isOrganisation {
                var name = String(decoding: bytes[tokens[index].start..<tokens[end - 1].end], as: UTF8.self)
                // "John Kirbywho": a name glued to the next word.
                for suffix in ["who", "which"] where name.hasSuffix(suffix) && name.count > suffix.count + 3 {
                    name.removeLast(suffix.count)
                }
                // "Strategic Communications John Kirby": a name seen before at the end of the run.
                let words = name.split(separator: " ").map(String.init)
                var first = index
                for drop in 1..<max(1, words.count - 1) {
                    let suffix = words[drop...].joined(separator: " ")
                    if knownFullNames.contains(suffix) {
                        name = suffix
                        first = index + drop
                        break
                    }
                }
                let last = name.split(separator: " ").last.map(String.init) ?? name
                lastNames[TokenHash.folded(last)] = name
                knownFullNames.insert(name)
                runs.append(PersonRun(first: first, end: end, name: name, isFullName: true))
            } else if end - index == 1, let known = lastNames[tokens[index].folded] {
                runs.append(PersonRun(first: index, end: end, name: known))
            } else if end - index == 1, end < sentence.endToken, Self.speechVerbs.contains(tokens[end].folded), index > sentence.firstToken {
                // "..., Kirby said.": a lone unknown name right before a verb of saying.
                let name = String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
                lastNames[tokens[index].folded] = name
                runs.append(PersonRun(first: index, end: end, name: name))
            }
            index = end
        }
        return runs
    }

    private func gluedLastName(_ token: Token, _ bytes: [UInt8]) -> (String, Int)? {
        for suffix in ["who", "which"] {
            let length = suffix.utf8.count
            guard token.length > length + 2, bytes[(token.end - length)..<token.end].elementsEqual(suffix.utf8) else { continue }
            var hash = TokenHash.seed
            for position in token.start..<(token.end - length) { hash = TokenHash.add(TokenHash.fold(bytes[position]), to: hash) }
            if let name = lastNames[hash] { return (name, length) }
        }
        return nil
    }

    private func isNameWord(_ token: Token, _ lexicon: Lexicon) -> Bool {
        token.kind == .word && token.isCapitalized && token.length >= 2 && !lexicon.knownTokens.contains(token.folded)
            && !Self.calendarWords.contains(token.folded) && !Self.speechVerbs.contains(token.folded)
    }

    /// The speaker of a sentence, updating the last speaker.
    mutating func speaker(
        in sentence: SentenceSpan, units: [Unit], people: [PersonRun], tokens: [Token], bytes: [UInt8]
    ) -> Speaker? {
        let found = findSpeaker(in: sentence, units: units, people: people, tokens: tokens, bytes: bytes)
        if let found {
            lastSpeaker = found
            if parties[found.name] != nil || people.contains(where: { $0.name == found.name }) { lastPerson = found }
        }
        return found
    }

    private mutating func findSpeaker(
        in sentence: SentenceSpan, units: [Unit], people: [PersonRun], tokens: [Token], bytes: [UInt8]
    ) -> Speaker? {
        // Remember parties from first mentions: an actor among the few units before the name.
        for person in people where person.isFullName && parties[person.name] == nil {
            guard let unitIndex = units.firstIndex(where: { $0.first >= person.first }) else { continue }
            var position = unitIndex - 1
            while position >= 0, unitIndex - position <= 8 {
                if units[position].cue != nil { break }
                // A pause ends the name's noun phrase, unless it sets off the name itself.
                if units[position].isPause, position + 1 < units.count, units[position + 1].first != person.first { break }
                if Self.speechVerbs.contains(tokens[units[position].first].folded) { break }
                if let actor = units[position].anyActor {
                    parties[person.name] = actor
                    break
                }
                position -= 1
            }
        }
        for person in people {
            if speechFollows(person.end, sentence, tokens) || speechPrecedes(person.first, sentence, tokens) {
                return Speaker(name: person.name, party: parties[person.name])
            }
        }
        // "he said", "He told reporters": a person named earlier in the sentence, or the last person who spoke.
        for index in sentence.firstToken..<sentence.endToken where Self.heHashes.contains(tokens[index].folded) {
            guard speechFollows(index + 1, sentence, tokens) else { continue }
            if let named = people.last(where: { $0.end <= index }) { return Speaker(name: named.name, party: parties[named.name]) }
            if let lastPerson { return lastPerson }
        }
        // "according to US information", "according to the Kremlin": an actor as the source.
        for (position, unit) in units.enumerated() where position >= 1 && units[position - 1].isWord(.accordingTo) {
            guard let actor = unit.actor ?? unit.anyActor else { continue }
            let text = String(decoding: bytes[tokens[unit.first].start..<tokens[unit.end - 1].end], as: UTF8.self)
            return Speaker(name: text, party: actor)
        }
        // "Tehran initially denied", "the Kremlin once said": an actor as speaker.
        for unit in units {
            guard let actor = unit.actor, speechFollows(unit.end, sentence, tokens) else { continue }
            let text = String(decoding: bytes[tokens[unit.first].start..<tokens[unit.end - 1].end], as: UTF8.self)
            return Speaker(name: text, party: actor)
        }
        return nil
    }

    private func speechFollows(_ index: Int, _ sentence: SentenceSpan, _ tokens: [Token]) -> Bool {
        var position = index
        while position < sentence.endToken, position - index <= 2 {
            let token = tokens[position]
            if Self.speechVerbs.contains(token.folded) { return true }
            guard Self.adverbs.contains(token.folded) || token.mark == .comma else { return false }
            position += 1
        }
        return false
    }

    private func speechPrecedes(_ index: Int, _ sentence: SentenceSpan, _ tokens: [Token]) -> Bool {
        var position = index - 1
        while position >= sentence.firstToken, index - position <= 4 {
            let token = tokens[position]
            if Self.speechVerbs.contains(token.folded) { return true }
            if token.folded == TokenHash.folded("to"), position > sentence.firstToken, tokens[position - 1].folded == Self.accordingHash {
                return true
            }
            position -= 1
        }
        return false
    }
}
