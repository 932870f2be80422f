import SupplyNet

/// Proposals written as a claims file the loader accepts: the claims marked `review: unreviewed`,
/// pointing at existing flows where one matches and at proposed flows (listed in the same file)
/// where none does.
public struct ClaimsDraft: Sendable {
    /// The flows the draft proposes, in order of first use.
    public private(set) var newFlows: [Flow] = []
    /// One claim per (proposal, flow): a proposal whose items span several existing flows gives
    /// each of them the same quote, as curators do.
    public private(set) var claims: [(proposal: Proposal, flow: FlowID)] = []
    public let source: SourceID
    private var itemsOfExisting: [FlowID: [ItemID]] = [:]
    private var categoryOf: [ItemID: ItemCategory] = [:]
    private var registryActors: Set<ActorID> = []

    /// Attaches each proposal to the flows of `network` with the same ends and kind whose items
    /// (or item categories) it names, and what is left to a new flow.
    public init(source: SourceID, proposals: [Proposal], network: Network) {
        self.source = source
        for flow in network.flows { itemsOfExisting[flow.id] = flow.items }
        for item in network.items { categoryOf[item.id] = item.category }
        registryActors = Set(network.actors.map(\.id))
        var taken = Set(network.flows.map(\.id))
        var created: [String: FlowID] = [:]
        for proposal in proposals {
            let candidates = network.flows.filter { $0.from == proposal.from && $0.to == proposal.to && $0.kind == proposal.kind }
            if proposal.items.isEmpty {
                if let existing = candidates.first(where: { $0.items.isEmpty }) {
                    claims.append((proposal, existing.id))
                    continue
                }
            }
            // First the flows that have the very items, then those with items of the same category.
            var left = proposal.items
            var attached: [FlowID] = []
            for byCategory in [false, true] {
                for flow in candidates where !left.isEmpty {
                    let categories = Set(flow.items.compactMap { network.item($0)?.category })
                    let covered = left.filter { item in
                        byCategory ? categories.contains(item.category) : (item.item.map { flow.items.contains($0) } ?? false)
                    }
                    guard !covered.isEmpty else { continue }
                    if !attached.contains(flow.id) {
                        claims.append((proposal, flow.id))
                        attached.append(flow.id)
                    }
                    left.removeAll { covered.contains($0) }
                }
            }
            guard !left.isEmpty || proposal.items.isEmpty else { continue }
            let items = left.compactMap(\.item)
            let key = "\(proposal.from)|\(proposal.to)|\(proposal.kind.rawValue)|\(items.map(\.rawValue).joined(separator: ","))"
            if let id = created[key] {
                claims.append((proposal, id))
                continue
            }
            let base = Self.slug([proposal.from.rawValue, proposal.to.rawValue, items.first?.rawValue ?? proposal.kind.rawValue])
            var id = FlowID(base)
            var number = 2
            while taken.contains(id) {
                id = FlowID("\(base)-\(number)")
                number += 1
            }
            taken.insert(id)
            created[key] = id
            newFlows.append(Flow(id: id, from: proposal.from, to: proposal.to, kind: proposal.kind, items: items))
            claims.append((proposal, id))
        }
    }

    /// Lowercase letters and digits joined by single hyphens.
    static func slug(_ parts: [String]) -> String { IdentifierRules.slug(parts) ?? "flow" }

    /// The claims file for the article read from `file`, proposing too the actors of `newActors`
    /// that its flows and claims use (unreviewed; a parent the registry lacks is left out).
    public func claimsFile(from file: String, newActors: [ProposedActor] = []) -> ProposedClaimsFile {
        let used = Set(newFlows.flatMap { [$0.from, $0.to] } + claims.compactMap(\.proposal.party))
        var actors: [Actor] = []
        for proposed in newActors where used.contains(proposed.id) && !registryActors.contains(proposed.id) {
            guard !actors.contains(where: { $0.id == proposed.id }) else { continue }
            actors.append(Actor(id: proposed.id, name: proposed.name, kind: proposed.kind, parent: proposed.parent, isReviewed: false))
        }
        let known = registryActors.union(actors.map(\.id))
        for index in actors.indices where actors[index].parent.map(known.contains) == false { actors[index].parent = nil }
        var result = ProposedClaimsFile(
            source: source,
            comment: [
                "Proposed by supplynet extract from \(file). Nothing here is reviewed: check each actor and claim",
                "against the article, fix or delete it, then delete its 'review: unreviewed' line.",
            ],
            provenanceKey: .extraction, actors: actors, flows: newFlows)
        for (proposal, flow) in claims {
            // A count belongs to the flow of the item it counts.
            let flowCategories = Set((newFlows.first { $0.id == flow }?.items ?? itemsOfExisting[flow] ?? []).compactMap { categoryOf[$0] })
            let counts = proposal.quantityCategory.map { flowCategories.contains($0) } ?? true
            let claim = Claim(
                id: ClaimID("\(source)-proposed"), status: proposal.status, source: source, quote: proposal.sentence,
                speaker: proposal.speaker, party: proposal.party, said: proposal.said, period: proposal.period,
                quantity: counts ? proposal.quantity : nil, isReviewed: false)
            var provenance: [(key: String, value: ProposedClaimsFile.ProvenanceValue)] = [
                ("confidence", .number(proposal.confidence)),
                ("bytes", .numbers([Double(proposal.start), Double(proposal.end)])),
                ("line", .number(Double(proposal.line))), ("column", .number(Double(proposal.column))),
                ("rule", .text(proposal.rule)),
            ]
            let items = proposal.items.map { "\($0.text) (\($0.item?.rawValue ?? "not in the registry"), \($0.category.rawValue))" }
            if !items.isEmpty { provenance.append(("items", .text(items.joined(separator: "; ")))) }
            result.entries.append(ProposedClaimsFile.Entry(flow: flow, claim: claim, provenance: provenance))
        }
        return result
    }
}
