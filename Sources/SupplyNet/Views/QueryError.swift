/// Why a question about the network could not be answered.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No actor has this id, name or alias.
    case unknownActor(String, suggestions: [String])
    /// No flow has this id.
    case unknownFlow(String, suggestions: [String])
    /// Both actors exist, but no chain of flows leads from the first to the second.
    case noPath(from: String, to: String)

    public var description: String {
        switch self {
        case .unknownActor(let name, let suggestions):
            return "no actor is called '\(name)'" + Self.hint(suggestions, what: "an actor's id, name or alias")
        case .unknownFlow(let name, let suggestions):
            return "no flow has the id '\(name)'" + Self.hint(suggestions, what: "a flow id from flows.yaml")
        case .noPath(let from, let to):
            return "no chain of flows leads from '\(from)' to '\(to)'; both are in the network, but not connected this way"
                + " (following flows in both directions, or showing more kinds, statuses, items or dates, may connect them)"
        }
    }

    private static func hint(_ suggestions: [String], what: String) -> String {
        guard !suggestions.isEmpty else { return "; give \(what)" }
        return "; closest: " + suggestions.joined(separator: ", ")
    }
}
