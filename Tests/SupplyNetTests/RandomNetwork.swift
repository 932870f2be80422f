import SupplyNet

/// Valid networks made from a seed: networks the YAML loader accepts once `DataFolderWriter` has
/// written them, with every optional field, and text that breaks naive writers, somewhere across
/// seeds.
///
/// A network is already in the shape the loader gives back, so write-then-load is an identity:
/// - sources are in the order the loader reads the articles (`articles/<id>.txt` names sorted);
/// - a claim's id is `<source-id>-<n>`, n counting from 1 in the order its claims file lists it;
/// - a flow's claims are in the loader's order: claims files sorted by name, then file order;
/// - `textStartLine` is set here, not left to the writer: `DataFolderWriter` writes one front matter
///   line per field present (title, published, and outlet, published-note and url when set)
///   between the two `---` lines, so the text starts on line `fields + 3`.
///
/// Strings hold curly quotes, `"`, `'`, `\`, markup, `]]>`, YAML indicators, emoji, CJK, Arabic,
/// combining accents, tabs, leading and trailing spaces and whole YAML-looking words (`yes`,
/// `null`, `~`, `1e3`, `2023-01-01`); never another control character, and never blank. No name or
/// alias (an actor's id counts as one) names two actors, or two items, ignoring case.
enum RandomNetwork {
    /// The network for `seed`; the same seed always gives the same network.
    static func make(seed: UInt64) -> Network {
        var generator = Generator(seed: seed)
        return generator.network()
    }

    /// Awkward pieces that strings are built from. None starts with a combining mark, so a quote
    /// joined into its article keeps its own characters. The byte order mark U+FEFF never starts a
    /// string: Yams 6 reads scalars with Foundation's `String(bytes:encoding:)`, which drops a
    /// leading one, so no YAML data file can hold such a string.
    static let fragments: [String] = [
        "“curly”", "‘single’", "\"", "'", "\\", "<b>&amp;</b>", "]]>", "{}", "#", ": ", "%", "&", "*", "|", ">", "!",
        "@", "`", "[x]", "{a: b}", "---", "? ", "💥", "🇮🇷", "👩‍🔧", "中国", "无人机", "العربية", "طائرات مسيرة",
        "Qom e\u{301}", "n\u{303}", "\t", "\u{00A0}", "\u{2028}", "\u{200B}\u{FEFF}", "\u{200F}", "yes", "null", "~", "1e3", "2023-01-01",
    ]

    /// Whole strings that a YAML reader would take for something other than text if left unquoted.
    static let yamlWords: [String] = ["yes", "No", "null", "~", "1e3", "2023-01-01", "true", "0x1F", ".inf", "<<"]
}

/// The state of one generation: the random source and the names taken so far.
private struct Generator {
    var random: SplitMix64
    /// Lowercased names and ids already naming an actor.
    var actorNames: Set<String> = []
    /// Lowercased names and ids already naming an item.
    var itemNames: Set<String> = []

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func network() -> Network {
        let actors = makeActors()
        let items = makeItems()
        var sources = makeSources()
        sources.sort { $0.id.rawValue + ".txt" < $1.id.rawValue + ".txt" }
        var flows = makeFlows(actors: actors, items: items, sources: sources.count)
        let texts = numberClaims(&flows, sources: sources)
        for index in sources.indices {
            sources[index].text = articleText(quotes: texts[index])
        }
        return Network(actors: actors, items: items, sources: sources, flows: flows)
    }

    // MARK: Registry

    private mutating func makeActors() -> [Actor] {
        var actors: [Actor] = []
        for _ in 0..<int(2...12) {
            let kind: ActorKind = chance(0.4) ? .state : pick(ActorKind.allCases)
            let id = kind == .state ? uniqueAlpha3() : uniqueSlug(Self.actorSlugs, in: \.actorNames)
            let name = uniqueName(Self.actorWords, in: \.actorNames)
            let aliases = (0..<(chance(0.6) ? int(1...3) : 0)).map { _ in uniqueName(Self.actorWords, in: \.actorNames) }
            actors.append(Actor(id: ActorID(id), name: name, kind: kind, aliases: aliases))
        }
        // A parent always ranks lower than its child, so parents never form a cycle; the parent may
        // come later in the registry than the child.
        let rank = Array(actors.indices).shuffled(using: &random)
        for child in actors.indices where chance(0.3) {
            let candidates = actors.indices.filter { rank[$0] < rank[child] }
            if let parent = candidates.randomElement(using: &random) { actors[child].parent = actors[parent].id }
        }
        return actors
    }

