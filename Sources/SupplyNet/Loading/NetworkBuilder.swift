/// Builds a network from the records every format's reader decodes, and runs the one set of
/// rules on them: ids defined once, every reference resolved, parents without cycles, names that
/// point to one entry, quotes verbatim, claim ids unique, evidence on every flow.
///
/// A reference is checked as soon as what it names can be known (the registry is read before the
/// flows in a data folder; a bulk file defines its actors first), and otherwise once everything
/// is read. A reference that fails because its target failed to load is counted on that cause
/// instead of reported: one typo in a flow's kind is one error, "13 claims refer to this flow".
final class NetworkBuilder {
    /// The kinds of record that references name.
    enum Kind: String, CaseIterable {
        case actor, item, source, flow
    }

    let log = IssueLog()
    /// Things worth saying that are not errors, such as unreviewed claims.
    private(set) var notes: [LoadNote] = []

    private var actors: [Actor] = []
    private var items: [Item] = []
    private var sources: [Source] = []
    private var flows: [Flow] = []
    private var actorIndex: [ActorID: Int] = [:]
    private var itemIndex: [ItemID: Int] = [:]
    private var sourceIndex: [SourceID: Int] = [:]
    private var flowIndex: [FlowID: Int] = [:]
    /// Where each record's id was written, by kind, in definition order.
    private var actorPlaces: [SourceLocation] = []
    private var itemPlaces: [SourceLocation] = []
    private var flowPlaces: [SourceLocation] = []
    private var parentPlaces: [ActorID: SourceLocation] = [:]
    private var claimIDs: Set<ClaimID> = []
    /// Actors nobody has reviewed, where their mark was written and how, noted once the flows are read.
    var unreviewedActors: [(ActorID, SourceLocation, ReviewMark)] = []
    /// Claims per source, to number the claims of a format that does not name them.
    private var claimCounts: [SourceID: Int] = [:]

    /// Kinds whose every definition has been read: a reference to one of them resolves now.
    private var complete: Set<Kind> = []
    /// Ids whose record failed to load, with the issue that says why.
    private var broken: [Kind: [String: Int]] = [:]
    /// For a kind, the issue that kept a whole file of its definitions from being read.
    private var unreadable: [Kind: Int] = [:]

    /// Suggestions for unknown ids, made only when a message needs them.
    private var candidates: [Kind: ClosestMatches.Candidates] = [:]
    private var hints: [Kind: [String: String]] = [:]
    private var hintCount = 0

    /// Flows whose claims failed to load: that they have none is a consequence, not reported.
    private var flowsWithBrokenEvidence: Set<FlowID> = []

    private var pendingReferences: [PendingReference] = []
    private var pendingClaims: [(flow: FlowID, claim: Claim, location: SourceLocation)] = []
    /// The quotes to find in their sources' texts, all at once when everything is read.
    private var quotes: [(source: SourceID, quote: String, location: SourceLocation)] = []

    /// Where a reference stands, which says what the message for an unknown id is.
    enum Role {
        /// A flow's `from` or `to`.
        case end(key: String)
        case item
        /// A claim's flow (in a claims file, which names it).
        case claimFlow
        case claimSource
        /// A claims file's `source`, the article its claims quote.
        case claimsFileSource
        case party
        case parent(of: ActorID)

        /// The referring thing, singular, for counting on a cause.
        var referrer: String {
            switch self {
            case .end, .item: "flow"
            case .claimFlow, .claimSource, .party: "claim"
            case .claimsFileSource: "claims file"
            case .parent: "actor"
            }
        }

        /// The error for an unknown `id`, given the hint that lists the closest ids.
        func message(_ id: String, hint: String) -> String {
            switch self {
            case .end(let key): "unknown actor '\(id)'\(hint); define the actor or fix '\(key)'"
            case .item: "unknown item '\(id)'\(hint); define the item or fix the id"
            case .claimFlow: "unknown flow '\(id)'\(hint); define the flow or fix 'flow'"
            case .claimSource: "unknown source '\(id)'\(hint); add the source or fix 'source'"
            case .claimsFileSource: "source '\(id)' has no article\(hint): there is no articles/\(id).txt; add the article or fix 'source'"
            case .party: "unknown actor '\(id)' as party\(hint); define the actor or fix 'party'"
            case .parent(let actor): "actor '\(actor)' has parent '\(id)', which is not in the registry\(hint); add it or fix 'parent'"
            }
        }
    }

