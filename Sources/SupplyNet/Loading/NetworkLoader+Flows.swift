import Yams

extension LoadContext {
    /// Reads `flows.yaml`, checking that every actor and item it names is in the registry.
    func readFlows(actors: [Actor], items: [Item]) -> [Flow] {
        let relative = "flows.yaml"
        guard let text = readText(relative, whatToDo: "create flows.yaml with a 'flows:' list (see seeds/README.md)") else { return [] }
        let yaml = YAMLFile(path: displayPath(relative), text: text, log: log)
        guard yaml.isReadable, let root = MappingReader(yaml.root, in: yaml, log: log, subject: "the flows file") else {
            return []
        }
        root.rejectUnknownKeys(allowed: ["flows"])
        return readFlowList(root, in: yaml, actors: actors, items: items)
    }

    /// Reads the `flows:` list of a mapping (flows.yaml, or proposed flows in a claims file).
    func readFlowList(_ root: MappingReader, in yaml: YAMLFile, actors: [Actor], items: [Item]) -> [Flow] {
        let actorIDs = actors.map(\.id.rawValue)
        let itemIDs = items.map(\.id.rawValue)
        return root.sequence("flows").compactMap { node -> Flow? in
            guard let fields = MappingReader(node, in: yaml, log: log, subject: "a flow") else { return nil }
            fields.rejectUnknownKeys(allowed: ["id", "from", "to", "kind", "items"])
            let id = fields.requiredString("id", example: "irn-rus-drones")
            let from = fields.requiredString("from", example: "IRN")
            let to = fields.requiredString("to", example: "RUS")
            let kind = fields.vocabulary("kind", FlowKind.self, what: "kind of flow")
            var itemList: [ItemID] = []
            for (item, itemNode) in fields.stringList("items") {
                if itemIDs.contains(item) {
                    itemList.append(ItemID(item))
                } else {
                    log.report(yaml.location(of: itemNode), "unknown item '\(item)'\(ClosestMatches.hint(for: item, among: itemIDs)); add it to registry.yaml or fix the id")
                }
            }
            for (key, actor) in [("from", from), ("to", to)] {
                guard let actor, !actorIDs.contains(actor) else { continue }
                log.report(fields.location(of: key), "unknown actor '\(actor)'\(ClosestMatches.hint(for: actor, among: actorIDs)); add it to registry.yaml or fix '\(key)'")
            }
            if let from, from == to {
                log.report(fields.location(of: "to"), "flow goes from '\(from)' to itself; a flow joins two different actors")
            }
            guard let id, let from, let to, let kind else { return nil }
            let location = fields.location(of: "id")
            if !IdentifierRules.isSlug(id) {
                log.report(location, "flow id '\(id)' must be a lowercase slug of letters, digits and '-' (like irn-rus-drones)")
            }
            guard checkUnique(FlowID(id), at: location, in: &flowLocations, what: "flow") else { return nil }
            return Flow(id: FlowID(id), from: ActorID(from), to: ActorID(to), kind: kind, items: itemList)
        }
    }

    /// Every edge is evidence: a flow that no claim supports is an error.
    func requireEvidence(on flows: [Flow]) {
        for flow in flows where flow.claims.isEmpty {
            log.report(
                flowLocations[flow.id]!,
                "flow '\(flow.id)' has no claims; every edge is evidence: quote an article for it in claims/<source-id>.yaml, or remove the flow")
        }
    }
}
