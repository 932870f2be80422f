import Foundation
import SupplyNet
import Testing

@testable import SupplyNetExtraction

/// A flow as a tuple, for comparing what a text gives.
struct FlowTupleCase: Hashable, CustomStringConvertible {
    let from: ActorID
    let to: ActorID
    let kind: FlowKind
    let category: ItemCategory?

    init(_ from: ActorID, _ to: ActorID, _ kind: FlowKind, _ category: ItemCategory? = nil) {
        self.from = from
        self.to = to
        self.kind = kind
        self.category = category
    }

    var description: String { "\(from) → \(to) \(kind.rawValue) \(category?.rawValue ?? "-")" }
}

/// The rules for news language in general (issue 16), on sentences written for these tests.
@Suite("Rules for articles nobody has read: new actors, designations, lists, speakers, links, pacts")
struct GeneralRuleTests {
    static func extract(_ body: String, extractor: Extractor? = nil) throws -> ArticleExtraction {
        let text = "---\ntitle: t\npublished: 2024-03-01\n---\n" + body + "\n"
        let extractor = try extractor ?? Extractor(network: SeedArticles.network())
        return extractor.extract(try ArticleInput(file: "t.txt", bytes: Array(text.utf8)))
    }

    static func tuples(_ extraction: ArticleExtraction) -> Set<FlowTupleCase> {
        var result: Set<FlowTupleCase> = []
        for proposal in extraction.proposals {
            if proposal.items.isEmpty { result.insert(FlowTupleCase(proposal.from, proposal.to, proposal.kind)) }
            for item in proposal.items { result.insert(FlowTupleCase(proposal.from, proposal.to, proposal.kind, item.category)) }
        }
        return result
    }

    // MARK: New actors

    @Test("slugs fold diacritics, drop apostrophes and join the rest with hyphens")
    func slugs() {
        #expect(ProposedActor.slug("Rosoboronexport, JSC") == "rosoboronexport-jsc")
        #expect(ProposedActor.slug("Sa'ad Bin Salih") == "saad-bin-salih")
        #expect(ProposedActor.slug("Korean People’s Army") == "korean-peoples-army")
        #expect(ProposedActor.slug("  Société Générale (Moscow) ") == "societe-generale-moscow")
    }

    @Test("sanctions on names the registry lacks propose them as actors, one flow each, with a guessed kind")
    func sanctionedNewActors() throws {
        let extraction = try Self.extract(
            "Washington imposed sanctions on Blue Heron Trading LLC, Northwind Logistics Ltd and Tabriz Precision Industries.")
        let targets = Set(extraction.proposals.map(\.to))
        #expect(targets == ["blue-heron-trading-llc", "northwind-logistics-ltd", "tabriz-precision-industries"])
        #expect(extraction.proposals.allSatisfy { $0.from == "USA" && $0.kind == .sanction })
        #expect(extraction.newActors.map(\.id) == ["blue-heron-trading-llc", "northwind-logistics-ltd", "tabriz-precision-industries"])
        #expect(extraction.newActors.allSatisfy { $0.kind == .company })
        let first = try #require(extraction.newActors.first)
        #expect(first.name == "Blue Heron Trading LLC")
        #expect(first.line == 5)
    }

    @Test("a state's body takes the state as parent; an apposition says a name is a company")
    func parentsAndAppositions() throws {
        let extraction = try Self.extract(
            "The European Union sanctioned Iran’s Aerospace Directorate. It also sanctioned Kestrel Dynamo, a Tehran-based company.")
        let byID = Dictionary(uniqueKeysWithValues: extraction.newActors.map { ($0.id, $0) })
        let directorate = try #require(byID["aerospace-directorate"])
        #expect(directorate.parent == "IRN")
        let company = try #require(byID["kestrel-dynamo"])
        #expect(company.kind == .company)
        #expect(company.parent == "IRN")
        #expect(Self.tuples(extraction) == [FlowTupleCase("eu", "aerospace-directorate", .sanction), FlowTupleCase("eu", "kestrel-dynamo", .sanction)])
    }

