import SupplyNet
import Testing

/// Corroboration counts independent voices and parties, not articles (issue 14): the seeds' table,
/// echoes, and hostile attributions.
@Suite("Voices: who a flow rests on")
struct VoiceTests {
    static let seeds = try! NetworkLoader(path: SeedsTests.seeds).load()

    static func flow(_ id: String) throws -> Flow { try #require(seeds.flows.first { $0.id.rawValue == id }) }

    /// The table, measured on the seeds: articles saying it happened, voices, parties.
    @Test("the seeds' circular reporting: many articles, one voice", arguments: [
        ("rus-irn-air-defense", 3, ["John Kirby, United States"]),
        ("rus-irn-military-equipment", 3, ["John Kirby, United States"]),
        ("irn-rus-advanced-drones", 2, ["John Kirby, United States"]),
        ("irn-rus-artillery-tank-ammunition", 2, ["John Kirby, United States"]),
        ("irn-rus-military-equipment", 2, ["John Kirby, United States"]),
        ("rus-irn-missiles-electronics", 2, ["John Kirby, United States"]),
        // The "unattributed sentence" is attributed to US information: a second voice, the same party.
        ("rus-irn-helicopters", 4, ["United States", "John Kirby, United States"]),
    ])
    func seedTable(id: String, articles: Int, voices: [String]) throws {
        let support = FlowVoices(try Self.flow(id), in: Self.seeds)
        #expect(support.articles.count == articles)
        #expect(support.voices.map { $0.name(in: Self.seeds) } == voices)
        #expect(support.parties.map { $0.name(in: Self.seeds) } == ["United States"])
        #expect(support.isSingleParty)
    }

    @Test("the evidence line says articles and voices")
    func weightText() throws {
        #expect(EvidenceText.weight(of: try Self.flow("rus-irn-air-defense"), in: Self.seeds)
            == "3 claims from 3 articles, 1 voice: John Kirby, United States")
        #expect(EvidenceText.weight(of: try Self.flow("rus-irn-helicopters"), in: Self.seeds)
            == "4 claims from 4 articles, 2 voices in 1 party (United States): United States; John Kirby, United States")
        let drones = EvidenceText.weight(of: try Self.flow("irn-rus-drones"), in: Self.seeds)
        #expect(drones.hasPrefix("13 claims; saying it happened: 5 articles"))
    }

    @Test("the single-voice list: several articles, one party")
    func singleVoiceList() {
        let listed = SingleVoiceFlow.all(in: Self.seeds).map(\.flow.id.rawValue)
        #expect(listed == [
            "irn-rus-advanced-drones", "irn-rus-artillery-tank-ammunition", "irn-rus-military-equipment",
            "rus-irn-missiles-electronics", "rus-irn-air-defense", "rus-irn-helicopters", "rus-irn-radars-trainer-aircraft",
            "rus-irn-military-equipment",
        ])
    }

    @Test("echoes: Kirby's 'more than 400' drones since August, relayed by three articles")
    func seedEchoes() throws {
        let echoes = Echo.echoes(in: try Self.flow("irn-rus-drones"), network: Self.seeds)
        #expect(echoes.count == 1)
        #expect(echoes.first?.relays.count == 2)
        #expect(echoes.first.map { [$0.first] + $0.relays }?.allSatisfy { $0.quantity?.low == 400 } == true)
        #expect(Echo.relayCount(in: Self.seeds) == 2)
    }

    // MARK: hostile data

    static func claim(_ source: String, speaker: String? = nil, party: ActorID? = nil, _ status: ClaimStatus = .delivered, quote: String = "q")
        -> Claim
    { Claim(id: ClaimID("\(source)-\(quote.count)"), status: status, source: SourceID(source), quote: quote, speaker: speaker, party: party) }

    static func network(_ claims: [Claim], outlets: [String: String] = [:]) -> (Network, Flow) {
        let flow = Flow(id: "f", from: "a", to: "b", kind: .transfer, claims: claims)
        let sources = Set(claims.map(\.source)).sorted().map {
            Source(id: $0, title: $0.rawValue, outlet: outlets[$0.rawValue], published: PartialDate(year: 2023)!, file: "", text: "")
        }
        let actors = [Actor(id: "USA", name: "United States", kind: .state)]
        return (Network(actors: actors, items: [], sources: sources, flows: [flow]), flow)
    }

    @Test("no speaker, no party: each article is its own voice, an outlet's articles one voice")
    func noSpeaker() {
        let (network, flow) = Self.network([Self.claim("s1"), Self.claim("s2"), Self.claim("s3")], outlets: ["s2": "WION", "s3": "WION"])
        let support = FlowVoices(flow, in: network)
        #expect(support.voices.map { $0.name(in: network) } == ["the article s1", "WION"])
        #expect(support.parties.count == 2)
    }

    @Test("a speaker of unknown party is one voice and their own party; spelling of case and spaces does not matter")
    func unknownParty() {
        let (network, flow) = Self.network([Self.claim("s1", speaker: "Jane Roe"), Self.claim("s2", speaker: "jane  roe")])
        let support = FlowVoices(flow, in: network)
        #expect(support.voices.count == 1 && support.parties.count == 1)
        #expect(support.voices[0].name(in: network) == "Jane Roe")
    }

    @Test("one speaker in many articles is one voice, and costs what one article would")
    func oneSpeakerManyArticles() {
        let claims = (1...6).map { Self.claim("s\($0)", speaker: "John Kirby", party: "USA") }
        let (network, flow) = Self.network(claims)
        #expect(FlowVoices(flow, in: network).voices.count == 1)
        #expect(EvidenceText.weight(of: flow, in: network) == "6 claims from 6 articles, 1 voice: John Kirby, United States")
        #expect(EvidenceCosts.standard.cost(of: flow, in: network) == 1)
        #expect(EvidenceCosts.standard.counting(.voices).cost(of: flow, in: network) == 1)
        #expect(SingleVoiceFlow.all(in: network).map { $0.party(in: network) } == ["United States"])
    }

    @Test("many speakers of one party: many voices, one party; parties cost more than voices")
    func manySpeakersOneParty() {
        let claims = ["Kirby", "Patel", "Blinken"].enumerated().map { Self.claim("s\($0)", speaker: $1, party: "USA") }
        let (network, flow) = Self.network(claims)
        let support = FlowVoices(flow, in: network)
        #expect(support.voices.count == 3 && support.parties.count == 1)
        #expect(EvidenceCosts.standard.cost(of: flow, in: network) == 1)
        #expect(EvidenceCosts.standard.counting(.voices).cost(of: flow, in: network) == 1 / 2.0)
        #expect(EvidenceText.weight(of: flow, in: network).hasPrefix("3 claims from 3 articles, 3 voices in 1 party (United States): Kirby, United States;"))
    }

    @Test("denials do not count as support; a flow only denied rests on its deniers")
    func denials() {
        let (network, flow) = Self.network([Self.claim("s1", speaker: "Kirby", party: "USA"), Self.claim("s2", speaker: "Tehran", .denied)])
        #expect(FlowVoices(flow, in: network).voices.map { $0.name(in: network) } == ["Kirby, United States"])
        let (deniedNetwork, denied) = Self.network([Self.claim("s2", speaker: "Tehran", .denied)])
        #expect(FlowVoices(denied, in: deniedNetwork).voices.map { $0.name(in: deniedNetwork) } == ["Tehran"])
    }

    @Test("near-same sentences across articles are echoes; an unrelated sentence is not")
    func nearSameSentence() {
        let a = Self.claim("s1", quote: "Iran has supplied Russia with more than 400 drones since August")
        let b = Self.claim("s2", quote: "Iran has supplied Russia with more than 400 drones since August, he said")
        let c = Self.claim("s1", quote: "Iran has supplied Russia with more than 400 drones since August.")
        let (network, flow) = Self.network([a, b, c])
        let echoes = Echo.echoes(in: flow, network: network)
        #expect(echoes.count == 1)
        #expect(echoes.first.map { [$0.first] + $0.relays }?.count == 3)
        let (other, unrelated) = Self.network([a, Self.claim("s2", quote: "Russia sent Iran fighter jets")])
        #expect(Echo.echoes(in: unrelated, network: other).isEmpty)
    }
}
