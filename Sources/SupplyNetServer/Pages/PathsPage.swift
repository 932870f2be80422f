import SupplyNet
import SupplyNetReport

extension PageContext {
    /// `/paths/FROM/TO`: the paths with the evidence for every hop, highlighted on the network.
    func pathsPage(from: String, to: String) throws(PageError) -> (title: String, body: String) {
        let query = try query(["paths", from, to])
        let answer = try answer(query)
        guard let paths = answer.paths else { throw .badRequest("not a paths query") }
        var body = "<h1>\(XMLText.escaped(answer.title))</h1>\n" + pathsForm(from: from, to: to)
        if let reason = paths.noPath {
            return (answer.title, body + "<p class=\"refused\">No path: \(XMLText.escaped(reason)).</p>\n")
        }
        body += figure(answer, key: query)
        let flows = Dictionary(answer.shown.flows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (rank, path) in paths.paths.enumerated() {
            body += "<section class=\"path\"><h2>\(rank + 1). \(XMLText.escaped(PathAnswer.route(path, name: name)))</h2><ol>"
            for hop in path.hops {
                guard let flow = flows[hop.flow] else { continue }
                let evidence = FlowEvidence(flow)
                body += "<li><a href=\"\(ExplorerPaths.flow(flow.id))\">\(XMLText.escaped(name(hop.from)) ) \(hop.againstDirection ? "←" : "→") \(XMLText.escaped(name(hop.to)))</a>: "
                    + XMLText.escaped(EvidenceText.what(flow, in: network) + " — " + (evidence?.state.phrase ?? "no claims") + "; " + EvidenceText.weight(of: flow, in: network))
                if let strongest = evidence?.strongest {
                    body += "<div class=\"claim\"><span class=\"status status-\(XMLText.escaped(strongest.status.rawValue))\">\(XMLText.escaped(strongest.status.rawValue))</span> "
                        + "<span class=\"quote\">“\(XMLText.escaped(strongest.quote))”</span> "
                        + "<a href=\"\(ExplorerPaths.source(strongest.source))#\(ExplorerPaths.claimAnchor(strongest.id))\">in the article</a></div>"
                }
                body += "</li>"
            }
            body += "</ol></section>\n"
        }
        return (answer.title, body)
    }

    /// `/paths` without actors: the form.
    func pathsFormPage() -> (title: String, body: String) {
        ("Paths", "<h1>Paths between two actors</h1>\n" + pathsForm(from: "", to: ""))
    }

    private func pathsForm(from: String, to: String) -> String {
        "<form class=\"view\" action=\"/paths\" method=\"get\">"
            + "<label>From<input name=\"from\" value=\"\(XMLText.escaped(from))\" maxlength=\"200\" placeholder=\"Iran\"></label>"
            + "<label>To<input name=\"to\" value=\"\(XMLText.escaped(to))\" maxlength=\"200\" placeholder=\"Ukraine\"></label>"
            + "<label>Most hops<input name=\"max-hops\" size=\"3\" value=\"\(XMLText.escaped(parameter("max-hops") ?? ""))\"></label>"
            + "<label><span>Rank by evidence</span><input type=\"checkbox\" name=\"cheapest\"\(parameter("cheapest") != nil ? " checked" : "")></label>"
            + "<label><span>Either direction</span><input type=\"checkbox\" name=\"undirected\"\(parameter("undirected") != nil ? " checked" : "")></label>"
            // Only the paths' flows by default: the whole network around them is drawn too small to read.
            + "<label><span>Only the paths</span><input type=\"checkbox\" name=\"only-paths\"\(parameter("only-paths") != nil || from.isEmpty ? " checked" : "")></label>"
            + "<button type=\"submit\">Find paths</button></form>\n"
    }
}