    @Test("people are proposed only as targets of sanctions")
    func peopleOnlyAsTargets() throws {
        let extraction = try Self.extract(
            "Britain sanctioned Anatoly Verkhov and Dmitri Solnin. Anatoly Verkhov said Russia had sent drones.")
        #expect(Self.tuples(extraction) == [FlowTupleCase("GBR", "anatoly-verkhov", .sanction), FlowTupleCase("GBR", "dmitri-solnin", .sanction)])
        #expect(extraction.newActors.allSatisfy { $0.kind == .person })
    }

    @Test("a company that supplies is a sender, and an unknown capitalised word without evidence is not an actor")
    func newSender() throws {
        let extraction = try Self.extract("Volga Aerospace Industries delivered drones to Russia. Petrov delivered drones to Russia.")
        #expect(Self.tuples(extraction) == [FlowTupleCase("volga-aerospace-industries", "RUS", .transfer, .drone)])
    }

    // MARK: Categories from the sentence

    @Test("a designation the lexicon lacks takes its category from the noun it names, and keeps it", arguments: [
        ("Pyongyang shipped the Hwarang-9 close-range ballistic missile to Russia.", ItemCategory.ballisticMissile),
        ("Moscow sent Kr-7 attack helicopters to Iran.", .helicopter),
        ("Russia received Typhon drones from Iran.", .drone),
    ])
    func designationCategory(_ sentence: String, _ category: ItemCategory) throws {
        let extraction = try Self.extract(sentence)
        #expect(extraction.proposals.count == 1)
        #expect(extraction.proposals.first?.categories == [category])
    }

    @Test("an apposition names the category, which holds for later mentions of the designation")
    func designationRemembered() throws {
        let extraction = try Self.extract(
            "Analysts studied the Zar-4, a cruise missile with a long range.\n\nIran has sent Zar-4s to Russia.")
        #expect(Self.tuples(extraction) == [FlowTupleCase("IRN", "RUS", .transfer, .missile)])
    }

    @Test("a broader noun does not override the lexicon's narrower category")
    func lexiconPrior() {
        let ballistic = ItemSense(item: nil, category: .ballisticMissile, isAid: false)
        let missile = ItemSense(item: nil, category: .missile, isAid: false)
        let drone = ItemSense(item: nil, category: .drone, isAid: false)
        #expect(DesignationMemory.narrower(ballistic, missile).category == .ballisticMissile)
        #expect(DesignationMemory.narrower(missile, drone).category == .drone)
    }

    // MARK: Lists

