/// Plain-text renderings of evidence for tooltips and terminals.
public enum EvidenceText {
    /// Who a claim is attributed to: "John Kirby (United States)", "Iran", or "" when the source
    /// speaks in its own voice.
    public static func attribution(of claim: Claim, in network: Network) -> String {
        var who = claim.speaker ?? ""
        if let party = claim.party, let actor = network.actor(party), actor.name != claim.speaker {
            who += who.isEmpty ? actor.name : " (\(actor.name))"
        }
        return who
    }

    /// Where a claim comes from: "“Title”, Outlet".
    public static func reference(of claim: Claim, in network: Network) -> String {
        guard let source = network.source(claim.source) else { return claim.source.rawValue }
        return "“\(source.title)”" + (source.outlet.map { ", \($0)" } ?? "")
    }

    /// When a claim was made: its own date, else its source's publication date.
    public static func date(of claim: Claim, in network: Network) -> PartialDate? {
        claim.said ?? network.source(claim.source)?.published
    }

    /// What a flow carries: "transfer of Shahed-136, 120mm tank shells", or its kind alone.
    public static func what(_ flow: Flow, in network: Network) -> String {
        let items = flow.items.map { network.item($0)?.name ?? $0.rawValue }
        return flow.kind.rawValue + (items.isEmpty ? "" : " of " + items.joined(separator: ", "))
    }

    /// A flow in one line: "Iran → Russia: transfer of Shahed-136".
    public static func heading(_ flow: Flow, in network: Network) -> String {
        let name = { (id: ActorID) in network.actor(id)?.name ?? id.rawValue }
        return "\(name(flow.from)) → \(name(flow.to)): \(what(flow, in: network))"
    }

    /// How much evidence a flow rests on, in articles and in independent voices: "3 claims from 3
    /// articles, 1 voice: John Kirby, United States"; "13 claims; saying it happened: 3 articles,
    /// 4 voices in 2 parties" when some claims deny it. Voices are named when there are at most three.
    public static func weight(of flow: Flow, in network: Network) -> String {
        let voices = FlowVoices(flow, in: network)
        let claims = flow.claims.count == 1 ? "1 claim" : "\(flow.claims.count) claims"
        let allCounted = voices.claims.count == flow.claims.count
        return claims + (allCounted ? " from " : "; saying it happened: ") + support(voices, in: network)
    }

    /// "3 articles, 1 voice: John Kirby, United States", "2 articles, 3 voices in 1 party (United
    /// States): …": who the counted claims of `voices` come from.
    public static func support(_ voices: FlowVoices, in network: Network) -> String {
        let articles = voices.articles.count == 1 ? "1 article" : "\(voices.articles.count) articles"
        var text = articles + ", " + (voices.voices.count == 1 ? "1 voice" : "\(voices.voices.count) voices")
        if voices.parties.count < voices.voices.count {
            text += " in " + (voices.parties.count == 1 ? "1 party" : "\(voices.parties.count) parties")
            if voices.parties.count == 1 { text += " (\(voices.parties[0].name(in: network)))" }
        }
        if voices.voices.count <= 3 {
            text += ": " + voices.voices.map { $0.name(in: network) }.joined(separator: "; ")
        }
        return text
    }

    /// One line: status, the quote in curly quotes, who said it, where and when.
    public static func citation(_ claim: Claim, in network: Network) -> String {
        let who = attribution(of: claim, in: network)
        let when = date(of: claim, in: network).map { ", \($0)" } ?? ""
        let attribution = who.isEmpty ? "" : " — \(who)"
        return "\(claim.status.rawValue.uppercased()): “\(claim.quote)”\(attribution). \(reference(of: claim, in: network))\(when)"
    }

    /// A flow's tooltip: its summary line, the strongest claim, and the denial that contests it.
    public static func tooltip(for flow: Flow, _ evidence: FlowEvidence, in network: Network) -> String {
        let from = network.actor(flow.from)?.name ?? flow.from.rawValue
        let to = network.actor(flow.to)?.name ?? flow.to.rawValue
        var lines = ["\(from) → \(to): \(flow.kind.rawValue), \(evidence.state.phrase) (\(weight(of: flow, in: network)))", citation(evidence.strongest, in: network)]
        if let denial = evidence.denial { lines.append(citation(denial, in: network)) }
        return lines.joined(separator: "\n")
    }
}
