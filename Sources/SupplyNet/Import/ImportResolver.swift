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
    /// What the resolver changed of what it was given, for standard error.
    private(set) var notes: [String] = []
    private var actorByName: [String: ActorID] = [:]
    private var itemByName: [String: ItemID] = [:]
    private var takenActorIDs: Set<String>
    private var takenFlowIDs: Set<String>
    /// Every flow of the folder and of this import, by id, and by ends, kind and items.
    private var flowByID: [String: Flow] = [:]
    private var flowByShape: [FlowShape: FlowID] = [:]
    private var newActorIndex: [ActorID: Int] = [:]
    private var nextNumber: [String: Int] = [:]

    /// What tells a flow apart when it has no id to go by.
    private struct FlowShape: Hashable {
        let from: ActorID
        let to: ActorID
        let kind: FlowKind
        let items: Set<ItemID>
    }

    init(network: Network) {
        self.network = network
        takenActorIDs = Set(network.actors.map(\.id.rawValue))
        takenFlowIDs = Set(network.flows.map(\.id.rawValue))
        for flow in network.flows {
            if flowByID[flow.id.rawValue] == nil { flowByID[flow.id.rawValue] = flow }
            let shape = FlowShape(from: flow.from, to: flow.to, kind: flow.kind, items: Set(flow.items))
            if flowByShape[shape] == nil { flowByShape[shape] = flow.id }
        }
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

    /// The actor of the folder named `name`, if any: entities of one file with the same name are
    /// distinct (their ids say so), but one the folder has is not added again.
    func folderActor(named name: String) -> ActorID? {
        actorByName[name.lowercased()].flatMap { network.actor($0)?.id }
    }

    /// Whether the folder or this import has an actor with this id.
    func hasActor(_ id: String) -> Bool { takenActorIDs.contains(id) }

    /// The item of the folder named `name`, if any.
    func item(named name: String) -> ItemID? { itemByName[name.lowercased()] }

    /// Adds an unreviewed actor, its id `preferred` if that is a valid free id for its kind, else
    /// a free slug of its name; returns its id. Names and aliases must each point to one actor
    /// (ignoring case, as the loader checks): a name another actor has gets `(tag)` after it
    /// (`Acme (os-b)`), and an alias another actor has is left out, each with a note at `place`.
    mutating func addActor(preferred: String?, name: String, kind: ActorKind, aliases: [String], tag: String, place: String) -> ActorID {
        let valid = preferred.map { kind == .state ? IdentifierRules.isAlpha3($0) : IdentifierRules.isSlug($0) } ?? false
        let id: String
        if let preferred, valid, !takenActorIDs.contains(preferred) {
            id = preferred
        } else {
            id = free(Self.slug(name, fallback: "actor"), in: takenActorIDs)
        }
        // A state needs an ISO alpha-3 id: one without stays an organization.
        let actorKind: ActorKind = kind == .state && !IdentifierRules.isAlpha3(id) ? .organization : kind
        takenActorIDs.insert(id)
        newActorIndex[ActorID(id)] = newActors.count
        var unique = name
        if actorByName[name.lowercased()] != nil {
            unique = "\(name) (\(tag))"
            var number = 2
            while actorByName[unique.lowercased()] != nil {
                unique = "\(name) (\(tag) \(number))"
                number += 1
            }
            notes.append("\(place): note: another actor is named '\(name)': this one is named '\(unique)'; review it")
        }
        actorByName[unique.lowercased()] = ActorID(id)
        var kept: [String] = []
        for alias in aliases {
            if actorByName[alias.lowercased()] == nil {
                actorByName[alias.lowercased()] = ActorID(id)
                kept.append(alias)
            } else if actorByName[alias.lowercased()] != ActorID(id) {
                notes.append("\(place): note: the alias '\(alias)' names another actor, so '\(unique)' goes without it")
            }
        }
        newActors.append(Actor(id: ActorID(id), name: unique, kind: actorKind, aliases: kept, isReviewed: false))
        return ActorID(id)
    }

    /// Sets the group of an actor this import made.
    mutating func setParent(of id: ActorID, to parent: ActorID) -> Bool {
        guard let index = newActorIndex[id], id != parent else { return false }
        newActors[index].parent = parent
        return true
    }

    /// The flow a claim about (`from`, `to`, `kind`, `items`) belongs to: the folder's or this
    /// import's flow `recordID` when it has these ends and kind, else one with these ends, kind
    /// and items, else a new flow (`recordID` if it is a free slug).
    mutating func flow(recordID: String?, from: ActorID, to: ActorID, kind: FlowKind, items: [ItemID]) -> FlowID {
        let shape = FlowShape(from: from, to: to, kind: kind, items: Set(items))
        if let recordID, let flow = flowByID[recordID], flow.from == from, flow.to == to, flow.kind == kind { return flow.id }
        if let existing = flowByShape[shape] { return existing }
        let base = [from.rawValue, to.rawValue, items.first?.rawValue ?? kind.rawValue].joined(separator: "-")
        let preferred = recordID.flatMap { IdentifierRules.isSlug($0) && !takenFlowIDs.contains($0) ? $0 : nil }
        let id = preferred ?? free(Self.slug(base, fallback: "flow"), in: takenFlowIDs)
        takenFlowIDs.insert(id)
        let flow = Flow(id: FlowID(id), from: from, to: to, kind: kind, items: items)
        newFlows.append(flow)
        flowByID[id] = flow
        if flowByShape[shape] == nil { flowByShape[shape] = flow.id }
        return flow.id
    }

    /// `base`, else `base-2`, `base-3`… whichever is not taken, counting on from the last number
    /// given for `base`, so many ids on one base take linear time.
    private mutating func free(_ base: String, in taken: Set<String>) -> String {
        guard taken.contains(base) else { return base }
        var number = nextNumber[base] ?? 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        nextNumber[base] = number + 1
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