    private struct PendingReference {
        let kind: Kind
        let id: String
        let location: SourceLocation
        let role: Role
    }

    // MARK: Definitions

    /// Adds an actor unless its id is taken (reported against the first definition).
    func define(_ actor: Actor, at location: SourceLocation, parentAt parentLocation: SourceLocation?) {
        guard unique(actor.id.rawValue, in: actorIndex[actor.id].map { actorPlaces[$0] }, at: location, what: "actor") else { return }
        actorIndex[actor.id] = actors.count
        actors.append(actor)
        actorPlaces.append(location)
        if let parentLocation { parentPlaces[actor.id] = parentLocation }
    }

    func define(_ item: Item, at location: SourceLocation) {
        guard unique(item.id.rawValue, in: itemIndex[item.id].map { itemPlaces[$0] }, at: location, what: "item") else { return }
        itemIndex[item.id] = items.count
        items.append(item)
        itemPlaces.append(location)
    }

    func define(_ source: Source, at location: SourceLocation) {
        guard sourceIndex[source.id] == nil else {
            log.report(location, "duplicate source id '\(source.id)'; give each source its own id")
            return
        }
        sourceIndex[source.id] = sources.count
        sources.append(source)
    }

    /// Adds a flow; its claims may come with it or later (`attach`).
    func define(_ flow: Flow, at location: SourceLocation) {
        // One hash lookup: a bulk file defines a million flows.
        if let first = flowIndex.updateValue(flows.count, forKey: flow.id) {
            flowIndex[flow.id] = first
            _ = unique(flow.id.rawValue, in: flowPlaces[first], at: location, what: "flow")
            return
        }
        flows.append(flow)
        flowPlaces.append(location)
    }

    private func unique(_ id: String, in first: SourceLocation?, at location: SourceLocation, what: String) -> Bool {
        guard let first else { return true }
        log.report(location, "duplicate \(what) id '\(id)', first defined at \(first); give each \(what) its own id")
        return false
    }

    /// Records that the record with `id` failed to load because of issue `cause`: references to
    /// it are counted on that issue.
    func markBroken(_ kind: Kind, _ id: String, cause: Int) {
        if broken[kind, default: [:]][id] == nil { broken[kind, default: [:]][id] = cause }
    }

    /// Records that a file that would define records of `kinds` could not be read (issue `cause`).
    func markUnreadable(_ kinds: [Kind], cause: Int) {
        for kind in kinds where unreadable[kind] == nil { unreadable[kind] = cause }
    }

    /// Says that a claim of `flow` failed to load (already reported), so the flow's lack of claims
    /// is not reported again.
    func markEvidenceReported(_ flow: FlowID) { flowsWithBrokenEvidence.insert(flow) }

    /// Says that every record of `kind` has been read: later references resolve at once.
    func markComplete(_ kind: Kind) { complete.insert(kind) }

    // MARK: References

    func isDefined(_ kind: Kind, _ id: String) -> Bool {
        switch kind {
        case .actor: actorIndex[ActorID(id)] != nil
        case .item: itemIndex[ItemID(id)] != nil
        case .source: sourceIndex[SourceID(id)] != nil
        case .flow: flowIndex[FlowID(id)] != nil
        }
    }

    func source(_ id: SourceID) -> Source? { sourceIndex[id].map { sources[$0] } }

    /// Checks a reference to a record of `kind`: now when it can be known, else once all is read.
    func reference(_ kind: Kind, _ id: String, at location: SourceLocation, as role: Role) {
        guard !isDefined(kind, id) else { return }
        let pending = PendingReference(kind: kind, id: id, location: location, role: role)
        if complete.contains(kind) { fail(pending) } else { pendingReferences.append(pending) }
    }

    private func fail(_ reference: PendingReference) {
        if let cause = broken[reference.kind]?[reference.id] {
            log.count(reference.role.referrer, on: cause, subject: "this \(reference.kind)")
        } else if let cause = unreadable[reference.kind] {
            log.count(reference.role.referrer, on: cause, subject: "\(reference.kind)s this file would define")
        } else {
            log.report(reference.location, reference.role.message(reference.id, hint: hint(for: reference.id, kind: reference.kind)))
        }
    }

