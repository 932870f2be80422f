import Foundation
import SupplyNet
import Testing

@testable import SupplyNetExtraction

/// How releases and reports name bodies, companies and ships, and how a later sentence refers back
/// to goods, to the sides of a war and to reports it denies; on sentences written for these tests
/// with invented names.
@Suite("Names and references: bodies, short forms, lists, goods named before, denials of reports")
struct NamesAndReferenceTests {
    private func extract(_ body: String) throws -> ArticleExtraction { try GeneralRuleTests.extract(body) }
    private func tuples(_ body: String) throws -> Set<FlowTupleCase> { GeneralRuleTests.tuples(try extract(body)) }

    // MARK: Bodies

    @Test("a ministry's name runs over 'and' and commas after 'of', and it imposes as itself")
    func ministryName() throws {
        let extraction = try extract(
            "Japan's Ministry of Economy, Trade and Industry banned exports to Zagros Trading LLC and Karun Logistics.")
        #expect(GeneralRuleTests.tuples(extraction) == [
            FlowTupleCase("ministry-of-economy-trade-and-industry", "zagros-trading-llc", .sanction),
            FlowTupleCase("ministry-of-economy-trade-and-industry", "karun-logistics", .sanction),
        ])
        let ministry = try #require(extraction.newActors.first { $0.id == "ministry-of-economy-trade-and-industry" })
        #expect(ministry.kind == .publicBody)
        #expect(ministry.parent == "JPN")
    }

    @Test("'Ministry of Defence and Armed Forces Logistics (MODAFL)' is one body, and its short form stands for it")
    func ministryWithShortForm() throws {
        #expect(try tuples(
            "Britain sanctioned Iran's Ministry of Defence and Armed Forces Logistics (MODAFL). MODAFL sent drones to Russia.")
            == [
                FlowTupleCase("GBR", "ministry-of-defence-and-armed-forces-logistics", .sanction),
                FlowTupleCase("ministry-of-defence-and-armed-forces-logistics", "RUS", .transfer, .drone),
            ])
    }

    @Test("a state's force with a short form of its own is a named body; without one it is the state")
    func forceWithShortForm() throws {
        #expect(try tuples("The Islamic Republic of Iran Air Force (IRIAF) received Su-35 jets from Russia.")
            == [FlowTupleCase("RUS", "islamic-republic-of-iran-air-force", .transfer, .fighterAircraft)])
        #expect(try tuples("The Iranian air force received Su-35 jets from Russia.")
            == [FlowTupleCase("RUS", "IRN", .transfer, .fighterAircraft)])
        #expect(try tuples("Russia's Ministry of Defence bought drones from Iran.") == [FlowTupleCase("IRN", "RUS", .transfer, .drone)])
    }

    @Test("the department before a possessive only says whose the office is")
    func officeOfDepartment() throws {
        let extraction = try extract("The US Treasury Department's Office of Foreign Assets Control (OFAC) designated Karun Logistics LLC.")
        #expect(GeneralRuleTests.tuples(extraction) == [FlowTupleCase("office-of-foreign-assets-control", "karun-logistics-llc", .sanction)])
        #expect(extraction.newActors.first { $0.id == "office-of-foreign-assets-control" }?.parent == "USA")
    }

    @Test("'the Council' of an article about the EU is the Council of the European Union")
    func councilOfTheUnion() throws {
        #expect(try tuples(
            "The Council today imposed restrictive measures on Karun Logistics LLC. The EU remains steadfast in its support for Ukraine.")
            .contains(FlowTupleCase("council-of-the-european-union", "karun-logistics-llc", .sanction)))
        #expect(try tuples("The Council today imposed restrictive measures on Karun Logistics LLC.").isEmpty)
    }

    @Test("'National Security and Defense Council' and 'Oil and Gas Enterprise' are one name each; two companies stay two")
    func andInsideNames() throws {
        #expect(try tuples("Ukraine's National Security and Defense Council imposed sanctions on Karun Oil and Gas Enterprise.")
            == [FlowTupleCase("national-security-and-defense-council", "karun-oil-and-gas-enterprise", .sanction)])
        #expect(try tuples("Britain sanctioned Zagros Logistics and Caspian Shipping.")
            == [FlowTupleCase("GBR", "zagros-logistics", .sanction), FlowTupleCase("GBR", "caspian-shipping", .sanction)])
    }

    @Test("'Plant No. 2' keeps its number; a city after 'of' is not part of a name, a country is")
    func numbersAndPlaces() throws {
        #expect(try tuples("The UK sanctioned Zagros Plant No. 2, which supplied drones to Russia.") == [
            FlowTupleCase("GBR", "zagros-plant-no-2", .sanction), FlowTupleCase("zagros-plant-no-2", "RUS", .transfer, .drone),
        ])
        #expect(try tuples("The US sanctioned Karun Shipping Lines of Bandar Anzali.") == [FlowTupleCase("USA", "karun-shipping-lines", .sanction)])
        #expect(try tuples("The US sanctioned the Central Bank of Iran.") == [FlowTupleCase("USA", "central-bank-of-iran", .sanction)])
    }

    @Test("a company's first words stand for it later; a name coordinated with a new one is a target too")
    func shortNames() throws {
        #expect(try tuples("Xiamen Karun Power Technology Co sold drone engines to Iran. Xiamen Karun also sold drone parts to Russia.")
            .contains(FlowTupleCase("xiamen-karun-power-technology-co", "RUS", .transfer, .drone)))
        #expect(try tuples("Ukraine sanctioned Ningbo Karun Power Technology and Volga-Tekhsnab.").contains(
            FlowTupleCase("UKR", "volga-tekhsnab", .sanction)))
    }

    // MARK: Lists

    @Test("a sub-heading keeps a designation list open, and an entry's relative clause states its transfer")
    func subheadings() throws {
        let release = """
            The Government of Japan today decided to implement the following measures.

            The following entities are designated as subject to the freezing of assets:

            (1) Entities in Iran (1)
            (a) Karun Aviation Industries: a manufacturer which has supplied drone engines to Russia.

            (2) Entities in China, including Hong Kong (1)
            (a) Limited Liability Company Zagros Aerosystems: a company which assembles UAVs and supplies them to the Russian armed forces.
            """
        let found = try tuples(release)
        #expect(found.isSuperset(of: [
            FlowTupleCase("JPN", "karun-aviation-industries", .sanction),
            FlowTupleCase("karun-aviation-industries", "RUS", .transfer, .drone),
            FlowTupleCase("JPN", "limited-liability-company-zagros-aerosystems", .sanction),
            FlowTupleCase("limited-liability-company-zagros-aerosystems", "RUS", .transfer, .drone),
        ]))
    }

    @Test("'together with' joins targets; 'measures against' is a sanction; a call for measures is none")
    func moreSanctionForms() throws {
        #expect(try tuples("France and Germany announced measures against Iran Air.")
            == [FlowTupleCase("FRA", "iran-air", .sanction), FlowTupleCase("DEU", "iran-air", .sanction)])
        #expect(try tuples("Kyiv urged partners to take measures against Iran.").isEmpty)
    }

    // MARK: References

    @Test("'shipped the components to', 'forwarded them to' carry the goods the last sentence named")
    func goodsNamedBefore() throws {
        let found = try tuples(
            "Karun Logistics bought microcontrollers in Turkey. Karun Logistics then shipped the components to Sahand Tejarat FZE, a Dubai company, which forwarded them to Qods Aviation Industries.")
        #expect(found.isSuperset(of: [
            FlowTupleCase("karun-logistics", "sahand-tejarat-fze", .transfer, .electronics),
            FlowTupleCase("sahand-tejarat-fze", "qods-aviation-industries", .transfer, .electronics),
        ]))
        // "helped them" names people, not goods.
        #expect(try tuples("Iran bought microcontrollers. Russia helped them to Iran.").isEmpty)
    }

    @Test("who dismisses reports of a transfer denies sending it")
    func reportsDismissed() throws {
        let proposals = try extract("North Korea has called reports of arms transfers to Russia \"groundless\".").proposals
        #expect(proposals.map { "\($0.from) \($0.to) \($0.status.rawValue)" } == ["PRK RUS denied"])
    }

    @Test("weapons 'to either side' go to both sides of the war the article reports, and only then")
    func eitherSide() throws {
        let found = try tuples("Russia fired missiles at Ukraine. China does not provide lethal weapons to either side in the war.")
        #expect(found.isSuperset(of: [
            FlowTupleCase("CHN", "RUS", .transfer, .militaryEquipment), FlowTupleCase("CHN", "UKR", .transfer, .militaryEquipment),
        ]))
        #expect(try tuples("China does not provide lethal weapons to either side.").isEmpty)
    }

    @Test("recipients: 'for the North's programme', 'sharing with', 'to the Russian port of', 'the treaty X and Y signed'")
    func recipients() throws {
        #expect(try tuples("The Kremlin was providing technical assistance for the North's satellite program.")
            == [FlowTupleCase("RUS", "PRK", .transfer, .technology)])
        #expect(try tuples("Russia is sharing technology with Iran.") == [FlowTupleCase("RUS", "IRN", .transfer, .technology)])
        #expect(try tuples("The vessel Karun Star carried missiles to the Russian Caspian port of Olya.")
            == [FlowTupleCase("karun-star", "RUS", .transfer, .missile)])
        #expect(try tuples("The treaty Tehran and Moscow signed in January commits the two to cooperation.")
            == [FlowTupleCase("IRN", "RUS", .cooperation)])
    }

    @Test("'the Chinese state itself' is the state; 'Russian state arms exporter' is not")
    func theStateItself() throws {
        #expect(try extract("We found no evidence that the Chinese state itself has transferred weapons to Russia.").proposals
            .map { "\($0.from) \($0.to) \($0.status.rawValue)" } == ["CHN RUS not-observed"])
        #expect(try tuples("Russian state arms exporter Karun supplied drones to Myanmar.") == [FlowTupleCase("karun", "MMR", .transfer, .drone)])
    }

    @Test("'ship' is a verb after a subject, 'to' or a modal, and a noun after a determiner; 'brought' sends")
    func shipAndBring() throws {
        #expect(try tuples("North Korea continues to ship artillery ammunition to Russia.")
            == [FlowTupleCase("PRK", "RUS", .transfer, .artilleryAmmunition)])
        #expect(try tuples("North Korea ships artillery ammunition to Russia.") == [FlowTupleCase("PRK", "RUS", .transfer, .artilleryAmmunition)])
        #expect(try tuples("The ship sailed to Russia with drones.").isEmpty)
        #expect(try tuples("Another vessel, Karun Star, brought to Astrakhan some 250 ballistic missiles.")
            == [FlowTupleCase("karun-star", "RUS", .transfer, .ballisticMissile)])
    }

    @Test("a strike carries the weapons of its own clause, and 'the missiles' the kind named before")
    func strikeWeapons() throws {
        #expect(try tuples(
            "North Korea has shipped artillery shells and ballistic missiles to Russia, and Russian forces have fired several of the missiles at Kharkiv.")
            .filter { $0.kind == .strike } == [FlowTupleCase("RUS", "UKR", .strike, .ballisticMissile)])
        #expect(try tuples("Russia continues its aggression against Ukraine, employing drones procured from Iran, as well as artillery shells.")
            .filter { $0.kind == .strike } == Set([FlowTupleCase("RUS", "UKR", .strike, .drone), FlowTupleCase("RUS", "UKR", .strike, .artilleryAmmunition)]))
        #expect(try tuples("Ukraine's own long-range drones struck an oil refinery in Russia's Saratov region.")
            == [FlowTupleCase("UKR", "RUS", .strike, .drone)])
        #expect(try tuples("Missiles were later fired at Kharkiv by Russian forces.") == [FlowTupleCase("RUS", "UKR", .strike, .missile)])
    }

    @Test("a list entry may open with a rank or title and describe its name with capitalised words")
    func entriesWithTitles() throws {
        let release = """
            The Government of Japan today decided to implement the following measures.

            The following individuals are designated as subject to the freezing of assets:

            (1) Individual (1)
            Mr. Karim Rahimi Far, Chief Executive Officer of Kish Karun Airways
            """
        #expect(try tuples(release).contains(FlowTupleCase("JPN", "karim-rahimi-far", .sanction)))
        #expect(try tuples("The UK today sanctioned the following:\n\n- Colonel Karim Nazari, an IRGC officer.")
            == [FlowTupleCase("GBR", "karim-nazari", .sanction)])
    }

    @Test("the next sanction's subject ends a list of targets; 'Chinese and Hong Kong companies' are no target")
    func targetListEnds() throws {
        #expect(try tuples("The United Kingdom sanctioned Karun Trading in March, and Canada imposed a ban on the export of fuel to Iran.")
            .filter { $0.from == "GBR" } == [FlowTupleCase("GBR", "karun-trading", .sanction)])
        #expect(try tuples("Japan froze the assets of eleven Chinese and Hong Kong companies.").isEmpty)
    }

    @Test("', and Moscow is paying back with ...' is a clause of its own; a source after 'according to' is no subject")
    func clausesAndSources() throws {
        #expect(try tuples("North Korea has shipped ballistic missiles to Russia, and Moscow is paying back with air defense equipment.")
            .filter { $0.from == "PRK" } == [FlowTupleCase("PRK", "RUS", .transfer, .ballisticMissile)])
        #expect(try tuples("Karun Air Cargo, whose aircraft, according to Ukrainian military intelligence, carried drones to Russia, was sanctioned.")
            == [FlowTupleCase("karun-air-cargo", "RUS", .transfer, .drone)])
    }

    @Test("speculation states no flow; a deal to buy is planned; the accused sends, alleged")
    func moodsOfSupply() throws {
        #expect(try tuples("Israeli officials fear that Russia could sell Iran the S-400 air defence system.").isEmpty)
        #expect(try extract("Iran has finalised a deal to buy Su-35 fighter jets from Russia.").proposals.map(\.status) == [.planned])
        let accused = try extract("Karun Rotor Company, which the US Treasury accused of supplying engines for drones to Russian buyers.").proposals
        #expect(accused.map { "\($0.from) \($0.to) \($0.status.rawValue)" } == ["karun-rotor-company RUS alleged"])
    }

    @Test("'Brussels' is no form of Belgium: it is the registry's European Union, or nobody when the registry has none")
    func brussels() throws {
        #expect(try tuples("Brussels sanctioned Karun Air Cargo.") == [FlowTupleCase("eu", "karun-air-cargo", .sanction)])
        let myanmar = try NetworkLoader(path: SeedArticles.packageRoot.appendingPathComponent("evaluation/extraction/networks/myanmar").path).load()
        let found = GeneralRuleTests.tuples(try GeneralRuleTests.extract("Brussels sanctioned Karun Air Cargo.", extractor: Extractor(network: myanmar)))
        #expect(found == [FlowTupleCase("eu", "karun-air-cargo", .sanction)])
    }

    @Test("'Mingrui International (HK) Ltd' is one name and 'Mingrui' stands for it; 'GNSS receivers' names no actor")
    func placeInsideName() throws {
        let found = try tuples(
            "Karun Electronics, a distributor of flight controllers and GNSS receivers, shipped components to Mingrui International (HK) Ltd. Mingrui also sold drone engines to Shahin Aero Industries.")
        #expect(found == [
            FlowTupleCase("karun-electronics", "mingrui-international-hk-ltd", .transfer, .electronics),
            FlowTupleCase("mingrui-international-hk-ltd", "shahin-aero-industries", .transfer, .drone),
        ])
    }

    @Test("'These consignments were flown ... by X': the goods named before, carried by the agent")
    func goodsAsSubject() throws {
        #expect(try tuples("Karun Trading bought drone engines in China. These consignments were flown from Hong Kong to Tehran by Fars Karun Airlines.")
            .contains(FlowTupleCase("fars-karun-airlines", "IRN", .transfer, .drone)))
    }

    @Test("a designation's plural; 'the decision of X to transfer' is X's plan; 'is believed to be providing' is alleged")
    func pluralsIntentionsBeliefs() throws {
        #expect(try tuples("Iran supplied Russia with its first Shaheds in 2022.") == [FlowTupleCase("IRN", "RUS", .transfer, .drone)])
        let decision = try extract("Moscow commented on the decision of the Netherlands and Denmark to transfer F-16 fighter jets to Kyiv.").proposals
        #expect(Set(decision.map { "\($0.from) \($0.to) \($0.status.rawValue)" }) == ["NLD UKR planned", "DNK UKR planned"])
        let believed = try extract("Moscow is believed to be providing Iran with electronic-warfare systems.").proposals
        #expect(believed.map { "\($0.from) \($0.to) \($0.status.rawValue)" } == ["RUS IRN alleged"])
        #expect(believed.first?.items.map(\.category) == [.electronics])
    }

    @Test("designation lists: '○' bullets, a lone '8.' before its entry, a person's country in parentheses, 'OOO' and 'Sti' companies")
    func releaseLists() throws {
        let release = """
            1. The Government of the Republic of Korea designated today 2 individuals and 3 entities.

            2. The individuals and entities newly designated are as follows:

            ○ Karun Trading Corporation, a North Korean company which exported artillery ammunition to Russia;

            ○ Ko Yong-chol, General Manager of Karun Trading Corporation;
            """
        let found = try tuples(release)
        #expect(found.isSuperset(of: [
            FlowTupleCase("KOR", "karun-trading-corporation", .sanction), FlowTupleCase("KOR", "ko-yong-chol", .sanction),
            FlowTupleCase("karun-trading-corporation", "RUS", .transfer, .artilleryAmmunition),
        ]))
        #expect(!found.contains { $0.kind == .sanction && $0.from != "KOR" })
        let numbered = """
            The United States is designating the following persons:

            7. Neman Karun Bank OJSC (Belarus), for processing payments.
            8. SEA KARUN (IMO 9281402), a general cargo vessel.
            9. Hossein Karimpour (Iran), procurement agent for Pardis Karun Company.
            10. OOO Belkarunkomplekt (Belarus), for re-exporting microelectronics to Russia.
            11. Anatolia Karun Dis Ticaret Ltd. Sti. (Türkiye), for supplying carbon fiber.
            """
        #expect(try tuples(numbered).isSuperset(of: [
            FlowTupleCase("USA", "neman-karun-bank-ojsc", .sanction), FlowTupleCase("USA", "hossein-karimpour", .sanction),
            FlowTupleCase("USA", "ooo-belkarunkomplekt", .sanction), FlowTupleCase("ooo-belkarunkomplekt", "RUS", .transfer, .electronics),
            FlowTupleCase("USA", "anatolia-karun-dis-ticaret-ltd-sti", .sanction),
        ]))
    }

    @Test("'vessels such as the Baltic Karun' names a ship; 'denied selling it to Tehran' carries the goods named before")
    func suchAsAndIt() throws {
        #expect(try tuples("The cargo moved on vessels such as the Baltic Karun, which has carried artillery shells to the Russian port of Dunai.")
            == [FlowTupleCase("baltic-karun", "RUS", .transfer, .artilleryAmmunition)])
        let denied = try extract("Iran wants the S-400 air defence system. Moscow has flatly denied selling it to Tehran.").proposals
        #expect(denied.map { "\($0.from) \($0.to) \($0.status.rawValue)" } == ["RUS IRN denied"])
    }

    @Test("one capitalised word a sanction targets is an organisation; not a heading's word nor a name inside a longer phrase")
    func sanctionTargetWord() throws {
        let extraction = try extract("Washington, London and Brussels have all since sanctioned Karunex. Britain imposed sanctions on Zagrov on Tuesday.")
        #expect(GeneralRuleTests.tuples(extraction) == [
            FlowTupleCase("USA", "karunex", .sanction), FlowTupleCase("GBR", "karunex", .sanction), FlowTupleCase("eu", "karunex", .sanction),
            FlowTupleCase("GBR", "zagrov", .sanction),
        ])
        #expect(extraction.newActors.map(\.kind) == [.organization, .organization])
        #expect(try tuples("Britain sanctioned the Karunex zone.").isEmpty)
        #expect(try tuples("The EU has sanctioned KARUNEX.").isEmpty)
    }

    @Test("'which Brussels accuses of carrying': the accused carries, not the accuser; 'the measures target X' is a sanction")
    func accuserAndMeasures() throws {
        #expect(try tuples(
            "The EU measures target the cargo airline Karun Fars Air, which Brussels accuses of carrying Iranian drones to Russian airfields.")
            == [
                FlowTupleCase("eu", "karun-fars-air", .sanction),
                FlowTupleCase("karun-fars-air", "RUS", .transfer, .drone),
            ])
    }
}
