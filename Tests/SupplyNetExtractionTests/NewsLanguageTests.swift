import Foundation
import SupplyNet
import Testing

@testable import SupplyNetExtraction

/// The rules for how news reports word supplies, sanctions and strikes, on sentences written for
/// these tests with invented company names.
@Suite("News language: weapon words, places, lists, carry-over, requests, users, refusals, speakers, denials, carriers")
struct NewsLanguageTests {
    private func extract(_ body: String) throws -> ArticleExtraction { try GeneralRuleTests.extract(body) }
    private func tuples(_ body: String) throws -> Set<FlowTupleCase> { GeneralRuleTests.tuples(try extract(body)) }

    // MARK: Items

    @Test("generic weapon words name their category", arguments: [
        ("Germany delivered tanks to Ukraine.", FlowTupleCase("DEU", "UKR", .transfer, .militaryEquipment)),
        ("Britain has sent howitzers to Ukraine.", FlowTupleCase("GBR", "UKR", .transfer, .militaryEquipment)),
        ("Germany shipped armoured vehicles to Ukraine.", FlowTupleCase("DEU", "UKR", .transfer, .militaryEquipment)),
        ("Iran sold microcontrollers to Russia.", FlowTupleCase("IRN", "RUS", .transfer, .electronics)),
        ("Iran exported GPS modules to Russia.", FlowTupleCase("IRN", "RUS", .transfer, .electronics)),
        ("Iran supplied flight controllers to Russia.", FlowTupleCase("IRN", "RUS", .transfer, .electronics)),
        ("The United States delivered interceptors to Ukraine.", FlowTupleCase("USA", "UKR", .transfer, .airDefense)),
    ])
    func weaponWords(_ sentence: String, _ expected: FlowTupleCase) throws {
        #expect(try tuples(sentence) == [expected])
    }

