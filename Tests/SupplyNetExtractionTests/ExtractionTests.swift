import Foundation
import SupplyNet
import Testing

@testable import SupplyNetExtraction

@Suite("Extraction from the seed articles")
struct ExtractionTests {
    let extractor: Extractor

    init() throws {
        extractor = Extractor(network: try SeedArticles.network())
    }

    @Test("every proposal's sentence is exactly the file's bytes at its offsets", arguments: SeedArticles.ids)
    func offsetsPointAtTheSentence(id: String) throws {
        let article = try SeedArticles.article(id)
        let extraction = extractor.extract(article)
        #expect(!extraction.proposals.isEmpty)
        for proposal in extraction.proposals {
            let bytes = Array(article.bytes[proposal.start..<proposal.end])
            #expect(String(decoding: bytes, as: UTF8.self) == proposal.sentence)
            #expect(proposal.start >= article.bodyStart)
            #expect(article.body.contains(proposal.sentence))
            let (line, column) = ArticleInput.lineAndColumn(of: proposal.start, in: article.bytes)
            #expect(proposal.line == line && proposal.column == column)
            #expect((0...1).contains(proposal.confidence))
        }
    }

    @Test("X has supplied hundreds of drones to Y: a delivered transfer with speaker, quantity and period")
    func suppliedDronesTo() throws {
        let extraction = extractor.extract(try SeedArticles.article("white-house-warns-2023-02-24"))
        let drones = try #require(extraction.proposals.first { $0.sentence.contains("supplied hundreds of drones") && $0.kind == .transfer })
        #expect(drones.from == "IRN" && drones.to == "RUS")
        #expect(drones.status == .delivered)
        #expect(drones.categories == [.drone])
        #expect(drones.speaker == "John Kirby" && drones.party == "USA")
        #expect(drones.quantity == Quantity(text: "hundreds", low: 200, unit: "drones"))
        #expect(drones.period == Period(from: PartialDate(year: 2022, month: 8)))
    }

    @Test("Y is looking to buy Z from X: a requested transfer from X to Y, with every item of the list")
    func lookingToBuyFrom() throws {
        let extraction = extractor.extract(try SeedArticles.article("white-house-warns-2023-02-24"))
        let request = try #require(extraction.proposals.first { $0.sentence.contains("looking to buy") })
        #expect(request.from == "RUS" && request.to == "IRN")
        #expect(request.status == .requested)
        #expect(request.categories == [.militaryEquipment, .helicopter, .radar, .trainerAircraft])
    }

    @Test("in exchange, X has offered Y Z: descriptive names resolve and the status is offered")
    func offeredInExchange() throws {
        let extraction = extractor.extract(try SeedArticles.article("white-house-warns-2023-02-24"))
        let offer = try #require(extraction.proposals.first { $0.sentence.hasPrefix("In exchange, Moscow has offered the Persian country") })
        #expect(offer.from == "RUS" && offer.to == "IRN")
        #expect(offer.status == .offered)
        #expect(offer.categories == [.fighterAircraft, .missile, .electronics, .airDefense])
    }

    @Test("not detected any movement between the two countries: not observed, both ways")
    func notDetectedBothWays() throws {
        let extraction = extractor.extract(try SeedArticles.article("wion-defence-partnership-2023-05-15"))
        let found = extraction.proposals.filter { $0.sentence.contains("not detected") }
        #expect(Set(found.map { "\($0.from)>\($0.to)" }) == ["IRN>RUS", "RUS>IRN"])
        #expect(found.allSatisfy { $0.status == .notObserved && $0.categories == [.ballisticMissile] })
    }

    @Test("the West slapped sanctions on Tehran: a sanction without items")
    func sanctionsOn() throws {
        let extraction = extractor.extract(try SeedArticles.article("wion-defence-partnership-2023-05-15"))
        let sanction = try #require(extraction.proposals.first { $0.sentence.hasPrefix("The West slapped sanctions") })
        #expect(sanction.from == "the-west" && sanction.to == "IRN" && sanction.kind == .sanction && sanction.items.isEmpty)
    }

    @Test("told reporters on Dec. 9: when it was said, the year from the article's date")
    func saidOn() throws {
        let extraction = extractor.extract(try SeedArticles.article("kirby-unprecedented-support-2022-12"))
        let cooperation = try #require(extraction.proposals.first { $0.kind == .cooperation && $0.sentence.contains("told reporters on Dec. 9") })
        #expect(cooperation.said == PartialDate(year: 2022, month: 12, day: 9))
        #expect(cooperation.speaker == "John Kirby" && cooperation.party == "USA")
        #expect(cooperation.from == "IRN" && cooperation.to == "RUS")
        #expect(Set(cooperation.categories) == [.technology, .training])
    }

    @Test("according to US information: an actor as the source")
    func accordingTo() throws {
        let extraction = extractor.extract(try SeedArticles.article("expanding-cooperation-2023-05-17"))
        let request = try #require(extraction.proposals.first { $0.sentence.contains("according to US information") })
        #expect(request.speaker == "US" && request.party == "USA")
        #expect(request.from == "RUS" && request.to == "IRN" && request.status == .requested)
    }

    @Test("an unknown name and a designation are suggested, known ones are not")
    func suggestsUnknownNames() throws {
        let network = try SeedArticles.network()
        let text = "---\ntitle: t\npublished: 2024-01\n---\nVedant Patel said Moscow sent Su-57 jets and Arash-2 drones to Tehran, and China watched Su-35 fighters.\n"
        let article = try ArticleInput(file: "new.txt", bytes: Array(text.utf8))
        let extraction = Extractor(network: network).extract(article)
        let names = extraction.suggestions.map(\.text)
        #expect(names.contains("Vedant Patel"))
        #expect(names.contains("Su-57"))
        #expect(names.contains("Arash-2"))
        #expect(names.contains("China"))
        // The registry lists Su-35 among its items' aliases.
        #expect(!names.contains("Moscow") && !names.contains("Tehran") && !names.contains("Su-35"))
        #expect(extraction.suggestions.first { $0.text == "China" }?.kind == .state)
        let transfer = try #require(extraction.proposals.first)
        #expect(transfer.from == "RUS" && transfer.to == "IRN" && Set(transfer.categories) == [.fighterAircraft, .drone])
        #expect(transfer.speaker == "Vedant Patel")
    }
}
