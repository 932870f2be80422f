import SupplyNet
import Testing

/// The generator the round-trip and schema tests rely on: deterministic, within its bounds, and
/// covering every optional field and awkward string somewhere across the seeds.
@Suite("RandomNetwork")
struct RandomNetworkTests {
    static let networks = DataFolderWriterTests.seeds.map { RandomNetwork.make(seed: $0) }

    /// Every text value a network holds.
    static func strings(_ network: Network) -> [String] {
        let actors = network.actors.flatMap { [$0.name] + $0.aliases }
        let items = network.items.flatMap { [$0.name] + $0.aliases }
        let sources = network.sources.flatMap { [$0.title, $0.outlet, $0.publishedNote].compactMap(\.self) }
        let claims = network.claims.flatMap { [$0.quote, $0.speaker, $0.quantity?.text, $0.quantity?.unit].compactMap(\.self) }
        return actors + items + sources + claims
    }

    @Test("the same seed makes the same network; different seeds, different networks")
    func deterministic() {
        #expect(RandomNetwork.make(seed: 42) == RandomNetwork.make(seed: 42))
        #expect(Set(Self.networks.prefix(50)).count == 50)
    }

    @Test("sizes stay within 2-12 actors, 0-8 items, 1-4 sources, 0-15 flows and 1-4 claims a flow")
    func bounds() {
        for (seed, network) in zip(DataFolderWriterTests.seeds, Self.networks) {
            #expect((2...12).contains(network.actors.count), "seed \(seed)")
            #expect((0...8).contains(network.items.count), "seed \(seed)")
            #expect((1...4).contains(network.sources.count), "seed \(seed)")
            #expect((0...15).contains(network.flows.count), "seed \(seed)")
            #expect(network.flows.allSatisfy { (1...4).contains($0.claims.count) && $0.from != $0.to }, "seed \(seed)")
        }
    }

    @Test("no string is blank or holds a control character other than tab")
    func stringsAreLoadable() {
        for (seed, network) in zip(DataFolderWriterTests.seeds, Self.networks) {
            for text in Self.strings(network) + network.sources.map(\.text) where !text.isEmpty {
                let controls = text.unicodeScalars.filter { $0.properties.generalCategory == .control && $0 != "\t" && $0 != "\n" }
                #expect(controls.isEmpty, "seed \(seed): \(text.debugDescription)")
            }
            for text in Self.strings(network) {
                #expect(!text.allSatisfy(\.isWhitespace) && !text.contains("\n"), "seed \(seed): \(text.debugDescription)")
            }
        }
    }

