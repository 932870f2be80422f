import SupplyNet
import SupplyNetReport

extension PageContext {
    /// `/flow/ID`: every claim side by side (what says it happened, what denies it), each with its
    /// speaker, date and a link to its sentence in the article.
    func flowPage(_ text: String) throws(PageError) -> (title: String, body: String) {
        guard network.flows.contains(where: { $0.id.rawValue == text }) else { throw .notFound("no flow has the id '\(text)'") }
        let answer = try answer(try query(["show", text]))
        guard let flow = answer.flows.first else {
            throw .notFound("the flow '\(text)' has no claims in this view; widen --as-of or include unreviewed claims")
        }
        let heading = "\(name(flow.from)) → \(name(flow.to)): \(EvidenceText.what(flow, in: network))"
        var body = "<h1>\(XMLText.escaped(heading))</h1>\n<p class=\"caption\"><code>\(XMLText.escaped(flow.id.rawValue))</code>: "
            + XMLText.escaped((FlowEvidence(flow)?.state.phrase ?? "no claims") + "; " + EvidenceText.weight(of: flow, in: network))
            + ". Between \(actorLink(flow.from)) and \(actorLink(flow.to)).</p>\n"
        let sides = ClaimSides(flow)
        if sides.isContradicted {
            body += "<div class=\"sides\"><section><h2>Says it happened</h2>\(claims(sides.affirming))</section>"
                + "<section><h2>Denies it or saw nothing</h2>\(claims(sides.disputing))</section></div>\n"
        } else {
            body += "<section><h2>Claims</h2>\(claims(flow.claims))</section>\n"
        }
        return (heading, body)
    }

    private func claims(_ claims: [Claim]) -> String {
        claims.map { claim in
            let who = EvidenceText.attribution(of: claim, in: network)
            let date = EvidenceText.date(of: claim, in: network).map { "\($0)" } ?? ""
            let source = network.source(claim.source)
            return "<div class=\"claim\" id=\"\(ExplorerPaths.claimAnchor(claim.id))\">"
                + "<span class=\"status status-\(XMLText.escaped(claim.status.rawValue))\">\(XMLText.escaped(claim.status.rawValue))</span> "
                + "<span class=\"date\">\(XMLText.escaped(date))</span>\(who.isEmpty ? "" : " — " + XMLText.escaped(who))"
                + "<p class=\"quote\">“\(XMLText.escaped(claim.quote))”</p>"
                + "<p class=\"caption\"><a href=\"\(ExplorerPaths.source(claim.source))#\(ExplorerPaths.claimAnchor(claim.id))\">"
                + "\(XMLText.escaped(source?.title ?? claim.source.rawValue))</a>\(source?.outlet.map { ", " + XMLText.escaped($0) } ?? "")"
                + " [\(XMLText.escaped(claim.id.rawValue))]\(claim.isReviewed ? "" : " (unreviewed)")</p></div>\n"
        }.joined()
    }
}