    /// The closest ids to an unknown one, for its message: each kind's ids folded once, each
    /// unknown id looked up once, and only the first `hintLimit` of them, so thousands of unknown
    /// ids against a large registry cost seconds at most.
    private func hint(for id: String, kind: Kind) -> String {
        if let known = hints[kind]?[id] { return known }
        guard hintCount < Self.hintLimit else { return "" }
        hintCount += 1
        if candidates[kind] == nil { candidates[kind] = ClosestMatches.Candidates(ids(of: kind)) }
        let hint = candidates[kind]!.hint(for: id)
        hints[kind, default: [:]][id] = hint
        return hint
    }

    private static let hintLimit = 100

    private func ids(of kind: Kind) -> [String] {
        switch kind {
        case .actor: actors.map(\.id.rawValue)
        case .item: items.map(\.id.rawValue)
        case .source: sources.map(\.id.rawValue)
        case .flow: flows.map(\.id.rawValue)
        }
    }

    // MARK: Claims

    /// The next id for a claim from `source` in a format that does not name claims:
    /// `<source-id>-<n>`, counting that source's claims from 1.
    func nextClaimID(from source: SourceID) -> ClaimID {
        claimCounts[source, default: 0] += 1
        return ClaimID("\(source)-\(claimCounts[source]!)")
    }

    /// Checks a claim that belongs to a flow: its id is unique, its quote occurs in its source's
    /// text (now, or once the source is read), and an unreviewed claim becomes a note.
    /// - Parameter locations: where the claim's id, quote and `review` mark were written.
    /// - Parameter howToReview: what marks a claim reviewed in its format.
    func check(
        _ claim: Claim, on flow: FlowID, idAt idLocation: SourceLocation, quoteAt quoteLocation: SourceLocation,
        reviewAt reviewLocation: SourceLocation, howToReview: String
    ) {
        if !claimIDs.insert(claim.id).inserted {
            log.report(idLocation, "duplicate claim id '\(claim.id)'; give each claim its own id")
        }
        if sourceIndex[claim.source].map({ sources[$0].text.isEmpty }) != true {
            quotes.append((claim.source, claim.quote, quoteLocation))
        }
        if !claim.isReviewed {
            notes.append(LoadNote(reviewLocation, "claim \(claim.id) on flow '\(flow)' is unreviewed (proposed by supplynet extract); check it against the article, then \(howToReview)"))
        }
    }

    /// Adds a claim to its flow, now or once the flow is read.
    func attach(_ claim: Claim, to flow: FlowID, at location: SourceLocation) {
        if let index = flowIndex[flow] {
            flows[index].claims.append(claim)
        } else {
            pendingClaims.append((flow, claim, location))
        }
    }

    /// Reports every quote that is not in its source's text (a source without text cannot be
    /// checked), each source's quotes found in one pass over its text.
    private func checkQuotes() {
        var bySource: [SourceID: [Int]] = [:]
        for (index, quote) in quotes.enumerated() { bySource[quote.source, default: []].append(index) }
        for source in sources where !source.text.isEmpty {
            guard let indices = bySource[source.id] else { continue }
            let matches = QuoteMatcher(quotes: indices.map { quotes[$0].quote }).matches(in: source.text)
            var lineStarts: [Int]?
            for (index, match) in zip(indices, matches) {
                let quote = Array(quotes[index].quote.unicodeScalars)
                guard match.matchedScalars < quote.count else { continue }
                let explanation: String
                if match.matchedScalars < 8 {
                    explanation = "not even its first words occur in the article"
                } else {
                    if lineStarts == nil { lineStarts = Self.lineStarts(of: source.text) }
                    let line = Self.lineIndex(of: match.offset, in: lineStarts!) + source.textStartLine
                    let differing = String(String.UnicodeScalarView([quote[match.matchedScalars]])).debugDescription.dropFirst().dropLast()
                    explanation = "the first \(match.matchedScalars) characters match the article at line \(line), then the quote has '\(differing)' where the article differs"
                }
                log.report(
                    quotes[index].location,
                    "quote does not occur verbatim in \(source.file): \(explanation); copy the words exactly from the article (curly quotes, typos and all)")
            }
        }
    }

