extension Flow {
    /// The recorded flows this edge stands for: its `parts` when it is a grouped edge, else itself.
    public var recordedFlows: [Flow] { parts.isEmpty ? [self] : parts }

    /// The edge told item by item, for what says something per item (a register row): for each
    /// item, in order, the edge holding that item alone with the claims of only the recorded flows
    /// that carry it (in `parts`, for a grouped edge); then, when some recorded flows carry no item
    /// (a sanction, a strike), the edge without items holding theirs.
    ///
    /// An ungrouped flow gives itself once per item, each time with all its claims. A grouped
    /// edge's item is never told with another item's evidence: a part whose only claim is
    /// not-observed stays not-observed on its item's row.
    public var byItem: [Flow] {
        let recorded = recordedFlows
        func edge(items: [ItemID], from carriers: [Flow]) -> Flow {
            Flow(
                id: id, from: from, to: to, kind: kind, items: items, claims: carriers.flatMap(\.claims),
                parts: parts.isEmpty ? [] : carriers)
        }
        var edges = items.map { item in edge(items: [item], from: recorded.filter { $0.items.contains(item) }) }
        let itemless = recorded.filter(\.items.isEmpty)
        if !itemless.isEmpty || edges.isEmpty { edges.append(edge(items: [], from: itemless.isEmpty ? recorded : itemless)) }
        return edges
    }
}
