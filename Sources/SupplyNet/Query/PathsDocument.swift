extension PathAnswer {
    /// The answer as the JSON `docs/paths.md` describes, pretty-printed with a final newline;
    /// `network` is the view the paths were found in.
    public func json(in network: Network) -> String {
        // Every value here is a string, number, bool, null, array or object: encoding cannot fail.
        try! JSONText.encoding(PathsDocument(answer: self, network: network, flows: Self.flows(of: self, in: network))).written(pretty: true) + "\n"
    }
}

/// The paths JSON document, version 1.
private struct PathsDocument: Encodable {
    let answer: PathAnswer
    let network: Network
    let flows: [FlowID: Flow]

    /// Six decimals are plenty, and keep `Float` noise out of the JSON.
    static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }

    enum Keys: String, CodingKey { case formatVersion, from, to, order, corroboration, undirected, maxHops, k, pathCount, noPath, paths }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(1, forKey: .formatVersion)
        try container.encode(ActorRecord(answer.source, network), forKey: .from)
        try container.encode(ActorRecord(answer.target, network), forKey: .to)
        try container.encode(answer.options.cheapest ? "cost" : "hops", forKey: .order)
        try container.encode(answer.options.corroboration, forKey: .corroboration)
        try container.encode(answer.options.undirected, forKey: .undirected)
        try container.encode(answer.options.maxHops, forKey: .maxHops)
        try container.encode(answer.options.k, forKey: .k)
        try container.encode(answer.pathCount, forKey: .pathCount)
        try container.encode(answer.noPath, forKey: .noPath)
        try container.encode(answer.paths.enumerated().map { PathRecord(rank: $0 + 1, path: $1, document: self) }, forKey: .paths)
    }

    struct ActorRecord: Encodable {
        let id: ActorID
        let name: String
        init(_ id: ActorID, _ network: Network) {
            self.id = id
            name = network.actor(id)?.name ?? id.rawValue
        }
    }

    struct PathRecord: Encodable {
        let rank: Int
        let path: Path
        let document: PathsDocument

        enum Keys: String, CodingKey { case rank, hops, cost, actors, steps }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(rank, forKey: .rank)
            try container.encode(path.hopCount, forKey: .hops)
            try container.encode(PathsDocument.rounded(path.cost), forKey: .cost)
            try container.encode(path.actors, forKey: .actors)
            try container.encode(path.hops.map { StepRecord(hop: $0, flow: document.flows[$0.flow], network: document.network) }, forKey: .steps)
        }
    }

    /// A voice: its name for people, its speaker, party and outlet (null when not its kind).
    struct VoiceRecord: Encodable {
        let name: String
        let speaker: String?
        let party: ActorID?
        let outlet: String?
        init(_ voice: Voice, _ network: Network) {
            name = voice.name(in: network)
            speaker = voice.speaker
            party = voice.party
            outlet = voice.outlet
        }
        enum Keys: String, CodingKey { case name, speaker, party, outlet }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(name, forKey: .name)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(party, forKey: .party)
            try container.encode(outlet, forKey: .outlet)
        }
    }

    struct StepRecord: Encodable {
        let hop: Path.Hop
        let flow: Flow?
        let network: Network

        enum Keys: String, CodingKey {
            case flow, from, to, againstDirection, cost, kind, items, evidence, claims, sources, articles, voices, parties, strongest, denial
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            let evidence = flow.flatMap(FlowEvidence.init)
            var sources: [SourceID] = []
            for claim in flow?.claims ?? [] where !sources.contains(claim.source) { sources.append(claim.source) }
            try container.encode(hop.flow, forKey: .flow)
            try container.encode(hop.from, forKey: .from)
            try container.encode(hop.to, forKey: .to)
            try container.encode(hop.againstDirection, forKey: .againstDirection)
            try container.encode(PathsDocument.rounded(hop.cost), forKey: .cost)
            try container.encode(flow?.kind, forKey: .kind)
            try container.encode(flow?.items ?? [], forKey: .items)
            try container.encode(evidence?.state, forKey: .evidence)
            try container.encode(flow?.claims.count ?? 0, forKey: .claims)
            try container.encode(sources, forKey: .sources)
            let voices = flow.map { FlowVoices($0, in: network) }
            try container.encode(voices?.articles ?? [], forKey: .articles)
            try container.encode(voices?.voices.map { VoiceRecord($0, network) } ?? [], forKey: .voices)
            try container.encode(voices?.parties.map { VoiceRecord($0, network) } ?? [], forKey: .parties)
            try container.encode(evidence.map { ClaimJSON($0.strongest, in: network, withCitation: true) }, forKey: .strongest)
            try container.encode(evidence?.denial.map { ClaimJSON($0, in: network, withCitation: true) }, forKey: .denial)
        }
    }
}
