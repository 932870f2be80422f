import Foundation
import SupplyNet
import Testing

@Suite("Actors proposed by a tool, unreviewed")
struct UnreviewedActorsTests {
    /// A claims file proposing a public body the registry lacks, a flow from it and one claim.
    static func proposal(source: SourceID = "second-article") -> ProposedClaimsFile {
        let ministry = Actor(
            id: "iran-defence-ministry", name: "Iran's Defence Ministry", kind: .publicBody, aliases: ["MODAFL"], parent: "IRN",
            isReviewed: false)
        let flow = Flow(id: "iran-defence-ministry-rus-drones", from: ministry.id, to: "RUS", kind: .transfer, items: ["shahed-drones"])
        let claim = Claim(
            id: "ignored", status: .delivered, source: source, quote: "Iran has supplied Russia with more than 400 drones", isReviewed: false)
        return ProposedClaimsFile(
            source: source, comment: ["Written by a test."], provenanceKey: .import, actors: [ministry], flows: [flow],
            entries: [.init(flow: flow.id, claim: claim, provenance: [("line", .number(3)), ("record", .text("row \"3\""))])])
    }

    /// The valid sample with `proposal` added the way `extract --into` and `import` add it.
    static func folderWithProposal() throws -> String {
        let folder = try FixtureData.folder()
        let article = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/articles/sample-article.txt")))
        let addition = DataFolderAddition(
            [.init(origin: "sample-article.txt", bytes: article, hasSourceDetails: true, claims: proposal())], into: folder)
        #expect(addition.problems.isEmpty)
        #expect(addition.files.map(\.path) == [folder + "/articles/second-article.txt", folder + "/claims/second-article.yaml"])
        try AtomicFile.write(addition.files)
        return folder
    }

    @Test("a claims file's proposed actor loads unreviewed, and check notes it with the claims that use it")
    func noted() throws {
        let folder = try Self.folderWithProposal()
        let (network, notes) = try NetworkLoader(path: folder).loadWithNotes()
        let ministry = try #require(network.actor("iran-defence-ministry"))
        #expect(ministry.kind == .publicBody && ministry.parent == "IRN" && !ministry.isReviewed && ministry.aliases == ["MODAFL"])
        #expect(network.actors.filter { !$0.isReviewed }.map(\.id) == ["iran-defence-ministry"])
        let note = try #require(notes.first { $0.message.hasPrefix("actor ") })
        #expect(note.location.file == folder + "/claims/second-article.yaml")
        #expect(note.message == "actor 'iran-defence-ministry' is unreviewed (proposed by a tool); claims using it: second-article-1; check its name, kind and parent, then delete its 'review: unreviewed' line")
        #expect(notes.count == 2)  // the actor and its claim
    }

    @Test("the JSON export keeps an actor's review mark and kind, and reads them back")
    func jsonRoundTrip() throws {
        let network = try NetworkLoader(path: try Self.folderWithProposal()).load()
        let data = NetworkJSON.encode(network)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"kind\": \"public-body\""))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("unreviewed-\(UUID().uuidString).json")
        try data.write(to: file)
        let (back, notes) = try NetworkLoader(path: file.path).loadWithNotes()
        #expect(back.actors == network.actors)
        #expect(notes.contains { $0.message.contains("actor 'iran-defence-ministry' is unreviewed") && $0.message.contains("delete its \"unreviewed\": true") })
    }

    @Test("a review mark other than 'unreviewed' on an actor is an error at its place")
    func badMark() throws {
        let folder = try FixtureData.folder()
        let registry = folder + "/registry.yaml"
        var text = try String(contentsOfFile: registry, encoding: .utf8)
        text = text.replacingOccurrences(of: "  - id: RUS\n", with: "  - id: RUS\n    review: done\n")
        try text.write(toFile: registry, atomically: true, encoding: .utf8)
        let error = #expect(throws: LoadError.self) { try NetworkLoader(path: folder).load() }
        #expect(error?.issues.map(\.description) == ["\(registry):7:13: error: 'review' can only be 'unreviewed'; once it is reviewed, delete the line"])
    }

    @Test("adding never replaces: an existing claims file or a different article of the same id is refused, nothing planned")
    func refusals() throws {
        let folder = try Self.folderWithProposal()
        let again = DataFolderAddition([.init(origin: "x.txt", bytes: [0x41], hasSourceDetails: true, claims: Self.proposal())], into: folder)
        #expect(again.files.isEmpty)
        #expect(again.problems == ["\(folder)/claims/second-article.yaml: error: already exists; add into a fresh copy of the data, or remove the file first"])
        let clash = DataFolderAddition(
            [.init(origin: "other.txt", bytes: [0x41], hasSourceDetails: true, claims: Self.proposal(source: "sample-article"))], into: folder)
        #expect(clash.files.isEmpty)
        #expect(clash.problems == ["\(folder)/claims/sample-article.yaml: error: already exists; add into a fresh copy of the data, or remove the file first"])
        let third = DataFolderAddition(
            [.init(origin: "other.txt", bytes: [0x41], hasSourceDetails: true, claims: Self.proposal(source: "third-article"))], into: folder)
        #expect(third.problems.isEmpty)
        let noDetails = DataFolderAddition(
            [.init(origin: "plain.txt", bytes: [0x41], hasSourceDetails: false, claims: Self.proposal(source: "fourth-article"))], into: folder)
        #expect(noDetails.files.isEmpty && noDetails.problems.first?.hasPrefix("plain.txt: error: adding to a data folder needs") == true)
    }
}
