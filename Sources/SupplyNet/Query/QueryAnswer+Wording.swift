extension QueryAnswer {
    /// ", sanction only, as reported by 2023-02-28, within 1 hop of Iran": what the view options
    /// narrow (from the first word on, "to Iran", when the kinds are said before).
    static func qualifiers(of query: NetworkQuery, _ view: NetworkView, _ name: (ActorID) -> String, kinds: Bool) -> String {
        var parts: [String] = []
        if kinds, !query.kinds.isEmpty { parts.append(list(query.kinds.map(\.rawValue)) + " only") }
        if !query.statuses.isEmpty { parts.append("with a claim " + list(query.statuses.map(\.rawValue), or: true)) }
        if !query.categories.isEmpty { parts.append("of " + list(query.categories.map(\.rawValue), or: true)) }
        if let sender = view.sender { parts.append("from \(name(sender))") }
        if let recipient = view.recipient { parts.append("to \(name(recipient))") }
        if let asOf = query.asOf { parts.append("as reported by \(asOf)") }
        if case .focus = query.subject {
            parts.append("within \(PathAnswer.hops(view.radius))")
        } else if let focus = view.focus {
            parts.append("within \(PathAnswer.hops(view.radius)) of \(name(focus))")
        }
        if query.includesUnreviewed { parts.append("unreviewed claims included") }
        if query.grouping == .pair { parts.append("one edge per pair and kind") }
        if !kinds, let first = parts.first, first.hasPrefix("from ") || first.hasPrefix("to ") {
            return " " + parts.joined(separator: ", ")
        }
        return parts.isEmpty ? "" : ", " + parts.joined(separator: ", ")
    }

    static func list(_ words: [String], or: Bool = false) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + words.last!
    }

    /// "6 actors and 7 flows (5 transfers, 2 sanctions; 4 delivered, 1 contested, 2 offered or
    /// planned), backed by 12 quoted claims."
    static func summary(of flows: [Flow], snapshots: Int) -> String {
        var actors: [ActorID] = []
        var seen: Set<ActorID> = []
        for flow in flows { for id in [flow.from, flow.to] where seen.insert(id).inserted { actors.append(id) } }
        let kinds = FlowKind.allCases.compactMap { kind -> String? in
            let count = flows.count { $0.kind == kind }
            return count == 0 ? nil : "\(count) \(kind.rawValue)\(count == 1 || kind == .aid ? "" : "s")"
        }
        let states = EvidenceState.allCases.compactMap { state -> String? in
            let count = flows.count { FlowEvidence($0)?.state == state }
            return count == 0 ? nil : "\(count) \(state.phrase)"
        }
        let claims = flows.reduce(0) { $0 + $1.claims.count }
        var text = "\(actors.count) actors and \(flows.count == 1 ? "1 flow" : "\(flows.count) flows") (\(kinds.joined(separator: ", ")); "
            + "\(states.joined(separator: ", "))), backed by \(claims == 1 ? "1 quoted claim" : "\(claims) quoted claims")"
        if snapshots > 1 { text += ", in \(snapshots) snapshots, one per source date" }
        return text + "."
    }
}
