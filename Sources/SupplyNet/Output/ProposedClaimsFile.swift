import Foundation

/// A claims file of proposals, as `extract --into` and `import` write it into a data folder: the
/// actors and flows it proposes and its claims, every actor and claim marked `review: unreviewed`,
/// each claim with a note of where it came from for the reviewer.
public struct ProposedClaimsFile: Sendable {
    /// One proposed claim on a flow.
    public struct Entry: Sendable {
        public var flow: FlowID
        /// The claim; its id and source are the file's (ids are positions, the source is `source`).
        public var claim: Claim
        /// Where it came from, written under the file's `provenanceKey`; the loader does not read it.
        public var provenance: [(key: String, value: ProvenanceValue)]

        public init(flow: FlowID, claim: Claim, provenance: [(key: String, value: ProvenanceValue)] = []) {
            self.flow = flow
            self.claim = claim
            self.provenance = provenance
        }
    }

    /// A value of a claim's provenance note.
    public enum ProvenanceValue: Sendable {
        case text(String)
        case number(Double)
        case numbers([Double])
    }

    /// The keys a claim's provenance note may be written under.
    public enum ProvenanceKey: String, Sendable, CaseIterable {
        case extraction
        case `import`
    }

    public var source: SourceID
    /// The file's opening comment, one line each, saying what wrote it from what.
    public var comment: [String]
    public var provenanceKey: ProvenanceKey
    /// Actors the registry lacks, proposed.
    public var actors: [Actor]
    /// Flows the data lacks, proposed.
    public var flows: [Flow]
    public var entries: [Entry]

    public init(
        source: SourceID, comment: [String], provenanceKey: ProvenanceKey, actors: [Actor] = [], flows: [Flow] = [], entries: [Entry] = []
    ) {
        self.source = source
        self.comment = comment
        self.provenanceKey = provenanceKey
        self.actors = actors
        self.flows = flows
        self.entries = entries
    }

    /// The file's text, which the loader reads back as these actors, flows and claims.
    public func yaml() -> String {
        var out = comment.map { "# \($0)\n" }.joined()
        out += "source: \(Self.identifier(source.rawValue))\n"
        if !actors.isEmpty {
            out += "actors:\n"
            for actor in actors {
                out += "  - id: \(Self.identifier(actor.id.rawValue))\n    name: \(YAMLText.quoted(actor.name))\n    kind: \(actor.kind.rawValue)\n"
                if !actor.aliases.isEmpty { out += "    aliases: [\(actor.aliases.map(YAMLText.quoted).joined(separator: ", "))]\n" }
                if let parent = actor.parent { out += "    parent: \(Self.identifier(parent.rawValue))\n" }
                out += "    review: unreviewed\n"
            }
        }
        if !flows.isEmpty {
            out += "flows:\n"
            for flow in flows {
                out += "  - id: \(Self.identifier(flow.id.rawValue))\n    from: \(Self.identifier(flow.from.rawValue))\n"
                out += "    to: \(Self.identifier(flow.to.rawValue))\n    kind: \(flow.kind.rawValue)\n"
                out += "    items: [\(flow.items.map { Self.identifier($0.rawValue) }.joined(separator: ", "))]\n"
            }
        }
        out += entries.isEmpty ? "claims: []\n" : "claims:\n"
        for entry in entries {
            let claim = entry.claim
            out += "  - flow: \(Self.identifier(entry.flow.rawValue))\n"
            out += "    status: \(claim.status.rawValue)\n"
            out += "    quote: \(YAMLText.quoted(claim.quote))\n"
            if let speaker = claim.speaker { out += "    speaker: \(YAMLText.quoted(speaker))\n" }
            if let party = claim.party { out += "    party: \(Self.identifier(party.rawValue))\n" }
            if let said = claim.said { out += "    said: \(said)\n" }
            if let period = claim.period {
                out += "    period:\n"
                if let from = period.from { out += "      from: \(from)\n" }
                if let to = period.to { out += "      to: \(to)\n" }
            }
            if let quantity = claim.quantity {
                out += "    quantity:\n      text: \(YAMLText.quoted(quantity.text))\n"
                if let low = quantity.low { out += "      low: \(YAMLText.number(low))\n" }
                if let high = quantity.high { out += "      high: \(YAMLText.number(high))\n" }
                out += "      unit: \(YAMLText.quoted(quantity.unit))\n"
            }
            out += "    review: unreviewed\n"
            if !entry.provenance.isEmpty {
                out += "    \(provenanceKey.rawValue):\n"
                for (key, value) in entry.provenance { out += "      \(key): \(Self.scalar(value))\n" }
            }
        }
        return out
    }

    /// An id as a plain scalar when it is a slug or an alpha-3 code starting with a letter that
    /// YAML reads as a string (as curated files write them), quoted otherwise.
    private static func identifier(_ id: String) -> String {
        let plain = (IdentifierRules.isSlug(id) || IdentifierRules.isAlpha3(id)) && id.first?.isLetter == true
            && !["true", "false", "null", "yes", "no", "on", "off", "y", "n"].contains(id.lowercased())
        return plain ? id : YAMLText.quoted(id)
    }

    private static func scalar(_ value: ProvenanceValue) -> String {
        switch value {
        case .text(let text): YAMLText.quoted(text)
        case .number(let number): YAMLText.number(number)
        case .numbers(let numbers): "[" + numbers.map(YAMLText.number).joined(separator: ", ") + "]"
        }
    }
}
