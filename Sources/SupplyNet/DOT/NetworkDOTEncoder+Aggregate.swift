extension NetworkDOTEncoder {
    /// Several flows of one pair and kind as one edge: "[3–19] 17 flows" and their items on the
    /// label, drawn as their strongest state, each flow (items, state, claims) in the tooltip.
    func writeAggregate(_ group: ParallelFlows, in network: Network, into dot: inout DOTWriter) {
        let name = { (id: ActorID) in network.actor(id)?.name ?? id.rawValue }
        let numbers = group.flows.compactMap { options.flowLinks[$0.id]?.number }
        let url = group.flows.compactMap { options.flowLinks[$0.id] }.min { $0.number < $1.number }?.url
        let newCount = group.flows.count { options.newFlows.contains($0.id) }
        let state = group.strongestState
        var words: [String] = []
        for item in group.items {
            guard let category = network.item(item)?.category else { continue }
            let word = NetworkStyle.shortName(of: category)
            if !words.contains(word) { words.append(word) }
        }
        let reference = numbers.isEmpty ? "" : "[\(ParallelFlows.ranges(numbers))] "
        var label = reference + (newCount > 0 ? "\(newCount) NEW of " : "") + "\(group.flows.count) flows"
        if options.numbersOnly, !numbers.isEmpty {
            // A small panel: the numbers, and how many are new; the flows are in the tooltip and the table.
            label = reference.dropLast() + (newCount > 0 ? "\n\(newCount) NEW" : "")
        }
        if !options.numbersOnly, !words.isEmpty {
            label += ":\n" + words.prefix(Self.aggregateWordsShown).joined(separator: ", ") + (words.count > Self.aggregateWordsShown ? ", …" : "")
        }
        var tooltip = "\(name(group.from)) → \(name(group.to)): \(group.flows.count) \(group.kind.rawValue) flows, strongest \(state.phrase)"
        for flow in group.flows {
            let items = flow.items.compactMap { network.item($0)?.name }.joined(separator: ", ")
            let number = options.flowLinks[flow.id].map { "[\($0.number)] " } ?? ""
            let claims = flow.claims.count == 1 ? "1 claim" : "\(flow.claims.count) claims"
            tooltip += "\n\(number)\(items.isEmpty ? flow.kind.rawValue : items): \(FlowEvidence(flow)?.state.phrase ?? "no claims") (\(claims))"
        }
        var style = NetworkStyle.edgeAttributes(kind: group.kind, state: state)
        if newCount > 0 { style = NetworkStyle.markedAsNew(style) }
        let key = "\(group.from.rawValue)-\(group.to.rawValue)-\(group.kind.rawValue)"
        dot.edge(
            from: group.from.rawValue, to: group.to.rawValue,
            [
                .id(elementID("flows-" + key)),
                .class(["flow", "aggregate", "flow-" + group.kind.rawValue, "evidence-" + state.rawValue] + (newCount > 0 ? ["new"] : [])),
                .label(label), .tooltip(tooltip), .labelTooltip(tooltip),
            ] + (url.map { [.url($0)] } ?? []) + style
                + (options.pinnedLayout?.routeAttributes(from: group.from, to: group.to, kind: group.kind) ?? []))
    }

    /// How many item categories an aggregate edge's label names before "…" (the tooltip has every item).
    static let aggregateWordsShown = 2
}
