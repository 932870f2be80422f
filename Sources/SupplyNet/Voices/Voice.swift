/// Who speaks in a claim: the speaker, for the party they speak for; the party alone when the
/// source names no one ("according to US information"); or the outlet itself when the article
/// states it unattributed. A claim an article relays from a named speaker ("Kirby said") is that
/// speaker's, not the article's, so the same speaker quoted by three articles is one voice.
///
/// Voices compare by speaker (ignoring case and spacing), party and outlet.
public struct Voice: Hashable, Sendable {
    /// The speaker as first written ("John Kirby"); nil for a party or an outlet speaking.
    public let speaker: String?
    /// The actor the speaker speaks for; nil when the data does not say.
    public let party: ActorID?
    /// For an unattributed claim: the article's outlet, or its source id when the outlet is not named.
    public let outlet: String?

    private let key: String

    /// The voice of `claim`; `network` names the outlet of an unattributed claim's source.
    public init(of claim: Claim, in network: Network) {
        let speaker = claim.speaker.flatMap(Self.normalized).map { _ in claim.speaker! }
        let outlet: String? =
            speaker == nil && claim.party == nil
            ? (network.source(claim.source)?.outlet ?? claim.source.rawValue) : nil
        self.init(speaker: speaker, party: claim.party, outlet: outlet)
    }

    init(speaker: String?, party: ActorID?, outlet: String?) {
        self.speaker = speaker
        self.party = party
        self.outlet = outlet
        key = [Self.normalized(speaker ?? "") ?? "", party?.rawValue ?? "", outlet ?? ""].joined(separator: "\u{1F}")
    }

    /// The voice at the level of parties: its party alone when it has one (three US officials are
    /// one party); a voice whose party is unknown, or an outlet, stands for itself.
    public var partyLevel: Voice {
        party == nil ? self : Voice(speaker: nil, party: party, outlet: nil)
    }

    /// "John Kirby, United States", "United States", "Volodymyr Zelensky", "WION", or for an article
    /// whose outlet is not named "the article <source-id>".
    public func name(in network: Network) -> String {
        let partyName = party.map { network.actor($0)?.name ?? $0.rawValue }
        if let speaker {
            guard let partyName, partyName.lowercased() != speaker.lowercased() else { return speaker }
            return "\(speaker), \(partyName)"
        }
        if let partyName { return partyName }
        let outlet = outlet ?? ""
        return network.source(SourceID(rawValue: outlet)) != nil ? "the article \(outlet)" : outlet
    }

    public static func == (lhs: Voice, rhs: Voice) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }

    /// Lowercased with runs of spaces as one; nil when nothing is left.
    static func normalized(_ text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
