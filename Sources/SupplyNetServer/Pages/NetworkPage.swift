import SupplyNet
import SupplyNetReport

extension PageContext {
    /// `/`: the network with the view controls, its flows listed under the drawing.
    func networkPage() throws(PageError) -> (title: String, body: String) {
        let query = try query(["network"])
        let answer = try answer(query)
        var body = "<h1>\(XMLText.escaped(answer.title))</h1>\n" + viewForm(action: "/")
        body += "<p class=\"caption\">\(XMLText.escaped(answer.summary)) Click an actor or an edge for its evidence.</p>\n"
        body += figure(answer, key: query)
        body += flowTable(answer.flows, caption: "Flows shown")
        return (answer.title, body)
    }

    /// `/sources`: the articles, each with the claims and flows it supports.
    func sourcesPage() throws(PageError) -> (title: String, body: String) {
        let answer = try answer(try query(["sources"]))
        var body = "<h1>Sources</h1>\n<table><thead><tr><th>Article</th><th>Outlet</th><th>Published</th><th>Claims</th><th>Flows</th></tr></thead><tbody>\n"
        for tally in answer.sourceTallies {
            body += "<tr><td><a href=\"\(ExplorerPaths.source(tally.source.id))\">\(XMLText.escaped(tally.source.title))</a></td>"
                + "<td>\(XMLText.escaped(tally.source.outlet ?? ""))</td><td class=\"date\">\(tally.source.published)</td>"
                + "<td>\(tally.claims)</td><td>\(tally.flows)</td></tr>\n"
        }
        return ("Sources", body + "</tbody></table>\n")
    }
}