    private mutating func makeItems() -> [Item] {
        (0..<int(0...8)).map { _ in
            let id = uniqueSlug(Self.itemSlugs, in: \.itemNames)
            let name = uniqueName(Self.itemWords, in: \.itemNames)
            let aliases = (0..<int(0...2)).map { _ in uniqueName(Self.itemWords, in: \.itemNames) }
            return Item(id: ItemID(id), name: name, category: pick(ItemCategory.allCases), aliases: aliases)
        }
    }

    // MARK: Sources

    private mutating func makeSources() -> [Source] {
        var ids: Set<String> = []
        return (0..<int(1...4)).map { _ in
            // Ids from one family (`wion`, `wion-b`, `wion-2023`) sort differently as file names.
            var id = pick(Self.sourceIDs)
            while ids.contains(id) { id += "-" + pick(["b", "2023", "1"]) }
            ids.insert(id)
            let outlet = chance(0.5) ? text(pick(Self.outletWords)) : nil
            let note = chance(0.4) ? text("read from the dateline") : nil
            let url = chance(0.5) ? "https://" + pick(Self.urlTails) : nil
            let fields = 2 + [outlet, note, url].count { $0 != nil }
            return Source(
                id: SourceID(id), title: text(pick(Self.titleWords)), outlet: outlet, published: date(),
                publishedNote: note, url: url, file: "articles/\(id).txt", text: "", textStartLine: fields + 3)
        }
    }

    /// The article's text: the quotes of its claims between filler sentences, some of which look
    /// like front matter; sometimes empty for a source no claim cites.
    private mutating func articleText(quotes: [String]) -> String {
        if quotes.isEmpty, chance(0.3) { return "" }
        var pieces = quotes
        for _ in 0..<int(1...4) { pieces.insert(text(pick(Self.fillers)), at: int(0...pieces.count)) }
        var body = pieces[0]
        for piece in pieces.dropFirst() { body += pick([" ", "\n", "\n\n", "\n---\n", "\t"]) + piece }
        return chance(0.7) ? body + "\n" : body
    }

    // MARK: Flows and claims

    private mutating func makeFlows(actors: [Actor], items: [Item], sources: Int) -> [Flow] {
        let active = Array(actors.shuffled(using: &random).prefix(chance(0.5) ? actors.count : int(2...actors.count)))
        let usable = Array(items.shuffled(using: &random).prefix(chance(0.5) ? items.count : int(0...items.count)))
        var flows: [Flow] = []
        var flowIDs: Set<String> = []
        for _ in 0..<int(0...15) {
            var (from, to) = (pick(active).id, pick(active).id)
            if let earlier = flows.randomElement(using: &random), chance(0.25) {
                (from, to) = (earlier.from, earlier.to)
            }
            while from == to { to = pick(active).id }
            var itemIDs: [ItemID] = []
            if !usable.isEmpty, chance(0.7) {
                itemIDs = Array(usable.shuffled(using: &random).prefix(int(1...min(3, usable.count))).map(\.id))
            }
            var id = "\(from.rawValue.lowercased())-\(to.rawValue.lowercased())-\(pick(Self.flowWords))"
            while flowIDs.contains(id) { id += "-\(int(2...9))" }
            flowIDs.insert(id)
            var flow = Flow(id: FlowID(id), from: from, to: to, kind: pick(FlowKind.allCases), items: itemIDs)
            flow.claims = (0..<int(1...4)).map { _ in draftClaim(actors: actors, sources: sources) }
            if flow.claims.count >= 2, chance(0.3) {
                flow.claims[0].status = .delivered
                flow.claims[1].status = .denied
            }
            flows.append(flow)
        }
        return flows
    }

