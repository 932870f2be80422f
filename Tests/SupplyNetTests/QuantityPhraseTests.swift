import SupplyNet
import Testing

@Suite("A quantity is written with its unit once")
struct QuantityPhraseTests {
    @Test("words, then the unit words they do not already end with", arguments: [
        ("more than 400", "drones", "more than 400 drones"),
        ("Most of the 400 drones", "drones", "Most of the 400 drones"),
        ("up to 40 percent", "percent of Ukraine’s energy system damaged", "up to 40 percent of Ukraine’s energy system damaged"),
        ("$29.8 billion", "USD", "$29.8 billion USD"),
        ("hundreds of UAVs", "uavs", "hundreds of UAVs"),
        ("Drones", "drones", "Drones"),
        ("ten", "", "ten"),
        ("a dozen drones", "drones and missiles", "a dozen drones and missiles"),
        ("dronesdrones", "drones", "dronesdrones drones"),
    ])
    func phrase(text: String, unit: String, expected: String) {
        #expect(Quantity(text: text, unit: unit).phrase == expected)
    }

    @Test("the register's number column says each unit once")
    func register() throws {
        let records = try TransferRegisterCSVTests.parse(TransferRegisterCSV.encode(ViewsNetwork.make()))
        let number = try #require(records.first?.firstIndex(of: "number"))
        let strikes = try #require(records.first { $0.last == "rus-ukr-strikes" })
        #expect(strikes[number] == "Most of the 400 drones; up to 40 percent of the grid damaged")
        #expect(records.dropFirst().allSatisfy { !$0[number].contains("drones drones") && !$0[number].contains("percent percent") })
    }
}
