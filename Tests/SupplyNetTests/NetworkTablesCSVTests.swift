import Foundation
import SupplyNet
import Testing

@Suite("CSV nodes and edges tables, for Gephi's data laboratory and Kumu")
struct NetworkTablesCSVTests {
    /// The table's rows as column → value, after checking its header and every row's width.
    private func rows(_ text: String, columns: [String]) throws -> [[String: String]] {
        let records = try TransferRegisterCSVTests.parse(text)
        #expect(records.first == columns)
        return records.dropFirst().map { record in
            #expect(record.count == columns.count)
            return Dictionary(uniqueKeysWithValues: zip(columns, record))
        }
    }

    @Test("the headers: Id and Label, Source, Target, Id, Label and Type first, then GraphML's attribute names")
    func headers() {
        #expect(NetworkTablesCSV.nodeColumns == ["Id", "Label", "kind", "aliases", "parent"])
        #expect(Array(NetworkTablesCSV.edgeColumns.prefix(7)) == ["Source", "Target", "Id", "Label", "Type", "kind", "items"])
        for column in ["evidence", "claims", "delivered", "denied", "sources", "articles", "voices", "parties", "strongest_quote"] {
            #expect(NetworkTablesCSV.edgeColumns.contains(column), "\(column)")
        }
        #expect(Set(NetworkTablesCSV.edgeColumns).count == NetworkTablesCSV.edgeColumns.count)
    }

    @Test("every actor is a node row, flowless ones included; every flow an edge row, parallel ones included")
    func everyRecord() throws {
        let network = try FixtureData.validNetwork()
        let nodes = try rows(NetworkTablesCSV.nodes(network), columns: NetworkTablesCSV.nodeColumns)
        #expect(nodes.map { $0["Id"] } == network.actors.map(\.id.rawValue))
        #expect(nodes.map { $0["Label"] } == network.actors.map(\.name))
        #expect(nodes.map { $0["kind"] } == network.actors.map(\.kind.rawValue))
        let edges = try rows(NetworkTablesCSV.edges(network), columns: NetworkTablesCSV.edgeColumns)
        #expect(edges.map { $0["Id"] } == network.flows.map(\.id.rawValue))
        #expect(edges.map { "\($0["Source"] ?? "")>\($0["Target"] ?? "")" } == network.flows.map { "\($0.from)>\($0.to)" })
        #expect(edges.allSatisfy { $0["Type"] == "Directed" })
        for (edge, flow) in zip(edges, network.flows) {
            #expect(edge["claims"] == String(flow.claims.count))
            #expect(edge["evidence"] == FlowEvidence(flow)?.state.rawValue)
        }
    }

    @Test("hostile names survive: quotes, line breaks, formula starters defused, control characters dropped")
    func hostile() throws {
        let network = HostileNetwork.make()
        let nodes = try rows(NetworkTablesCSV.nodes(network), columns: NetworkTablesCSV.nodeColumns)
        #expect(nodes.map { $0["Id"] } == ["IRN", "end", "a-b", "a_b"])
        #expect(nodes[0]["Label"] == "Iran \"the <Islamic> Republic\" & 'co'\nTehran")
        #expect(nodes[0]["aliases"] == "'=HYPERLINK(\"x\"); a;b")
        #expect(nodes[1]["Label"] == "'" + HostileNetwork.endName, "a name starting with - is defused")
        #expect(nodes[1]["parent"] == "IRN")
        #expect(nodes[3]["Label"] == "" && nodes[3]["parent"] == "")
        let edges = try rows(NetworkTablesCSV.edges(network), columns: NetworkTablesCSV.edgeColumns)
        #expect(edges.map { $0["Id"] } == ["f1", "f2", "f3"])
        #expect(edges[0]["Label"] == "\(HostileNetwork.dronesName), \(HostileNetwork.formulaItemName)")
        #expect(edges[0]["strongest_quote"] == HostileNetwork.attributedQuote)
        #expect(edges[1]["Label"] == "" && edges[1]["items"] == "" && edges[1]["strongest_speaker"] == "")
        #expect(edges[2]["first_date"] == "2023-01-05")
    }

    @Test("--table picks the table; the register stays the default and keeps its note")
    func tables() throws {
        let network = try FixtureData.validNetwork()
        #expect(CSVTable.register.encode(network) == TransferRegisterCSV.encode(network))
        #expect(CSVTable.nodes.encode(network) == NetworkTablesCSV.nodes(network))
        #expect(CSVTable.edges.encode(network) == NetworkTablesCSV.edges(network))
        #expect(CSVTable.register.note == ExportFormat.notes(for: [.csv]).first)
        #expect(CSVTable.nodes.note.hasPrefix("note: the CSV nodes table leaves out the flows"))
        #expect(CSVTable.edges.note.hasSuffix("; export --format json keeps everything"))
        #expect(!CSVTable.edges.note.contains("\n"))
    }

    @Test("docs/exports.md says what each table leaves out, in the library's words")
    func documented() throws {
        let docs = try String(contentsOf: FixtureData.packageRoot.appendingPathComponent("docs/exports.md"), encoding: .utf8)
        for table in CSVTable.allCases {
            for omission in table.omissions {
                #expect(docs.contains(omission), "\(table): \(omission)")
            }
        }
    }
}
