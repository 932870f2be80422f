import Yams

extension LoadContext {
    /// Reads `claims/*.yaml` and attaches each claim to its flow, checking every quote against
    /// its article's text.
    ///
    /// A claims file written by `supplynet extract --into` may also hold the flows it proposes
    /// (`flows:`, as in flows.yaml) and marks its claims `review: unreviewed`.
    func readClaims(into flows: inout [Flow], sources: [Source], actors: [Actor], items: [Item]) {
        var flowIndex = Dictionary(flows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sourceIndex = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let actorIDs = actors.map(\.id.rawValue)
        for name in files(in: "claims", withExtension: "yaml") {
            let relative = "claims/" + name
            guard let text = readText(relative, whatToDo: "") else { continue }
            let yaml = YAMLFile(path: displayPath(relative), text: text, log: log)
            guard yaml.isReadable, let root = MappingReader(yaml.root, in: yaml, log: log, subject: "a claims file") else {
                continue
            }
            root.rejectUnknownKeys(allowed: ["source", "claims", "flows"])
            if root.value("flows") != nil {
                for flow in readFlowList(root, in: yaml, actors: actors, items: items) {
                    flowIndex[flow.id] = flows.count
                    flows.append(flow)
                }
            }
            guard let sourceName = root.requiredString("source", example: "white-house-warns-2023-02-24") else { continue }
            guard let source = sourceIndex[SourceID(sourceName)] else {
                let hint = ClosestMatches.hint(for: sourceName, among: sources.map(\.id.rawValue))
                log.report(
                    root.location(of: "source"),
                    "source '\(sourceName)' has no article\(hint): there is no articles/\(sourceName).txt; add the article or fix 'source'")
                continue
            }
            let reader = ClaimReader(yaml: yaml, source: source, actorIDs: actorIDs, log: log)
            for (index, node) in root.sequence("claims").enumerated() {
                let id = ClaimID("\(source.id)-\(index + 1)")
                guard let (flowID, claim) = reader.read(node, id: id, knownFlows: flowIndex) else { continue }
                flows[flowIndex[flowID]!].claims.append(claim)
                if !claim.isReviewed, let fields = MappingReader(node, in: yaml, log: log, subject: "claim \(id)") {
                    notes.append(LoadNote(fields.location(of: "review"), "claim \(id) on flow '\(flowID)' is unreviewed (proposed by supplynet extract); check it against the article, then delete its 'review: unreviewed' line"))
                }
            }
        }
    }
}

/// Reads the claims of one claims file, whose quotes all come from one source.
private struct ClaimReader {
    let yaml: YAMLFile
    let source: Source
    let actorIDs: [String]
    let log: IssueLog

    func read(_ node: Node, id: ClaimID, knownFlows: [FlowID: Int]) -> (FlowID, Claim)? {
        guard let fields = MappingReader(node, in: yaml, log: log, subject: "claim \(id)") else { return nil }
        fields.rejectUnknownKeys(allowed: ["flow", "status", "quote", "speaker", "party", "said", "period", "quantity", "review", "extraction"])
        let review = fields.optionalString("review")
        if let review, review != "unreviewed" {
            log.report(fields.location(of: "review"), "'review' can only be 'unreviewed'; once a claim is reviewed, delete the line")
        }
        let flow = fields.requiredString("flow", example: "irn-rus-drones")
        let status = fields.vocabulary("status", ClaimStatus.self, what: "claim status")
        let quote = fields.requiredString("quote", example: "\"words copied exactly from the article\"")
        let party = fields.optionalString("party")
        if let flow, knownFlows[FlowID(flow)] == nil {
            let hint = ClosestMatches.hint(for: flow, among: knownFlows.keys.map(\.rawValue).sorted())
            log.report(fields.location(of: "flow"), "unknown flow '\(flow)'\(hint); add it to flows.yaml or fix 'flow'")
        }
        if let party, !actorIDs.contains(party) {
            log.report(fields.location(of: "party"), "unknown actor '\(party)' as party\(ClosestMatches.hint(for: party, among: actorIDs)); add it to registry.yaml or fix 'party'")
        }
        if let quote { checkVerbatim(quote, at: fields.location(of: "quote")) }
        let period = readPeriod(fields)
        let quantity = readQuantity(fields, quote: quote)
        let said = fields.date("said")
        guard let flow, knownFlows[FlowID(flow)] != nil, let status, let quote else { return nil }
        let claim = Claim(
            id: id, status: status, source: source.id, quote: quote, speaker: fields.optionalString("speaker"),
            party: party.map { ActorID($0) }, said: said, period: period, quantity: quantity, isReviewed: review == nil)
        return (FlowID(flow), claim)
    }

    private func checkVerbatim(_ quote: String, at location: SourceLocation) {
        let locator = QuoteLocator(text: source.text, firstLine: source.textStartLine)
        guard !locator.contains(quote) else { return }
        log.report(
            location,
            "quote does not occur verbatim in \(source.file): \(locator.diagnose(quote)); copy the words exactly from the article (curly quotes, typos and all)")
    }

    private func readPeriod(_ fields: MappingReader) -> Period? {
        guard let period = fields.mapping("period", subject: "the period of \(fields.subject)") else { return nil }
        period.rejectUnknownKeys(allowed: ["from", "to"])
        let result = Period(from: period.date("from"), to: period.date("to"))
        if !result.isOrdered {
            log.report(period.location(of: "to"), "period ends (\(result.to!)) before it starts (\(result.from!)); swap or fix the dates")
        }
        return result
    }

    private func readQuantity(_ fields: MappingReader, quote: String?) -> Quantity? {
        guard let quantity = fields.mapping("quantity", subject: "the quantity of \(fields.subject)") else { return nil }
        quantity.rejectUnknownKeys(allowed: ["text", "low", "high", "unit"])
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
}
