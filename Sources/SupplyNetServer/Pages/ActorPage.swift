import SupplyNet
import SupplyNetReport

extension PageContext {
    /// `/actor/ID`: the actor's neighbourhood, its flows out and in, and a way to its paths.
    func actorPage(_ text: String) throws(PageError) -> (title: String, body: String) {
        guard let actor = network.actor(ActorID(text)) else { throw .notFound("no actor has the id '\(text)'; search by name instead") }
        let query = try query(["focus", actor.id.rawValue])
        let answer = try answer(query)
        var body = "<h1>\(XMLText.escaped(actor.name))</h1>\n<p class=\"caption\">\(XMLText.escaped(actor.kind.rawValue))"
        if !actor.aliases.isEmpty { body += "; also called " + XMLText.escaped(actor.aliases.joined(separator: ", ")) }
        if let parent = actor.parent { body += "; part of " + actorLink(parent) }
        let members = network.members(of: actor.id)
        if !members.isEmpty { body += "; members: " + members.map { actorLink($0.id) }.joined(separator: ", ") }
        body += ". \(XMLText.escaped(answer.summary))</p>\n"
        body += viewForm(action: ExplorerPaths.actor(actor.id), hidden: parameter("radius").map { [("radius", $0)] } ?? [])
        body += figure(answer, key: query)
        let shown = answer.shown
        body += flowTable(shown.flows.filter { $0.from == actor.id }, caption: "Flows from \(actor.name)")
        body += flowTable(shown.flows.filter { $0.to == actor.id }, caption: "Flows to \(actor.name)")
        body += "<form class=\"view\" action=\"/paths\" method=\"get\"><input type=\"hidden\" name=\"from\" value=\"\(XMLText.escaped(actor.id.rawValue))\">"
            + "<label>Paths from \(XMLText.escaped(actor.name)) to<input name=\"to\" placeholder=\"Ukraine\" maxlength=\"200\"></label><button type=\"submit\">Find paths</button></form>\n"
        return (actor.name, body)
    }
}
