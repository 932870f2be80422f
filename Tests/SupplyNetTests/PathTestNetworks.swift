import SupplyNet

/// Small networks for path tests: actors `a0`, `a1`, …; flows `f0`, `f1`, … in the order given,
/// each with claims whose status, sources and voices set its cost.
enum PathTestNetworks {
    /// One flow: its ends (actor numbers), its strongest status and how many distinct sources say so.
    struct Edge {
        var from: Int
        var to: Int
        var status: ClaimStatus = .delivered
        var sources: Int = 1
        /// The voice of each source's claim, `(speaker, party)`; nil (or a missing entry) for the
        /// source speaking itself, so by default each source is its own voice and party.
        var voices: [(speaker: String?, party: ActorID?)?] = []
    }

    /// Speakers and parties random claims draw from: some named, some of a party, some neither.
    static let voicePool: [(speaker: String?, party: ActorID?)?] = [
        nil, ("Kirby", "p0"), ("kirby", "p0"), ("Patel", "p0"), ("Zelensky", "p1"), ("Anon", nil), (nil, "p1"),
    ]

    static func actor(_ number: Int) -> ActorID { ActorID("a\(number)") }
    static func flow(_ number: Int) -> FlowID { FlowID("f\(number)") }

    /// A network of `actors` actors and one flow per edge.
    static func network(actors: Int, _ edges: [Edge]) -> Network {
        let sourceCount = max(1, edges.map(\.sources).max() ?? 1)
        let sources = (0..<sourceCount).map { number in
            Source(id: SourceID("s\(number)"), title: "Source \(number)", published: PartialDate(year: 2023)!, file: "s\(number).txt", text: "")
        }
        let flows = edges.enumerated().map { number, edge in
            Flow(
                id: flow(number), from: actor(edge.from), to: actor(edge.to), kind: .transfer,
                claims: (0..<max(1, edge.sources)).map { source in
                    let voice = source < edge.voices.count ? edge.voices[source] : nil
                    return Claim(
                        id: ClaimID("s\(source)-\(number)"), status: edge.status, source: SourceID("s\(source)"), quote: "q",
                        speaker: voice?.speaker, party: voice?.party)
                })
        }
        return Network(
            actors: (0..<actors).map { Actor(id: actor($0), name: "Actor \($0)", kind: .state) }, items: [], sources: sources,
            flows: flows)
    }

    /// A network given as `(from, to)` pairs, every flow delivered by one source.
    static func network(actors: Int, pairs: [(Int, Int)]) -> Network {
        network(actors: actors, pairs.map { Edge(from: $0.0, to: $0.1) })
    }

    static let statuses: [ClaimStatus] = [.delivered, .delivered, .alleged, .planned, .offered, .requested, .notObserved, .denied]

    /// A random multigraph: `actors` actors, `flows` flows; a third of the flows repeat an earlier
    /// pair (parallel flows, sometimes reversed), a few are loops; statuses and 1–3 sources at random.
    static func random(actors: Int, flows: Int, using random: inout SplitMix64, loops: Bool = true) -> Network {
        var edges: [Edge] = []
        for _ in 0..<flows {
            var edge: Edge
            if !edges.isEmpty, Int.random(in: 0..<3, using: &random) == 0 {
                let earlier = edges.randomElement(using: &random)!
                edge = Bool.random(using: &random) ? Edge(from: earlier.from, to: earlier.to) : Edge(from: earlier.to, to: earlier.from)
            } else {
                let from = Int.random(in: 0..<actors, using: &random)
                var to = Int.random(in: 0..<actors, using: &random)
                if to == from && (!loops || Int.random(in: 0..<10, using: &random) > 0) { to = (to + 1) % actors }
                edge = Edge(from: from, to: to)
            }
            edge.status = statuses.randomElement(using: &random)!
            edge.sources = Int.random(in: 1...3, using: &random)
            edge.voices = (0..<edge.sources).map { _ in voicePool.randomElement(using: &random)! }
            edges.append(edge)
        }
        return network(actors: actors, edges)
    }

    /// A random simple digraph: no parallel flows, no loops.
    static func randomSimple(actors: Int, flows: Int, using random: inout SplitMix64) -> Network {
        var pairs: [(Int, Int)] = []
        var seen: Set<Int> = []
        var attempts = 0
        while pairs.count < flows && attempts < flows * 20 {
            attempts += 1
            let from = Int.random(in: 0..<actors, using: &random), to = Int.random(in: 0..<actors, using: &random)
            guard from != to, seen.insert(from * actors + to).inserted else { continue }
            pairs.append((from, to))
        }
        return network(
            actors: actors,
            pairs.map { Edge(from: $0.0, to: $0.1, status: statuses.randomElement(using: &random)!, sources: Int.random(in: 1...3, using: &random)) })
    }
}

extension Path {
    /// The positions in `network.flows` of the path's flows (flow ids are `f<position>`).
    var flowPositions: [Int] { flows.map { Int($0.rawValue.dropFirst())! } }
}
