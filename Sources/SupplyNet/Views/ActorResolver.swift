import Foundation

/// Finds actors by id, name or alias, ignoring case: "tehran", "Iran" and "IRN" all name `IRN`.
public struct ActorResolver: Sendable {
    private let byName: [String: ActorID]
    /// Every id, name and alias with the actor it names, in registry order, for suggestions.
    private let names: [(name: String, id: ActorID)]

    public init(_ network: Network) {
        var names: [(String, ActorID)] = []
        for actor in network.actors {
            for name in [actor.id.rawValue, actor.name] + actor.aliases { names.append((name, actor.id)) }
        }
        self.names = names
        // The loader rejects a name that stands for two actors, so the first is the only one.
        byName = Dictionary(names.map { ($0.0.lowercased(), $0.1) }, uniquingKeysWith: { first, _ in first })
    }

    /// The actor `name` stands for.
    /// - Throws: `QueryError.unknownActor` with the closest names, each with its id.
    public func resolve(_ name: String) throws(QueryError) -> ActorID {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let id = byName[key] { return id }
        let closest = ClosestMatches.to(name, among: names.map(\.name), limit: 5)
        let suggestions = closest.map { match in
            let id = names.first { $0.name == match }!.id
            return match == id.rawValue ? match : "\(match) (\(id))"
        }
        throw .unknownActor(name, suggestions: suggestions)
    }
}
