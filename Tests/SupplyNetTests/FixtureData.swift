import Foundation
import SupplyNet

/// Test data folders built from the fixtures: the valid sample, or the sample with one error
/// fixture's files laid over it.
enum FixtureData {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// The package's root folder, for tests of `seeds/` and `graphs/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh copy of the valid sample with `overlay`'s files (from `Fixtures/check/<overlay>`)
    /// replacing or adding files. Returns the folder's path.
    static func folder(overlay: String? = nil) throws -> String {
        let target = FileManager.default.temporaryDirectory
            .appendingPathComponent("supplynet-fixture-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: root.appendingPathComponent("valid"), to: target)
        if let overlay {
            let source = root.appendingPathComponent("check").appendingPathComponent(overlay)
            let files = FileManager.default.enumerator(at: source, includingPropertiesForKeys: [.isRegularFileKey])!
            for case let file as URL in files where (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
                let relative = String(file.path.dropFirst(source.path.count + 1))
                let destination = target.appendingPathComponent(relative)
                try? FileManager.default.removeItem(at: destination)
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: file, to: destination)
            }
        }
        return target.path
    }

    /// The valid sample, loaded.
    static func validNetwork() throws -> Network {
        try NetworkLoader(path: folder()).load()
    }
}
