import Yams

extension LoadContext {
    /// Reads `registry.yaml`: the actors and the items with their aliases.
    func readRegistry() -> ([Actor], [Item]) {
        let relative = "registry.yaml"
        guard let text = readText(relative, whatToDo: "create registry.yaml with 'actors:' and 'items:' lists (see seeds/README.md)")
        else { return ([], []) }
        let yaml = YAMLFile(path: displayPath(relative), text: text, log: log)
        guard yaml.isReadable, let root = MappingReader(yaml.root, in: yaml, log: log, subject: "the registry") else {
            return ([], [])
        }
        root.rejectUnknownKeys(allowed: ["actors", "items"])
        let actors = root.sequence("actors").compactMap { readActor($0, in: yaml) }
        let items = root.sequence("items").compactMap { readItem($0, in: yaml) }
        checkParents(of: actors)
        checkNamesAreUnambiguous(actors.map { ($0.id.rawValue, [$0.id.rawValue, $0.name] + $0.aliases, actorLocations[$0.id]!) }, what: "actor")
        checkNamesAreUnambiguous(items.map { ($0.id.rawValue, [$0.id.rawValue, $0.name] + $0.aliases, itemLocations[$0.id]!) }, what: "item")
        return (actors, items)
    }

    private func readActor(_ node: Node, in yaml: YAMLFile) -> Actor? {
        guard let fields = MappingReader(node, in: yaml, log: log, subject: "an actor") else { return nil }
        fields.rejectUnknownKeys(allowed: ["id", "name", "kind", "aliases", "parent"])
        let id = fields.requiredString("id", example: "IRN")
        let name = fields.requiredString("name", example: "Iran")
        let kind = fields.vocabulary("kind", ActorKind.self, what: "kind of actor")
        let aliases = fields.stringList("aliases").map(\.0)
        let parent = fields.optionalString("parent").map { ActorID($0) }
        guard let id, let name, let kind else { return nil }
        let location = fields.location(of: "id")
        if kind == .state, !IdentifierRules.isAlpha3(id) {
            log.report(location, "state id '\(id)' must be its ISO 3166-1 alpha-3 code, three capital letters (IRN, RUS, USA)")
        } else if kind != .state, !IdentifierRules.isSlug(id) {
            log.report(location, "actor id '\(id)' must be a lowercase slug of letters, digits and '-' (like wagner-group); only states use alpha-3 codes")
        }
        guard checkUnique(ActorID(id), at: location, in: &actorLocations, what: "actor") else { return nil }
        return Actor(id: ActorID(id), name: name, kind: kind, aliases: aliases, parent: parent)
    }

    private func readItem(_ node: Node, in yaml: YAMLFile) -> Item? {
        guard let fields = MappingReader(node, in: yaml, log: log, subject: "an item") else { return nil }
        fields.rejectUnknownKeys(allowed: ["id", "name", "category", "aliases"])
        let id = fields.requiredString("id", example: "shahed-drones")
        let name = fields.requiredString("name", example: "Shahed drones")
        let category = fields.vocabulary("category", ItemCategory.self, what: "item category")
        let aliases = fields.stringList("aliases").map(\.0)
        guard let id, let name, let category else { return nil }
        let location = fields.location(of: "id")
        if !IdentifierRules.isSlug(id) {
            log.report(location, "item id '\(id)' must be a lowercase slug of letters, digits and '-' (like shahed-drones)")
        }
        guard checkUnique(ItemID(id), at: location, in: &itemLocations, what: "item") else { return nil }
        return Item(id: ItemID(id), name: name, category: category, aliases: aliases)
    }

    /// Every parent exists, and no actor is its own ancestor.
    private func checkParents(of actors: [Actor]) {
        let parents = Dictionary(actors.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        for actor in actors {
            guard let parent = actor.parent else { continue }
            let location = actorLocations[actor.id]!
            guard parents[parent] != nil else {
                let hint = ClosestMatches.hint(for: parent.rawValue, among: actors.map(\.id.rawValue))
                log.report(location, "actor '\(actor.id)' has parent '\(parent)', which is not in the registry\(hint); add it or fix 'parent'")
                continue
            }
            var seen: Set<ActorID> = [actor.id]
            var current: ActorID? = parent
            while let ancestor = current {
                if seen.contains(ancestor) {
                    log.report(location, "actor '\(actor.id)' is its own ancestor through 'parent'; break the cycle")
                    break
                }
                seen.insert(ancestor)
                current = parents[ancestor] ?? nil
            }
        }
    }

    /// No name or alias may stand for two entries, ignoring case: lookups by name must be unique.
    private func checkNamesAreUnambiguous(_ entries: [(id: String, names: [String], location: SourceLocation)], what: String) {
        var owners: [String: String] = [:]
        for entry in entries {
            for name in Set(entry.names.map { $0.lowercased() }).sorted() {
                if let owner = owners[name], owner != entry.id {
                    log.report(entry.location, "the name '\(name)' of \(what) '\(entry.id)' already names \(what) '\(owner)'; a name must point to one \(what), so remove or change one of them")
                } else {
                    owners[name] = entry.id
                }
            }
        }
    }
}
