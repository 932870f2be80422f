extension PathAnswer {
    /// Each path, hop by hop: the flow, its items and evidence state, the strongest quote and the
    /// denial, wrapped at `width`; `network` is the view the paths were found in. Text from the
    /// data is as it is: a terminal front end makes it visible-safe.
    public func text(in network: Network, width: Int = 100) -> String {
        let name = { (id: ActorID) in network.actor(id)?.name ?? id.rawValue }
        var lines = [
            "Paths from \(name(source)) to \(name(target)): \(rankingPhrase)" + (options.undirected ? "; flows followed either way" : "")
        ]
        let flows = Self.flows(of: self, in: network)
        for (rank, path) in paths.enumerated() {
            lines += ["", "\(rank + 1). \(Self.route(path, name: name)): \(Self.hops(path.hopCount)), cost \(Self.cost(path.cost))"]
            for hop in path.hops {
                guard let flow = flows[hop.flow] else {
                    lines.append("   \(hop.flow)")
                    continue
                }
                let evidence = FlowEvidence(flow)
                let against = hop.againstDirection ? ", taken against its direction (\(name(flow.from)) → \(name(flow.to)))" : ""
                lines += [
                    "   \(name(hop.from)) \(hop.againstDirection ? "←" : "→") \(name(hop.to)): \(flow.id), \(EvidenceText.what(flow, in: network))\(against)",
                    "      \(evidence?.state.phrase ?? "no claims"); \(EvidenceText.weight(of: flow, in: network)); cost \(Self.cost(hop.cost))",
                ]
                for claim in [evidence?.strongest, evidence?.denial].compactMap({ $0 }) {
                    lines += TextColumns.wrap(EvidenceText.citation(claim, in: network), width: width - 6).map { "      " + $0 }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The flows the paths take, by id.
    static func flows(of answer: PathAnswer, in network: Network) -> [FlowID: Flow] {
        let used = Set(answer.paths.flatMap(\.flows))
        var flows: [FlowID: Flow] = [:]
        for flow in network.flows where used.contains(flow.id) && flows[flow.id] == nil { flows[flow.id] = flow }
        return flows
    }

    /// A cost for people: at most two decimals, no trailing zeros.
    static func cost(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
