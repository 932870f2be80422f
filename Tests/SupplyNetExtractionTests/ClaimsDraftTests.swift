import Foundation
import SupplyNet
import Testing
import Yams

@testable import SupplyNetExtraction

@Suite("Proposals as a claims file")
struct ClaimsDraftTests {
    @Test("on a seed article every proposal attaches to a curated flow, one claim per flow its items span")
    func attachesToCuratedFlows() throws {
        let network = try SeedArticles.network()
        let extraction = Extractor(network: network).extract(try SeedArticles.article("expanding-cooperation-2023-05-17"))
        let draft = ClaimsDraft(source: "expanding-cooperation-2023-05-17", proposals: extraction.proposals, network: network)
        #expect(draft.newFlows.isEmpty)
        let buy = draft.claims.filter { $0.proposal.sentence.contains("Tehran wants to buy") }.map(\.flow.rawValue)
        #expect(buy == ["rus-irn-helicopters", "rus-irn-radars-trainer-aircraft"])
    }

    @Test("what no flow covers becomes a new flow, with a unique id, listed in the file")
    func newFlows() throws {
        let network = try SeedArticles.network()
        let text = "---\ntitle: t\npublished: 2024-01\n---\nIran sent tank shells to Russia. Germany sent artillery shells to Ukraine. Germany sent more artillery shells to Ukraine.\n"
        let extraction = Extractor(network: network).extract(try ArticleInput(file: "t.txt", bytes: Array(text.utf8)))
        let draft = ClaimsDraft(source: "t", proposals: extraction.proposals, network: network)
        #expect(draft.claims.map(\.flow.rawValue) == ["irn-rus-artillery-tank-ammunition", "deu-ukr-artillery-ammunition", "deu-ukr-artillery-ammunition"])
        #expect(draft.newFlows.map(\.id.rawValue) == ["deu-ukr-artillery-ammunition"])
        let yaml = try #require(try Yams.load(yaml: draft.claimsFile(from: "t.txt").yaml()) as? [String: Any])
        #expect((yaml["flows"] as? [[String: Any]])?.first?["items"] as? [String] == ["artillery-ammunition"])
        let claims = try #require(yaml["claims"] as? [[String: Any]])
        #expect(claims.allSatisfy { $0["review"] as? String == "unreviewed" })
        #expect(claims.first?["quote"] as? String == "Iran sent tank shells to Russia.")
    }

    @Test("a proposed actor its flows use goes into the file unreviewed, and the folder loads with a note for it")
    func newActors() throws {
        let network = try SeedArticles.network()
        let text = "---\ntitle: t\npublished: 2024-01\n---\nIran sent tank shells to Russia.\n"
        let article = try ArticleInput(file: "t.txt", bytes: Array(text.utf8))
        var proposal = try #require(Extractor(network: network).extract(article).proposals.first)
        proposal.from = "kavir-aero-industries"
        let used = ProposedActor(id: "kavir-aero-industries", name: "Kavir Aero Industries", kind: .company, parent: "IRN", start: 0, line: 5, column: 1)
        let unused = ProposedActor(id: "qods-aviation", name: "Qods Aviation", kind: .company, parent: "no-such-parent", start: 0, line: 5, column: 1)
        let draft = ClaimsDraft(source: "t", proposals: [proposal], network: network)
        let file = draft.claimsFile(from: "t.txt", newActors: [used, unused])
        #expect(file.actors == [Actor(id: "kavir-aero-industries", name: "Kavir Aero Industries", kind: .company, parent: "IRN", isReviewed: false)])
        #expect(file.flows.map(\.from) == ["kavir-aero-industries"])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("draft-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: SeedArticles.seeds, toPath: folder)
        let addition = DataFolderAddition([.init(origin: "t.txt", bytes: article.bytes, hasSourceDetails: true, claims: file)], into: folder)
        try AtomicFile.write(addition.files)
        let (loaded, notes) = try NetworkLoader(path: folder).loadWithNotes()
        #expect(loaded.actor("kavir-aero-industries")?.isReviewed == false)
        #expect(notes.contains { $0.message.hasPrefix("actor 'kavir-aero-industries' is unreviewed (proposed by supplynet extract or import); claims using it: t-1;") })
    }

    @Test("fuel, which no item category fits, becomes a flow with no items that the folder loads back")
    func uncategorisedGoods() throws {
        let network = try SeedArticles.network()
        let text = "---\ntitle: t\npublished: 2024-01\n---\nRussia has shipped refined petroleum to North Korea.\n"
        let article = try ArticleInput(file: "t.txt", bytes: Array(text.utf8))
        let extraction = Extractor(network: network).extract(article)
        let proposal = try #require(extraction.proposals.first)
        #expect(extraction.proposals.count == 1 && proposal.kind == .transfer && proposal.items.isEmpty)
        let draft = ClaimsDraft(source: "t", proposals: extraction.proposals, network: network)
        let file = draft.claimsFile(from: "t.txt", newActors: extraction.newActors)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("draft-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: SeedArticles.seeds, toPath: folder)
        let addition = DataFolderAddition([.init(origin: "t.txt", bytes: article.bytes, hasSourceDetails: true, claims: file)], into: folder)
        try AtomicFile.write(addition.files)
        let loaded = try NetworkLoader(path: folder).load()
        let flow = try #require(loaded.flows.first { $0.from == "RUS" && $0.to == "PRK" })
        #expect(flow.kind == .transfer && flow.items.isEmpty)
        #expect(flow.claims.map(\.quote) == ["Russia has shipped refined petroleum to North Korea."])
    }

    @Test("source ids from file names are slugs")
    func sourceIDs() {
        #expect(DataFolderAddition.sourceID(for: "Kirby Says: Drones (2023)").rawValue == "kirby-says-drones-2023")
        #expect(DataFolderAddition.sourceID(for: "___").rawValue == "article")
    }
}