    /// A claim whose id is its source's index (`"<index>"`), numbered later by `numberClaims`.
    private mutating func draftClaim(actors: [Actor], sources: Int) -> Claim {
        var quote = text(pick(Self.quoteWords))
        var quantity: Quantity?
        if chance(0.35) {
            let words = pick(Self.quantityTexts)
            quote = pick([quote + " " + words, words + pick([" ", "\t", ""]) + quote, quote + words + "."])
            let numbers = [0, 1, 2.5, 29.8, 400, 1000, 29_800_000_000, 1e15, 0.001, 123_456_789.125].shuffled(using: &random)
            let bounds = [numbers[0], numbers[1]].sorted()
            switch int(0...3) {
            case 0: quantity = Quantity(text: words, unit: text(pick(Self.units)))
            case 1: quantity = Quantity(text: words, low: bounds[0], unit: text(pick(Self.units)))
            case 2: quantity = Quantity(text: words, high: bounds[1], unit: text(pick(Self.units)))
            default:
                let high = chance(0.2) ? bounds[0] : bounds[1]
                quantity = Quantity(text: words, low: bounds[0], high: high, unit: text(pick(Self.units)))
            }
        }
        var period: Period?
        if chance(0.4) {
            switch int(0...2) {
            case 0: period = Period(from: date())
            case 1: period = Period(to: date())
            default:
                var (start, end) = (date(), date())
                if chance(0.2) { end = start }
                period = Period(from: start, to: end)
                if !period!.isOrdered { period = Period(from: end, to: start) }
            }
        }
        return Claim(
            id: ClaimID(String(int(0...(sources - 1)))), status: pick(ClaimStatus.allCases), source: "", quote: quote,
            speaker: chance(0.4) ? text(pick(Self.speakerWords)) : nil,
            party: chance(0.4) ? pick(actors).id : nil,
            said: chance(0.3) ? date() : nil, period: period, quantity: quantity, isReviewed: !chance(0.1))
    }

