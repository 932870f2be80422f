/// Who a flow rests on: the articles, the distinct voices and the distinct parties behind the
/// claims that say it happened (or was offered, requested, planned, alleged). A flow with no such
/// claim rests on its denials.
///
/// Articles count reporting; voices and parties count independent confirmation: one statement
/// relayed by three outlets is three articles and one voice.
public struct FlowVoices: Hashable, Sendable {
    /// The claims counted: those saying it happened, or every claim when none does.
    public let claims: [Claim]
    /// The claims' sources, first cited first.
    public let articles: [SourceID]
    /// The claims' voices, first heard first, each once.
    public let voices: [Voice]
    /// The voices' parties (`Voice.partyLevel`), first heard first, each once.
    public let parties: [Voice]

    /// - Complexity: O(claims).
    public init(_ flow: Flow, in network: Network) {
        let sides = ClaimSides(flow)
        claims = sides.affirming.isEmpty ? flow.claims : sides.affirming
        articles = Self.unique(claims.map(\.source))
        voices = Self.unique(claims.map { Voice(of: $0, in: network) })
        parties = Self.unique(voices.map(\.partyLevel))
    }

    /// Whether every counted claim comes from one party: the flow rests on one voice.
    public var isSingleParty: Bool { parties.count == 1 }

    /// How many independent confirmations the flow has, counted as `corroboration` says.
    public func count(_ corroboration: Corroboration) -> Int {
        switch corroboration {
        case .voices: voices.count
        case .parties: parties.count
        }
    }

    static func unique<Value: Hashable>(_ values: [Value]) -> [Value] {
        var seen = Set<Value>()
        return values.filter { seen.insert($0).inserted }
    }
}

/// What counts as independent confirmation of a flow: distinct voices (three US officials are
/// three) or distinct parties (they are one).
public enum Corroboration: String, CaseIterable, Hashable, Sendable, Codable {
    case voices
    case parties
}
