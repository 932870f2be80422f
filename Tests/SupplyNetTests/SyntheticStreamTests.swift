import Foundation
import Testing

@testable import SupplyNet

/// `supplynet generate` streams: the records come one at a time, and the lines are the ones the
/// whole network encodes to, byte for byte.
@Suite("Synthetic networks, streamed")
struct SyntheticStreamTests {
    static func streamed(flows: Int, seed: UInt64) -> String {
        var text = ""
        SyntheticNetwork.generate(flows: flows, seed: seed) { text += BulkFormat.line($0) }
        return text
    }

    @Test("the streamed lines equal the whole network's encoding", arguments: [(1, 2026), (57, 1), (1000, 3), (5000, 2026)] as [(Int, UInt64)])
    func sameAsWhole(flows: Int, seed: UInt64) {
        #expect(Self.streamed(flows: flows, seed: seed) == BulkFormat.encode(SyntheticNetwork.generate(flows: flows, seed: seed)))
    }

    @Test("the same bytes as before streaming: 50 flows, seed 7, recorded with the code that held the whole network")
    func recorded() throws {
        let golden = FixtureData.packageRoot.appendingPathComponent("Tests/SupplyNetTests/Golden/synthetic-50-seed7.jsonl")
        #expect(Self.streamed(flows: 50, seed: 7) == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test("a chunked file is staged and renamed whole; a producer that fails leaves the old file and no temporary file")
    func chunkedFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("supplynet-chunks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("out.jsonl").path
        let method = try AtomicFile.write([OutputFile(path: path) { write in
            for index in 0..<1000 { try write(Data("line \(index)\n".utf8)) }
        }])
        #expect(method == [.replaced])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (0..<1000).map { "line \($0)\n" }.joined())

        struct Broken: Error {}
        #expect(throws: OutputError.self) {
            try AtomicFile.write([OutputFile(path: path) { write in
                try write(Data("partial\n".utf8))
                throw Broken()
            }])
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("line 0\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.jsonl"])
    }
}
