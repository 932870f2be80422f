/// The network as a Mermaid flowchart, for Markdown hosts that render `mermaid` code blocks
/// (docs/exports.md).
///
/// `flowchart LR`, one node per actor (but, like the DOT drawing, not those a narrowed view holds
/// only as a claim's party: `Network.partyOnlyActors`), one link per flow labelled with its items
/// (its kind when it has none). The line says the evidence: `-->` delivered; `-.->` offered, planned, requested or
/// alleged; `==>` contested; `-.->` faded for not observed and denied. Each link's `linkStyle`
/// gives its flow kind's color. Only node declarations, labelled links and numbered `linkStyle`s
/// are used, the plainest parts of Mermaid's flowchart grammar.
public enum MermaidEncoder {
    /// The flowchart for `network`, without a Markdown fence, ending with a newline; same network,
    /// same text.
    ///
    /// - Complexity: O(actors + flows × items).
    public static func encode(_ network: Network) -> String {
        var actorIDs = network.actors.map(\.id).filter { !network.partyOnlyActors.contains($0) }
        var known = Set(actorIDs)
        for flow in network.flows {
            for end in [flow.from, flow.to] where known.insert(end).inserted { actorIDs.append(end) }
        }
        let ids = nodeIdentifiers(actorIDs)
        var index: [ActorID: String] = [:]
        for (actor, id) in zip(actorIDs, ids) where index[actor] == nil { index[actor] = id }

        var lines = ["flowchart LR"]
        for (actor, id) in zip(actorIDs, ids) {
            let text = label(network.actor(actor)?.name ?? actor.rawValue)
            lines.append(text.isEmpty ? "    \(id)" : "    \(id)[\"\(text)\"]")
        }
        var styles: [String] = []
        for (number, flow) in network.flows.enumerated() {
            // A flow without claims (a validated network has none) is drawn as the weakest line.
            let state = FlowEvidence(flow)?.state ?? .requestedOrAlleged
            let names = flow.items.map { network.item($0)?.name ?? $0.rawValue }
            let text = label(names.isEmpty ? flow.kind.rawValue : names.joined(separator: ", "))
            let arrow = self.arrow(for: state) + (text.isEmpty ? " " : "|\"\(text)\"| ")
            lines.append("    \(index[flow.from, default: ""]) \(arrow)\(index[flow.to, default: ""])")
            var style = "stroke:\(NetworkStyle.color(of: flow.kind))"
            if NetworkStyle.line(of: state).faded { style += ",stroke-opacity:0.5" }
            styles.append("    linkStyle \(number) \(style)")
        }
        return (lines + styles).joined(separator: "\n") + "\n"
    }

    /// Mermaid's default `maxEdges`: it shows an error instead of a flowchart with more links.
    public static let linkLimit = 500

    /// Mermaid's default `maxTextSize`, in UTF-16 code units (JavaScript's string length): it shows
    /// an error instead of a longer diagram.
    public static let textLimit = 50_000

    /// What to say on standard error when `flowchart` (`encode(network)`) is past a limit Mermaid
    /// enforces by default, as GitHub and GitLab do: one warning per limit, each with the numbers
    /// and what to do; empty when Mermaid draws it. The file is still right: a Mermaid whose
    /// configuration raises the limits (mermaid-cli's `-c`) draws it.
    public static func warnings(for network: Network, flowchart: String) -> [String] {
        let remedy = "narrow the view (--group pair, --focus ACTOR, --kind, --item, --as-of), or export --format graphml or gexf for Gephi; "
            + "a Mermaid you configure draws it with maxEdges and maxTextSize raised (mmdc -c config.json)"
        var warnings: [String] = []
        if network.flows.count > linkLimit {
            warnings.append(
                "warning: the flowchart has \(network.flows.count) links and Mermaid draws at most \(linkLimit) (maxEdges), "
                    + "so GitHub and GitLab will show an error instead; \(remedy)")
        }
        let size = flowchart.utf16.count
        if size > textLimit {
            warnings.append(
                "warning: the flowchart is \(size) characters and Mermaid reads at most \(textLimit) (maxTextSize), "
                    + "so GitHub and GitLab will show an error instead; \(remedy)")
        }
        return warnings
    }

    /// The link for an evidence state: solid, dotted or thick.
    package static func arrow(for state: EvidenceState) -> String {
        switch state {
        case .delivered: "-->"
        case .contested: "==>"
        case .offeredOrPlanned, .requestedOrAlleged, .notObserved, .denied: "-.->"
        }
    }

    /// Mermaid node ids for `actors`, in order: `a_` and the id with every character other than an
    /// ASCII letter, digit or `_` written `_`; a repeat gets `_2`, `_3`… in order of appearance, so
    /// the ids are unique and the same for the same actors. The `a_` prefix keeps ids clear of
    /// Mermaid's keywords (`end`, `style`, `class`…) and of `o`/`x` link heads.
    package static func nodeIdentifiers(_ actors: [ActorID]) -> [String] {
        var used = Set<String>()
        return actors.map { actor in
            let base = "a_" + String(String.UnicodeScalarView(actor.rawValue.unicodeScalars.map { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? scalar : "_"
            }))
            var candidate = base
            var suffix = 2
            while !used.insert(candidate).inserted {
                candidate = "\(base)_\(suffix)"
                suffix += 1
            }
            return candidate
        }
    }

    /// `text` for inside a Mermaid `"…"` string, on one line.
    ///
    /// Control characters other than whitespace are dropped; runs of whitespace, line breaks
    /// included, become one space, with none at either end. Characters Mermaid or HTML would read
    /// are written as Mermaid entity codes, which it turns into HTML entities: `"` `#quot;`,
    /// `&` `#amp;`, `<` `#lt;`, `>` `#gt;`, and by number `#` (so text never forms an entity code),
    /// `%` (no `%%{` directive), `` ` `` (no Markdown string), `:` (no `style…:#…;` rewrite), `\`
    /// (an escape to Mermaid: `C:\new` would draw a line break), and the space after `direction`,
    /// which Mermaid's lexer would take anywhere on a line for a `direction LR` statement.
    package static func label(_ text: String) -> String {
        let visible = text.unicodeScalars.filter { $0.properties.isWhitespace || $0.properties.generalCategory != .control }
        let words = String(String.UnicodeScalarView(visible)).split(whereSeparator: \.isWhitespace)
        var result = ""
        for scalar in words.joined(separator: " ").unicodeScalars {
            switch scalar {
            case "\"": result += "#quot;"
            case "&": result += "#amp;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "#": result += "#35;"
            case "%": result += "#37;"
            case "`": result += "#96;"
            case ":": result += "#58;"
            case "\\": result += "#92;"
            case " " where result.hasSuffix("direction"): result += "#32;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
