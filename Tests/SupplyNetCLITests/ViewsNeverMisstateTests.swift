import Foundation
import TestSupport
import Testing

/// Every edge of the JSON, GraphML, GEXF and Mermaid exports and every row of the CSV, under a
/// view, checked against the recorded flows and claims it came from (for a grouped edge, its
/// parts; for a register row, the parts that carry the row's item), recomputed by
/// `RecordedNetwork` from the unfiltered JSON export.
@Suite("Views never misstate: every exported edge and row says what its own flows and claims say")
struct ViewsNeverMisstateTests {
    static let folders = ["seeds", "Tests/SupplyNetTests/Fixtures/views"]
    static let views: [[String]] = [
        [], ["--group", "pair"], ["--kind", "transfer"], ["--as-of", "2023-02-28"], ["--focus", "IRN"], ["--from", "IRN"],
        ["--group", "pair", "--as-of", "2023-05-15"],
    ]

    private func export(_ folder: String, _ format: String, _ view: [String]) throws -> Data {
        let result = try CommandRunner.run(["export", "--data", folder, "--format", format] + view)
        try #require(result.status == 0, "export --format \(format) \(view): \(result.standardError)")
        return result.standardOutput
    }

    /// What GraphML and GEXF must say of an edge, by attribute name.
    private func attributes(of edge: RecordedNetwork.Edge, in recorded: RecordedNetwork) -> [String: String] {
        let claims = edge.claims
        var expected = [
            "kind": edge.kind, "evidence": RecordedNetwork.evidence(claims), "claims": String(claims.count),
            "sources": String(RecordedNetwork.sources(claims).count),
            "first_date": claims.map(\.date).min() ?? "", "last_date": RecordedNetwork.latest(claims.map(\.date)) ?? "",
            "strongest_quote": RecordedNetwork.strongest(claims)?.quote ?? "",
            "strongest_source": RecordedNetwork.strongest(claims)?.source ?? "",
        ]
        for status in RecordedNetwork.strength.keys {
            expected[status.replacingOccurrences(of: "-", with: "_")] = String(claims.count { $0.status == status })
        }
        if !edge.items.isEmpty {
            expected["item_ids"] = edge.items.joined(separator: "; ")
            expected["items"] = edge.items.map { recorded.itemNames[$0] ?? $0 }.joined(separator: "; ")
        }
        return expected
    }

    private func expectAttributes(
        _ actual: [String: String], of edge: RecordedNetwork.Edge, in recorded: RecordedNetwork, _ format: String
    ) {
        for (name, value) in attributes(of: edge, in: recorded) {
            #expect(actual[name] == value, "\(format) edge \(edge.id): \(name)")
        }
    }

