import Foundation
import SupplyNet
import Testing

@testable import SupplyNetExtraction

/// One sentence and the flow extraction must read from it.
struct PatternCase: CustomTestStringConvertible, Sendable {
    let sentence: String
    let from: ActorID
    let to: ActorID
    let kind: FlowKind
    let status: ClaimStatus
    let categories: [ItemCategory]

    var testDescription: String { sentence }
}

/// The direction patterns on sentences written for these tests, not taken from the seeds.
@Suite("Direction, kind and status from sentence structure")
struct PatternTests {
    static let cases: [PatternCase] = [
        PatternCase(sentence: "Russia received artillery shells from North Korea.", from: "PRK", to: "RUS", kind: .transfer, status: .delivered, categories: [.artilleryAmmunition]),
        PatternCase(sentence: "Pyongyang sent ballistic missiles to Moscow last month.", from: "PRK", to: "RUS", kind: .transfer, status: .delivered, categories: [.ballisticMissile]),
        PatternCase(sentence: "Germany supplied Kyiv with air defense systems.", from: "DEU", to: "UKR", kind: .transfer, status: .delivered, categories: [.airDefense]),
        PatternCase(sentence: "The Kremlin has offered Tehran Su-35 fighter jets.", from: "RUS", to: "IRN", kind: .transfer, status: .offered, categories: [.fighterAircraft]),
        PatternCase(sentence: "Iran is considering sending more drones to Russia.", from: "IRN", to: "RUS", kind: .transfer, status: .planned, categories: [.drone]),
        PatternCase(sentence: "North Korea denied that it had shipped missiles to Russia.", from: "PRK", to: "RUS", kind: .transfer, status: .denied, categories: [.missile]),
        PatternCase(sentence: "Ukraine wants to buy fighter jets from Britain.", from: "GBR", to: "UKR", kind: .transfer, status: .requested, categories: [.fighterAircraft]),
        PatternCase(sentence: "Washington imposed new sanctions on Pyongyang.", from: "USA", to: "PRK", kind: .sanction, status: .delivered, categories: []),
        PatternCase(sentence: "The European Union is planning sanctions against Iran.", from: "eu", to: "IRN", kind: .sanction, status: .planned, categories: []),
        PatternCase(sentence: "Russian forces used Iranian drones to attack Kyiv.", from: "RUS", to: "UKR", kind: .strike, status: .delivered, categories: [.drone]),
        PatternCase(sentence: "The United States provided $2 billion in military assistance to Ukraine.", from: "USA", to: "UKR", kind: .aid, status: .delivered, categories: [.militaryEquipment]),
        PatternCase(sentence: "Britain could have delivered tank rounds to Ukraine.", from: "GBR", to: "UKR", kind: .transfer, status: .alleged, categories: [.tankAmmunition]),
        PatternCase(sentence: "Iran is Russia’s main arms supplier.", from: "IRN", to: "RUS", kind: .transfer, status: .delivered, categories: [.militaryEquipment]),
        PatternCase(sentence: "Helicopters were given to Tehran by Moscow.", from: "RUS", to: "IRN", kind: .transfer, status: .delivered, categories: [.helicopter]),
        PatternCase(sentence: "Moscow's use of Shahed drones against Ukraine continued.", from: "RUS", to: "UKR", kind: .strike, status: .delivered, categories: [.drone]),
        PatternCase(sentence: "Officials say radars flow from Russia to Iran.", from: "RUS", to: "IRN", kind: .transfer, status: .delivered, categories: [.radar]),
        PatternCase(sentence: "The Islamic Republic is getting Russian Yak-130 jets.", from: "RUS", to: "IRN", kind: .transfer, status: .delivered, categories: [.trainerAircraft]),
        PatternCase(sentence: "The White House has not detected any transfer of Iranian ballistic missiles to Russia.", from: "IRN", to: "RUS", kind: .transfer, status: .notObserved, categories: [.ballisticMissile]),
    ]

    @Test("sentences without a flow give nothing", arguments: [
        "Iran and Russia met in Tehran on Monday.",
        "Drones were seen over Kyiv.",
        "The White House said it was watching closely.",
        "Sanctions are a tool of diplomacy.",
    ])
    func nothing(_ sentence: String) throws {
        let text = "---\ntitle: t\npublished: 2024-03\n---\n" + sentence + "\n"
        let extraction = Extractor(network: try SeedArticles.network()).extract(try ArticleInput(file: "t.txt", bytes: Array(text.utf8)))
        #expect(extraction.proposals.isEmpty)
    }

    @Test("the sentence gives the flow", arguments: cases)
    func pattern(_ example: PatternCase) throws {
        let network = try SeedArticles.network()
        let text = "---\ntitle: t\npublished: 2024-03\n---\n" + example.sentence + "\n"
        let extraction = Extractor(network: network).extract(try ArticleInput(file: "t.txt", bytes: Array(text.utf8)))
        let proposal = try #require(extraction.proposals.first, "no proposal")
        #expect(proposal.from == example.from)
        #expect(proposal.to == example.to)
        #expect(proposal.kind == example.kind)
        #expect(proposal.status == example.status)
        #expect(proposal.categories == example.categories)
        #expect(extraction.proposals.count == 1)
    }
}
