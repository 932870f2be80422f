import Foundation
import Testing

/// The network as recorded, read from `supplynet export --format json` without a view, and the
/// edges a view should show, worked out from it here, apart from the library: for checking that
/// what every export says of an edge is what the flows and claims it came from say.
struct RecordedNetwork {
    struct Claim {
        let id: String
        let status: String
        let source: String
        let quote: String
        let speaker: String?
        let party: String?
        /// When it was said, else the source's publication date.
        let date: String
        let period: (from: String?, to: String?)?
        let quantity: (text: String, unit: String)?
    }

    struct Flow {
        let id: String
        let from: String
        let to: String
        let kind: String
        let items: [String]
        var claims: [Claim]
    }

    /// An edge of a view: a recorded flow, or with `--group pair` the flows of one (from, to, kind).
    struct Edge {
        let id: String
        let from: String
        let to: String
        let kind: String
        let items: [String]
        /// The recorded flows it stands for, each with the claims the view keeps.
        let parts: [Flow]
        var claims: [Claim] { parts.flatMap(\.claims) }
    }

    /// What a view's options ask for, as `supplynet export` reads them.
    struct View {
        var asOf: String?
        var kind: String?
        var focus: String?
        var sender: String?
        var grouped = false

        init(_ arguments: [String]) {
            var rest = arguments[...]
            while let option = rest.popFirst() {
                let value = rest.popFirst()
                switch option {
                case "--as-of": asOf = value
                case "--kind": kind = value
                case "--focus": focus = value
                case "--from": sender = value
                case "--group": grouped = value == "pair"
                default: Issue.record("RecordedNetwork.View does not know \(option)")
                }
            }
        }
    }

    let actorNames: [String: String]
    let parents: [String: String]
    let itemNames: [String: String]
    let sourceDates: [String: String]
    let flows: [Flow]

    init(json data: Data) throws {
        let document = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        var names: [String: String] = [:]
        var parents: [String: String] = [:]
        for actor in ExportReaders.objects(document["actors"]) {
            let id = actor["id"] as? String ?? ""
            names[id] = actor["name"] as? String
            parents[id] = actor["parent"] as? String
        }
        actorNames = names
        self.parents = parents
        itemNames = Dictionary(
            ExportReaders.objects(document["items"]).map { ($0["id"] as? String ?? "", $0["name"] as? String ?? "") },
            uniquingKeysWith: { first, _ in first })
        sourceDates = Dictionary(
            ExportReaders.objects(document["sources"]).map { ($0["id"] as? String ?? "", $0["date"] as? String ?? "") },
            uniquingKeysWith: { first, _ in first })
        flows = ExportReaders.objects(document["flows"]).map { flow in
            Flow(
                id: flow["id"] as? String ?? "", from: flow["from"] as? String ?? "", to: flow["to"] as? String ?? "",
                kind: flow["kind"] as? String ?? "", items: flow["items"] as? [String] ?? [],
                claims: ExportReaders.objects(flow["claims"]).map(Self.claim))
        }
    }

    private static func claim(_ record: [String: Any]) -> Claim {
        let period = (record["period"] as? [String: Any]).map { ($0["from"] as? String, $0["to"] as? String) }
        let quantity = (record["quantity"] as? [String: Any]).map { ($0["text"] as? String ?? "", $0["unit"] as? String ?? "") }
        return Claim(
            id: record["id"] as? String ?? "", status: record["status"] as? String ?? "", source: record["source"] as? String ?? "",
            quote: record["quote"] as? String ?? "", speaker: record["speaker"] as? String, party: record["party"] as? String,
            date: record["date"] as? String ?? "", period: period, quantity: quantity)
    }

