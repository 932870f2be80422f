import Foundation
import Testing

/// Golden files: text compared byte for byte with a file under `Tests/SupplyNetTests/Golden/`.
/// Run with `SUPPLYNET_RECORD=1` to write the current output as the new golden file; the run
/// then fails, so a re-recording is never mistaken for a pass.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func expectMatches(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SUPPLYNET_RECORD"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("recorded \(file.path); run again without SUPPLYNET_RECORD", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "differs from \(name); if the change is intended, re-record with SUPPLYNET_RECORD=1", sourceLocation: sourceLocation)
    }
}
