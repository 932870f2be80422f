/// The records of every format, decoded by one set of functions: the same fields, rules and
/// messages for a YAML registry entry, a JSON export's actor and a bulk file's actor line.
extension NetworkBuilder {
    /// The fields of each record, made once: a bulk file holds millions of records.
    private enum Keys {
        static let actor = ["id", "name", "kind", "aliases", "parent"]
        /// How each layout marks a proposed actor: `review: unreviewed` in YAML, `"unreviewed": true` in JSON.
        static let actorReviewLine = actor + ["review"]
        static let actorReviewFlag = actor + ["unreviewed"]
        static let item = ["id", "name", "category", "aliases"]
        static let flow = ["id", "from", "to", "kind", "items"]
        static let flowWithClaims = flow + ["claims"]
        static let fileClaim = ["flow", "status", "quote", "speaker", "party", "said", "period", "quantity", "review"]
            + ProposedClaimsFile.ProvenanceKey.allCases.map(\.rawValue)
        static let inlineClaim = ["id", "status", "source", "quote", "speaker", "party", "said", "period", "quantity", "unreviewed"]
        static let period = ["from", "to"]
        static let quantity = ["text", "low", "high", "unit"]
        static let source = ["id", "title", "outlet", "date", "dateNote", "url", "file", "text", "textStartLine"]
        /// What the JSON export derives from the rest, accepted and not read.
        static let derivedOfFlow = ["evidence", "support"]
        static let derivedOfClaim = ["date"]
        static let derivedOfSource = ["datePrecision"]
    }

    /// Reports an id that is not a lowercase slug (`irn-rus-drones`).
    private func requireSlug(_ id: String, what: String, like example: String, at location: SourceLocation) {
        guard !IdentifierRules.isSlug(id) else { return }
        log.report(location, "\(what) id '\(id)' must be a lowercase slug of letters, digits and '-' (like \(example))")
    }

    /// How a layout marks what nobody has reviewed: a `review: unreviewed` line (the YAML data
    /// folder) or `"unreviewed": true` (the JSON formats).
    enum ReviewMark {
        case line
        case flag
    }

    /// Reads an actor: `id`, `name`, `kind`, optional `aliases`, `parent` and review mark.
    func readActor(_ fields: FieldReader, extraKeys: [String] = [], reviewMark: ReviewMark = .flag) {
        let firstIssue = log.count
        fields.rejectUnknownKeys(allowed: reviewMark == .line ? Keys.actorReviewLine : Keys.actorReviewFlag, ignored: extraKeys)
        let id = fields.requiredString("id", example: "IRN")
        let name = fields.requiredString("name", example: "Iran")
        let kind = fields.vocabulary("kind", ActorKind.self, what: "kind of actor")
        let aliases = fields.stringList("aliases").map(\.0)
        let parent = fields.optionalString("parent")
        let isReviewed = readReviewMark(fields, reviewMark)
        guard let id, let name, let kind else {
            if let id { markBroken(.actor, id, cause: firstIssue) }
            return
        }
        let location = fields.location(of: "id")
        if kind == .state, !IdentifierRules.isAlpha3(id) {
            log.report(location, "state id '\(id)' must be its ISO 3166-1 alpha-3 code, three capital letters (IRN, RUS, USA)")
        } else if kind != .state, !IdentifierRules.isSlug(id) {
            log.report(location, "actor id '\(id)' must be a lowercase slug of letters, digits and '-' (like wagner-group); only states use alpha-3 codes")
        }
        let actor = Actor(id: ActorID(id), name: name, kind: kind, aliases: aliases, parent: parent.map { ActorID($0) }, isReviewed: isReviewed)
        define(actor, at: location, parentAt: parent == nil ? nil : fields.location(of: "parent"))
        if !isReviewed {
            unreviewedActors.append((actor.id, fields.location(of: reviewMark == .line ? "review" : "unreviewed"), reviewMark))
        }
    }

    /// Whether a record is reviewed: it is unless its layout's mark says otherwise.
    func readReviewMark(_ fields: FieldReader, _ mark: ReviewMark) -> Bool {
        switch mark {
        case .line:
            guard let review = fields.optionalString("review") else { return true }
            if review != "unreviewed" {
                log.report(fields.location(of: "review"), "'review' can only be 'unreviewed'; once it is reviewed, delete the line")
            }
            return false
        case .flag:
            let unreviewed = fields.flag("unreviewed")
            if unreviewed == false {
                log.report(fields.location(of: "unreviewed"), "'unreviewed' can only be true; a reviewed record leaves it out")
            }
            return unreviewed != true
        }
    }

    /// Reads an item: `id`, `name`, `category`, optional `aliases`.
    func readItem(_ fields: FieldReader, extraKeys: [String] = []) {
        let firstIssue = log.count
        fields.rejectUnknownKeys(allowed: Keys.item, ignored: extraKeys)
        let id = fields.requiredString("id", example: "shahed-drones")
        let name = fields.requiredString("name", example: "Shahed drones")
        let category = fields.vocabulary("category", ItemCategory.self, what: "item category")
        let aliases = fields.stringList("aliases").map(\.0)
        guard let id, let name, let category else {
            if let id { markBroken(.item, id, cause: firstIssue) }
            return
        }
        let location = fields.location(of: "id")
        requireSlug(id, what: "item", like: "shahed-drones", at: location)
        define(Item(id: ItemID(id), name: name, category: category, aliases: aliases), at: location)
    }

