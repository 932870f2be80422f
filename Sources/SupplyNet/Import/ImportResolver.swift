/// Finds what an import names in the folder's network, and makes what the network lacks: the
/// one place both importers decide when an actor, item or flow is one the folder already has.
///
/// An actor is the folder's when its id is, or when its name matches an actor's name or alias
/// (ignoring case); an item when its name matches an item's name or alias. A flow is the
/// folder's when its id is, with the same ends and kind, or when the folder has a flow with the
/// same ends, kind and items.
struct ImportResolver {
    let network: Network
    private(set) var newActors: [Actor] = []
    private(set) var newFlows: [Flow] = []
    private var actorByName: [String: ActorID] = [:]
    private var itemByName: [String: ItemID] = [:]
    private var takenActorIDs: Set<String>
    private var takenFlowIDs: Set<String>

    init(network: Network) {
        self.network = network
        takenActorIDs = Set(network.actors.map(\.id.rawValue))
        takenFlowIDs = Set(network.flows.map(\.id.rawValue))
        for actor in network.actors {
            for name in [actor.name] + actor.aliases where actorByName[name.lowercased()] == nil {
                actorByName[name.lowercased()] = actor.id
            }
        }
        for item in network.items {
            for name in [item.name] + item.aliases where itemByName[name.lowercased()] == nil {
                itemByName[name.lowercased()] = item.id
            }
        }
    }

    /// The actor of the folder (or made by this import) named `name`, if any.
    func actor(named name: String) -> ActorID? { actorByName[name.lowercased()] }

    /// Whether the folder or this import has an actor with this id.
    func hasActor(_ id: String) -> Bool { takenActorIDs.contains(id) }

    /// The item of the folder named `name`, if any.
    func item(named name: String) -> ItemID? { itemByName[name.lowercased()] }

    /// Adds an unreviewed actor, its id `preferred` if that is a valid free id for its kind, else
    /// a free slug of its name; returns its id.
    mutating func addActor(preferred: String?, name: String, kind: ActorKind, aliases: [String], parent: ActorID? = nil) -> ActorID {
        let valid = preferred.map { kind == .state ? IdentifierRules.isAlpha3($0) : IdentifierRules.isSlug($0) } ?? false
        let id: String
        if let preferred, valid, !takenActorIDs.contains(preferred) {
            id = preferred
        } else {
            id = Self.free(Self.slug(name, fallback: "actor"), in: takenActorIDs)
        }
        // A state needs an ISO alpha-3 id: one without stays an organization.
        let actorKind: ActorKind = kind == .state && !IdentifierRules.isAlpha3(id) ? .organization : kind
        takenActorIDs.insert(id)
        let actor = Actor(id: ActorID(id), name: name, kind: actorKind, aliases: aliases, parent: parent, isReviewed: false)
        newActors.append(actor)
        for name in [name] + aliases where actorByName[name.lowercased()] == nil {
            actorByName[name.lowercased()] = actor.id
        }
        return actor.id
    }

    /// Sets the group of an actor this import made.
    mutating func setParent(of id: ActorID, to parent: ActorID) -> Bool {
        guard let index = newActors.firstIndex(where: { $0.id == id }), id != parent else { return false }
        newActors[index].parent = parent
        return true
    }

    /// The flow a claim about (`from`, `to`, `kind`, `items`) belongs to: the folder's or this
    /// import's flow `recordID` when it has these ends and kind, else one with these ends, kind
    /// and items, else a new flow (`recordID` if it is a free slug).
    mutating func flow(recordID: String?, from: ActorID, to: ActorID, kind: FlowKind, items: [ItemID]) -> FlowID {
        let all = network.flows + newFlows
        if let recordID, let flow = all.first(where: { $0.id.rawValue == recordID }), flow.from == from, flow.to == to, flow.kind == kind {
            return flow.id
        }
        if recordID == nil || all.contains(where: { $0.id.rawValue == recordID }),
            let flow = all.first(where: { $0.from == from && $0.to == to && $0.kind == kind && Set($0.items) == Set(items) })
        {
            return flow.id
        }
        let base = [from.rawValue, to.rawValue, items.first?.rawValue ?? kind.rawValue].joined(separator: "-")
        let preferred = recordID.flatMap { IdentifierRules.isSlug($0) ? $0 : nil }
        let id = preferred.flatMap { takenFlowIDs.contains($0) ? nil : $0 } ?? Self.free(Self.slug(base, fallback: "flow"), in: takenFlowIDs)
        takenFlowIDs.insert(id)
        newFlows.append(Flow(id: FlowID(id), from: from, to: to, kind: kind, items: items))
        return FlowID(id)
    }

    /// `base`, else `base-2`, `base-3`… whichever is not taken.
    static func free(_ base: String, in taken: Set<String>) -> String {
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }

    /// The data format's slug of `text` (`IdentifierRules.slug`), cut to at most 60 characters at a
    /// hyphen or letter; `fallback` when nothing is left.
    static func slug(_ text: String, fallback: String) -> String {
        var result = IdentifierRules.slug([text]) ?? fallback
        if result.count > 60 { result = String(result.prefix(60)) }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }
}
