import Foundation
import SupplyNet
import Testing

@Suite("Transfer-register CSV export")
struct TransferRegisterCSVTests {
    /// A strict RFC 4180 reader: records end in CRLF; a quoted field may hold anything, with `""`
    /// for a quote; an unquoted field may hold no quote, CR or LF. Fails on anything else.
    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let first = scalars.first {
            if first == "\"" {
                scalars = scalars.dropFirst()
                while true {
                    guard let next = scalars.popFirst() else { throw Malformed(description: "unterminated quoted field") }
                    if next == "\"" && scalars.first == "\"" {
                        scalars = scalars.dropFirst()
                        field.unicodeScalars.append("\"")
                    } else if next == "\"" {
                        break
                    } else {
                        field.unicodeScalars.append(next)
                    }
                }
                try #require(scalars.first == nil || scalars.first == "," || scalars.first == "\r", "text after a closing quote")
            } else {
                while let next = scalars.first, next != ",", next != "\r" {
                    try #require(next != "\"" && next != "\n", "\(next.escaped(asASCII: true)) in an unquoted field")
                    field.unicodeScalars.append(next)
                    scalars = scalars.dropFirst()
                }
            }
            record.append(field)
            field = ""
            switch scalars.popFirst() {
            case ",": continue
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed(description: "CR without LF") }
                records.append(record)
                record = []
            default: Issue.record("the last record has no CRLF")
            }
        }
        return records
    }

    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    private func rows(_ network: Network) throws -> [[String: String]] {
        let records = try Self.parse(TransferRegisterCSV.encode(network))
        #expect(records.first == TransferRegisterCSV.columns)
        return records.dropFirst().map { record in
            #expect(record.count == TransferRegisterCSV.columns.count)
            return Dictionary(uniqueKeysWithValues: zip(TransferRegisterCSV.columns, record))
        }
    }

    @Test("has the register's columns, in order")
    func header() {
        #expect(TransferRegisterCSV.columns == [
            "supplier", "supplier_id", "recipient", "recipient_id", "item", "item_id", "category", "flow_kind",
            "status", "number", "period", "sources", "quotes", "statuses", "flow_id",
        ])
        #expect(TransferRegisterCSV.encode(HostileNetwork.make()).hasPrefix(TransferRegisterCSV.columns.joined(separator: ",") + "\r\n"))
    }

    @Test("one row per flow and item; a flow without items gets one row with blank item fields")
    func rowsPerItem() throws {
        let rows = try rows(HostileNetwork.make())
        #expect(rows.map { $0["flow_id"] } == ["f1", "f1", "f2", "f3"])
        #expect(rows.map { $0["item_id"] } == ["shahed", "formula", "", ""])
        #expect(rows.map { $0["category"] } == ["drone", "technology", "", ""])
        #expect(rows[2]["item"] == "")
        #expect(rows.map { $0["status"] } == ["contested", "contested", "offered-or-planned", "requested-or-alleged"])
        #expect(rows.map { $0["flow_kind"] } == ["transfer", "transfer", "transfer", "sanction"])
        #expect(rows[3]["supplier_id"] == "a-b" && rows[3]["recipient_id"] == "a_b")
    }

    @Test("number, period, sources and quotes summarise the flow's claims")
    func claimColumns() throws {
        let rows = try rows(HostileNetwork.make())
        #expect(rows[0]["number"] == "hundreds drones")
        #expect(rows[0]["period"] == "2022-08/..")
        #expect(rows[0]["sources"] == "s1; s2")
        #expect(rows[0]["quotes"] == [
            "He said \"yes\" <b>&amp;</b>\ttab\r\nnext", HostileNetwork.deniedQuote, HostileNetwork.attributedQuote,
        ].joined(separator: " | "), "quotes keep commas, quotes and line breaks; the NUL is dropped")
        #expect(rows[1]["quotes"] == rows[0]["quotes"])
        #expect(rows[2]["period"] == "../2023-02")
        #expect(rows[3]["number"] == "")
        #expect(rows[3]["period"] == "")
    }

    @Test("a field a spreadsheet would run as a formula gets a leading apostrophe")
    func formulaInjection() throws {
        let rows = try rows(HostileNetwork.make())
        #expect(rows[0]["recipient"] == "'" + HostileNetwork.endName)
        #expect(rows[1]["item"] == "'" + HostileNetwork.formulaItemName)
        #expect(rows[2]["quotes"] == "'" + HostileNetwork.offeredQuote)
        #expect(rows[2]["number"] == "'=2 jets")
        for value in ["=1", "+1", "-1", "@x", "\tx", "\rx"] {
            #expect(TransferRegisterCSV.field(value).hasPrefix("'") || TransferRegisterCSV.field(value).hasPrefix("\"'"), "\(value.debugDescription)")
        }
        for value in ["1-2", "a=b", "", "’quoted"] {
            #expect(!TransferRegisterCSV.field(value).contains("'"), "\(value.debugDescription)")
        }
    }

    @Test("quotes exactly the fields that need it", arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("line\nbreak", "\"line\nbreak\""),
        ("cr\rhere", "\"cr\rhere\""), ("", ""), ("=SUM(A1,A2)", "\"'=SUM(A1,A2)\""), ("tab\tinside", "tab\tinside"),
    ])
    func quoting(value: String, expected: String) {
        #expect(TransferRegisterCSV.field(value) == expected)
    }

    @Test("the seeds: one row per flow item, every row's flow in the data, every status an evidence state")
    func seeds() throws {
        let network = try NetworkLoader(path: SeedsTests.seeds).load()
        let rows = try rows(network)
        #expect(rows.count == network.flows.reduce(0) { $0 + max(1, $1.items.count) })
        let drones = try #require(rows.first { $0["flow_id"] == "irn-rus-drones" })
        #expect(drones["supplier"] == "Iran" && drones["recipient"] == "Russia")
        #expect(drones["number"]?.hasPrefix("more than 400 drones") == true)
        #expect(drones["status"] == "contested")
        let states = Set(EvidenceState.allCases.map(\.rawValue))
        #expect(rows.allSatisfy { states.contains($0["status"] ?? "") })
        #expect(Set(rows.map { $0["flow_id"] ?? "" }) == Set(network.flows.map(\.id.rawValue)))
    }

    @Test("is byte-identical from run to run")
    func deterministic() throws {
        let seeds = try NetworkLoader(path: SeedsTests.seeds).load()
        #expect(TransferRegisterCSV.encode(seeds) == TransferRegisterCSV.encode(try NetworkLoader(path: SeedsTests.seeds).load()))
        #expect(TransferRegisterCSV.encode(try FixtureData.validNetwork()) == TransferRegisterCSV.encode(try FixtureData.validNetwork()))
    }
}