    @Test("a purpose is not an item: parts for drones move parts, not drones")
    func purposeIsNotItem() throws {
        #expect(try tuples("China exported electronic components for attack drones to Russia.")
            == [FlowTupleCase("CHN", "RUS", .transfer, .electronics)])
    }

    // MARK: Verbs

    @Test("'supplies' after a name is a verb: X supplies Y with Z")
    func suppliesWith() throws {
        #expect(try tuples("Germany supplies Ukraine with armoured vehicles.")
            == [FlowTupleCase("DEU", "UKR", .transfer, .militaryEquipment)])
    }

    @Test("'which supplies' is a verb whose subject is the antecedent")
    func whichSupplies() throws {
        #expect(try tuples("Analysts pointed to Iran, which supplies Russia with drones.")
            == [FlowTupleCase("IRN", "RUS", .transfer, .drone)])
    }

    // MARK: Places

    @Test("a city stands for its state when it is struck")
    func struckCity() throws {
        #expect(try tuples("Russia struck Kharkiv with drones overnight.") == [FlowTupleCase("RUS", "UKR", .strike, .drone)])
    }

    @Test("'the port of' a city stands for the city's state as recipient")
    func portOfCity() throws {
        #expect(try tuples("Iran shipped drones to the port of Astrakhan.") == [FlowTupleCase("IRN", "RUS", .transfer, .drone)])
    }

    @Test("'the North' capitalised is North Korea")
    func theNorth() throws {
        #expect(try tuples("The North has sent artillery shells to Russia.")
            == [FlowTupleCase("PRK", "RUS", .transfer, .artilleryAmmunition)])
    }

    @Test("'the north of the country' is no actor")
    func northOfTheCountry() throws {
        let flows = try tuples("Russia has sent artillery shells to the north of the country.")
        #expect(!flows.contains { $0.from == "PRK" || $0.to == "PRK" })
    }

    // MARK: Sanctions

    @Test("'the Government of Japan' imposes as Japan")
    func governmentOf() throws {
        #expect(try tuples("The Government of Japan sanctioned Ridgeline Optics LLC.")
            == [FlowTupleCase("JPN", "ridgeline-optics-llc", .sanction)])
    }

    @Test("'is subject to US and EU sanctions' is sanctioned by each")
    func subjectToSanctions() throws {
        #expect(try tuples("Ridgeline Optics LLC is subject to US and EU sanctions.")
            == [FlowTupleCase("USA", "ridgeline-optics-llc", .sanction), FlowTupleCase("eu", "ridgeline-optics-llc", .sanction)])
    }

    @Test("'was previously sanctioned by the United States': the agent imposes, the subject is the target")
    func sanctionedBy() throws {
        let flows = try tuples("Ridgeline Optics LLC was previously sanctioned by the United States.")
        #expect(flows.contains(FlowTupleCase("USA", "ridgeline-optics-llc", .sanction)))
        #expect(!flows.contains(FlowTupleCase("ridgeline-optics-llc", "USA", .sanction)))
    }

    @Test("refusing to join sanctions imposes none")
    func refusal() throws {
        #expect(try tuples("Turkey refused to join sanctions against Iran.").isEmpty)
    }

    @Test("calling for sanctions imposes none")
    func callForSanctions() throws {
        #expect(try tuples("The report urges Washington to sanction Ridgeline Optics LLC.").isEmpty)
    }

    // MARK: Designation lists

    @Test("a numbered list after a header with a colon: each '(n) Name, a company' line is a target")
    func parenthesisedList() throws {
        let flows = try tuples(
            "Britain announced sanctions on Tuesday.\n\nThe following entities are designated:\n\n"
                + "(1) Amber Gate LLC, a company registered in Dubai.\n\n"
                + "(2) Corvid Systems LLC, a company that trades in machine tools.")
        #expect(flows == [FlowTupleCase("GBR", "amber-gate-llc", .sanction), FlowTupleCase("GBR", "corvid-systems-llc", .sanction)])
    }

    @Test("'1. Name Ltd (China), ...' lines after 'Entities subject to the measures:' and an 'Entities' heading are targets")
    func dottedListWithHeading() throws {
        let flows = try tuples(
            "Japan imposed sanctions on Friday.\n\nEntities subject to the measures:\n\nEntities\n\n"
                + "1. Harbin Lotus Ltd (China), a supplier of machine tools.\n\n"
                + "2. Qilin Parts Ltd (China), a distributor of bearings.")
        #expect(flows == [FlowTupleCase("JPN", "harbin-lotus-ltd", .sanction), FlowTupleCase("JPN", "qilin-parts-ltd", .sanction)])
    }

    @Test("a sentence whose subject is a list of states is not a list entry")
    func listEndsAtSentence() throws {
        let flows = try tuples(
            "Japan imposed sanctions on Friday.\n\nEntities subject to the measures:\n\n"
                + "1. Harbin Lotus Ltd (China), a supplier of machine tools.\n\n"
                + "France and Germany also announced measures.")
        #expect(flows == [FlowTupleCase("JPN", "harbin-lotus-ltd", .sanction)])
    }

    // MARK: Recipients

    @Test("buyers and customers of a nationality are their state", arguments: [
        "Iran sold drones to Russian buyers.",
        "Iran sold drones to a Russian customer.",
    ])
    func nationalBuyers(_ sentence: String) throws {
        #expect(try tuples(sentence) == [FlowTupleCase("IRN", "RUS", .transfer, .drone)])
    }

    @Test("a second clause without a recipient takes the first clause's")
    func recipientCarriesInSentence() throws {
        let flows = try tuples("Germany supplies Ukraine with tanks, and Britain has sent missiles.")
        #expect(flows.contains(FlowTupleCase("DEU", "UKR", .transfer, .militaryEquipment)))
        #expect(flows.contains(FlowTupleCase("GBR", "UKR", .transfer, .missile)))
    }

    @Test("the same sender's recipient carries to the next sentence")
    func recipientCarriesAcrossSentences() throws {
        let extraction = try extract("Iran sent drones to Russia. Tehran also sent shells.")
        #expect(GeneralRuleTests.tuples(extraction) == [
            FlowTupleCase("IRN", "RUS", .transfer, .drone), FlowTupleCase("IRN", "RUS", .transfer, .artilleryAmmunition),
        ])
        let shells = extraction.proposals.first { $0.categories == [.artilleryAmmunition] }
        #expect(shells?.sentence == "Tehran also sent shells.")
    }

    @Test("who asks for a supply receives it, as a request")
    func asking() throws {
        let extraction = try extract("Kyiv has asked Seoul to supply artillery shells.")
        #expect(GeneralRuleTests.tuples(extraction) == [FlowTupleCase("KOR", "UKR", .transfer, .artilleryAmmunition)])
        #expect(extraction.proposals.first?.status == .requested)
    }

    @Test("the attacker received the weapons supplied to it")
    func attackerReceived() throws {
        let flows = try tuples("Russia attacked Dnipro with missiles that had been supplied by North Korea.")
        #expect(flows == [FlowTupleCase("PRK", "RUS", .transfer, .missile), FlowTupleCase("RUS", "UKR", .strike, .missile)])
    }

    @Test("the user of supplied weapons received them")
    func userReceived() throws {
        let flows = try tuples("Pyongyang provided missiles, which Russian forces launched against Zaporizhzhia.")
        #expect(flows.contains(FlowTupleCase("PRK", "RUS", .transfer, .missile)))
        #expect(!flows.contains { $0.from == "PRK" && $0.kind == .strike })
    }

    // MARK: Subjects

    @Test("a speaker's label before a colon is not the subject", arguments: [
        "MR. DALTON: Chinese companies sell Russia chips.",
        "MR. DALTON: They sell chips to Russia.",
    ])
    func speakerLabel(_ sentence: String) throws {
        let extraction = try extract(sentence)
        #expect(!extraction.proposals.contains { $0.from.rawValue.contains("dalton") })
        #expect(!extraction.newActors.contains { $0.id.rawValue.contains("dalton") })
    }

    @Test("a state's ministry that says it sent nothing denies for the state")
    func ministryDenial() throws {
        let extraction = try extract("Iran's Foreign Ministry said on Sunday that it had not sent drones to Russia.")
        #expect(GeneralRuleTests.tuples(extraction) == [FlowTupleCase("IRN", "RUS", .transfer, .drone)])
        #expect(extraction.proposals.first?.status == .denied)
    }

    @Test("a company whose vessels carried goods is their sender")
    func carrier() throws {
        #expect(try tuples("Investigators named Grey Tern Shipping LLC, a company whose vessels carried shells to Russia.")
            == [FlowTupleCase("grey-tern-shipping-llc", "RUS", .transfer, .artilleryAmmunition)])
    }

    @Test("'Co., Ltd.' belongs to the company's name")
    func legalForm() throws {
        let extraction = try extract("Washington sanctioned Lianhe Microtech Co., Ltd. on Monday.")
        #expect(extraction.newActors.map(\.id) == ["lianhe-microtech-co-ltd"])
        #expect(GeneralRuleTests.tuples(extraction) == [FlowTupleCase("USA", "lianhe-microtech-co-ltd", .sanction)])
    }

    // MARK: Windows

    @Test("each participle names its own items and origin")
    func participles() throws {
        let flows = try tuples("Russia has fielded drones procured from Iran, as well as shells procured from North Korea.")
        #expect(flows.contains(FlowTupleCase("IRN", "RUS", .transfer, .drone)))
        #expect(flows.contains(FlowTupleCase("PRK", "RUS", .transfer, .artilleryAmmunition)))
        #expect(!flows.contains(FlowTupleCase("IRN", "RUS", .transfer, .artilleryAmmunition)))
    }

    @Test("a subordinate clause after a comma ends the cue's window")
    func clauseBreak() throws {
        let flows = try tuples("North Korea has shipped missiles to Russia, as analysts warned that Moscow pays with air defence systems.")
        #expect(flows.contains(FlowTupleCase("PRK", "RUS", .transfer, .missile)))
        #expect(!flows.contains(FlowTupleCase("PRK", "RUS", .transfer, .airDefense)))
    }

    @Test("a list announced 'as follows' takes its imposer; an entry 'Name (Country): exported ...' is its name's act")
    func entriesAsFollows() throws {
        let flows = try tuples("""
            The Government of Japan has decided to implement asset freezes against the entities listed below.

            The entities subject to the measures are as follows.

            1. Tarnow Ordnance Trading Corporation (North Korea): exported artillery shells to Russia.
            2. Velmar Logistics LLC (Russia): a freight forwarder.
            """)
        #expect(flows == [
            FlowTupleCase("JPN", "tarnow-ordnance-trading-corporation", .sanction),
            FlowTupleCase("JPN", "velmar-logistics-llc", .sanction),
            FlowTupleCase("tarnow-ordnance-trading-corporation", "RUS", .transfer, .artilleryAmmunition),
        ])
        // A speaker's label is still no subject.
        #expect(try tuples("MS. ORLAND: Exported drones to Russia? No.").isEmpty)
    }

    @Test("adding names to a list is a sanction; the list's country is no target")
    func addedToList() throws {
        #expect(try tuples("In May the EU added Verkan Systems and the Tabriz Rotor Works to its Russia list.") == [
            FlowTupleCase("eu", "verkan-systems", .sanction), FlowTupleCase("eu", "tabriz-rotor-works", .sanction),
        ])
        let inMay = try extract("In May the EU added Verkan Systems to its list.").proposals
        #expect(inMay.map { "\($0.from) \($0.to) \($0.status.rawValue)" } == ["eu verkan-systems delivered"], "'May' is the month, not a hedge")
        #expect(try tuples("Britain added Verkan Systems to its list.") == [FlowTupleCase("GBR", "verkan-systems", .sanction)])
        #expect(try tuples("He added that Moscow had sent drones to Iran.") == [FlowTupleCase("RUS", "IRN", .transfer, .drone)])
    }

    @Test("Burmese 'U' belongs to the name it opens")
    func burmeseHonorific() throws {
        let extraction = try extract("The United States sanctioned Kanbawza Air Parts and its director, U Thein Naing Oo.")
        #expect(extraction.newActors.map(\.id).contains("u-thein-naing-oo"))
    }

    @Test("cooperation between two named actors is cooperation, whatever it covers; cooperation alone says too little")
    func militaryCooperationBetween() throws {
        #expect(try tuples("Tokyo named ten firms involved in military cooperation between North Korea and Russia.") == [
            FlowTupleCase("RUS", "PRK", .cooperation),
        ])
        #expect(try tuples("Defence cooperation between Tehran and Moscow is growing, the minister said.") == [
            FlowTupleCase("IRN", "RUS", .cooperation),
        ])
        #expect(try tuples("Cooperation between Tehran and Moscow now covers trade and energy.") == [FlowTupleCase("IRN", "RUS", .cooperation)])
        #expect(try tuples("Cooperation now covers trade and energy, Tehran said.").isEmpty)
    }

    @Test("a funding verb gives aid, never goods; 'committed to deliver' is a plan")
    func fundingVerbs() throws {
        #expect(try tuples("Washington has allocated $61 billion in military aid to Kyiv since 2022.") == [
            FlowTupleCase("USA", "UKR", .aid, .militaryEquipment),
        ])
        #expect(try tuples("The EU mobilised €6 billion for military assistance to Ukraine.") == [
            FlowTupleCase("eu", "UKR", .aid, .militaryEquipment),
        ])
        #expect(try tuples("Russia committed more drones and tanks to the offensive near Kharkiv.").isEmpty)
        #expect(try tuples("Brussels extended its sanctions on Iran until July.") == [FlowTupleCase("eu", "IRN", .sanction)])
        let pledge = try extract("Germany committed to deliver more drones to Ukraine.").proposals
        #expect(pledge.map { "\($0.from) \($0.to) \($0.kind.rawValue) \($0.status.rawValue)" } == ["DEU UKR transfer planned"])
    }

    @Test("a country naming a sanctions list is no target, and stops no name before it")
    func countrysSanctionsList() throws {
        #expect(try tuples("In March the EU added Ostrava Marine and the Directorate of Supply to its Belarus sanctions list.") == [
            FlowTupleCase("eu", "ostrava-marine", .sanction), FlowTupleCase("eu", "directorate-of-supply", .sanction),
        ])
    }

    @Test("'X, a company that Y sanctioned': the apposition's name is the target")
    func appositionSanctioned() throws {
        #expect(try tuples("The tanker is managed by Orsk Coastal Lines, a Murmansk company that Britain sanctioned in May.") == [
            FlowTupleCase("GBR", "orsk-coastal-lines", .sanction),
        ])
    }

    @Test("weapons a relative clause launches or fires are the strike's, every one coordinated before it")
    func launchesAndFires() throws {
        #expect(try tuples("Every week Russia launches Shahed-type drones at Ukraine's ports.") == [FlowTupleCase("RUS", "UKR", .strike, .drone)])
        let flows = try tuples("Tehran keeps shipping the drones and missiles that Russia fires at Ukraine.")
        #expect(flows.contains(FlowTupleCase("RUS", "UKR", .strike, .drone)))
        #expect(flows.contains(FlowTupleCase("RUS", "UKR", .strike, .missile)))
        #expect(!flows.contains { $0.from == "IRN" && $0.kind == .strike })
        #expect(try tuples("Iran plans to launch a satellite with Russian help.").isEmpty)
    }

    @Test("a dateline's city files the story; it does not act")
    func dateline() throws {
        #expect(try tuples("LONDON/KYIV (Wire Service) -- Russia builds most of the drones it fires at Ukraine.") == [
            FlowTupleCase("RUS", "UKR", .strike, .drone),
        ])
    }

    @Test("'X, a company based in Y, which shipped ...', 'X, a state exporter which sells ...': X ships")
    func locatedAntecedent() throws {
        #expect(try tuples("Darya Sahel Lines, an Iranian shipping company based in Bandar Abbas, which has carried ballistic missiles to Russia;") == [
            FlowTupleCase("darya-sahel-lines", "RUS", .transfer, .ballisticMissile),
        ])
        #expect(try tuples("Zarya Service, a Belarusian state exporter which sells military goods to Russia;") == [
            FlowTupleCase("zarya-service", "RUS", .transfer, .militaryEquipment),
        ])
    }

    @Test("weapons named by their supplier ('North Korean-supplied') were sent to whoever uses them; 'Iranian-made' names no sender")
    func supplierNamedWeapons() throws {
        #expect(try tuples("Russian troops fired North Korean-supplied KN-23 missiles at Odesa.") == [
            FlowTupleCase("RUS", "UKR", .strike, .ballisticMissile), FlowTupleCase("PRK", "RUS", .transfer, .ballisticMissile),
        ])
        #expect(try tuples("Russian troops launched Iranian-made Shahed drones at Odesa.") == [FlowTupleCase("RUS", "UKR", .strike, .drone)])
    }

    @Test("'was sanctioning' is active; 'freezing the UK assets of' is a sanction; a target's own noun phrase and legal basis are no targets")
    func sanctionPhrasings() throws {
        #expect(try tuples("Last week Canada and Britain were sanctioning Zarin Fuel Services.") == [
            FlowTupleCase("GBR", "zarin-fuel-services", .sanction), FlowTupleCase("CAN", "zarin-fuel-services", .sanction),
        ])
        // A second sanction verb shares the first's subject; the first's targets impose nothing.
        #expect(try tuples("Britain acted too, freezing the UK assets of Pardis Air Cargo and Dune Logistics and imposing a travel ban on Karimzadeh.") == [
            FlowTupleCase("GBR", "pardis-air-cargo", .sanction), FlowTupleCase("GBR", "dune-logistics", .sanction),
            FlowTupleCase("GBR", "karimzadeh", .sanction),
        ])
        #expect(try tuples("The UK designated Major General Ri Chol Ho, a deputy commander of the Korean People's Army, on Friday.") == [
            FlowTupleCase("GBR", "ri-chol-ho", .sanction),
        ])
        #expect(try tuples("OFAC designated the following persons pursuant to Executive Order (E.O.) 13382:").isEmpty)
    }

    @Test("an apposition after a dash describes the name before it")
    func dashApposition() throws {
        #expect(try tuples("Polar Orion – a Russian-flagged cargo vessel that carried North Korean munitions to Russia.") == [
            FlowTupleCase("polar-orion", "RUS", .transfer, .ammunition),
        ])
    }

    @Test("a sentence cut after any of its words never traps the rules")
    func truncatedSentences() throws {
        let sentences = [
            "Britain acted too, freezing the UK assets of Pardis Air Cargo and Dune Logistics and imposing a travel ban on Karimzadeh.",
            "Kazakhstan froze the assets of Pardis Cargo Air.",
            "The UK designated Major General Ri Chol Ho, a deputy commander of the Korean People's Army, on Friday.",
            "Darya Sahel Lines, an Iranian shipping company based in Bandar Abbas, which has carried ballistic missiles to Russia;",
            "Tehran keeps shipping the drones and missiles that Russia fires at Ukraine.",
            "LONDON/KYIV (Wire Service) -- Russia builds most of the drones it fires at Ukraine.",
            "The tanker is managed by Orsk Coastal Lines, a Murmansk company that Britain sanctioned in May.",
            "In March the EU added Ostrava Marine and the Directorate of Supply to its Belarus sanctions list.",
            "Washington has allocated $61 billion in military aid to Kyiv since 2022.",
            "Tokyo named ten firms involved in military cooperation between North Korea and Russia.",
            "Russian troops fired North Korean-supplied KN-23 missiles at Odesa.",
        ]
        for sentence in sentences {
            let words = sentence.split(separator: " ")
            for count in 1...words.count {
                _ = try extract(words.prefix(count).joined(separator: " "))
            }
        }
    }

    @Test("'is also reported to have delivered' is the subject's act, alleged; 'ban the export of' is a sanction, not a transfer")
    func reportedAndBanned() throws {
        let reported = try extract("Belarus is also reported to have delivered radar systems to Russia last year.").proposals
        #expect(reported.map { "\($0.from) \($0.to) \($0.kind.rawValue) \($0.status.rawValue)" } == ["BLR RUS transfer alleged"])
        #expect(try tuples("Japan has ban the export of drone engines to Russia since 2023.") == [FlowTupleCase("JPN", "RUS", .sanction)])
        #expect(try tuples("Canada has banned all exports of jet fuel to Iran.") == [FlowTupleCase("CAN", "IRN", .sanction)])
    }

    @Test("a civil ministry named with its state is a body of its own; an armed force named so is the state")
    func ministriesAndForces() throws {
        let designated = try extract("In March the U.S. Treasury Department designated Karavan Fuel Lines.")
        #expect(GeneralRuleTests.tuples(designated) == [FlowTupleCase("us-treasury-department", "karavan-fuel-lines", .sanction)])
        let body = try #require(designated.newActors.first { $0.id == "us-treasury-department" })
        #expect(body.kind == .publicBody && body.parent == "USA" && body.name == "U.S. Treasury Department")
        #expect(try tuples("The British Foreign Office sanctioned Karavan Fuel Lines.") == [
            FlowTupleCase("british-foreign-office", "karavan-fuel-lines", .sanction),
        ])
        #expect(try tuples("The Russian Army launched drones at Kharkiv.") == [FlowTupleCase("RUS", "UKR", .strike, .drone)])
    }

    @Test("'They include A and B', 'Among them are A and B' after a sanction name more of its targets; not after a transfer")
    func continuedTargets() throws {
        #expect(try tuples("Japan designated nine entities on Friday. Among them are Tavan Marine Services and Kish Air Cargo.") == [
            FlowTupleCase("JPN", "tavan-marine-services", .sanction), FlowTupleCase("JPN", "kish-air-cargo", .sanction),
        ])
        #expect(try tuples("Japan sanctioned five firms. They include Tavan Marine Services, a company that carried drones, and Kish Air Cargo.")
            .isSuperset(of: [FlowTupleCase("JPN", "tavan-marine-services", .sanction), FlowTupleCase("JPN", "kish-air-cargo", .sanction)]))
        #expect(try tuples("Iran sent drones to Russia. They include drones built by Tavan Aero Industries.") == [
            FlowTupleCase("IRN", "RUS", .transfer, .drone),
        ])
    }

    @Test("'the decision to blacklist X' and 'suspended all licences for arms exports to X' are sanctions")
    func blacklistAndLicences() throws {
        #expect(try tuples("He condemned London's decision to blacklist the carrier Kish Air Cargo.") == [
            FlowTupleCase("GBR", "kish-air-cargo", .sanction),
        ])
        #expect(try tuples("India has suspended all licences for arms exports to Myanmar.") == [FlowTupleCase("IND", "MMR", .sanction)])
    }

    @Test("'continues to train Ukrainian recruits' is training; 'on a train Iranian officials had chartered' is not")
    func trainAsVerb() throws {
        #expect(try tuples("Britain also continues to train Ukrainian recruits.") == [FlowTupleCase("UKR", "GBR", .cooperation, .training)])
        #expect(try tuples("Russia sent the drones on a train Iranian officials had chartered.").allSatisfy { $0.kind != .cooperation })
    }

    @Test("'the EU and Britain followed in May' impose the sanctions before on the same targets and are no targets")
    func followedSuit() throws {
        #expect(try tuples("The United States sanctioned Tarom Electronics in February; the European Union and Britain followed in May.") == [
            FlowTupleCase("USA", "tarom-electronics", .sanction), FlowTupleCase("eu", "tarom-electronics", .sanction),
            FlowTupleCase("GBR", "tarom-electronics", .sanction),
        ])
        #expect(try tuples("The United States sanctioned Tarom Electronics in February. Japan followed suit in June.").contains(
            FlowTupleCase("JPN", "tarom-electronics", .sanction)))
        #expect(try tuples("Russia struck Kyiv. Ukraine followed with drone attacks on Belgorod.").allSatisfy { $0.kind == .strike })
        #expect(try tuples("Tehran later handed over the designs to Moscow.") == [FlowTupleCase("IRN", "RUS", .transfer, .technology)])
    }

    @Test("'the Treasury', 'the State Department', 'the US Treasury' are ministries of their state, not the state")
    func ministryForms() throws {
        #expect(try tuples("The Treasury designated Kavir Trading Company in May.") == [FlowTupleCase("treasury", "kavir-trading-company", .sanction)])
        #expect(try tuples("The State Department is designating Sahand Darya Lines.") == [
            FlowTupleCase("state-department", "sahand-darya-lines", .sanction),
        ])
        #expect(try tuples("The US Treasury designated Kavir Trading Company.") == [FlowTupleCase("us-treasury", "kavir-trading-company", .sanction)])
        #expect(try tuples("It was designated by the Treasury Department in 2022, Kavir Trading Company said.").allSatisfy { $0.from != "USA" })
        #expect(try tuples("US Treasury Secretary Janet Yellen said Iran sent drones to Russia.") == [FlowTupleCase("IRN", "RUS", .transfer, .drone)])
    }

    @Test("', and the EU added B to its list', ', while Britain sanctioned B': another imposer's clause ends the first list")
    func secondImposerClause() throws {
        #expect(try tuples("The United States designated Sarv Propulsion Industries in May, and the European Union added Pars Kavosh Engineering to its Iran sanctions list last week.") == [
            FlowTupleCase("USA", "sarv-propulsion-industries", .sanction), FlowTupleCase("eu", "pars-kavosh-engineering", .sanction),
        ])
        #expect(try tuples("Japan designated Kavir Trading Company, while Britain sanctioned Tarom Electronics Ltd.") == [
            FlowTupleCase("JPN", "kavir-trading-company", .sanction), FlowTupleCase("GBR", "tarom-electronics-ltd", .sanction),
        ])
        #expect(try tuples("Japan designated Kavir Trading Company, while the Commerce Department added Tarom Electronics to its Entity List.") == [
            FlowTupleCase("JPN", "kavir-trading-company", .sanction), FlowTupleCase("commerce-department", "tarom-electronics", .sanction),
        ])
    }

    @Test("a headline's imposer imposes the sanctions a minister announces; 'Part 1 - Entities' heads a list of targets")
    func headlineAndSchedule() throws {
        let body = """
            Today, the Minister of Foreign Affairs announced sanctions against 3 entities supplying Russia.

            Schedule

            Part 1 - Entities

            1. Pardak Sanat Company (Iran)
            2. Kaspiy Tekhnika LLC (Russia)

            Part 2 - Individuals

            1. Ivan Petrovich Sorokin (Russia), general director of Kaspiy Tekhnika LLC

            Canada has provided more than $4.5 billion in military assistance to Ukraine.
            """
        let text = "---\ntitle: Canada imposes sanctions on suppliers of Russia's war\npublished: 2025-02-21\n---\n" + body + "\n"
        let extraction = try Extractor(network: SeedArticles.network()).extract(try ArticleInput(file: "t.txt", bytes: Array(text.utf8)))
        let sanctions = GeneralRuleTests.tuples(extraction).filter { $0.kind == .sanction }
        #expect(sanctions == [
            FlowTupleCase("CAN", "pardak-sanat-company", .sanction), FlowTupleCase("CAN", "kaspiy-tekhnika-llc", .sanction),
            FlowTupleCase("CAN", "ivan-petrovich-sorokin", .sanction),
        ])
        // Without the headline no one is named as imposing them.
        #expect(try tuples(body).allSatisfy { $0.kind != .sanction })
    }

    @Test("free-zone and other legal forms ('FZE', 'Sdn Bhd') and 'Trade Invest' end company names; a participle's agent is not the relative's antecedent")
    func legalFormsAndAgents() throws {
        #expect(try tuples("Anatolia Teknik Ltd shipped drone engines to Sahand Tejarat FZE, a Dubai company controlled by Kermani, which forwarded them to Qods Aviation Industries.") == [
            FlowTupleCase("anatolia-teknik-ltd", "sahand-tejarat-fze", .transfer, .drone),
            FlowTupleCase("sahand-tejarat-fze", "qods-aviation-industries", .transfer, .drone),
        ])
        #expect(try tuples("The United States sanctioned Tengri Trade Invest and Altyn Zhol Logistics in 2024.") == [
            FlowTupleCase("USA", "tengri-trade-invest", .sanction), FlowTupleCase("USA", "altyn-zhol-logistics", .sanction),
        ])
    }

    @Test("'X and its vessel, the Y' names both; 'X is listed for transporting Z to W': the listed carried it")
    func ownedNamesAndListedCarriers() throws {
        #expect(try tuples("Kaspiy Logistika LLC and its vessel, the ANGARA STAR, are listed for transporting Iranian artillery ammunition to the Russian port of Makhachkala.") == [
            FlowTupleCase("kaspiy-logistika-llc", "RUS", .transfer, .artilleryAmmunition),
            FlowTupleCase("angara-star", "RUS", .transfer, .artilleryAmmunition),
        ])
        #expect(try tuples("The EU sanctioned Kaspiy Logistika LLC and its tanker Golden Maple on Friday.") == [
            FlowTupleCase("eu", "kaspiy-logistika-llc", .sanction), FlowTupleCase("eu", "golden-maple", .sanction),
        ])
    }

    @Test("'imposed similar measures on X', 'Britain's list included X' and 'the EU's decision to add X to its list' are sanctions")
    func measuresListsAndDecisions() throws {
        #expect(try tuples("Washington imposed similar measures last week on Arya Aero Parts Company.") == [
            FlowTupleCase("USA", "arya-aero-parts-company", .sanction),
        ])
        #expect(try tuples("Britain's list included the Caspian freight operator Dena Marine Services.") == [
            FlowTupleCase("GBR", "dena-marine-services", .sanction),
        ])
        #expect(try tuples("The spokesman condemned the European Union's decision on Monday to add Caspian Pars Shipping Company to its sanctions list.") == [
            FlowTupleCase("eu", "caspian-pars-shipping-company", .sanction),
        ])
        #expect(try tuples("Iran's wish list included Su-35 jets.").allSatisfy { $0.kind != .sanction })
    }

    @Test("'are training them', 'has been training Iranian pilots' are training; 'the troops were trained by Russian instructors' trains the last subject's troops")
    func trainingVerbAndTroops() throws {
        #expect(try tuples("North Korea sent 11,000 troops to Kursk. Russian instructors are training them at polygons in Primorsky krai.")
            .contains(FlowTupleCase("RUS", "PRK", .cooperation, .training)))
        #expect(try tuples("Russia has been training a small group of Iranian pilots on the aircraft.") == [
            FlowTupleCase("IRN", "RUS", .cooperation, .training),
        ])
        #expect(try tuples("North Korea sent 11,000 troops to Kursk. Before they reached the front, the troops were trained by Russian instructors in drone warfare.")
            .contains(FlowTupleCase("RUS", "PRK", .cooperation, .training)))
        #expect(try tuples("China supplied drones to Iran. More than 30 Myanmar air force pilots were trained in Russia.").allSatisfy { !($0.from == "CHN" && $0.kind == .cooperation) })
        #expect(try tuples("The training of Iranian pilots is under way.").isEmpty)
    }

    @Test("'Russia's cooperation with Iran' and 'cooperation between X (ABBR) and Y' are cooperation between a named pair; cooperation with no named pair is not")
    func cooperationOfANamedPair() throws {
        #expect(try tuples("He added that Russia's cooperation with Iran was developing in all areas.") == [FlowTupleCase("IRN", "RUS", .cooperation)])
        #expect(try tuples("Washington condemns the deepening military cooperation between the Democratic People's Republic of Korea (DPRK) and the Russian Federation.") == [
            FlowTupleCase("RUS", "PRK", .cooperation),
        ])
        #expect(try tuples("Cooperation is developing in all areas, Iran said.").isEmpty)
    }

    @Test("an Entity List release: the listing body through its department's possessive, places are no targets, a country heading is no entry, a maker's product describes the recipient")
    func entityListRelease() throws {
        let extraction = try extract("""
            Today, the Department of Commerce's Bureau of Industry and Security (BIS) added 12 entities located in China, Türkiye, the United Arab Emirates (UAE), Iran and Russia to the Entity List for their roles in diverting U.S.-origin parts.

            The Entity List additions are:

            China
            • Hangzhou Ruixin Electronic Technology Co., Ltd., for supplying microcontrollers to Parsian Sky Industries, an Iranian UAV manufacturer.
            """)
        #expect(extraction.newActors.contains { $0.id == "bureau-of-industry-and-security" && $0.kind == .publicBody })
        #expect(GeneralRuleTests.tuples(extraction) == [
            FlowTupleCase("bureau-of-industry-and-security", "hangzhou-ruixin-electronic-technology-co-ltd", .sanction),
            FlowTupleCase("hangzhou-ruixin-electronic-technology-co-ltd", "parsian-sky-industries", .transfer, .electronics),
        ])
        #expect(try tuples("OFAC designated Kestrel Ltd, while the Commerce Department's Bureau of Industry and Security added Aurelius Trading LLC to the Entity List.") == [
            FlowTupleCase("ofac", "kestrel-ltd", .sanction), FlowTupleCase("bureau-of-industry-and-security", "aurelius-trading-llc", .sanction),
        ])
    }

    @Test("'received jets from Russia and drones from China': each item from the source named after it")
    func receivedFromTwoSources() throws {
        #expect(try tuples("Iran received Su-35 jets from Russia and drones from China.") == [
            FlowTupleCase("RUS", "IRN", .transfer, .fighterAircraft), FlowTupleCase("CHN", "IRN", .transfer, .drone),
        ])
        #expect(try tuples("Iran received Su-35 jets from Russia.") == [FlowTupleCase("RUS", "IRN", .transfer, .fighterAircraft)])
    }

    @Test("'drone training' is training only; 'It also sent' after 'According to the NIS, North Korea has shipped ... to Russia' is North Korea's; 'flown to Russia by an Iranian cargo airline, X' is X's")
    func trainingOnWeaponsAndPronounSenders() throws {
        #expect(try tuples("Russia provided drone training to North Korean soldiers.") == [FlowTupleCase("RUS", "PRK", .cooperation, .training)])
        #expect(try tuples("According to the NIS, North Korea has shipped artillery shells to Russia. It also sent about 250 KN-23 ballistic missiles.") == [
            FlowTupleCase("PRK", "RUS", .transfer, .artilleryAmmunition), FlowTupleCase("PRK", "RUS", .transfer, .ballisticMissile),
        ])
        #expect(try tuples("The first Shahed drones were flown to Russia by an Iranian cargo airline, Caspian Zagros Air.") == [
            FlowTupleCase("caspian-zagros-air", "RUS", .transfer, .drone),
        ])
    }

    @Test("a group counted in digits or named by demonyms ('more than 3,000 individuals and entities', 'Russian individuals and entities') is a tally, not a target")
    func countedGroupsAreNoTargets() throws {
        #expect(try tuples("Canada has imposed sanctions on more than 3,000 individuals and entities in Russia.").isEmpty)
        #expect(try tuples("Japan has imposed sanctions on North Korean and Russian individuals and entities involved in the transfers.").isEmpty)
        #expect(try tuples("The US imposed sanctions on individuals and entities that supplied drones.").contains(
            FlowTupleCase("USA", "arms-transfer-facilitators", .sanction)))
    }

    @Test("a force never strikes the state it belongs to: 'the air force bombed villages across Myanmar' names no target")
    func forceDoesNotStrikeItsState() throws {
        let myanmar = try NetworkLoader(path: SeedArticles.packageRoot.appendingPathComponent("evaluation/extraction/networks/myanmar").path).load()
        let extractor = Extractor(network: myanmar)
        let own = GeneralRuleTests.tuples(try GeneralRuleTests.extract("The air force bombed villages across Myanmar with Yak-130 jets.", extractor: extractor))
        #expect(own.allSatisfy { $0.kind != .strike })
        let enemy = GeneralRuleTests.tuples(try GeneralRuleTests.extract("The air force bombed the Kachin Independence Army with Yak-130 jets.", extractor: extractor))
        #expect(enemy.contains { $0.kind == .strike && $0.from == "myanmar-air-force" && $0.to == "kia" })
    }

    @Test("'and the EU added it to its list' targets the one sanctioned before; 'X, a company that the US sanctioned together with A and B' targets all three")
    func pronounAndTogetherWithTargets() throws {
        #expect(try tuples("Britain sanctioned Golden Lotus Energy last year, and the European Union added it to its sanctions list in April.") == [
            FlowTupleCase("GBR", "golden-lotus-energy", .sanction), FlowTupleCase("eu", "golden-lotus-energy", .sanction),
        ])
        #expect(try tuples("The engines came from Sepehr Rayan Industrial Group, a Tehran company that the United States sanctioned on Wednesday together with its chief executive Hossein Karimzadeh and Golden Dune Logistics.") == [
            FlowTupleCase("USA", "sepehr-rayan-industrial-group", .sanction), FlowTupleCase("USA", "hossein-karimzadeh", .sanction),
            FlowTupleCase("USA", "golden-dune-logistics", .sanction),
        ])
    }

    @Test("'has given Iran promises, two trainer jets' gives the jets; 'technologies for its missile programme' are technology only; a semicolon ends the mood before it")
    func promisesTechnologiesAndSemicolons() throws {
        let given = try extract("Iran needs drones; Russia has given Iran promises, two trainer jets and diplomatic cover.")
        #expect(given.proposals.contains { $0.from == "RUS" && $0.to == "IRN" && $0.items.map(\.category) == [.trainerAircraft] && $0.status == .delivered })
        #expect(try tuples("Moscow is providing Pyongyang with fuel and technologies for its missile and space programmes.") == [
            FlowTupleCase("RUS", "PRK", .transfer, .technology),
        ])
        #expect(try tuples("Russia promises Iran Su-35 jets.") == [FlowTupleCase("RUS", "IRN", .transfer, .fighterAircraft)])
    }

    @Test("'for transshipping UAV components to Iran' is a transfer and names no sanction target; 'Russian defence manufacturers' stand for Russia")
    func transshippingReasonsAndDefenceBuyers() throws {
        #expect(try tuples("The US designated Al Noor Gulf Star General Trading LLC for transshipping UAV components to Iran.") == [
            FlowTupleCase("USA", "al-noor-gulf-star-general-trading-llc", .sanction),
            FlowTupleCase("al-noor-gulf-star-general-trading-llc", "IRN", .transfer, .drone),
        ])
        #expect(try tuples("Yuanda Trading Limited sold semiconductors to Russian defence manufacturers.") == [
            FlowTupleCase("yuanda-trading-limited", "RUS", .transfer, .electronics),
        ])
    }

    @Test("a ship's number after a capitalised word ends its name ('the Port Olya-4'); a designation alone stays a weapon")
    func shipNumbers() throws {
        let extraction = try extract("Two Russian-flagged cargo ships, the Port Olya-4 and another, carried short-range ballistic missiles to Russia in late August.")
        #expect(extraction.newActors.contains { $0.id == "port-olya-4" })
        #expect(GeneralRuleTests.tuples(extraction).contains(FlowTupleCase("port-olya-4", "RUS", .transfer, .ballisticMissile)))
        #expect(try tuples("Iran sent Fath-360 missiles to Russia.") == [FlowTupleCase("IRN", "RUS", .transfer, .ballisticMissile)])
    }

    @Test("a strike's target may follow 'against the', 'at western'; 'close to the Polish border' is no target")
    func strikeTargetsPastArticles() throws {
        #expect(try tuples("Russia fired Kh-101 cruise missiles at western Ukraine, close to the Polish border.").allSatisfy { $0.to != "POL" })
        #expect(try tuples("Russia fired ballistic missiles at western Ukraine overnight.") == [FlowTupleCase("RUS", "UKR", .strike, .ballisticMissile)])
        let myanmar = try NetworkLoader(path: SeedArticles.packageRoot.appendingPathComponent("evaluation/extraction/networks/myanmar").path).load()
        let found = GeneralRuleTests.tuples(try GeneralRuleTests.extract(
            "The air force has used its Yak-130 jets in a bombing campaign against the Arakan Army.", extractor: Extractor(network: myanmar)))
        #expect(found == [FlowTupleCase("myanmar-air-force", "arakan-army", .strike, .trainerAircraft)])
    }

    @Test("reconstruction and defence-related assistance are aid, coordinated with the kinds before them")
    func reconstructionAndDefenceAssistance() throws {
        #expect(try tuples("Japan has extended humanitarian and reconstruction assistance to Ukraine.") == [
            FlowTupleCase("JPN", "UKR", .aid, .humanitarianAid),
        ])
        #expect(try tuples("Japan has extended support to Ukraine, including financial, humanitarian and defence-related assistance.") == [
            FlowTupleCase("JPN", "UKR", .aid, .financialAid), FlowTupleCase("JPN", "UKR", .aid, .humanitarianAid),
            FlowTupleCase("JPN", "UKR", .aid, .militaryEquipment),
        ])
    }

    @Test("a short form spelling the initials across 'and' makes one name ('Myanma Investment and Commercial Bank (MICB)'); two names stay two")
    func shortFormAcrossAnd() throws {
        #expect(try tuples("The US designated the Myanma Investment and Commercial Bank (MICB) in June 2023.") == [
            FlowTupleCase("USA", "myanma-investment-and-commercial-bank", .sanction),
        ])
        #expect(try tuples("The EU sanctioned Zagros Logistics and Caspian Shipping Lines (CSL).") == [
            FlowTupleCase("eu", "zagros-logistics", .sanction), FlowTupleCase("eu", "caspian-shipping-lines", .sanction),
        ])
    }

    @Test("'expected to adopt new listings, including X and Y' are planned sanctions on X and Y")
    func newListings() throws {
        let extraction = try extract("EU foreign ministers are expected to adopt new listings on Monday, including the national carrier Iran Air and the shipping line IRISL.")
        #expect(GeneralRuleTests.tuples(extraction) == [FlowTupleCase("eu", "iran-air", .sanction), FlowTupleCase("eu", "irisl", .sanction)])
        #expect(extraction.proposals.allSatisfy { $0.status == .planned })
    }

    @Test("a name of two words that sells, ships or buys goods is a company's; one lone unknown word is not")
    func tradingNamesAreCompanies() throws {
        #expect(try tuples("Kestrel Elektronik re-exported microchips to Iran.") == [FlowTupleCase("kestrel-elektronik", "IRN", .transfer, .electronics)])
        #expect(try tuples("Ningbo Tianyu has also shipped drone engines to Russia.") == [FlowTupleCase("ningbo-tianyu", "RUS", .transfer, .drone)])
        #expect(try tuples("Kestrel re-exported microchips to Iran.").isEmpty)
    }

    @Test("a distributor, intermediary or broker in an apposition is a company; the town before it only says where")
    func tradeNounsInAppositions() throws {
        #expect(try tuples("Arax Electronics Group sold navigation modules to Sever Komponent, a St Petersburg distributor.") == [
            FlowTupleCase("arax-electronics-group", "sever-komponent", .transfer, .electronics),
        ])
        let myanmar = try NetworkLoader(path: SeedArticles.packageRoot.appendingPathComponent("evaluation/extraction/networks/myanmar").path).load()
        let found = GeneralRuleTests.tuples(try GeneralRuleTests.extract(
            "Canada listed three companies and Yangon broker Aung Thiha Soe under its Special Economic Measures Act.", extractor: Extractor(network: myanmar)))
        #expect(found == [FlowTupleCase("CAN", "aung-thiha-soe", .sanction)])
    }

    @Test("a target after 'among them' is in the sanction's list, even after a relative clause with a verb of its own")
    func sanctionTargetAfterAmongThem() throws {
        #expect(try tuples("The Treasury Department will sanction several entities that helped move the shells, among them a Vladivostok firm, Dalvostok Marine Lines.") == [
            FlowTupleCase("treasury-department", "dalvostok-marine-lines", .sanction),
        ])
    }

    @Test("'Among them were' names the last sentence's targets, even when a description with a verb before it ('was electronics trader X')")
    func amongThemPastDescriptions() throws {
        #expect(try tuples("The US Treasury designated 11 Turkish firms on Tuesday. Among them were Istanbul electronics trader Anadolu Mikroteknik, the Izmir freight forwarder Ege Lojistik and Karadeniz Makine Sanayi, a machine-tool distributor in Kocaeli.") == [
            FlowTupleCase("us-treasury", "anadolu-mikroteknik", .sanction), FlowTupleCase("us-treasury", "ege-lojistik", .sanction),
            FlowTupleCase("us-treasury", "karadeniz-makine-sanayi", .sanction),
        ])
    }

    @Test("'X, which the United States and the European Union sanctioned': each imposer sanctions X")
    func relativeSanctionByCoordinatedImposers() throws {
        #expect(try tuples("Strela Avia Ltd, which the United States and the European Union sanctioned in 2023, did not respond to questions.") == [
            FlowTupleCase("USA", "strela-avia-ltd", .sanction), FlowTupleCase("eu", "strela-avia-ltd", .sanction),
        ])
    }

    @Test("a list entry with an address ('X, Semnan, Iran: ...') is an entry; its reasons after the colon or a semicolon are its own acts")
    func entriesWithAddresses() throws {
        let text = """
            On 5 March 2025, the Federal Department of Economic Affairs, Education and Research (EAER) added seven entities to the sanctions lists.

            Entities

            1. Lut Missile Industries Group, Semnan, Iran: produces the Fath-360 close-range ballistic missile; transferred Fath-360 missiles to Russia in 2024.
            """
        #expect(try tuples(text) == [
            FlowTupleCase("federal-department-of-economic-affairs-education-and-research", "lut-missile-industries-group", .sanction),
            FlowTupleCase("lut-missile-industries-group", "RUS", .transfer, .ballisticMissile),
        ])
    }

    @Test("entries under 'MAW calls on:' ask for sanctions and transfers; they state none")
    func requestListsStateNothing() throws {
        let text = """
            MAW calls on:
            - the UK, the EU and Canada to sanction Golden Lotus Energy Ltd and Dynasty Horizon Trading Ltd;
            - Russia and China to end all arms transfers to Belarus.

            The EU sanctioned Golden Lotus Energy Ltd in 2024.
            """
        #expect(try tuples(text) == [FlowTupleCase("eu", "golden-lotus-energy-ltd", .sanction)])
    }

    @Test("', and Mi-35 helicopters fired rockets at Y': a weapon's clause is the first clause's attacker's, and each strike keeps its own weapons")
    func weaponClauses() throws {
        let myanmar = try NetworkLoader(path: SeedArticles.packageRoot.appendingPathComponent("evaluation/extraction/networks/myanmar").path).load()
        let found = GeneralRuleTests.tuples(try GeneralRuleTests.extract(
            "The air force used Yak-130 jets to strike a Kachin Independence Army base near Laiza in March, and Mi-35 helicopters fired at People's Defence Force positions in April.",
            extractor: Extractor(network: myanmar)))
        #expect(found == [
            FlowTupleCase("myanmar-air-force", "kia", .strike, .trainerAircraft), FlowTupleCase("myanmar-air-force", "pdf", .strike, .helicopter),
        ])
        // ", as well as artillery shells procured from North Korea": a list goes on, no clause opens.
        #expect(try tuples("Russia continues its aggression against Ukraine, employing drones procured from Iran, as well as artillery shells procured from North Korea.").contains(
            FlowTupleCase("RUS", "UKR", .strike, .artilleryAmmunition)))
    }

    @Test("a name after 'Moscow-based' is a company's, based where the word says, and 'to' reaches it")
    func basedNamesAreCompanies() throws {
        #expect(try tuples("Anadolu Mikroteknik shipped microcontrollers in 2023 to Moscow-based Radiotekh Komplekt.") == [
            FlowTupleCase("anadolu-mikroteknik", "radiotekh-komplekt", .transfer, .electronics),
        ])
        #expect(try tuples("Acme Ltd shipped microchips to Moscow-based company Radiotekh Komplekt.") == [
            FlowTupleCase("acme-ltd", "radiotekh-komplekt", .transfer, .electronics),
        ])
    }

    @Test("a legal form's period before a capitalised word ends the sentence ('... Trading Ltd. Everbright re-exported'), not before another legal form")
    func legalFormEndsSentence() throws {
        let found = try tuples("Xiamen Fenghua Power Co. sold drone engines to Everbright Ocean Trading Ltd. Everbright re-exported the engines to Iran.")
        #expect(found.contains(FlowTupleCase("xiamen-fenghua-power-co", "everbright-ocean-trading-ltd", .transfer, .drone)))
        #expect(!found.contains(FlowTupleCase("xiamen-fenghua-power-co", "IRN", .transfer, .drone)))
        #expect(try tuples("Acme Co. Ltd. supplied drones to Russia.") == [FlowTupleCase("acme-co-ltd", "RUS", .transfer, .drone)])
    }

    @Test("a table row ('Name | Location | Reason') is a list entry: its first cell is the target and the subject of its reason")
    func tableRows() throws {
        let text = """
            Australia is today imposing targeted financial sanctions on eight entities. They apply to the following:

            Entities
            Name | Location | Reason for listing
            Korea Namgang Trading Corporation | DPRK | Exported artillery shells to Russia's Ministry of Defence.
            Caspian Zephyr (IMO 9371452) | Iran-flagged vessel | Carried ballistic missiles from Amirabad to the Russian port of Olya.
            """
        let found = try tuples(text)
        #expect(found.contains(FlowTupleCase("AUS", "korea-namgang-trading-corporation", .sanction)))
        #expect(found.contains(FlowTupleCase("korea-namgang-trading-corporation", "russian-ministry-of-defence", .transfer, .artilleryAmmunition))
            || found.contains(FlowTupleCase("korea-namgang-trading-corporation", "RUS", .transfer, .artilleryAmmunition)))
        // A row framed by bars reads the same.
        #expect(try tuples(text.replacingOccurrences(of: "Korea Namgang Trading Corporation |", with: "| Korea Namgang Trading Corporation |")
            .replacingOccurrences(of: "Ministry of Defence.", with: "Ministry of Defence. |")).contains(FlowTupleCase("AUS", "korea-namgang-trading-corporation", .sanction)))
        // "IMO 9371452" numbers a ship; it is no organisation, and the location cell is no sender.
        #expect(!found.contains { $0.from == "imo" || $0.to == "imo" || $0.from == "PRK" || $0.from == "IRN" })
    }

    @Test("'including more than 100 connected to Iran and the DPRK': what targets are tied to is no target")
    func tiesAreNoTargets() throws {
        #expect(try tuples("Australia has sanctioned more than 1,400 persons and entities, including more than 100 connected to Iran and the DPRK.").isEmpty)
    }

    @Test("'light attack jets', 'strike drones': a strike word naming a kind of weapon is no attack; 'to attack' still is")
    func attackAsWeaponKind() throws {
        let myanmar = try NetworkLoader(path: SeedArticles.packageRoot.appendingPathComponent("evaluation/extraction/networks/myanmar").path).load()
        let found = GeneralRuleTests.tuples(try GeneralRuleTests.extract(
            "China has delivered FTC-2000G light attack jets and K-8 trainers to the air force in recent years.", extractor: Extractor(network: myanmar)))
        #expect(found.allSatisfy { $0.kind == .transfer })
        #expect(try tuples("Russia used drones to attack Ukraine.") == [FlowTupleCase("RUS", "UKR", .strike, .drone)])
    }

    @Test("a sanction's reason ('five individuals they accuse of moving drone parts to Russia') and 'mainland and Hong Kong firms' name no targets")
    func sanctionReasonsAndPlaceModifiers() throws {
        #expect(try tuples("The United States and Britain on Tuesday imposed sanctions on four companies and five individuals they accuse of moving Iranian drone components to Russia.").allSatisfy {
            $0.kind != .sanction || $0.to != "RUS"
        })
        #expect(try tuples("The United States and the European Union this week added more than a dozen mainland and Hong Kong firms to their sanctions lists.").isEmpty)
    }

    @Test("'sent 46 consignments of drone motors to Iran': the noun of sending is the verb's object; 'Import-Export' heads a company's name")
    func consignmentsAsObjects() throws {
        #expect(try tuples("Acme Ltd sent 46 consignments of drone motors to Iran.") == [FlowTupleCase("acme-ltd", "IRN", .transfer, .drone)])
        #expect(try tuples("Zangak Import-Export sent drone motors to Sepehr Aero Industries.") == [
            FlowTupleCase("zangak-import-export", "sepehr-aero-industries", .transfer, .drone),
        ])
    }

    @Test("a sanction not imposed ('have not been listed by anyone', 'London should designate X') states none; 'not least' is no negation")
    func sanctionsNotImposed() throws {
        #expect(try tuples("Skyline Crest Ltd and Vektor Trading Ltd have not been listed by anyone.").isEmpty)
        #expect(try tuples("First, London and Brussels should designate importers such as Vektor Trading Ltd and Skyline Crest Ltd.").isEmpty)
        #expect(try tuples("The EU has not sanctioned Acme Ltd.").isEmpty)
        let found = try extract("The European Union had, at the insistence not least of Germany and France, placed the state airline Iran Air on its sanctions list.")
        #expect(GeneralRuleTests.tuples(found) == [FlowTupleCase("eu", "iran-air", .sanction)])
        #expect(found.proposals.allSatisfy { $0.status == .delivered })
    }

    @Test("'announced a civil penalty against X ... connected to semiconductors' is no transfer; 'Contacts' ends a release's list")
    func penaltiesAndContacts() throws {
        #expect(try tuples("The Bureau of Industry and Security today announced a $4.1 million civil penalty against Brazos Component Supply LLC connected to semiconductors that were later found in Russian drones.").allSatisfy { $0.kind != .transfer })
        let text = """
            Canada is imposing sanctions on the following:

            - Korea Sungjin Trading Corporation, a state trading company that has exported artillery shells to Russia

            Contacts

            Media Relations Office
            """
        #expect(try tuples(text).allSatisfy { $0.to != "media-relations-office" })
    }

    @Test("'the bloc' in an article about the EU is the EU; 'prohibited exports of X to Y' is a sanction")
    func blocAndProhibitedExports() throws {
        #expect(try tuples("The EU sanctioned Acme Ltd. The bloc has also banned the export to Iran of components used in building drones.").contains(
            FlowTupleCase("eu", "IRN", .sanction)))
        #expect(try tuples("The bloc has banned the export of drone components to Iran.").isEmpty)
        #expect(try tuples("Japan prohibited exports of drone parts to Russia.") == [FlowTupleCase("JPN", "RUS", .sanction)])
    }

    @Test("'Russia has launched more than 4,000 of them against Ukraine': the weapons named before")
    func strikeWithThem() throws {
        #expect(try tuples("Iran sent Shahed drones to Russia. Russia has launched more than 4,000 of them against Ukraine since September 2022.").contains(
            FlowTupleCase("RUS", "UKR", .strike, .drone)))
    }

    @Test("a list entry with its address in parentheses and a dash ('X LLC (Yelabuga, Republic of Tatarstan, Russian Federation) – ...') is an entry")
    func entriesWithParenthesisedAddresses() throws {
        let text = """
            The Polish Ministry of Interior entered the following on the national sanctions list:

            1. Volzhsky Aerosborka LLC (Yelabuga, Republic of Tatarstan, Russian Federation) – enterprise in the Alabuga zone which assembles Geran-2 drones;
            """
        #expect(try tuples(text) == [FlowTupleCase("polish-ministry-of-interior", "volzhsky-aerosborka-llc", .sanction)])
    }

    @Test("'the United States and Britain sanctioned it', 'added it to its sanctions list': the company the sentence before was about")
    func sanctionOfIt() throws {
        #expect(try tuples("Myanmar Heavy Industries Holding Ltd runs the factories. The United States and Britain sanctioned it in 2023.") == [
            FlowTupleCase("USA", "myanmar-heavy-industries-holding-ltd", .sanction), FlowTupleCase("GBR", "myanmar-heavy-industries-holding-ltd", .sanction),
        ])
        #expect(try tuples("Kama Unmanned Systems JSC builds Geran-2 drones. In December the European Union added it to its sanctions list.") == [
            FlowTupleCase("eu", "kama-unmanned-systems-jsc", .sanction),
        ])
        // A state the sentence before was about is not what "it" stands for here.
        #expect(try tuples("Iran builds drones. The United States sanctioned it in 2023.").isEmpty)
    }

    @Test("names: 'Golden Lotus Aviation Supply Co. Ltd' keeps its capitalised verb, 'Brazos Component Supply LLC of Houston' ends at its legal form; 'listed both companies as end users' is no sanction")
    func namesWithVerbsAndPlaces() throws {
        #expect(try tuples("In March 2025 the EU also listed Golden Lotus Aviation Supply Co. Ltd, which supplies aviation fuel to the junta.").contains(
            FlowTupleCase("eu", "golden-lotus-aviation-supply-co-ltd", .sanction)))
        #expect(try tuples("The EU sanctioned Brazos Component Supply LLC of Houston, Texas.") == [FlowTupleCase("eu", "brazos-component-supply-llc", .sanction)])
        #expect(try tuples("The EU sanctioned Golden Kazan Energy in August 2024.") == [FlowTupleCase("eu", "golden-kazan-energy", .sanction)])
        #expect(try tuples("The EU sanctioned Vandermeulen Industrial Supplies BV, an electronics distributor.") == [
            FlowTupleCase("eu", "vandermeulen-industrial-supplies-bv", .sanction),
        ])
        #expect(try tuples("Brazos Component Supply LLC listed both companies as end users.").isEmpty)
    }

    @Test("a sum given ('will give 150 million euro to Ukraine', 'contributed 120 million euros') is financial aid; a price or the sum of what it names is not")
    func sumsOfMoney() throws {
        #expect(try tuples("France gave 120 million euros to Ukraine.") == [FlowTupleCase("FRA", "UKR", .aid, .financialAid)])
        #expect(try tuples("Lithuania contributed 20 million euros to Ukraine.") == [FlowTupleCase("LTU", "UKR", .aid, .financialAid)])
        #expect(try tuples("Acme Ltd sold drones worth 5 million euros to Russia.") == [FlowTupleCase("acme-ltd", "RUS", .transfer, .drone)])
        #expect(try tuples("Britain will send 55 million pounds in humanitarian aid to Ukraine.") == [FlowTupleCase("GBR", "UKR", .aid, .humanitarianAid)])
        #expect(try tuples("Britain had supplied Kyiv with weapons worth more than 12 billion pounds since 2022.") == [
            FlowTupleCase("GBR", "UKR", .transfer, .militaryEquipment),
        ])
    }

    @Test("every state is known: 'New Zealand', 'Tbilisi' and 'Slovenia' name states the registry lacks, proposed with their alpha-3 codes")
    func statesOutsideTheRegistry() throws {
        #expect(try tuples("New Zealand imposed sanctions on Kish Falcon Air.") == [FlowTupleCase("NZL", "kish-falcon-air", .sanction)])
        #expect(try tuples("Slovenia sent humanitarian aid to Ukraine.") == [FlowTupleCase("SVN", "UKR", .aid, .humanitarianAid)])
        #expect(try tuples("Tbilisi has sanctioned Kavkaz Trade Hub LLC.") == [FlowTupleCase("GEO", "kavkaz-trade-hub-llc", .sanction)])
    }

    @Test("list entries: 'X's director, Y' is the person; a 'Tbilisi-based' name is known later by its own words")
    func entriesOfPeopleAndPlaces() throws {
        let text = """
            The United States designated the following:
            - Tbilisi-based Kavkaz Trade Hub LLC, which shipped circuits to Russia;
            - Kavkaz Trade Hub's director, Russian citizen Levan Abashidze;
            """
        let found = try tuples(text)
        #expect(found.contains(FlowTupleCase("USA", "kavkaz-trade-hub-llc", .sanction)))
        #expect(found.contains(FlowTupleCase("USA", "levan-abashidze", .sanction)))
        #expect(!found.contains { $0.to.rawValue.hasPrefix("tbilisi") })
    }

    @Test("names: 'State Authority for Military Industry of Belarus' whole; 'the cargo vessel Kang Son 2' keeps its number; 'named A and B, and added C' is the subject's")
    func bodiesShipsAndSharedSubjects() throws {
        #expect(try tuples("Officials said the State Authority for Military Industry of Belarus shipped shells to Russia.") == [
            FlowTupleCase("state-authority-for-military-industry-of-belarus", "RUS", .transfer, .artilleryAmmunition),
        ])
        #expect(try tuples("Paeksu Shipping Company operates the cargo vessel Kang Son 2, which has carried munitions from Rajin to Russia.") == [
            FlowTupleCase("kang-son-2", "RUS", .transfer, .ammunition),
        ])
        #expect(try tuples("London also named Sepehr Darya Shipping and Sadra Star, and added the vessel Nizhny Kurgan to its sanctions list.").contains(
            FlowTupleCase("GBR", "nizhny-kurgan", .sanction)))
    }

    @Test("a sum of support ('NZ$130 million in military and humanitarian support') is aid, whatever it buys")
    func sumsOfSupport() throws {
        #expect(try tuples("New Zealand has provided NZ$130 million in military and humanitarian support to Ukraine.") == [
            FlowTupleCase("NZL", "UKR", .aid, .militaryEquipment), FlowTupleCase("NZL", "UKR", .aid, .humanitarianAid),
        ])
    }

    @Test("a named speaker inside a relative clause ('which London said had shipped') is not its subject; an attack's or sanctions' own 'of X' is their actor")
    func speakersInsideRelativesAndOwnActors() throws {
        #expect(try tuples("Britain listed Jinhai Microelectronics, which London said had shipped microchips to Udmurt Aerosystems, an Izhevsk company.").contains(
            FlowTupleCase("jinhai-microelectronics", "udmurt-aerosystems", .transfer, .electronics)))
        #expect(try tuples("Lithuania fully supports the package of sanctions of the European Union against Russia.") == [FlowTupleCase("eu", "RUS", .sanction)])
        #expect(try tuples("The ministry condemns the new massive attack of the Russian Federation against Ukraine.") == [FlowTupleCase("RUS", "UKR", .strike)])
        #expect(try tuples("Moscow is providing North Korea with technical help.") == [FlowTupleCase("RUS", "PRK", .transfer, .technology)])
    }

    @Test("strikes: 'airstrikes against A, B and C units' strike each; who calls for a halt to airstrikes strikes nothing")
    func airstrikesAndTheirTargets() throws {
        let myanmar = try NetworkLoader(path: SeedArticles.packageRoot.appendingPathComponent("evaluation/extraction/networks/myanmar").path).load()
        let found = try GeneralRuleTests.tuples(GeneralRuleTests.extract(
            "Myanmar's air force has stepped up airstrikes against the Arakan Army, the Kachin Independence Army and People's Defence Force units.",
            extractor: Extractor(network: myanmar)))
        #expect(Set(found.map(\.to)) == ["arakan-army", "kia", "pdf"])
        #expect(found.allSatisfy { $0.from == "myanmar-air-force" && $0.kind == .strike })
        let halt = try GeneralRuleTests.tuples(GeneralRuleTests.extract(
            "Malaysia had repeatedly called for a halt to airstrikes in Myanmar.", extractor: Extractor(network: myanmar)))
        #expect(halt.isEmpty)
    }

    @Test("goods named before: 'The Treasury said the consignments were flown to Moscow by X' is X carrying them")
    func goodsAfterASpeaker() throws {
        #expect(try tuples("Al Sadaf bought microchips from Huaxin. The Treasury said the consignments were flown from Dubai to Moscow by Sky Falcon Cargo, a charter airline.")
            .contains(FlowTupleCase("sky-falcon-cargo", "RUS", .transfer, .electronics)))
        #expect(try tuples("The Treasury also designated Noor Gulf Exchange, a money changer in Deira.") == [FlowTupleCase("treasury", "noor-gulf-exchange", .sanction)])
    }

    @Test("carriers: 'aboard the ship X' carried the goods; 'The Nargis Star carried missiles' names a carrier; a weapon's participle does not end its strike")
    func carriersAndParticiples() throws {
        #expect(try tuples("The missiles were carried to Russia aboard the cargo ship Sahar Nour.") == [FlowTupleCase("sahar-nour", "RUS", .transfer, .missile)])
        #expect(Set(try tuples("Iran sent the missiles to Russia aboard the ship Sahar Nour last year.")) == [
            FlowTupleCase("IRN", "RUS", .transfer, .missile), FlowTupleCase("sahar-nour", "RUS", .transfer, .missile),
        ])
        #expect(try tuples("The Nargis Star carried Fath-360 missiles from Amirabad to Makhachkala last September.") == [
            FlowTupleCase("nargis-star", "RUS", .transfer, .ballisticMissile),
        ])
        #expect(try tuples("Russian forces had fired KN-23 missiles supplied by Pyongyang at Ukrainian cities throughout the winter.").contains(
            FlowTupleCase("RUS", "UKR", .strike, .ballisticMissile)))
    }

    @Test("'the Turkish firm' is the last company the article placed in Turkey")
    func companyByItsState() throws {
        let found = try tuples("Moravia Tech sold drone engines to Anadolu Yildiz Lojistik, an Istanbul-based logistics company. The Turkish firm then sent drone engines to Volga Aviatekhnika, a company in Yelabuga.")
        #expect(found.contains(FlowTupleCase("anadolu-yildiz-lojistik", "volga-aviatekhnika", .transfer, .drone)))
    }

    @Test("a release's unpunctuated heading ('Backgrounder: individuals and entities added to the schedules') opens its list; 'Iran:' above entries is a country heading, no entry")
    func backgrounderLists() throws {
        let text = """
            Canada today imposed sanctions on those who supply Russia's war.

            Backgrounder: individuals and entities added to the schedules

            Iran:

            - Pars Rotor Dynamics Company, a Tehran-based manufacturer that has supplied engines for Shahed-series drones
            - Hossein Baradaran Nasiri, managing director of Pars Rotor Dynamics Company
            """
        let found = try tuples(text)
        #expect(found.contains(FlowTupleCase("CAN", "pars-rotor-dynamics-company", .sanction)))
        #expect(found.contains(FlowTupleCase("CAN", "hossein-baradaran-nasiri", .sanction)))
        #expect(!found.contains(FlowTupleCase("CAN", "IRN", .sanction)))
    }

    @Test("lists: 'Among them:' after a sanction opens its list, 'In particular:' does not; 'According to the Foreign Ministry, the listed entities are:' is the imposer before, not the source")
    func listOpenersAndSources() throws {
        let among = """
            EU foreign ministers signed off on the bloc's latest package of Russia sanctions.

            The package adds 27 entities to the EU's asset-freeze list. Among them:

            - Pars Sahand Aviation Industries, an Iranian firm that supplied airframes for drones to Russia;
            """
        #expect(try tuples(among).contains(FlowTupleCase("eu", "pars-sahand-aviation-industries", .sanction)))
        let particular = """
            Ukraine has imposed sanctions on Kavir Trading. Components entered the DPRK through intermediaries. In particular:

            - Dandong Xinhe Trading Co., Ltd. supplied microcontrollers to the Korea Sonbong Technical Trading Corporation;
            """
        #expect(!(try tuples(particular)).contains { $0.kind == .sanction && $0.to.rawValue.hasPrefix("dandong") })
        let source = """
            TOKYO - Japan on Friday froze the assets of 11 entities in China and Russia.

            According to the Foreign Ministry, the newly listed entities are:

            - Volga Industrial Bank (Russia), which processed payments for the drone program
            """
        #expect(try tuples(source).contains(FlowTupleCase("JPN", "volga-industrial-bank", .sanction)))
    }

    @Test("a list 'none of which has yet been designated' is no designation list")
    func negatedListHeader() throws {
        let text = """
            Senator Hallorann today urged the Treasury to sanction Iran's drone suppliers.

            The letter identifies the following companies, none of which has yet been designated by Treasury:

            1. Azarakhsh Composite Industries, which supplies airframe parts for Mohajer-6 drones to the Russian Ministry of Defense.
            """
        let found = try tuples(text)
        #expect(!found.contains { $0.kind == .sanction })
        #expect(found.contains { $0.from == "azarakhsh-composite-industries" && $0.kind == .transfer })
    }

    @Test("a supplier noun names what it supplies after 'of' and whom after 'to'; coordinated subjects each supply")
    func supplierOfItems() throws {
        #expect(try tuples("Belarus has become the biggest supplier of artillery shells to Russia.")
            .contains(FlowTupleCase("BLR", "RUS", .transfer, .artilleryAmmunition)))
        #expect(try tuples("China is Russia's leading supplier of microchips and drones.")
            .contains(FlowTupleCase("CHN", "RUS", .transfer, .electronics)))
        let pair = try tuples("Iran and North Korea remain Russia's main arms suppliers.")
        #expect(pair.contains(FlowTupleCase("IRN", "RUS", .transfer, .militaryEquipment)))
        #expect(pair.contains(FlowTupleCase("PRK", "RUS", .transfer, .militaryEquipment)))
    }

    @Test("'uncrewed' aircraft are drones; a submarine or frigate is military equipment, submarine technology is technology")
    func uncrewedAndNavalItems() throws {
        #expect(try tuples("Tehran shipped uncrewed aerial vehicles to Moscow.").contains(FlowTupleCase("IRN", "RUS", .transfer, .drone)))
        #expect(try tuples("Russia sold a frigate to Iran in 2024.").contains(FlowTupleCase("RUS", "IRN", .transfer, .militaryEquipment)))
        let technology = try tuples("Russia has passed on submarine technology to North Korea.")
        #expect(technology.contains(FlowTupleCase("RUS", "PRK", .transfer, .technology)))
        #expect(!technology.contains { $0.category == .militaryEquipment })
    }

    @Test("a relative clause after 'X from <town>' has X as its subject")
    func relativeAfterTown() throws {
        let found = try tuples("The UK sanctioned the trading house Zarin Parts Trading from Qeshm, which shipped drone engines to Russia.")
        #expect(found.contains(FlowTupleCase("zarin-parts-trading", "RUS", .transfer, .drone)))
        #expect(found.contains(FlowTupleCase("GBR", "zarin-parts-trading", .sanction)))
    }

    @Test("a relative clause set off by commas has its own subject and mood: 'The EU, which Kyiv hopes to join, has kept an embargo on Russia'")
    func relativeAsideBeforeCue() throws {
        let text = "The European Union, which Georgia hopes to join, has kept an arms embargo on Russia since 2014."
        let found = try GeneralRuleTests.extract(text).proposals
        #expect(found.contains { $0.from == "eu" && $0.to == "RUS" && $0.kind == .sanction && $0.status == .delivered })
        #expect(!found.contains { $0.from == "GEO" })
    }

    @Test("who approves or refuses an export sends it: 'approved the transfer of', 'has not authorised any sale of'; goods 'of X origin' come from X")
    func permittedExportsAndStatedOrigin() throws {
        let approved = try GeneralRuleTests.extract("Berlin approved the transfer of Leopard tanks to Kyiv.").proposals
        #expect(approved.contains { $0.from == "DEU" && $0.to == "UKR" && $0.kind == .transfer && $0.status == .planned })
        let refused = try GeneralRuleTests.extract("Belarus has not authorised any sale of weapons to Iran.").proposals
        #expect(refused.contains { $0.from == "BLR" && $0.to == "IRN" && $0.kind == .transfer && $0.status == .denied })
        let origin = try GeneralRuleTests.extract("Officials insisted that no ammunition of Bulgarian origin had been shipped to Russia.").proposals
        #expect(origin.contains { $0.from == "BGR" && $0.to == "RUS" && $0.kind == .transfer && $0.status == .denied })
    }

    @Test("a list under an unpunctuated heading naming a sanction's list; '<Iran>' and 'China (including Macau):' head entries and are none; 'X Co., Ltd.: supplied ...' is an entry's reason")
    func annexListWithBracketedHeadings() throws {
        let text = """
            The Ministry of Finance today imposed an export ban on the entities below.

            Annex: entities subject to the export ban

            <Iran>
            1. Kavian Rotor Works: supplied engines for drones to Russia.

            China (including Macau):
            2. Dongguan Brightway Trading Co., Ltd.: shipped microchips to Russia.
            """
        let found = try tuples(text)
        #expect(found.contains { $0.kind == .sanction && $0.to == "kavian-rotor-works" })
        #expect(found.contains { $0.kind == .sanction && $0.to.rawValue.hasPrefix("dongguan-brightway-trading") })
        #expect(!found.contains { $0.kind == .sanction && ($0.to == "IRN" || $0.to == "CHN") })
        #expect(found.contains(FlowTupleCase("kavian-rotor-works", "RUS", .transfer, .drone)))
        #expect(found.contains { $0.from.rawValue.hasPrefix("dongguan-brightway-trading") && $0.to == "RUS" && $0.category == .electronics })
    }

    @Test("a town before 'shipping company' only says where the named target is")
    func townBeforeShippingCompany() throws {
        let found = try tuples("The UK designated a Tehran shipping company, Arvand Sea Lines, on Monday.")
        #expect(found.contains(FlowTupleCase("GBR", "arvand-sea-lines", .sanction)))
        #expect(!found.contains(FlowTupleCase("GBR", "IRN", .sanction)))
    }

    @Test("in a designation list, a bullet whose first actor imposes its own sanction is a statement; a capitalised office name imposes nothing")
    func bulletStatementsAndOfficeNames() throws {
        let text = """
            Today the Department of State is designating the following:

            - Sepid Rotor Works, an Iranian supplier of drone engines.
            - Australia and Japan are today also sanctioning Sepid Rotor Works.

            Sanctions Policy and Export Coordination
            """
        let found = try tuples(text)
        #expect(found.contains { $0.kind == .sanction && $0.to == "sepid-rotor-works" && $0.from == "department-of-state" })
        #expect(found.contains(FlowTupleCase("AUS", "sepid-rotor-works", .sanction)))
        #expect(!found.contains { $0.kind == .sanction && ($0.to == "AUS" || $0.to == "JPN") })
        #expect(!found.contains { $0.kind == .sanction && ($0.to.rawValue.contains("coordination") || $0.to.rawValue == "policy") })
    }
}
