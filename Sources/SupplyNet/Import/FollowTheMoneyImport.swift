/// FollowTheMoney entities (a sanctions list's export, an Aleph collection, SupplyNet's own `ftm`
/// export) read as proposals for a data folder (docs/exports.md, "Import").
///
/// The file itself becomes the article the claims quote, verbatim; each claim quotes the line of
/// the entity it came from. Read:
/// - `Person`, `Company`, `Organization`, `PublicBody`, `LegalEntity`: actors (SupplyNet's
///   `legalForm` "state" and "armed group" give those kinds back); one the folder has (by the id
///   SupplyNet wrote, or by name or alias) is not added again;
/// - `Sanction`: a sanction flow from its `authority` (an actor named so, else a new public body)
///   to its `entity`;
/// - `UnknownLink` whose `role` starts with a flow kind ("transfer of Shahed drones"): a flow of
///   that kind from `subject` to `object`, with the folder's items the role names;
/// - `Membership`: the group of an actor the import adds.
/// Every other schema is counted in a note and left out.
public enum FollowTheMoneyImport {
    /// The schemata read as actors.
    static let actorSchemata: Set<String> = ["Person", "Company", "Organization", "PublicBody", "LegalEntity"]

    /// Plans the import of `text`, the contents of `file`, into the folder whose network is
    /// `network`, as the new source `article` (whose text must be `text`).
    public static func plan(_ text: String, file: String, article: Source, into network: Network) -> NetworkImport {
        var plan = NetworkImport(article: article)
        let (entities, issues) = FollowTheMoneyEntity.read(text, file: file)
        plan.issues = issues
        guard issues.isEmpty else { return plan }
        var byID: [String: FollowTheMoneyEntity] = [:]
        for entity in entities where byID[entity.id] == nil { byID[entity.id] = entity }
        var resolver = ImportResolver(network: network)
        var actorOf: [String: ActorID] = [:]
        var skipped: [String: Int] = [:]

        func actor(_ reference: String, at entity: FollowTheMoneyEntity, as role: String) -> ActorID? {
            if let known = actorOf[reference] { return known }
            guard let target = byID[reference], actorSchemata.contains(target.schema),
                let name = target["name"].first.flatMap(clean)
            else {
                plan.notes.append("\(entity.location): note: \(entity.schema) \(entity.id) skipped: its \(role) \(reference) is not a named person, company or organization of the file")
                return nil
            }
            let ownID = FollowTheMoneyID.supplyNetID(.actor, from: reference)
            let id: ActorID
            if let ownID, resolver.hasActor(ownID) {
                id = ActorID(ownID)
            } else if let named = resolver.folderActor(named: name) {
                id = named
            } else {
                let aliases = (target["name"].dropFirst() + target["alias"]).compactMap(clean).filter { $0 != name }
                id = resolver.addActor(
                    preferred: ownID, name: name, kind: kind(of: target), aliases: unique(aliases), tag: target.id,
                    place: target.location.description)
            }
            actorOf[reference] = id
            return id
        }

        // Every actor of the file, in its order, then the groups, then the intervals.
        for entity in entities where actorSchemata.contains(entity.schema) {
            _ = actor(entity.id, at: entity, as: "entity")
        }
        for entity in entities where entity.schema == "Membership" {
            guard let member = entity["member"].first.flatMap({ actorOf[$0] }),
                let group = entity["organization"].first.flatMap({ actorOf[$0] })
            else { continue }
            if !resolver.setParent(of: member, to: group) {
                plan.notes.append("\(entity.location): note: Membership \(entity.id) left out: \(member) is already in the folder; give it a parent there")
            }
        }
        for entity in entities {
            switch entity.schema {
            case "Sanction":
                guard let targetID = entity["entity"].first else {
                    plan.notes.append("\(entity.location): note: Sanction \(entity.id) skipped: it names no entity")
                    continue
                }
                guard let authority = entity["authority"].first.flatMap(clean) else {
                    plan.notes.append("\(entity.location): note: Sanction \(entity.id) skipped: it names no authority, so no one imposes it")
                    continue
                }
                guard let to = actor(targetID, at: entity, as: "entity") else { continue }
                let from = resolver.actor(named: authority)
                    ?? resolver.addActor(preferred: nil, name: authority, kind: .publicBody, aliases: [], tag: "authority", place: entity.location.description)
                let items = self.items(entity["provisions"], at: entity, resolver: resolver, notes: &plan.notes)
                add(entity, from: from, to: to, kind: .sanction, items: items, defaultStatus: .delivered, resolver: &resolver, plan: &plan)
            case "UnknownLink":
                let role = entity["role"].first ?? ""
                let kindWord = role.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                guard let kind = FlowKind(rawValue: kindWord), kind != .sanction else {
                    plan.notes.append("\(entity.location): note: UnknownLink \(entity.id) skipped: its role '\(role)' does not start with transfer, aid, strike or cooperation")
                    continue
                }
                guard let subject = entity["subject"].first, let object = entity["object"].first else {
                    plan.notes.append("\(entity.location): note: UnknownLink \(entity.id) skipped: it needs a subject and an object")
                    continue
                }
                guard let from = actor(subject, at: entity, as: "subject"), let to = actor(object, at: entity, as: "object") else { continue }
                let named = role.dropFirst(kindWord.count).trimmingPrefix(" of ")
                let items = named.count < role.count - kindWord.count
                    ? self.items(itemNames(String(named), resolver: resolver), at: entity, resolver: resolver, notes: &plan.notes) : []
                add(entity, from: from, to: to, kind: kind, items: items, defaultStatus: .alleged, resolver: &resolver, plan: &plan)
            default:
                if !actorSchemata.contains(entity.schema), entity.schema != "Membership" { skipped[entity.schema, default: 0] += 1 }
            }
        }
        if !skipped.isEmpty {
            let counts = skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            plan.notes.append("\(file): note: left out \(counts): import reads actors, Sanction, UnknownLink and Membership entities")
        }
        plan.notes += resolver.notes
        plan.actors = resolver.newActors
        plan.flows = resolver.newFlows
        return plan
    }