    @Test("across the seeds, every shape and optional field occurs")
    func shapesAndFields() {
        let networks = Self.networks
        let actors = networks.flatMap(\.actors), sources = networks.flatMap(\.sources), claims = networks.flatMap(\.claims)
        let quantities = claims.compactMap(\.quantity), periods = claims.compactMap(\.period)
        let features: [(String, Bool)] = [
            ("every kind of actor", Set(actors.map(\.kind)) == Set(ActorKind.allCases)),
            ("an actor with aliases", actors.contains { !$0.aliases.isEmpty }),
            ("an actor with a parent", actors.contains { $0.parent != nil }),
            ("a parent listed after its child", networks.contains { network in
                network.actors.enumerated().contains { index, actor in
                    actor.parent.map { parent in network.actors.firstIndex { $0.id == parent }! > index } ?? false
                }
            }),
            ("an actor in no flow of a network with flows", networks.contains { network in
                !network.flows.isEmpty && network.actors.contains { actor in !network.flows.contains { $0.from == actor.id || $0.to == actor.id } }
            }),
            ("a network without items", networks.contains { $0.items.isEmpty }),
            ("an item no flow carries", networks.contains { network in network.items.contains { item in !network.flows.contains { $0.items.contains(item.id) } } }),
            ("a flow without items", networks.flatMap(\.flows).contains { $0.items.isEmpty }),
            ("a network without flows", networks.contains { $0.flows.isEmpty }),
            ("parallel flows between one pair", networks.contains { network in
                Dictionary(grouping: network.flows, by: { [$0.from, $0.to] }).values.contains { $0.count > 1 }
            }),
            ("a source with an outlet, a note and a url", sources.contains { $0.outlet != nil && $0.publishedNote != nil && $0.url != nil }),
            ("a source with none of them", sources.contains { $0.outlet == nil && $0.publishedNote == nil && $0.url == nil }),
            ("a source no claim cites", networks.contains { network in network.sources.contains { source in !network.claims.contains { $0.source == source.id } } }),
            ("a source with empty text", sources.contains { $0.text.isEmpty }),
            ("sources whose file order is not their id order", networks.contains { $0.sources.map(\.id) != $0.sources.map(\.id).sorted() }),
            ("a flow whose claims cite several sources", networks.flatMap(\.flows).contains { Set($0.claims.map(\.source)).count > 1 }),
            ("a claims file not in flow order", networks.contains { network in
                network.sources.contains { source in
                    let numbers = network.claims.filter { $0.source == source.id }.map { Int($0.id.rawValue.dropFirst(source.id.rawValue.count + 1))! }
                    return numbers != numbers.sorted()
                }
            }),
            ("a claim with a speaker", claims.contains { $0.speaker != nil }),
            ("a claim with a party", claims.contains { $0.party != nil }),
            ("said dates of every precision", Set(claims.compactMap { $0.said?.precision }) == Set(PartialDate.Precision.allCases)),
            ("a period with only a start", periods.contains { $0.from != nil && $0.to == nil }),
            ("a period with only an end", periods.contains { $0.from == nil && $0.to != nil }),
            ("a period with both ends", periods.contains { $0.from != nil && $0.to != nil && $0.from != $0.to }),
            ("a period of one date", periods.contains { $0.from != nil && $0.from == $0.to }),
            ("a quantity without bounds", quantities.contains { $0.low == nil && $0.high == nil }),
            ("a quantity with only a low bound", quantities.contains { $0.low != nil && $0.high == nil }),
            ("a quantity with only a high bound", quantities.contains { $0.low == nil && $0.high != nil }),
            ("a quantity with equal bounds", quantities.contains { $0.low != nil && $0.low == $0.high }),
            ("a fractional bound", quantities.contains { [$0.low, $0.high].contains { $0.map { $0 != $0.rounded() } ?? false } }),
            ("a bound of at least 29.8 billion", quantities.contains { ($0.high ?? 0) >= 29_800_000_000 }),
            ("a zero bound", quantities.contains { $0.low == 0 }),
            ("an unreviewed claim", claims.contains { !$0.isReviewed }),
            ("a flow with delivered and denied claims", networks.flatMap(\.flows).contains { flow in
                flow.claims.contains { $0.status == .delivered } && flow.claims.contains { $0.status == .denied }
            }),
            ("every claim status", Set(claims.map(\.status)) == Set(ClaimStatus.allCases)),
        ]
        for (feature, present) in features {
            #expect(present, "no seed makes \(feature)")
        }
    }

    @Test("across the seeds, text holds every awkward fragment, edge spaces, '- ' starts and whole YAML words")
    func awkwardText() {
        let strings = Self.networks.flatMap(Self.strings)
        for fragment in RandomNetwork.fragments {
            #expect(strings.contains { $0.contains(fragment) }, "no string holds \(fragment.debugDescription)")
        }
        for word in RandomNetwork.yamlWords {
            #expect(strings.contains(word), "no string is just \(word.debugDescription)")
        }
        #expect(strings.contains { $0.hasPrefix("- ") })
        #expect(strings.contains { $0.hasPrefix(" ") })
        #expect(strings.contains { $0.hasSuffix(" ") })
        #expect(Self.networks.flatMap(\.sources).contains { $0.text.contains("\n---\n") })
    }
}
