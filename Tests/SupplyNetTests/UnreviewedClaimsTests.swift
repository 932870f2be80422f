import Foundation
import SupplyNet
import Testing

@Suite("Unreviewed claims proposed by extraction")
struct UnreviewedClaimsTests {
    @Test("a claims file may propose flows and mark claims unreviewed; the loader notes each with its place")
    func notes() throws {
        let folder = try FixtureData.folder(overlay: "unreviewed")
        let (network, notes) = try NetworkLoader(path: folder).loadWithNotes()
        let proposed = try #require(network.flows.first { $0.id == "usa-irn-drones" })
        #expect(proposed.from == "USA" && proposed.to == "IRN" && proposed.claims.count == 1)
        #expect(network.claims.filter { !$0.isReviewed }.count == 2)
        #expect(notes.map(\.location.line) == [12, 19])
        #expect(notes[0].description.hasPrefix("\(folder)/claims/proposed.yaml:12:13: note: claim proposed-1 on flow 'irn-rus-drones' is unreviewed"))
        #expect(notes[0].description.contains("is unreviewed (proposed by supplynet extract)"))
    }

    @Test("views leave unreviewed claims out, and flows only they support, unless asked")
    func views() throws {
        let network = try NetworkLoader(path: try FixtureData.folder(overlay: "unreviewed")).load()
        let reviewed = NetworkView().apply(to: network)
        #expect(!reviewed.flows.contains { $0.id == "usa-irn-drones" })
        #expect(reviewed.claims.allSatisfy { $0.isReviewed })
        #expect(reviewed.claims.count == network.claims.count - 2)
        let everything = NetworkView(includesUnreviewed: true).apply(to: network)
        #expect(everything.claims.count == network.claims.count)
        #expect(everything.flows.contains { $0.id == "usa-irn-drones" })
    }

    @Test("the seeds have no unreviewed claims, so their views are unchanged")
    func seedsAreReviewed() throws {
        let (network, notes) = try NetworkLoader(path: FixtureData.packageRoot.appendingPathComponent("seeds").path).loadWithNotes()
        #expect(notes.isEmpty)
        #expect(network.claims.allSatisfy { $0.isReviewed })
    }

    @Test("'review' other than 'unreviewed' is an error at its place")
    func badReview() throws {
        let folder = try FixtureData.folder(overlay: "bad-review")
        let error = #expect(throws: LoadError.self) { try NetworkLoader(path: folder).load() }
        #expect(error?.issues.map(\.description) == [
            "\(folder)/claims/proposed.yaml:6:13: error: 'review' can only be 'unreviewed'; once it is reviewed, delete the line",
        ])
    }
}