    /// Reads a flow: `id`, `from`, `to`, `kind`, optional `items`; with `inlineClaims`, its
    /// `claims` too (the JSON formats), else its claims come from claims files.
    func readFlow(_ fields: FieldReader, inlineClaims: Bool, extraKeys: [String] = []) {
        let firstIssue = log.count
        fields.rejectUnknownKeys(
            allowed: inlineClaims ? Keys.flowWithClaims : Keys.flow, ignored: extraKeys, alsoIgnored: inlineClaims ? Keys.derivedOfFlow : [])
        if inlineClaims, fields.value("parts") != nil {
            log.report(
                fields.location(of: "parts"),
                "this flow is a grouped edge ('parts'), from an export of a view with --group pair, which cannot be read back as data; export with --group flow")
        }
        let id = fields.requiredString("id", example: "irn-rus-drones")
        let from = fields.requiredString("from", example: "IRN")
        let to = fields.requiredString("to", example: "RUS")
        let kind = fields.vocabulary("kind", FlowKind.self, what: "kind of flow")
        var items: [ItemID] = []
        for (item, mark) in fields.stringList("items") {
            reference(.item, item, at: fields.location(mark), as: .item)
            items.append(ItemID(item))
        }
        for (key, actor) in [("from", from), ("to", to)] {
            if let actor { reference(.actor, actor, at: fields.location(of: key), as: .end(key: key)) }
        }
        if let from, from == to {
            log.report(fields.location(of: "to"), "flow goes from '\(from)' to itself; a flow joins two different actors")
        }
        var claims: [Claim] = []
        if inlineClaims, let id {
            for (index, value) in fields.list("claims").enumerated() {
                if let claim = readInlineClaim(value, number: index + 1, of: FlowID(id), in: fields) { claims.append(claim) }
            }
            if fields.value("claims") == nil {
                log.report(fields.location, "flow '\(id)' has no claims; every edge is evidence: give it \"claims\", each quoting a source")
                markEvidenceReported(FlowID(id))
            }
        }
        guard let id, let from, let to, let kind else {
            if let id {
                markBroken(.flow, id, cause: firstIssue)
                for _ in claims { log.count("claim", on: firstIssue, subject: "this flow") }
            }
            return
        }
        let location = fields.location(of: "id")
        requireSlug(id, what: "flow", like: "irn-rus-drones", at: location)
        define(Flow(id: FlowID(id), from: ActorID(from), to: ActorID(to), kind: kind, items: items, claims: claims), at: location)
    }

    /// Reads a claim of a claims file, which names its flow and whose source is the file's.
    /// - Parameter id: the claim's id, from its position in the file.
    func readFileClaim(_ value: DataValue, id: ClaimID, source: Source?, file: String) {
        guard let fields = FieldReader(value, file: file, log: log, subject: .claim(id)) else { return }
        fields.rejectUnknownKeys(allowed: Keys.fileClaim)
        let isReviewed = readReviewMark(fields, .line)
        let flow = fields.requiredString("flow", example: "irn-rus-drones")
        guard let claim = readClaimFields(fields, id: id, source: source?.id, isReviewed: isReviewed), let flow else {
            if let flow {
                reference(.flow, flow, at: fields.location(of: "flow"), as: .claimFlow)
                markEvidenceReported(FlowID(flow))
            }
            return
        }
        check(claim, on: FlowID(flow), idAt: fields.location, quoteAt: fields.location(of: "quote"), reviewAt: fields.location(of: "review"),
            howToReview: "delete its 'review: unreviewed' line")
        attach(claim, to: FlowID(flow), at: fields.location(of: "flow"))
    }

    /// Reads a claim inside a flow record (the JSON formats), which names its source and id.
    private func readInlineClaim(_ value: DataValue, number: Int, of flow: FlowID, in flowFields: FieldReader) -> Claim? {
        guard let fields = FieldReader(value, file: flowFields.file, log: log, subject: .claimOfFlow(number: number, flow: flow)) else {
            markEvidenceReported(flow)
            return nil
        }
        fields.rejectUnknownKeys(
            allowed: Keys.inlineClaim, ignored: Keys.derivedOfClaim)
        let source = fields.requiredString("source", example: "white-house-warns-2023-02-24")
        if let source { reference(.source, source, at: fields.location(of: "source"), as: .claimSource) }
        let givenID = fields.optionalString("id")
        if let givenID { requireSlug(givenID, what: "claim", like: "white-house-warns-2023-02-24-3", at: fields.location(of: "id")) }
        let isReviewed = readReviewMark(fields, .flag)
        guard let source else {
            markEvidenceReported(flow)
            _ = readClaimFields(fields, id: ClaimID("?"), source: nil, isReviewed: true)
            return nil
        }
        let id = givenID.map { ClaimID($0) } ?? nextClaimID(from: SourceID(source))
        guard let claim = readClaimFields(fields, id: id, source: SourceID(source), isReviewed: isReviewed) else {
            markEvidenceReported(flow)
            return nil
        }
        check(claim, on: flow, idAt: fields.location(of: "id"), quoteAt: fields.location(of: "quote"), reviewAt: fields.location(of: "unreviewed"),
            howToReview: "delete its \"unreviewed\": true")
        return claim
    }

