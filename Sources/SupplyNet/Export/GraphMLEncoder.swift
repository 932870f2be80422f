/// The network as GraphML, for Gephi, yEd, Cytoscape and NetworkX (docs/exports.md).
///
/// A directed multigraph: one node per actor (id = actor id), one edge per flow (id = flow id),
/// parallel edges kept. Every attribute has a typed `<key>`; a value that is absent or empty
/// (no parent, no aliases, no dates) has no `<data>` element, while the counts are always written.
///
/// Beside the attributes GEXF shares, three keys are for importers that read only some names: a
/// node's `label` (its actor's name; Gephi labels nodes only from a key named `label`), an edge's
/// `label` (its item names, as in GEXF), and an edge's `id` (its flow id, which python-igraph
/// drops from `<edge id>`).
public enum GraphMLEncoder {
    /// An attribute: its key id, its domain (`node` or `edge`), its name and its GraphML type.
    struct Key {
        let id: String
        let domain: String
        let name: String
        let type: String
    }

    /// GraphML's own keys, each declared before its domain's shared ones: a node's `label` (for
    /// Gephi), an edge's `id` (for python-igraph) and `label`. GEXF has labels and ids of its own.
    static let ownKeys: [Key] = [
        Key(id: "node_label", domain: "node", name: "label", type: "string"),
        Key(id: "edge_id", domain: "edge", name: "id", type: "string"),
        Key(id: "edge_label", domain: "edge", name: "label", type: "string"),
    ]

    /// The node keys GEXF shares, in the order they are declared.
    static let nodeKeys: [Key] = ["name", "kind", "aliases", "parent"].map {
        Key(id: "node_\($0)", domain: "node", name: $0, type: "string")
    }

    /// The edge keys GEXF shares, in the order they are declared.
    static let edgeKeys: [Key] = {
        let strings = ["kind", "items", "item_ids", "categories", "evidence"]
        let counts = ["claims"] + ClaimStatus.allCases.map(FlowSummary.attributeName(of:)) + ["sources", "articles", "voices", "parties"]
        let more = ["first_date", "last_date", "strongest_quote", "strongest_speaker", "strongest_source", "voice_names"]
        return strings.map { Key(id: "edge_\($0)", domain: "edge", name: $0, type: "string") }
            + counts.map { Key(id: "edge_\($0)", domain: "edge", name: $0, type: "int") }
            + more.map { Key(id: "edge_\($0)", domain: "edge", name: $0, type: "string") }
    }()

    /// The GraphML document for `network`, UTF-8 text ending with a newline; same network, same text.
    ///
    /// - Complexity: O(actors + flows × claims).
    public static func encode(_ network: Network) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#,
        ]
        let keys = ownKeys.filter { $0.domain == "node" } + nodeKeys + ownKeys.filter { $0.domain == "edge" } + edgeKeys
        for key in keys {
            lines.append(
                "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>")
        }
        lines.append(#"  <graph id="supplynet" edgedefault="directed">"#)
        for actor in network.actors {
            lines.append("    <node id=\"\(XMLText.escaped(actor.id.rawValue))\">")
            for (name, value) in present([("label", actor.name)]) + nodeValues(actor) {
                lines.append(data("node_\(name)", value))
            }
            lines.append("    </node>")
        }
        for flow in network.flows {
            lines.append(
                "    <edge id=\"\(XMLText.escaped(flow.id.rawValue))\" source=\"\(XMLText.escaped(flow.from.rawValue))\" target=\"\(XMLText.escaped(flow.to.rawValue))\">"
            )
            let summary = FlowSummary(flow, in: network)
            let own = present([("id", flow.id.rawValue), ("label", summary.items.map(\.name).joined(separator: ", "))])
            for (name, value) in own + edgeValues(summary) {
                lines.append(data("edge_\(name)", value))
            }
            lines.append("    </edge>")
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(XMLText.escaped(value))</data>"
    }

    /// An actor's attribute values by key name, in key order, without the absent ones.
    static func nodeValues(_ actor: Actor) -> [(String, String)] { present(nodeAttributes(actor)) }

    /// An actor's attributes by key name, in key order, nil or empty when absent. The CSV node table shares them.
    static func nodeAttributes(_ actor: Actor) -> [(String, String?)] {
        [
            ("name", actor.name),
            ("kind", actor.kind.rawValue),
            ("aliases", actor.aliases.joined(separator: "; ")),
            ("parent", actor.parent?.rawValue),
        ]
    }

    /// A flow's attribute values by key name, in key order, without the absent ones. GEXF shares them.
    static func edgeValues(_ summary: FlowSummary) -> [(String, String)] { present(edgeAttributes(summary)) }

    /// A flow's attributes by key name, in key order, nil or empty when absent. The CSV edge table shares them.
    static func edgeAttributes(_ summary: FlowSummary) -> [(String, String?)] {
        let strongest = summary.evidence?.strongest
        var values: [(String, String?)] = [
            ("kind", summary.flow.kind.rawValue),
            ("items", summary.items.map(\.name).joined(separator: "; ")),
            ("item_ids", summary.items.map(\.id.rawValue).joined(separator: "; ")),
            ("categories", summary.categories.map(\.rawValue).joined(separator: "; ")),
            ("evidence", summary.evidence?.state.rawValue),
            ("claims", String(summary.flow.claims.count)),
        ]
        for status in ClaimStatus.allCases {
            values.append((FlowSummary.attributeName(of: status), String(summary.count(of: status))))
        }
        values += [
            ("sources", String(summary.sources.count)),
            ("articles", String(summary.voices.articles.count)),
            ("voices", String(summary.voices.voices.count)),
            ("parties", String(summary.voices.parties.count)),
            ("first_date", summary.firstDate?.description),
            ("last_date", summary.lastDate?.description),
            ("strongest_quote", strongest?.quote),
            ("strongest_speaker", strongest?.speaker),
            ("strongest_source", strongest?.source.rawValue),
            ("voice_names", summary.voices.voices.map { $0.name(in: summary.network) }.joined(separator: "; ")),
        ]
        return values
    }

    private static func present(_ values: [(String, String?)]) -> [(String, String)] {
        values.compactMap { name, value in
            guard let value, !value.isEmpty else { return nil }
            return (name, value)
        }
    }
}