    /// One claim from an interval entity, quoting its line.
    private static func add(
        _ entity: FollowTheMoneyEntity, from: ActorID, to: ActorID, kind: FlowKind, items: [ItemID], defaultStatus: ClaimStatus,
        resolver: inout ImportResolver, plan: inout NetworkImport
    ) {
        guard let article = plan.article else { return }
        let recordID = entity["recordId"].first
        let flow = resolver.flow(recordID: recordID, from: from, to: to, kind: kind, items: items)
        let status = entity["status"].first.flatMap(ClaimStatus.init(rawValue:)) ?? defaultStatus
        let said = (entity["date"] + entity["listingDate"]).lazy.compactMap(date).first
        var period = Period(from: entity["startDate"].lazy.compactMap(date).first, to: entity["endDate"].lazy.compactMap(date).first)
        if !period.isOrdered {
            plan.notes.append("\(entity.location): note: \(entity.schema) \(entity.id): its end date is before its start; the period is left out")
            period = Period()
        }
        let claim = Claim(
            id: ClaimID("\(article.id.rawValue)-\(plan.entries.count + 1)"), status: status, source: article.id, quote: entity.line,
            said: said, period: period.from == nil && period.to == nil ? nil : period, isReviewed: false)
        plan.entries.append(ProposedClaimsFile.Entry(flow: flow, claim: claim, provenance: [
            ("line", .number(Double(entity.location.line))), ("entity", .text(entity.id)), ("schema", .text(entity.schema)),
        ]))
    }

    /// The folder's items named in `names`; a note for each name it lacks.
    private static func items(_ names: [String], at entity: FollowTheMoneyEntity, resolver: ImportResolver, notes: inout [String]) -> [ItemID] {
        var result: [ItemID] = []
        for name in names {
            if let item = resolver.item(named: name) {
                if !result.contains(item) { result.append(item) }
            } else {
                notes.append("\(entity.location): note: \(entity.schema) \(entity.id) names '\(name)', which is no item of the registry; add it to registry.yaml and to the flow")
            }
        }
        return result
    }

    /// The item names in "A, B, C" (the export's role), taking the longest item name of the folder
    /// at each step so that a name holding ", " stays whole.
    static func itemNames(_ text: String, resolver: ImportResolver) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let pieces = rest.components(separatedBy: ", ")
            var taken = pieces[0]
            for count in stride(from: pieces.count, through: 1, by: -1) {
                let candidate = pieces.prefix(count).joined(separator: ", ")
                if resolver.item(named: candidate) != nil {
                    taken = candidate
                    break
                }
            }
            names.append(taken)
            rest = rest.dropFirst(taken.count)
            if rest.hasPrefix(", ") { rest = rest.dropFirst(2) }
        }
        return names
    }

    /// The actor kind of an FtM entity.
    static func kind(of entity: FollowTheMoneyEntity) -> ActorKind {
        let form = entity["legalForm"].first?.lowercased()
        switch entity.schema {
        case "Person": return .person
        case "Company": return .company
        case "PublicBody": return form == "state" ? .state : .publicBody
        default: return form == "armed group" ? .armedGroup : .organization
        }
    }

    /// A date of FtM's (`2022`, `2022-08`, `2022-08-01`, or longer with a time) as a partial date.
    static func date(_ text: String) -> PartialDate? {
        for length in [10, 7, 4] where text.count >= length {
            if let date = PartialDate(parsing: String(text.prefix(length))) { return date }
        }
        return nil
    }

    private static func clean(_ name: String) -> String? {
        FollowTheMoneyText.kept(name, as: .name)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