    @Test("coordinated senders and recipients give one flow per pair, each item category")
    func lists() throws {
        let extraction = try Self.extract("Iran and North Korea have supplied drones, shells and missiles to Russia.")
        #expect(Self.tuples(extraction) == [
            FlowTupleCase("IRN", "RUS", .transfer, .drone), FlowTupleCase("IRN", "RUS", .transfer, .artilleryAmmunition),
            FlowTupleCase("IRN", "RUS", .transfer, .missile), FlowTupleCase("PRK", "RUS", .transfer, .drone),
            FlowTupleCase("PRK", "RUS", .transfer, .artilleryAmmunition), FlowTupleCase("PRK", "RUS", .transfer, .missile),
        ])
    }

    @Test("coordinated imposers each sanction each target")
    func coordinatedImposers() throws {
        let extraction = try Self.extract("Britain and the European Union sanctioned Iran and North Korea.")
        #expect(Self.tuples(extraction) == [
            FlowTupleCase("GBR", "IRN", .sanction), FlowTupleCase("GBR", "PRK", .sanction),
            FlowTupleCase("eu", "IRN", .sanction), FlowTupleCase("eu", "PRK", .sanction),
        ])
    }

    // MARK: Speakers and agents

    @Test("who speaks is not who acts", arguments: [
        ("The United States said Iran had sent drones to Russia.", Set([FlowTupleCase("IRN", "RUS", .transfer, .drone)])),
        ("Britain said on Monday that drones had been delivered to Russia.", Set<FlowTupleCase>()),
        ("Iran, the White House said, has sent missiles to Russia.", Set([FlowTupleCase("IRN", "RUS", .transfer, .missile)])),
    ])
    func speakerIsNotAgent(_ sentence: String, _ expected: Set<FlowTupleCase>) throws {
        #expect(Self.tuples(try Self.extract(sentence)) == expected)
    }

    @Test("weapons used against a third party strike for their user, not their supplier")
    func useIsNotSupply() throws {
        let extraction = try Self.extract("Iran supplied Russia with drones that were used against Ukraine.")
        #expect(Self.tuples(extraction) == [FlowTupleCase("IRN", "RUS", .transfer, .drone), FlowTupleCase("RUS", "UKR", .strike, .drone)])
        let launched = try Self.extract("North Korea sent missiles to Russia, which launched them at Ukraine.")
        #expect(!Self.tuples(launched).contains { $0.kind == .strike && $0.from == "PRK" })
    }

    // MARK: Across sentences

    @Test("'the country' and 'it' take the state of the sentence before")
    func acrossSentences() throws {
        let extraction = try Self.extract("North Korea has grown closer to Moscow. The country has shipped artillery shells to Russia.")
        #expect(Self.tuples(extraction) == [FlowTupleCase("PRK", "RUS", .transfer, .artilleryAmmunition)])
        let pronoun = try Self.extract("Iran is under pressure. It has sent ballistic missiles to Russia.")
        #expect(Self.tuples(pronoun) == [FlowTupleCase("IRN", "RUS", .transfer, .ballisticMissile)])
    }

    // MARK: Cooperation, denials, admissions

    @Test("agreements, partnerships and deals are cooperation", arguments: [
        "Iran and Russia signed a defence cooperation agreement last year.",
        "Moscow signed an arms deal with Tehran.",
        "A new arms deal between Russia and Iran was concluded.",
    ])
    func agreements(_ sentence: String) throws {
        let extraction = try Self.extract(sentence)
        #expect(extraction.proposals.count == 1)
        #expect(extraction.proposals.first?.kind == .cooperation)
        #expect(Set([extraction.proposals.first?.from, extraction.proposals.first?.to]) == Set<ActorID?>(["IRN", "RUS"]))
    }

    @Test("a partnership that is not military is not a flow")
    func civilPartnership() throws {
        #expect(try Self.extract("Iran and Russia signed a tourism agreement.").proposals.isEmpty)
    }

    @Test("denials and admissions in indirect speech", arguments: [
        ("Tehran denied sending drones to Russia.", FlowTupleCase("IRN", "RUS", .transfer, .drone), ClaimStatus.denied),
        ("Moscow acknowledged receiving drones from Iran.", FlowTupleCase("IRN", "RUS", .transfer, .drone), .delivered),
        ("Iran has denied that it supplied missiles to Russia.", FlowTupleCase("IRN", "RUS", .transfer, .missile), .denied),
    ])
    func denialsAndAdmissions(_ sentence: String, _ expected: FlowTupleCase, _ status: ClaimStatus) throws {
        let extraction = try Self.extract(sentence)
        #expect(Self.tuples(extraction) == [expected])
        #expect(extraction.proposals.first?.status == status)
    }

    // MARK: Sanctions in press-release form

    @Test("a designation list: every entry after the colon is a target of the imposer named before")
    func designationList() throws {
        let extraction = try Self.extract(
            "Britain today sanctioned eleven targets.\n\nThe following have been designated:\n\n"
                + "- Northgate Freight Airlines, a carrier which flew drone parts to Russia.\n"
                + "- Pavel Ignatyevich Rudakov, a director of Northgate Freight Airlines.\n\n"
                + "Orbis Harbour Trading LLC, a company that shipped shells to Russia.\n\n"
                + "Designated persons are subject to an asset freeze.")
        #expect(Self.tuples(extraction) == [
            FlowTupleCase("GBR", "northgate-freight-airlines", .sanction), FlowTupleCase("northgate-freight-airlines", "RUS", .transfer, .drone),
            FlowTupleCase("GBR", "pavel-ignatyevich-rudakov", .sanction), FlowTupleCase("GBR", "orbis-harbour-trading-llc", .sanction),
            FlowTupleCase("orbis-harbour-trading-llc", "RUS", .transfer, .artilleryAmmunition),
        ])
    }

    @Test("passive designations, lists added to, and 'the company' for the last company named")
    func sanctionForms() throws {
        let passive = try Self.extract("Washington sanctioned Iran. Kestrel Avionics Corp has also been designated.")
        #expect(Self.tuples(passive).contains(FlowTupleCase("USA", "kestrel-avionics-corp", .sanction)))
        let added = try Self.extract("The European Union added Volga Rotor Works and Caspian Lift Industries to its sanctions list.")
        #expect(Self.tuples(added) == [FlowTupleCase("eu", "volga-rotor-works", .sanction), FlowTupleCase("eu", "caspian-lift-industries", .sanction)])
        let company = try Self.extract("Tabriz Motor Industries supplied engines for drones to Russia. Britain imposed sanctions on the company.")
        #expect(Self.tuples(company).contains(FlowTupleCase("GBR", "tabriz-motor-industries", .sanction)))
    }

    @Test("a short form in parentheses names the same actor later")
    func shortForms() throws {
        let extraction = try Self.extract(
            "Britain sanctioned Steppe Aviation Company Limited (Steppe Aviation). Steppe Aviation has delivered helicopters to Russia.")
        #expect(Self.tuples(extraction) == [
            FlowTupleCase("GBR", "steppe-aviation-company-limited", .sanction),
            FlowTupleCase("steppe-aviation-company-limited", "RUS", .transfer, .helicopter),
        ])
    }

    @Test("a state the registry lacks is proposed with its alpha-3 code")
    func unregisteredState() throws {
        let extraction = try Self.extract("Japan imposed sanctions on North Korea.")
        #expect(Self.tuples(extraction) == [FlowTupleCase("JPN", "PRK", .sanction)])
        #expect(extraction.newActors.map(\.id) == ["JPN"])
        #expect(extraction.newActors.first?.kind == .state)
    }

    @Test("training is cooperation between trainer and trainee", arguments: [
        "Iranian instructors taught Russian crews to launch drones.",
        "Russian personnel were trained in Iran last summer.",
    ])
    func training(_ sentence: String) throws {
        let extraction = try Self.extract(sentence)
        #expect(Self.tuples(extraction) == [FlowTupleCase("IRN", "RUS", .cooperation, .training)])
    }

    // MARK: Another network

    @Test("another network works from its own registry with no code change")
    func anotherNetwork() throws {
        let actors = [
            Actor(id: "ARE", name: "United Arab Emirates", kind: .state, aliases: ["the UAE", "Abu Dhabi"]),
            Actor(id: "SDN", name: "Sudan", kind: .state),
            Actor(id: "rsf", name: "Rapid Support Forces", kind: .armedGroup, aliases: ["RSF", "the paramilitary RSF"]),
            Actor(id: "USA", name: "United States", kind: .state, aliases: ["Washington"]),
        ]
        let items = [
            Item(id: "cobra-drones", name: "Cobra drones", category: .drone, aliases: ["Cobra-4"]),
            Item(id: "howitzers", name: "Howitzers", category: .militaryEquipment, aliases: []),
        ]
        let extraction = try Self.extract(
            "The UAE has supplied Cobra-4 drones to the RSF, according to a UN panel. "
                + "Washington sanctioned Sahel Horizon Trading, a Dubai-based company, for shipping howitzers to the RSF.",
            extractor: Extractor(actors: actors, items: items))
        #expect(Self.tuples(extraction) == [
            FlowTupleCase("ARE", "rsf", .transfer, .drone), FlowTupleCase("USA", "sahel-horizon-trading", .sanction),
            FlowTupleCase("sahel-horizon-trading", "rsf", .transfer, .militaryEquipment),
        ])
    }
}
