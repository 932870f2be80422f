import SupplyNet
import SupplyNetReport

/// What a page is built from: the network of this request, the problems of the latest load,
/// the figure cache, and the request's parameters.
struct PageContext: Sendable {
    let network: Network
    let problems: String?
    let version: Int
    let figures: FigureCache
    let parameters: [(String, String)]

    /// The query the page asks: `subject`'s words and the request's options.
    func query(_ subject: [String]) throws(PageError) -> PageQuery {
        do { return try PageQuery(subject: subject, parameters: parameters) } catch { throw PageError(error) }
    }

    /// The library's answer to `query`.
    func answer(_ query: PageQuery) throws(PageError) -> QueryAnswer {
        do { return try QueryAnswer(query.query, in: network) } catch { throw PageError(error) }
    }

    /// A panel of an answer drawn (from the cache when it was drawn before); a timeline's panels
    /// all pinned to one layout of the last, so that actors stay put from snapshot to snapshot.
    func figure(_ answer: QueryAnswer, panel: Int = 0, key: PageQuery) -> String {
        guard answer.panels.indices.contains(panel) else { return "" }
        let timeline = answer.panels.count > 1
        let pinned = timeline
            ? figures.pinnedLayout(of: answer.panels[answer.panels.count - 1].network, engine: answer.query.engine, key: key.normalized, version: version)
            : nil
        let figure = figures.figure(
            answer.panels[panel], title: answer.title, engine: answer.query.engine,
            aggregate: answer.query.subject == .network && !answer.query.everyFlow, numbers: answer.numbers, pinned: pinned,
            key: key.normalized + "\u{1F}\(panel)", version: version)
        return PageShell.figure(figure, title: answer.title)
    }

    /// The value of parameter `name`, the first when repeated.
    func parameter(_ name: String) -> String? { parameters.first { $0.0 == name }?.1 }

    func name(_ id: ActorID) -> String { network.actor(id)?.name ?? id.rawValue }

    /// A link to an actor's page, named.
    func actorLink(_ id: ActorID) -> String {
        "<a href=\"\(ExplorerPaths.actor(id))\">\(XMLText.escaped(name(id)))</a>"
    }

    /// A table of flows: each links to its page, with what it carries and its evidence.
    func flowTable(_ flows: [Flow], caption: String) -> String {
        guard !flows.isEmpty else { return "<p class=\"caption\">\(XMLText.escaped(caption)): none.</p>\n" }
        var html = "<table><caption>\(XMLText.escaped(caption))</caption><thead><tr><th>#</th><th>Flow</th><th>From</th><th>To</th>"
            + "<th>What</th><th>Evidence</th></tr></thead><tbody>\n"
        for (index, flow) in flows.prefix(Self.listedFlows).enumerated() {
            html += "<tr><td>\(index + 1)</td><td><a href=\"\(ExplorerPaths.flow(flow.id))\">\(XMLText.escaped(flow.id.rawValue))</a></td>"
                + "<td>\(actorLink(flow.from))</td><td>\(actorLink(flow.to))</td>"
                + "<td>\(XMLText.escaped(EvidenceText.what(flow, in: network)))</td>"
                + "<td>\(XMLText.escaped((FlowEvidence(flow)?.state.phrase ?? "no claims") + "; " + EvidenceText.weight(of: flow, in: network)))</td></tr>\n"
        }
        html += "</tbody></table>\n"
        if flows.count > Self.listedFlows {
            html += "<p class=\"caption\">\(flows.count - Self.listedFlows) more flows are not listed; narrow the view (kind, item, status, as-of date) to see them.</p>\n"
        }
        return html
    }

    /// The most flows a table lists: a page stays small whatever the network's size.
    static let listedFlows = 200

    /// The view controls: flow kind, claim status, item category, as-of date, grouping, engine;
    /// a plain GET form, so every view is a link.
    func viewForm(action: String, hidden: [(String, String)] = []) -> String {
        func select(_ name: String, _ label: String, _ values: [String], any: String) -> String {
            let chosen = parameter(name) ?? ""
            var html = "<label>\(label)<select name=\"\(name)\"><option value=\"\">\(any)</option>"
            for value in values {
                html += "<option\(value == chosen ? " selected" : "")>\(XMLText.escaped(value))</option>"
            }
            return html + "</select></label>"
        }
        var html = "<form class=\"view\" action=\"\(action)\" method=\"get\">"
        for (name, value) in hidden { html += "<input type=\"hidden\" name=\"\(XMLText.escaped(name))\" value=\"\(XMLText.escaped(value))\">" }
        html += select("kind", "Kind", FlowKind.allCases.map(\.rawValue), any: "any kind")
        html += select("status", "Claim status", ClaimStatus.allCases.map(\.rawValue), any: "any status")
        html += select("item", "Item", ItemCategory.allCases.map(\.rawValue), any: "any item")
        html += "<label>As of<input name=\"as-of\" size=\"10\" placeholder=\"YYYY-MM-DD\" value=\"\(XMLText.escaped(parameter("as-of") ?? ""))\"></label>"
        html += select("group", "Edges", NetworkView.Grouping.allCases.map(\.rawValue), any: "flow (default)")
        html += select("engine", "Layout", NetworkQuery.engines, any: "dot (default)")
        return html + "<button type=\"submit\">Show</button></form>\n"
    }
}
