/// The network as GEXF 1.3, dated for Gephi's timeline (docs/exports.md).
///
/// The graph is `mode="dynamic"` with `timeformat="date"`. An edge starts on the first day on
/// which a source reporting it is known to have been published: a source dated to the day counts
/// from that day, one dated only to a month or a year from the last day it can mean (2022-12 from
/// 2022-12-31), so an edge never appears before its evidence could have existed. A node starts
/// with its earliest edge; a node without edges has no start (Gephi shows it throughout). Nothing
/// ends: reporting, once published, stays.
///
/// Gephi merges parallel edges that share a GEXF edge `kind`, so each edge's `kind` is its flow
/// id and every flow stays an edge; the flow's kind is the `kind` attribute value. The attributes
/// are GraphML's, with the same names and values.
public enum GEXFEncoder {
    /// The GEXF document for `network`, UTF-8 text ending with a newline; same network, same text.
    ///
    /// - Complexity: O(actors + flows × claims).
    public static func encode(_ network: Network) -> String {
        let summaries = network.flows.map { FlowSummary($0, in: network) }
        var nodeStart: [ActorID: PartialDate] = [:]
        for summary in summaries {
            guard let start = summary.firstPublished else { continue }
            for end in [summary.flow.from, summary.flow.to] {
                nodeStart[end] = min(nodeStart[end] ?? start, start)
            }
        }

        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#,
            "  <meta>",
            "    <creator>SupplyNet</creator>",
            "    <description>Actors and the flows between them; each flow dated from the first source that reports it</description>",
            "  </meta>",
            #"  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">"#,
        ]
        for (domain, keys) in [("node", GraphMLEncoder.nodeKeys), ("edge", GraphMLEncoder.edgeKeys)] {
            lines.append("    <attributes class=\"\(domain)\">")
            for key in keys {
                let type = key.type == "int" ? "integer" : key.type
                lines.append("      <attribute id=\"\(key.name)\" title=\"\(key.name)\" type=\"\(type)\"/>")
            }
            lines.append("    </attributes>")
        }

        lines.append("    <nodes>")
        for actor in network.actors {
            var attributes = [("id", actor.id.rawValue), ("label", token(actor.name))]
            if let start = nodeStart[actor.id] { attributes.append(("start", start.description)) }
            append(element: "node", attributes, values: GraphMLEncoder.nodeValues(actor), to: &lines)
        }
        lines.append("    </nodes>")

        lines.append("    <edges>")
        for summary in summaries {
            let flow = summary.flow
            var attributes = [
                ("id", flow.id.rawValue), ("source", flow.from.rawValue), ("target", flow.to.rawValue),
                ("kind", token(flow.id.rawValue)),
            ]
            let label = token(summary.items.map(\.name).joined(separator: ", "))
            if !label.isEmpty { attributes.append(("label", label)) }
            if let start = summary.firstPublished { attributes.append(("start", start.description)) }
            append(element: "edge", attributes, values: GraphMLEncoder.edgeValues(summary), to: &lines)
        }
        lines.append("    </edges>")
        lines.append("  </graph>")
        lines.append("</gexf>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func append(
        element: String, _ attributes: [(String, String)], values: [(String, String)], to lines: inout [String]
    ) {
        let opening = "      <\(element)" + attributes.map { " \($0)=\"\(XMLText.escaped($1))\"" }.joined()
        guard !values.isEmpty else {
            lines.append(opening + "/>")
            return
        }
        lines.append(opening + ">")
        lines.append("        <attvalues>")
        for (name, value) in values {
            lines.append("          <attvalue for=\"\(name)\" value=\"\(XMLText.escaped(value))\"/>")
        }
        lines.append("        </attvalues>")
        lines.append("      </\(element)>")
    }

    /// `text` as an `xsd:token`, the type GEXF gives labels and kinds: runs of whitespace become
    /// one space, with none at either end.
    static func token(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
