import Foundation
import SupplyNet

extension PageContext {
    /// Where a search leads: a flow id to its page, an actor's id, name or alias (any case) to
    /// its page, as the command line resolves them; otherwise the closest names.
    enum SearchResult {
        case redirect(String)
        case page(title: String, body: String)
    }

    func search(_ text: String) -> SearchResult {
        let words = text.trimmingCharacters(in: .whitespaces)
        if let flow = network.flows.first(where: { $0.id.rawValue == words }) { return .redirect(ExplorerPaths.flow(flow.id)) }
        let resolver = ActorResolver(network)
        do {
            return .redirect(ExplorerPaths.actor(try resolver.resolve(words)))
        } catch {
            var body = "<h1>Nothing is called “\(XMLText.escaped(words))”</h1>\n"
            if case .unknownActor(_, let suggestions) = error, !suggestions.isEmpty {
                body += "<p>Closest names:</p><ul>"
                for suggestion in suggestions {
                    let id = try? resolver.resolve(suggestion.components(separatedBy: " (").first ?? suggestion)
                    body += "<li>" + (id.map { actorLink($0) } ?? XMLText.escaped(suggestion)) + "</li>"
                }
                body += "</ul>\n"
            } else {
                body += "<p>Search by an actor's id, name or alias, or a flow id.</p>\n"
            }
            return .page(title: "Not found", body: body)
        }
    }
}
