import SupplyNet

/// How a cue word casts the actors around it.
enum Frame: UInt8, Sendable {
    /// The subject sends: "X supplied Z to Y", "X supplied Y with Z", "X offered Y Z".
    case give
    /// A noun of sending: "the transfer of Z to Y", "shipments of Z from X".
    case giveNoun
    /// The subject receives: "Y received Z from X", "Y wants to buy Z from X".
    case receive
    /// The subject wants: "Y is seeking Z", "Y is interested in Z", "Y relies on X for Z".
    case request
    /// "X is Y's top military backer": the subject supplies the possessor.
    case supporter
    /// "X's support for Y": the possessor supplies the object.
    case support
    /// The subject imposes on the object: "X imposed sanctions on Y", "X sanctioned Y".
    case sanction
    /// The subject attacks the object: "X attacked Y", "X used drones to attack Y".
    case strike
    /// The subject uses weapons in or against a target: "X's use of drones in Y", "X is deploying drones in Y".
    case strikeUse
    /// Joint work: "X is seeking to collaborate with Y in weapons development".
    case cooperation
    /// Goods moving between two actors: "weapons transfers between X and Y", "flows both ways".
    case exchange
    /// A pact: "X and Y signed a defence agreement", "X's military partnership with Y", "a deal
    /// between X and Y"; cooperation, with military support as its item when it names none.
    case agreement
    /// Training: "X trained Y's pilots", "Y's personnel were trained in X": cooperation in training.
    case train
    /// Goods arriving: "Su-30 jets from Russia arrived in Myanmar", "the shells reached Russia".
    case arrive
}

/// A cue: a word or phrase that says something flows, how, and with what certainty.
struct Cue: Sendable {
    let frame: Frame
    /// The status the cue itself implies (offered for "offered"); modal words may override it.
    let status: ClaimStatus
}

/// Words that are not actors, items or cues but steer the rules.
enum FunctionWord: UInt8, Sendable {
    case to, from, with, by, on, against, `for`, between, `in`, of, and, or, including, itPronoun, theyPronoun,
        relative, we, hePronoun, pairPhrase, at, theCountry, via, inExchange, inAdditionTo, forces, speech, accordingTo, toldReporters,
        alleged, planned, requested, denied, notObserved, negation, since, title,
        /// "either side", "any party to the conflict": both sides of the war.
        eitherSide,
        /// Goods no item category fits (fuel, oil): a transfer without a category.
        uncategorisedGoods
}

/// The cue lexicon: verbs and nouns of supply, offer, request, sanction, strike and cooperation,
/// and the words that change a claim's status. Generic English, no article-specific phrase.
enum CueTerms {
    /// Verbs that give only aid, never goods: "allocated $60 billion in military aid to Kyiv".
    static let fundingVerbs = [
        "allocated", "allocates", "allocate", "allocating", "committed", "commits", "commit", "mobilised", "mobilized",
        "earmarked", "disbursed", "extended", "extends", "extend", "made available", "make available", "contribute", "contributed",
        "contributes", "contributing",
    ]

