import SupplyNet

/// Proposals written as a claims file the loader accepts: the claims marked `review: unreviewed`,
/// pointing at existing flows where one matches and at proposed flows (listed in the same file)
/// where none does.
public struct ClaimsDraft: Sendable {
    /// The flows the draft proposes, in order of first use.
    public private(set) var newFlows: [Flow] = []
    /// The flow id each proposal is attached to, in proposal order.
    public private(set) var flowIDs: [FlowID] = []
    public let source: SourceID
    public let proposals: [Proposal]

    /// Attaches each proposal to a flow of `network` with the same ends, kind and items (or a
    /// superset of them), or to a new flow.
    public init(source: SourceID, proposals: [Proposal], network: Network) {
        self.source = source
        self.proposals = proposals
        var taken = Set(network.flows.map(\.id))
        var created: [String: FlowID] = [:]
        for proposal in proposals {
            let items = proposal.items.compactMap(\.item)
            if let existing = network.flows.first(where: {
                $0.from == proposal.from && $0.to == proposal.to && $0.kind == proposal.kind && Set(items).isSubset(of: Set($0.items))
                    && (items.isEmpty == $0.items.isEmpty)
            }) {
                flowIDs.append(existing.id)
                continue
            }
            // The same ends and kind, and items of the same categories ("drones" for "Shahed drones").
            let categories = Set(proposal.categories)
            if !categories.isEmpty, let existing = network.flows.first(where: { flow in
                flow.from == proposal.from && flow.to == proposal.to && flow.kind == proposal.kind
                    && categories.isSubset(of: Set(flow.items.compactMap { network.item($0)?.category }))
            }) {
                flowIDs.append(existing.id)
                continue
            }
            let key = "\(proposal.from)|\(proposal.to)|\(proposal.kind.rawValue)|\(items.map(\.rawValue).joined(separator: ","))"
            if let id = created[key] {
                flowIDs.append(id)
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
            flowIDs.append(id)
        }
    }

    /// A source id from a file name: lowercase letters, digits and single hyphens.
    public static func slugForSource(_ name: String) -> String {
        let result = slug([name])
        return result == "flow" && !name.lowercased().contains("flow") ? "article" : result
    }

    /// Lowercase letters and digits joined by single hyphens.
    static func slug(_ parts: [String]) -> String {
        var result = ""
        var lastWasHyphen = true
        for scalar in parts.joined(separator: "-").lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
                lastWasHyphen = false
            } else if !lastWasHyphen {
                result += "-"
                lastWasHyphen = true
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "flow" : result
    }

    /// The claims file's text.
    public func yaml(file: String) -> String {
        var out = "# Proposed by supplynet extract from \(file). Nothing here is reviewed: check each claim against\n"
        out += "# the article, fix or delete it, then delete its 'review: unreviewed' line.\n"
        out += "source: \(source.rawValue)\n"
        if !newFlows.isEmpty {
            out += "flows:\n"
            for flow in newFlows {
                out += "  - id: \(flow.id)\n    from: \(flow.from)\n    to: \(flow.to)\n    kind: \(flow.kind.rawValue)\n"
                out += "    items: [\(flow.items.map(\.rawValue).joined(separator: ", "))]\n"
            }
        }
        out += proposals.isEmpty ? "claims: []\n" : "claims:\n"
        for (proposal, flow) in zip(proposals, flowIDs) {
            out += "  - flow: \(flow)\n"
            out += "    status: \(proposal.status.rawValue)\n"
            out += "    quote: \(YAMLText.quoted(proposal.sentence))\n"
            if let speaker = proposal.speaker { out += "    speaker: \(YAMLText.quoted(speaker))\n" }
            if let party = proposal.party { out += "    party: \(party)\n" }
            if let period = proposal.period {
                out += "    period:\n"
                if let from = period.from { out += "      from: \(from)\n" }
                if let to = period.to { out += "      to: \(to)\n" }
            }
            if let quantity = proposal.quantity {
                out += "    quantity:\n      text: \(YAMLText.quoted(quantity.text))\n"
                if let low = quantity.low { out += "      low: \(YAMLText.number(low))\n" }
                if let high = quantity.high { out += "      high: \(YAMLText.number(high))\n" }
                out += "      unit: \(YAMLText.quoted(quantity.unit))\n"
            }
            out += "    review: unreviewed\n"
            out += "    extraction:\n"
            out += "      confidence: \(proposal.confidence)\n"
            out += "      bytes: [\(proposal.start), \(proposal.end)]\n"
            out += "      line: \(proposal.line)\n      column: \(proposal.column)\n"
            out += "      rule: \(YAMLText.quoted(proposal.rule))\n"
            let items = proposal.items.map { "\($0.text) (\($0.item?.rawValue ?? "not in the registry"), \($0.category.rawValue))" }
            if !items.isEmpty { out += "      items: \(YAMLText.quoted(items.joined(separator: "; ")))\n" }
        }
        return out
    }
}