    /// Gives each draft claim its source and id, lists each source's claims in a shuffled file
    /// order, and puts each flow's claims in the loader's order. Returns each source's quotes in
    /// file order.
    private mutating func numberClaims(_ flows: inout [Flow], sources: [Source]) -> [[String]] {
        var bySource: [[(flow: Int, claim: Int)]] = Array(repeating: [], count: sources.count)
        for (flowIndex, flow) in flows.enumerated() {
            for (claimIndex, claim) in flow.claims.enumerated() {
                bySource[Int(claim.id.rawValue)!].append((flowIndex, claimIndex))
            }
        }
        var quotes: [[String]] = Array(repeating: [], count: sources.count)
        for (sourceIndex, positions) in bySource.enumerated() {
            let source = sources[sourceIndex]
            for (number, position) in positions.shuffled(using: &random).enumerated() {
                flows[position.flow].claims[position.claim].source = source.id
                flows[position.flow].claims[position.claim].id = ClaimID("\(source.id)-\(number + 1)")
                quotes[sourceIndex].append(flows[position.flow].claims[position.claim].quote)
            }
        }
        // Sources are already sorted by article file name, which sorts like the claims file names.
        let fileRank = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0) })
        for index in flows.indices {
            flows[index].claims.sort { left, right in
                let (leftRank, rightRank) = (fileRank[left.source]!, fileRank[right.source]!)
                if leftRank != rightRank { return leftRank < rightRank }
                return Self.position(of: left) < Self.position(of: right)
            }
        }
        return quotes
    }

    /// n in a claim id `<source-id>-<n>`.
    private static func position(of claim: Claim) -> Int {
        Int(claim.id.rawValue.dropFirst(claim.source.rawValue.count + 1))!
    }

    // MARK: Values

    private mutating func chance(_ probability: Double) -> Bool { random.unit() < probability }
    private mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    private mutating func pick<Element>(_ elements: [Element]) -> Element { elements.randomElement(using: &random)! }

    /// A date of year, month or day precision; days run to 31 so that leap days and month ends occur.
    private mutating func date() -> PartialDate {
        let year = int(1990...2030)
        switch int(0...2) {
        case 0: return PartialDate(year: year)!
        case 1: return PartialDate(year: year, month: int(1...12))!
        default:
            let month = int(1...12)
            return PartialDate(year: year, month: month, day: int(1...31)) ?? PartialDate(year: year, month: month, day: 28)!
        }
    }

    /// `base` among awkward fragments, sometimes after `- ` or with a space at either end, or
    /// sometimes a whole YAML-looking word instead.
    private mutating func text(_ base: String) -> String {
        if chance(0.04) { return pick(RandomNetwork.yamlWords) }
        var parts = [base]
        for _ in 0..<int(0...3) { parts.insert(pick(RandomNetwork.fragments), at: int(0...parts.count)) }
        var result = parts[0]
        for part in parts.dropFirst() { result += pick([" ", "", "\t"]) + part }
        if chance(0.08) { result = "- " + result }
        if chance(0.08) { result = " " + result }
        if chance(0.08) { result += " " }
        return result
    }

    /// A name no other entry of its kind has, ignoring case; taken once made.
    private mutating func uniqueName(_ bases: [String], in taken: WritableKeyPath<Self, Set<String>>) -> String {
        var name = text(pick(bases))
        while self[keyPath: taken].contains(name.lowercased()) { name = text(pick(bases) + " \(int(2...99))") }
        self[keyPath: taken].insert(name.lowercased())
        return name
    }

    /// A slug id no other entry of its kind has as a name or id; taken once made.
    private mutating func uniqueSlug(_ bases: [String], in taken: WritableKeyPath<Self, Set<String>>) -> String {
        var slug = pick(bases)
        while self[keyPath: taken].contains(slug) { slug = pick(bases) + "-\(int(1...99))" }
        self[keyPath: taken].insert(slug)
        return slug
    }

    private mutating func uniqueAlpha3() -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var code = ""
        repeat { code = String((0..<3).map { _ in pick(letters) }) } while actorNames.contains(code.lowercased())
        actorNames.insert(code.lowercased())
        return code
    }

    // MARK: Word lists

    static let actorSlugs = ["wagner-group", "qods-force", "irgc", "rosoboronexport", "hamas", "x", "b-52", "7", "a-b"]
    static let actorWords = ["Iran", "Russia", "Tehran", "the Kremlin", "Wagner", "Kim Jong Un", "Ababil Co", "Moscow", "ministry"]
    static let itemSlugs = ["shahed-drones", "su-35", "shells", "9m317", "lancet", "x"]
    static let itemWords = ["Shahed drones", "Su-35", "155mm shells", "kamikaze drones", "Lancet", "S-300", "UAVs"]
    static let sourceIDs = ["wion", "kirby-2022-12", "voa", "a", "white-house-warns"]
    static let titleWords = ["Iran and Russia", "The Kremlin’s new partner", "Drones for Moscow", "Headline"]
    static let outletWords = ["WION", "VOA", "Reuters", "The Times"]
    static let urlTails = [
        "example.org/a?b=1&c=%20", "例子.测试/路径", "x.test/<b>\"quoted\"", "news.example/2023/05/15/iran-russia#frag",
    ]
    static let flowWords = ["drones", "shells", "aid", "sanction", "strike", "jets", "x"]
    static let quoteWords = [
        "Iran has supplied Russia with drones", "Tehran denied it", "They said “no”", "O'Brien: \"it happened\"",
        "إيران زودت روسيا", "伊朗向俄罗斯提供了无人机",
    ]
    static let quantityTexts = ["more than 400", "$29.8 billion", "29.8", "hundreds", "“dozens”", "٣٠٠", "数百", "1e3", "- 5%"]
    static let units = ["drones", "“shells”", "% of <b>GDP</b>", "طائرات", "无人机", "$ billion", "yes", "null"]
    static let speakerWords = ["John Kirby", "the ISW", "a spokesperson", "Nasser Kanaani", "Пресс-служба"]
    static let fillers = ["The report continued.", "title: not front matter", "It was cold.", "---", "Officials declined to comment."]
}
