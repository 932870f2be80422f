/// Flows of one actor pair and kind (Iran → Russia, transfer), which an overview draws as one
/// edge: their count, items and strongest evidence state, without hiding any of them.
public struct ParallelFlows: Hashable, Sendable {
    public let from: ActorID
    public let to: ActorID
    public let kind: FlowKind
    /// The flows, in data order; at least one.
    public let flows: [Flow]

    /// The strongest evidence state among the flows (`EvidenceState.strength`): what the edge is drawn as.
    public var strongestState: EvidenceState {
        flows.compactMap { FlowEvidence($0)?.state }.max { $0.strength < $1.strength } ?? .denied
    }

    /// The distinct items of the flows, in order of first appearance.
    public var items: [ItemID] {
        var items: [ItemID] = []
        for flow in flows { for item in flow.items where !items.contains(item) { items.append(item) } }
        return items
    }

    /// `flows` grouped by (from, to, kind), in order of each group's first flow.
    /// - Complexity: O(flows).
    public static func groups(of flows: [Flow]) -> [ParallelFlows] {
        var keys: [String] = []
        var members: [String: [Flow]] = [:]
        for flow in flows {
            let key = "\(flow.from.rawValue)\u{0}\(flow.to.rawValue)\u{0}\(flow.kind.rawValue)"
            if members[key] == nil { keys.append(key) }
            members[key, default: []].append(flow)
        }
        return keys.map { key in
            let group = members[key]!
            return ParallelFlows(from: group[0].from, to: group[0].to, kind: group[0].kind, flows: group)
        }
    }

    /// `flows` reordered so that the flows of each group are consecutive, groups in order of their
    /// first flow: the order a report numbers them in, so an aggregate edge names a range ("[3–19]").
    public static func ordered(_ flows: [Flow]) -> [Flow] {
        groups(of: flows).flatMap(\.flows)
    }

    /// Reference numbers as ranges: [3, 4, 5, 9] as "3–5, 9".
    public static func ranges(_ numbers: [Int]) -> String {
        let sorted = Array(Set(numbers)).sorted()
        var parts: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            parts.append(end == index ? "\(sorted[index])" : "\(sorted[index])–\(sorted[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