    static let cues: [(Cue, [String])] = [
        (Cue(frame: .give, status: .delivered), [
            "supplied", "supply", "supplies", "supplying", "shipped", "shipping", "ship", "ships", "delivered", "deliver",
            "delivers", "delivering", "sent", "send", "sends", "sending", "provided", "provide", "provides", "providing",
            "given", "gave", "give", "gives", "giving", "transferred", "transfer", "transfers", "transferring", "sold",
            "sell", "sells", "selling", "exported", "export", "exports", "exporting", "handed over", "helping", "helped",
            "help", "helps", "flows", "flow", "flowed", "flowing", "announced", "announces", "pledged", "dispatched", "dispatch",
            "dispatching", "equipped", "equipping", "smuggled", "smuggling", "airlifted", "ferried", "donated", "donate",
            "donating", "handed", "hand over", "handing over", "leased", "loaned", "furnished", "rushed", "transported",
            "transporting", "transports", "carried", "carrying", "carries", "carry", "flew", "flown", "re-exported", "re-export",
            "re-exports", "re-exporting", "transshipped", "trans-shipped", "transshipping", "transships", "transship", "trans-shipping", "forwarded", "funnelled", "funneled", "channelled",
            "channeled", "diverted", "routed", "arming", "poured", "pumped", "pouring", "pumping", "passed on", "passed them on",
            "passed it on", "resold", "resells", "reselling", "sold on", "sharing", "shared", "share", "shares", "brought", "brings", "bringing",
        ] + fundingVerbs),
        (Cue(frame: .giveNoun, status: .delivered), [
            "the transfer of", "transfer of", "transfers of", "deliveries of", "delivery of", "shipments of",
            "shipment of", "sale of", "sales of", "supply of", "the sale of", "exports of", "provision of", "the provision of",
            "supplies of", "consignment of", "consignments of", "transfers of", "shipments", "deliveries", "transfers",
            "consignments", "arms sales",
        ]),
        (Cue(frame: .give, status: .offered), [
            "offered", "offer", "offers", "offering", "promised", "promise", "promises", "promising",
        ]),
        (Cue(frame: .receive, status: .delivered), [
            "received", "receive", "receives", "receiving", "getting", "get", "gets", "got", "obtained", "obtain",
            "obtains", "obtaining", "acquired", "acquire", "acquires", "acquiring", "bought", "buy", "buys", "buying",
            "purchased", "purchase", "purchases", "purchasing", "imported", "import", "imports", "importing",
            "took delivery of", "taken delivery of", "procured", "procure", "procures", "procuring", "acquisition of",
            "purchase of", "purchases of", "imports of",
        ]),
        (Cue(frame: .request, status: .requested), [
            "seeking", "seeks", "seek", "sought", "is interested in", "are interested in", "interested in",
            "is interested", "needs", "need for", "needs for", "rely on", "relies on", "relying on", "depend on",
            "depends on", "dependent on", "asked for", "requested", "wants", "asked", "asks", "requesting", "requests",
        ]),
        (Cue(frame: .supporter, status: .delivered), [
            "backer", "backers", "supporter", "supporters", "supplier", "suppliers", "arms supplier",
            "military backer", "military supporters", "military supporter",
        ]),
        (Cue(frame: .support, status: .delivered), ["support for"]),
        (Cue(frame: .sanction, status: .delivered), [
            "sanctions", "sanction", "sanctioned", "sanctioning", "designations", "designation", "designated",
            "tariffs", "export ban", "export bans", "embargo", "punitive measures", "blacklisted", "designate", "designates",
            "designating", "froze the assets of", "freeze the assets of", "frozen the assets of", "freezing the assets of", "freezes the assets of", "asset freeze", "asset freezes",
            "travel ban", "travel bans", "entity list", "penalties on", "penalized", "penalised", "restrictive measures", "listed",
            "froze the assets", "frozen the assets", "blocked the assets", "ban on the export", "ban on exports", "banned the export",
            "banned exports", "prohibition on the export", "export controls", "measures against", "measures on",
            "prohibition of exports", "export prohibition", "ban on export", "ban on exports of", "ban on the sale", "ban on sales", "export prohibitions", "prohibit the export", "prohibited the export",
            "prohibits the export", "prohibiting the export", "prohibited exports", "prohibits exports", "prohibit exports", "prohibiting exports",
            "prohibited all exports", "halted all exports", "halted exports", "suspended all exports", "suspended exports",
            "ban the export", "bans the export", "banning the export", "ban exports", "bans exports", "banning exports", "banned all exports",
            "ban all exports", "bans all exports", "blacklist", "blacklists", "blacklisting", "suspended all export licences",
            "suspended export licences", "suspended all licences", "suspended all export licenses", "suspended export licenses",
            "suspended all licenses", "revoked export licences", "revoked export licenses", "suspended all licences for arms exports",
            "suspended all licenses for arms exports", "suspended all licences for exports", "suspended all licenses for exports",
            "imposed similar measures", "imposes similar measures", "imposed the same measures", "imposed measures", "imposing measures",
            "list included", "list includes", "list also included", "list also includes", "listings include", "listings included", "listings",
        ]),
        (Cue(frame: .strike, status: .delivered), [
            "attack", "attacks", "attacked", "attacking", "strike", "strikes", "struck", "striking", "target",
            "targets", "targeted", "targeting", "bombed", "bombing", "shelled", "shelling", "carried out", "carry out",
            "carrying out", "hit", "hitting", "pounded", "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids",
            "raid", "raids", "raided", "bombardment", "bombarded", "bombardments", "bombings", "bombs",
        ]),
        (Cue(frame: .strikeUse, status: .delivered), [
            "used", "use of", "using", "uses", "deploying", "deployed", "deploy", "launched", "launching", "launches", "launch",
            "fired", "firing", "fires", "expended", "employing", "employed", "employs",
        ]),
        (Cue(frame: .cooperation, status: .delivered), [
            "collaborate", "collaborating", "collaborates", "collaboration on", "cooperate", "cooperating",
            "cooperates", "working together", "work together", "jointly produce", "co-produce", "co-production",
            "produce", "jointly develop", "develop jointly",
        ]),
        (Cue(frame: .agreement, status: .delivered), [
            "agreement", "agreements", "partnership", "partnerships", "pact", "treaty", "memorandum", "deal", "deals",
            "joint production", "joint work", "joint venture", "joint ventures", "jointly", "cooperation", "co-operation",
            "alliance", "collaboration", "contract", "contracts",
        ]),
        (Cue(frame: .arrive, status: .delivered), [
            "arrived", "arrive", "arrives", "arriving", "reached", "landed", "came", "went", "gone", "made their way", "found their way",
            "ended up",
        ]),
        (Cue(frame: .train, status: .delivered), ["trained", "trains", "train", "taught", "teaches", "instructed", "instructing"]),
        (Cue(frame: .exchange, status: .delivered), [
            "transfers between", "transfer between", "trade between", "deals between", "interactions between",
            "movement on", "any movement on", "selling of", "the selling of",
        ]),
    ]