    /// The fields every claim has, whatever its layout: status, quote, speaker, party, said,
    /// period and quantity.
    private func readClaimFields(_ fields: FieldReader, id: ClaimID, source: SourceID?, isReviewed: Bool) -> Claim? {
        let status = fields.vocabulary("status", ClaimStatus.self, what: "claim status")
        let quote = fields.requiredString("quote", example: "\"words copied exactly from the article\"")
        let party = fields.optionalString("party")
        if let party { reference(.actor, party, at: fields.location(of: "party"), as: .party) }
        let period = readPeriod(fields)
        let quantity = readQuantity(fields, quote: quote)
        let said = fields.date("said")
        guard let status, let quote, let source else { return nil }
        return Claim(
            id: id, status: status, source: source, quote: quote, speaker: fields.optionalString("speaker"),
            party: party.map { ActorID($0) }, said: said, period: period, quantity: quantity, isReviewed: isReviewed)
    }

    private func readPeriod(_ fields: FieldReader) -> Period? {
        guard let period = fields.mapping("period", subject: .part("period", of: fields.subject)) else { return nil }
        period.rejectUnknownKeys(allowed: Keys.period)
        let result = Period(from: period.date("from"), to: period.date("to"))
        if !result.isOrdered {
            log.report(period.location(of: "to"), "period ends (\(result.to!)) before it starts (\(result.from!)); swap or fix the dates")
        }
        return result
    }

    private func readQuantity(_ fields: FieldReader, quote: String?) -> Quantity? {
        guard let quantity = fields.mapping("quantity", subject: .part("quantity", of: fields.subject)) else { return nil }
        quantity.rejectUnknownKeys(allowed: Keys.quantity)
        let text = quantity.requiredString("text", example: "more than 400")
        let unit = quantity.requiredString("unit", example: "drones")
        let low = quantity.number("low")
        let high = quantity.number("high")
        if let text, let quote, !quote.contains(text) {
            log.report(quantity.location(of: "text"), "quantity text '\(text)' is not in the claim's quote; use the quote's own words")
        }
        for (key, value) in [("low", low), ("high", high)] where (value ?? 0) < 0 {
            log.report(quantity.location(of: key), "quantity '\(key)' is negative (\(value!)); counts and amounts are zero or more")
        }
        if let low, let high, low > high {
            log.report(quantity.location(of: "high"), "quantity 'high' (\(high)) is below 'low' (\(low)); swap or fix them")
        }
        guard let text, let unit else { return nil }
        return Quantity(text: text, low: low, high: high, unit: unit)
    }

    /// Reads a source record of the JSON formats: `id`, `title`, `date`, and optionally `outlet`,
    /// `dateNote`, `url`, `file`, `text` and `textStartLine`.
    func readSource(_ fields: FieldReader, extraKeys: [String] = []) {
        let firstIssue = log.count
        fields.rejectUnknownKeys(
            allowed: Keys.source, ignored: extraKeys, alsoIgnored: Keys.derivedOfSource)
        let id = fields.requiredString("id", example: "white-house-warns-2023-02-24")
        let details = readSourceDetails(fields, dateKey: "date", noteKey: "dateNote")
        let text = fields.verbatimText("text") ?? ""
        let startLine = fields.integer("textStartLine", minimum: 1) ?? 1
        guard let id, let details else {
            if let id { markBroken(.source, id, cause: firstIssue) }
            return
        }
        let location = fields.location(of: "id")
        requireSlug(id, what: "source", like: "white-house-warns-2023-02-24", at: location)
        let file = fields.optionalString("file") ?? fields.file
        define(
            Source(
                id: SourceID(id), title: details.title, outlet: details.outlet, published: details.published,
                publishedNote: details.note, url: details.url, file: file, text: text, textStartLine: startLine),
            at: location)
    }

    /// What every source says of itself, in a JSON record or an article's front matter: its
    /// title, outlet, publication date (under `dateKey`) with its note, and URL.
    func readSourceDetails(
        _ fields: FieldReader, dateKey: String, noteKey: String
    ) -> (title: String, outlet: String?, published: PartialDate, note: String?, url: String?)? {
        let title = fields.requiredString("title", example: "The headline as printed")
        let published = fields.date(dateKey, required: true)
        let url = fields.optionalString("url")
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            log.report(fields.location(of: "url"), "url '\(url)' must start with http:// or https://")
        }
        guard let title, let published else { return nil }
        return (title, fields.optionalString("outlet"), published, fields.optionalString(noteKey), url)
    }
}
