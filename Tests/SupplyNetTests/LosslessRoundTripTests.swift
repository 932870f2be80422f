import Foundation
import SupplyNet
import TestSupport
import Testing

/// JSON and JSON Lines carry everything the model holds: actors and items without flows,
/// aliases, parents, periods and quantities with their precision, review state, date notes,
/// article text and claim ids. Checked on random networks with every optional field and awkward
/// text (`RandomNetwork`), and on the seeds.
@Suite("Lossless round trips through JSON and JSON Lines")
struct LosslessRoundTripTests {
    static let seeds: Range<UInt64> = 0..<500

    /// Writes `text` to a new file with `extension` and returns its path.
    private static func file(_ text: Data, extension: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("network.\(`extension`)").path
        try text.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("YAML folder → JSON → load → JSON, and JSON → JSON Lines → load → JSON, are identical", arguments: seeds)
    func roundTrips(seed: UInt64) throws {
        let folder = try ProcessRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try DataFolderWriter.write(RandomNetwork.make(seed: seed), to: data)

        let fromFolder = try NetworkLoader(path: data.path).load()
        let json = NetworkJSON.encode(fromFolder)
        let fromJSON = try NetworkLoader(path: try Self.file(json, extension: "json", in: folder)).load()
        #expect(fromJSON == fromFolder, "seed \(seed): \(FirstDifference.between(fromFolder, fromJSON, at: "network") ?? "")")
        #expect(NetworkJSON.encode(fromJSON) == json, "seed \(seed): the JSON read back writes other JSON")

        let lines = Data(BulkFormat.encode(fromJSON).utf8)
        let fromLines = try NetworkLoader(path: try Self.file(lines, extension: "jsonl", in: folder)).load()
        #expect(fromLines == fromFolder, "seed \(seed): \(FirstDifference.between(fromFolder, fromLines, at: "network") ?? "")")
        #expect(NetworkJSON.encode(fromLines) == json, "seed \(seed): the JSON Lines read back write other JSON")
    }

    @Test("the seeds' periods, quantities, date notes and claim ids survive JSON Lines, and unreviewed claims stay unreviewed")
    func seedsThroughJSONLines() throws {
        let seeds = try NetworkLoader(path: SeedsTests.seeds).load()
        var network = seeds
        network.flows[0].claims[0].isReviewed = false
        let folder = try ProcessRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = try NetworkLoader(path: try Self.file(Data(BulkFormat.encode(network).utf8), extension: "jsonl", in: folder)).load()
        #expect(loaded.claims.compactMap(\.period).count == seeds.claims.compactMap(\.period).count)
        #expect(loaded.claims.compactMap(\.period).count == 15)
        #expect(loaded.claims.compactMap(\.quantity).count == 18)
        #expect(loaded.sources.compactMap(\.publishedNote) == seeds.sources.compactMap(\.publishedNote))
        #expect(loaded.claims.map(\.id) == seeds.claims.map(\.id))
        #expect(loaded.claims.filter { !$0.isReviewed }.map(\.id) == [seeds.flows[0].claims[0].id])
        #expect(loaded == network)
    }

    @Test("actors and items that no flow uses are exported and read back")
    func flowlessActorsAndItems() throws {
        var network = try NetworkLoader(path: SeedsTests.seeds).load()
        network = Network(
            actors: network.actors + [Actor(id: "FRA", name: "France", kind: .state), Actor(id: "lone-company", name: "Lone Company", kind: .company, parent: "FRA")],
            items: network.items + [Item(id: "unused-radar", name: "Unused radar", category: .radar)],
            sources: network.sources, flows: network.flows)
        let folder = try ProcessRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (data, ext) in [(NetworkJSON.encode(network), "json"), (Data(BulkFormat.encode(network).utf8), "jsonl")] {
            let loaded = try NetworkLoader(path: try Self.file(data, extension: ext, in: folder)).load()
            #expect(loaded.actors.map(\.id).suffix(2) == ["FRA", "lone-company"], "\(ext)")
            #expect(loaded.items.last?.id == "unused-radar", "\(ext)")
        }
    }
}