    static let words: [(FunctionWord, [String])] = [
        (.to, ["to", "into"]),
        (.from, ["from"]),
        (.with, ["with"]),
        (.by, ["by"]),
        (.on, ["on", "upon"]),
        (.against, ["against"]),
        (.for, ["for"]),
        (.between, ["between"]),
        (.at, ["at"]),
        (.via, ["through", "via", "across", "over", "under", "within", "near", "during", "without", "after", "before"]),
        (.theCountry, ["the country", "the nation"]),
        (.in, ["in", "inside"]),
        (.of, ["of"]),
        (.and, ["and", "&", "as well as", "together with", "along with"]),
        (.or, ["or"]),
        (.including, ["including", "especially", "such as", "among them", "like"]),
        (.itPronoun, ["it", "its"]),
        (.theyPronoun, ["they", "them"]),
        (.relative, ["which", "who", "that", "whose"]),
        (.we, ["we", "our"]),
        (.hePronoun, ["he", "she"]),
        (.eitherSide, ["either side", "either party", "either of the warring parties", "any party to the conflict", "any side in the conflict", "any of the parties", "any party"]),
        (.pairPhrase, ["the two countries", "both countries", "the two governments", "both governments", "the two allies", "the two capitals", "the two nations", "both nations", "the two states", "both states", "the two sides", "both sides", "both ways"]),
        (.inExchange, ["in exchange", "in return", "in return for", "in exchange for"]),
        (.inAdditionTo, ["in addition to"]),
        (.forces, ["forces", "armed forces", "state", "army", "troops", "military", "officials", "government", "regime", "authorities", "intelligence", "navy", "air force", "soldiers", "staff", "occupiers", "invaders", "side", "instructors", "engineers", "specialists",
            "advisers", "advisors", "officers", "pilots", "crews", "personnel", "operators", "technicians", "experts", "delegation", "diplomats", "recruits", "servicemen", "cadets", "mechanics", "sailors"]),
        (.speech, ["said", "says", "say", "added", "adds", "noted", "notes", "recalls", "recalled", "stressed", "stresses", "reiterated", "reiterates", "underlined", "emphasised", "emphasized", "stated", "states", "highlighted", "assured", "warned", "claimed", "explained", "argued", "confirmed", "announced", "insisted", "wrote", "told", "pledged"]),
        (.accordingTo, ["according to"]),
        (.toldReporters, ["told reporters", "told journalists", "told a briefing", "told the press"]),
        (.alleged, ["could", "may", "might", "would", "allegedly", "reportedly", "alleged", "accusations", "accused", "apparently", "presumably", "believed", "suspected", "indicate", "indicates", "possibly", "likely", "reported to have", "said to have", "thought to have", "understood to have", "alleged to have"]),
        (.planned, ["planning", "plans", "plan", "planned", "considering", "consider", "intends", "intend", "intending", "will", "shall", "to be", "going to", "preparing", "soon", "committed to", "commits to", "pledged to", "pledges to", "vowed to", "vows to", "undertook to", "undertakes to", "expected to"]),
        (.requested, ["wants", "want", "looking", "seeking", "interested", "needs", "need", "asked", "hoping", "hopes", "hope", "wishes", "aims", "eager"]),
        (.denied, ["denied", "deny", "denies", "denying", "rejected", "dismissed", "refuted"]),
        (.notObserved, ["not detected", "no evidence", "not seen", "not observed", "no sign", "no knowledge", "not detect"]),
        (.negation, ["not", "never", "no"]),
        (.since, ["since"]),
        (.uncategorisedGoods, ["oil", "crude oil", "refined petroleum", "petroleum products", "refined oil", "jet fuel", "aviation fuel",
            "fuel", "diesel", "gasoline", "petrol", "oil products"]),
        (.title, ["Colonel", "Brigadier", "Lieutenant", "Captain", "Commodore", "Marshal", "President", "Coordinator", "Secretary", "Spokesman", "Spokesperson", "Minister", "Chief", "General", "Gen.", "Admiral", "Ambassador", "Director", "Senator", "Prime", "Foreign", "Defense", "Defence", "Treasury", "Deputy", "Principal", "Chairman", "Commander", "Mr.", "Mrs.", "Ms.", "Dr."]),
    ]
}