    /// The edges `view` shows, in data order: claims from sources published by `asOf` (a month
    /// counts from its last day), flows with a claim left, of `kind`, sent by `sender` or a member
    /// of it, within one hop of `focus` (the flows among the focus and its neighbours), grouped.
    func edges(_ view: View) -> [Edge] {
        var kept: [Flow] = flows.compactMap { flow in
            var flow = flow
            if let asOf = view.asOf {
                flow.claims = flow.claims.filter { Self.lastDay(sourceDates[$0.source] ?? "") <= Self.lastDay(asOf) }
            }
            guard !flow.claims.isEmpty, view.kind.map({ $0 == flow.kind }) ?? true else { return nil }
            if let sender = view.sender, !isPart(flow.from, of: sender) { return nil }
            return flow
        }
        if let focus = view.focus {
            let near = Set([focus] + kept.flatMap { $0.from == focus ? [$0.to] : $0.to == focus ? [$0.from] : [] })
            kept = kept.filter { near.contains($0.from) && near.contains($0.to) }
        }
        guard view.grouped else {
            return kept.map { Edge(id: $0.id, from: $0.from, to: $0.to, kind: $0.kind, items: $0.items, parts: [$0]) }
        }
        var keys: [String] = []
        var parts: [String: [Flow]] = [:]
        for flow in kept {
            let key = "\(flow.from)-\(flow.to)-\(flow.kind)".lowercased()
            if parts[key] == nil { keys.append(key) }
            parts[key, default: []].append(flow)
        }
        return keys.map { key in
            let group = parts[key]!
            var items: [String] = []
            for item in group.flatMap(\.items) where !items.contains(item) { items.append(item) }
            return Edge(id: key, from: group[0].from, to: group[0].to, kind: group[0].kind, items: items, parts: group)
        }
    }

    private func isPart(_ actor: String, of group: String) -> Bool {
        var current: String? = actor
        var seen: Set<String> = []
        while let id = current, seen.insert(id).inserted {
            if id == group { return true }
            current = parents[id]
        }
        return false
    }

    // MARK: What the claims add up to, by docs/json-format.md and docs/exports.md

    static let strength = ["delivered": 6, "alleged": 5, "planned": 4, "offered": 3, "requested": 2, "not-observed": 1, "denied": 0]

    /// The claim the evidence rests on: the strongest status; among equals an attributed one, then the first.
    static func strongest(_ claims: [Claim]) -> Claim? {
        func rank(_ claim: Claim) -> (Int, Int) {
            (strength[claim.status] ?? -1, claim.speaker != nil || claim.party != nil ? 1 : 0)
        }
        return claims.dropFirst().reduce(claims.first) { best, claim in
            best.map { rank(claim) > rank($0) ? claim : $0 }
        }
    }

    /// The evidence state: contested when a delivery (or an allegation of one) is the strongest
    /// claim and a denial stands against it; else the strongest claim's status, in pairs.
    static func evidence(_ claims: [Claim]) -> String {
        guard let strongest = strongest(claims) else { return "" }
        let claimsDelivery = strongest.status == "delivered" || strongest.status == "alleged"
        if claimsDelivery, claims.contains(where: { $0.status == "denied" }) { return "contested" }
        switch strongest.status {
        case "offered", "planned": return "offered-or-planned"
        case "requested", "alleged": return "requested-or-alleged"
        default: return strongest.status
        }
    }

    /// The quantities as words and unit, the unit's words that the words already end with not repeated.
    static func number(_ claims: [Claim]) -> String {
        var phrases: [String] = []
        for quantity in claims.compactMap(\.quantity) {
            let words = quantity.text.split(separator: " ").map { $0.lowercased() }
            let unit = quantity.unit.split(separator: " ")
            var overlap = min(words.count, unit.count)
            while overlap > 0, Array(words.suffix(overlap)) != unit.prefix(overlap).map({ $0.lowercased() }) { overlap -= 1 }
            let rest = unit.dropFirst(overlap).joined(separator: " ")
            let phrase = rest.isEmpty ? quantity.text : quantity.text + " " + rest
            if !phrases.contains(phrase) { phrases.append(phrase) }
        }
        return phrases.joined(separator: "; ")
    }

    /// The earliest `period.from` and the latest `period.to` as `from/to`, `..` for an open end.
    static func period(_ claims: [Claim]) -> String {
        let periods = claims.compactMap(\.period)
        let from = periods.compactMap(\.from).min()
        let to = latest(periods.compactMap(\.to))
        guard from != nil || to != nil else { return "" }
        return "\(from ?? "..")/\(to ?? "..")"
    }

    /// The sources cited, first citation first, each once.
    static func sources(_ claims: [Claim]) -> [String] {
        var sources: [String] = []
        for claim in claims where !sources.contains(claim.source) { sources.append(claim.source) }
        return sources
    }

    /// The date reaching furthest: the latest last day, then the finer date.
    static func latest(_ dates: [String]) -> String? {
        dates.max { (lastDay($0), $0.count) < (lastDay($1), $1.count) }
    }

    /// The last day `YYYY`, `YYYY-MM` or `YYYY-MM-DD` can mean, as `YYYY-MM-DD`.
    static func lastDay(_ date: String) -> String {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first else { return date }
        let month = parts.count > 1 ? parts[1] : 12
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        let day = parts.count > 2 ? parts[2] : days
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
