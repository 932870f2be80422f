import SupplyNet
import Testing

/// `--group pair`: one edge per (from, to, kind) that keeps, in `parts`, the recorded flows it
/// stands for, so what is said per item is said from that item's own flows.
@Suite("Grouped edges keep each item's own evidence")
struct GroupedEdgeTests {
    static let network = ViewsNetwork.make()
    static let grouped = NetworkView(grouping: .pair).apply(to: network)

    private func rows(_ network: Network) throws -> [[String: String]] {
        try TransferRegisterCSVTests.parse(TransferRegisterCSV.encode(network)).dropFirst().map {
            Dictionary(uniqueKeysWithValues: zip(TransferRegisterCSV.columns, $0))
        }
    }

    @Test("a grouped edge's parts are the recorded flows, in data order, each with its own items and claims")
    func parts() throws {
        let edge = try #require(Self.grouped.flows.first { $0.id == "irn-rus-transfer" })
        let recorded = Self.network.flows.filter { $0.from == "IRN" && $0.to == "RUS" && $0.kind == .transfer }
        #expect(edge.parts == recorded)
        #expect(edge.claims == recorded.flatMap(\.claims))
        #expect(edge.items == ["shahed-drones", "ballistic-missiles", "artillery-ammunition"])
        let single = try #require(Self.grouped.flows.first { $0.id == "usa-irn-sanction" })
        #expect(single.parts.map(\.id) == ["usa-irn-sanctions"], "a pair of one flow has that flow as its part")
        #expect(Self.network.flows.allSatisfy { $0.parts.isEmpty }, "a recorded flow has no parts")
    }

    @Test("told item by item, a grouped edge gives each item the claims of only the flows that carry it")
    func byItem() throws {
        let edge = try #require(Self.grouped.flows.first { $0.id == "irn-rus-transfer" })
        let told = edge.byItem
        #expect(told.map(\.items) == [["shahed-drones"], ["ballistic-missiles"], ["artillery-ammunition"], []])
        #expect(told.map { $0.recordedFlows.map(\.id) } == [
            ["irn-rus-drones", "irn-rus-shells"], ["irn-rus-missiles"], ["irn-rus-shells"], ["irn-rus-support"],
        ])
        #expect(told[1].claims.map(\.status) == [.notObserved])
        let recorded = try #require(Self.network.flows.first { $0.id == "irn-rus-shells" })
        #expect(recorded.byItem.map(\.items) == [["artillery-ammunition"], ["shahed-drones"]])
        #expect(recorded.byItem.allSatisfy { $0.claims == recorded.claims && $0.parts.isEmpty })
    }

    @Test("the register's row for an item whose only claim is not-observed reads not-observed, with no other item's number")
    func registerRowsPerItem() throws {
        let rows = try rows(Self.grouped).filter { $0["supplier_id"] == "IRN" && $0["recipient_id"] == "RUS" }
        #expect(rows.map { $0["item_id"] } == ["shahed-drones", "ballistic-missiles", "artillery-ammunition", ""])
        let missiles = rows[1]
        #expect(missiles["status"] == "not-observed")
        #expect(missiles["number"] == "")
        #expect(missiles["period"] == "")
        #expect(missiles["sources"] == "wire-2022-12")
        #expect(missiles["quotes"] == "No ballistic missiles have been seen crossing into Russia")
        #expect(missiles["flow_id"] == "irn-rus-missiles")
        let drones = rows[0]
        #expect(drones["status"] == "contested")
        #expect(drones["number"] == "more than 400 drones; Hundreds more drones")
        #expect(drones["period"] == "2022-08/2023-05")
        #expect(drones["sources"] == "wire-2022-12; wire-2023-05")
        #expect(drones["flow_id"] == "irn-rus-drones; irn-rus-shells")
        #expect(rows[2]["status"] == "offered-or-planned")
        #expect(rows[2]["period"] == "2023-06/..")
        #expect(rows[3]["status"] == "offered-or-planned" && rows[3]["flow_id"] == "irn-rus-support", "the part without items keeps its own row")
    }

    @Test("ungrouped, every row of a flow carries that flow's evidence and id, as before")
    func ungroupedRows() throws {
        let rows = try rows(Self.network)
        let shells = rows.filter { $0["flow_id"] == "irn-rus-shells" }
        #expect(shells.map { $0["item_id"] } == ["artillery-ammunition", "shahed-drones"])
        #expect(shells.allSatisfy { $0["status"] == "offered-or-planned" && $0["quotes"] == "Iran plans to send artillery shells and more drones this summer." })
    }
}