    /// The 0-based line holding scalar `offset`, by binary search over the lines' starts.
    private static func lineIndex(of offset: Int, in lineStarts: [Int]) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The scalar offsets at which the lines of `text` start.
    private static func lineStarts(of text: String) -> [Int] {
        var starts = [0]
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        return starts
    }

    // MARK: Finishing

    /// Runs the rules that need every record, and returns the network, or throws every problem.
    func finish() throws(LoadError) -> (network: Network, notes: [LoadNote]) {
        complete = Set(Kind.allCases)
        for reference in pendingReferences where !isDefined(reference.kind, reference.id) { fail(reference) }
        for (flow, claim, location) in pendingClaims {
            if let index = flowIndex[flow] {
                flows[index].claims.append(claim)
            } else {
                fail(PendingReference(kind: .flow, id: flow.rawValue, location: location, role: .claimFlow))
            }
        }
        checkQuotes()
        checkParents()
        checkNamesAreUnambiguous(actors.indices.map { (actors[$0].id.rawValue, [actors[$0].id.rawValue, actors[$0].name] + actors[$0].aliases, actorPlaces[$0]) }, what: "actor")
        checkNamesAreUnambiguous(items.indices.map { (items[$0].id.rawValue, [items[$0].id.rawValue, items[$0].name] + items[$0].aliases, itemPlaces[$0]) }, what: "item")
        for (index, flow) in flows.enumerated() where flow.claims.isEmpty && !flowsWithBrokenEvidence.contains(flow.id) {
            log.report(
                flowPlaces[index],
                "flow '\(flow.id)' has no claims; every edge is evidence: quote an article for it, or remove the flow")
        }
        guard log.isEmpty else { throw .invalid(log.issues) }
        noteUnreviewedActors()
        return (Network(actors: actors, items: items, sources: sources, flows: flows), notes.sorted())
    }

    /// One note per unreviewed actor, naming the claims that rest on it (those of its flows).
    private func noteUnreviewedActors() {
        guard !unreviewedActors.isEmpty else { return }
        let ids = Set(unreviewedActors.map(\.0))
        var claimsOf: [ActorID: [ClaimID]] = [:]
        for flow in flows {
            for end in Set([flow.from, flow.to]) where ids.contains(end) { claimsOf[end, default: []] += flow.claims.map(\.id) }
        }
        for (id, location, mark) in unreviewedActors {
            let claims = claimsOf[id] ?? []
            let use = claims.isEmpty ? "no claim uses it" : "claims using it: " + claims.map(\.rawValue).joined(separator: ", ")
            let howToReview = mark == .line ? "delete its 'review: unreviewed' line" : "delete its \"unreviewed\": true"
            notes.append(LoadNote(location, "actor '\(id)' is unreviewed (proposed by a tool); \(use); check its name, kind and parent, then \(howToReview)"))
        }
    }

    /// Every parent exists, and no actor is its own ancestor: each chain of parents is walked
    /// once, and the actors on a cycle are each reported.
    private func checkParents() {
        enum Walk { case unvisited, onChain, done }
        var walks = [Walk](repeating: .unvisited, count: actors.count)
        for start in actors.indices where walks[start] == .unvisited {
            var chain: [Int] = []
            var current: Int? = start
            while let index = current, walks[index] == .unvisited {
                walks[index] = .onChain
                chain.append(index)
                let actor = actors[index]
                current = actor.parent.flatMap { actorIndex[$0] }
                if let parent = actor.parent, current == nil {
                    let location = parentPlaces[actor.id] ?? actorPlaces[index]
                    fail(PendingReference(kind: .actor, id: parent.rawValue, location: location, role: .parent(of: actor.id)))
                }
            }
            if let index = current, walks[index] == .onChain, let cycleStart = chain.firstIndex(of: index) {
                for member in chain[cycleStart...] {
                    let actor = actors[member]
                    log.report(parentPlaces[actor.id] ?? actorPlaces[member], "actor '\(actor.id)' is its own ancestor through 'parent'; break the cycle")
                }
            }
            for index in chain { walks[index] = .done }
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