    @Test("JSON, GraphML, GEXF, Mermaid and CSV agree with the recorded flows under each view", arguments: folders, views)
    func exportsAgree(folder: String, view: [String]) throws {
        let recorded = try RecordedNetwork(json: try export(folder, "json", []))
        let edges = recorded.edges(RecordedNetwork.View(view))
        try #require(!edges.isEmpty)

        // JSON: every edge with its recorded claims, whole.
        let json = try #require(try JSONSerialization.jsonObject(with: try export(folder, "json", view)) as? [String: Any])
        let flows = ExportReaders.objects(json["flows"])
        #expect(flows.map { $0["id"] as? String ?? "" } == edges.map(\.id))
        for (flow, edge) in zip(flows, edges) {
            #expect(flow["from"] as? String == edge.from && flow["to"] as? String == edge.to && flow["kind"] as? String == edge.kind)
            #expect(flow["items"] as? [String] == edge.items, "\(edge.id)")
            #expect(flow["evidence"] as? String == RecordedNetwork.evidence(edge.claims), "\(edge.id)")
            let claims = ExportReaders.objects(flow["claims"])
            #expect(claims.map { $0["id"] as? String ?? "" } == edge.claims.map(\.id), "\(edge.id)")
            if RecordedNetwork.View(view).grouped {
                let parts = ExportReaders.objects(flow["parts"])
                #expect(parts.map { $0["id"] as? String ?? "" } == edge.parts.map(\.id), "\(edge.id): parts")
                #expect(parts.map { $0["claims"] as? [String] ?? [] } == edge.parts.map { $0.claims.map(\.id) }, "\(edge.id): parts")
            }
            for (claim, recordedClaim) in zip(claims, edge.claims) {
                #expect(claim["status"] as? String == recordedClaim.status && claim["quote"] as? String == recordedClaim.quote)
                #expect(claim["source"] as? String == recordedClaim.source && claim["date"] as? String == recordedClaim.date)
            }
        }

        // GraphML: each edge's evidence, counts, sources, dates and strongest claim.
        let graphml = try XMLTree.parse(String(decoding: try export(folder, "graphml", view), as: UTF8.self))
        let keys = Dictionary(graphml.descendants("key").map { ($0.attributes["id"] ?? "", $0.attributes["attr.name"] ?? "") }, uniquingKeysWith: { first, _ in first })
        let graphmlEdges = graphml.descendants("edge")
        #expect(graphmlEdges.map { $0.attributes["id"] ?? "" } == edges.map(\.id))
        for (element, edge) in zip(graphmlEdges, edges) {
            #expect(element.attributes["source"] == edge.from && element.attributes["target"] == edge.to)
            let values = Dictionary(element.descendants("data").map { (keys[$0.attributes["key"] ?? ""] ?? "", $0.text) }, uniquingKeysWith: { first, _ in first })
            expectAttributes(values, of: edge, in: recorded, "GraphML")
        }

        // GEXF: the same attributes, and the edge starts when its first source was published.
        let gexf = try XMLTree.parse(String(decoding: try export(folder, "gexf", view), as: UTF8.self))
        let gexfEdges = gexf.descendants("edge")
        #expect(gexfEdges.map { $0.attributes["id"] ?? "" } == edges.map(\.id))
        for (element, edge) in zip(gexfEdges, edges) {
            let values = Dictionary(element.descendants("attvalue").map { ($0.attributes["for"] ?? "", $0.attributes["value"] ?? "") }, uniquingKeysWith: { first, _ in first })
            expectAttributes(values, of: edge, in: recorded, "GEXF")
            let start = RecordedNetwork.sources(edge.claims).map { RecordedNetwork.lastDay(recorded.sourceDates[$0] ?? "") }.min()
            #expect(element.attributes["start"] == start, "GEXF edge \(edge.id): start")
        }

        // Mermaid: each link joins the edge's actors, with its items and its evidence's line.
        let mermaid = String(decoding: try export(folder, "mermaid", view), as: UTF8.self)
        let links = mermaid.split(separator: "\n").filter { $0.contains(">") }
        #expect(links.count == edges.count)
        for (link, edge) in zip(links, edges) {
            let arrow = ["delivered": "-->", "contested": "==>"][RecordedNetwork.evidence(edge.claims)] ?? "-.->"
            let label = edge.items.isEmpty ? edge.kind : edge.items.map { recorded.itemNames[$0] ?? $0 }.joined(separator: ", ")
            let expected = "    \(Self.mermaidID(edge.from)) \(arrow)|\"\(Self.mermaidLabel(label))\"| \(Self.mermaidID(edge.to))"
            #expect(String(link) == expected, "Mermaid edge \(edge.id)")
        }

        // CSV: one row per edge and item, from the parts that carry the item (the parts without
        // items share one row), each with their status, number, period, sources, quotes and ids.
        let rows = ExportReaders.csvRows(String(decoding: try export(folder, "csv", view), as: UTF8.self))
        var expectedRows: [(item: String, parts: [RecordedNetwork.Flow], edge: RecordedNetwork.Edge)] = []
        for edge in edges {
            for item in edge.items { expectedRows.append((item, edge.parts.filter { $0.items.contains(item) }, edge)) }
            let itemless = edge.parts.filter(\.items.isEmpty)
            if !itemless.isEmpty { expectedRows.append(("", itemless, edge)) }
        }
        #expect(rows.count == expectedRows.count)
        for (row, expected) in zip(rows, expectedRows) {
            let claims = expected.parts.flatMap(\.claims)
            let what = "CSV row \(expected.edge.id) \(expected.item)"
            #expect(row["supplier_id"] == expected.edge.from && row["recipient_id"] == expected.edge.to, "\(what)")
            #expect(row["item_id"] == expected.item && row["flow_kind"] == expected.edge.kind, "\(what)")
            #expect(row["status"] == RecordedNetwork.evidence(claims), "\(what): status")
            #expect(row["number"] == Self.defused(RecordedNetwork.number(claims)), "\(what): number")
            #expect(row["period"] == RecordedNetwork.period(claims), "\(what): period")
            #expect(row["sources"] == RecordedNetwork.sources(claims).joined(separator: "; "), "\(what): sources")
            #expect(row["quotes"] == Self.defused(claims.map(\.quote).joined(separator: " | ")), "\(what): quotes")
            #expect(row["flow_id"] == expected.parts.map(\.id).joined(separator: "; "), "\(what): flow_id")
        }
    }

    /// A Mermaid node id: `a_` and the actor id with every character but ASCII letters and digits as `_`.
    static func mermaidID(_ actor: String) -> String {
        "a_" + String(actor.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "_" })
    }

    /// Text as a Mermaid label writes it (docs/exports.md): the characters Mermaid would read as entity codes.
    static func mermaidLabel(_ text: String) -> String {
        let codes: [Character: String] = ["\"": "#quot;", "&": "#amp;", "<": "#lt;", ">": "#gt;", "#": "#35;", "%": "#37;", "`": "#96;", ":": "#58;", "\\": "#92;"]
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ").map { codes[$0] ?? String($0) }.joined()
    }

    /// A CSV field as a spreadsheet-safe register writes it: a leading apostrophe before a formula's first character.
    static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }
}
