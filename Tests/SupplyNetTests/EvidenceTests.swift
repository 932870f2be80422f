import SupplyNet
import Testing

@Suite("A flow's evidence state")
struct EvidenceTests {
    private func flow(_ statuses: [ClaimStatus]) -> Flow {
        let claims = statuses.enumerated().map { index, status in
            Claim(id: ClaimID("s-\(index + 1)"), status: status, source: "s", quote: "q\(index)")
        }
        return Flow(id: "f", from: "IRN", to: "RUS", kind: .transfer, claims: claims)
    }

    @Test("is decided by the strongest claim, or contested when a denial meets a delivery", arguments: [
        ([ClaimStatus.delivered], EvidenceState.delivered),
        ([.offered], .offeredOrPlanned),
        ([.planned, .requested], .offeredOrPlanned),
        ([.requested], .requestedOrAlleged),
        ([.alleged], .requestedOrAlleged),
        ([.denied, .delivered], .contested),
        ([.alleged, .denied], .contested),
        ([.notObserved], .notObserved),
        ([.denied], .denied),
        ([.offered, .denied], .offeredOrPlanned),
        ([.notObserved, .requested], .requestedOrAlleged),
    ])
    func state(statuses: [ClaimStatus], expected: EvidenceState) throws {
        #expect(try #require(FlowEvidence(flow(statuses))).state == expected)
    }

    @Test("the strongest claim is the first of the highest status")
    func strongest() throws {
        let evidence = try #require(FlowEvidence(flow([.offered, .delivered, .denied, .delivered])))
        #expect(evidence.strongest.id == "s-2")
        #expect(evidence.denial?.id == "s-3")
    }

    @Test("among claims of equal status, an attributed one speaks for the flow")
    func attributedFirst() throws {
        var flow = flow([.delivered, .delivered])
        flow.claims[1].speaker = "John Kirby"
        #expect(try #require(FlowEvidence(flow)).strongest.id == "s-2")
    }

    @Test("a flow with no claims has no evidence")
    func noClaims() {
        #expect(FlowEvidence(flow([])) == nil)
    }
}

@Suite("Partial dates")
struct PartialDateTests {
    @Test("parse YYYY, YYYY-MM and YYYY-MM-DD with their precision", arguments: [
        ("2022", PartialDate.Precision.year), ("2022-08", .month), ("2022-12-10", .day), ("2024-02-29", .day),
    ])
    func parses(text: String, precision: PartialDate.Precision) throws {
        let date = try #require(PartialDate(parsing: text))
        #expect(date.precision == precision)
        #expect(date.description == text)
    }

    @Test("reject what is not a calendar date", arguments: ["2023-02-29", "2022-13", "2022-00", "22-08", "2022-8", "2022/08", "", "2022-08-01-01", "２０２２"])
    func rejects(text: String) {
        #expect(PartialDate(parsing: text) == nil)
    }

    @Test("order by the first day they mean, the coarser first")
    func ordering() throws {
        let dates = ["2022-08-15", "2022", "2022-08", "2021-12-31"].compactMap(PartialDate.init(parsing:))
        #expect(dates.sorted().map(\.description) == ["2021-12-31", "2022", "2022-08", "2022-08-15"])
    }

    @Test("a period ending before it starts is not ordered")
    func periods() throws {
        let august = try #require(PartialDate(parsing: "2022-08"))
        let midAugust = try #require(PartialDate(parsing: "2022-08-15"))
        let july = try #require(PartialDate(parsing: "2022-07-31"))
        #expect(Period(from: august, to: midAugust).isOrdered)
        #expect(Period(from: august, to: august).isOrdered)
        #expect(!Period(from: august, to: july).isOrdered)
    }
}
