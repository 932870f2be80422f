import Foundation
import SupplyNet
import TestSupport
import Testing

/// The YAML loader against an independent writer: random networks written as data folders with
/// Yams load back equal, field for field.
@Suite("DataFolderWriter and NetworkLoader round-trip random networks")
struct DataFolderWriterTests {
    static let seeds: Range<UInt64> = 0..<300

    @Test("a random network written as a data folder loads back equal", arguments: seeds)
    func roundTrip(seed: UInt64) throws {
        let network = RandomNetwork.make(seed: seed)
        let folder = try ProcessRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try DataFolderWriter.write(network, to: folder)
        let loaded: Network
        do {
            loaded = try NetworkLoader(path: folder.path).load()
        } catch {
            Issue.record("seed \(seed): the loader rejected the written folder:\n\(error)")
            return
        }
        if loaded != network {
            Issue.record("seed \(seed): \(FirstDifference.between(network, loaded, at: "network") ?? "unequal, yet no field differs")")
        }
    }

    @Test("a claim id that is not <source-id>-<n> cannot be written")
    func refusesNonPositionalIDs() throws {
        var network = RandomNetwork.make(seed: try #require(Self.seeds.first { !RandomNetwork.make(seed: $0).flows.isEmpty }))
        network.flows[0].claims[0].id = "not-positional"
        let folder = try ProcessRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: DataFolderWriter.Unwritable.self) { try DataFolderWriter.write(network, to: folder) }
    }

    @Test("the difference finder names the first differing field")
    func differenceFinder() throws {
        let network = RandomNetwork.make(seed: try #require(Self.seeds.first { !RandomNetwork.make(seed: $0).flows.isEmpty }))
        var changed = network
        changed.flows[0].claims[0].quote += "!"
        let difference = try #require(FirstDifference.between(network, changed, at: "network"))
        #expect(difference.hasPrefix("network.flows[0].claims[0].quote: generated "), "\(difference)")
        #expect(FirstDifference.between(network, network, at: "network") == nil)
    }
}

/// The first place where two values differ, walking stored properties, optionals and array
/// elements with `Mirror`: `network.flows[2].claims[0].said: generated … loaded …`.
enum FirstDifference {
    /// Returns nil when the values are equal (compared as `AnyHashable` where they are hashable).
    static func between(_ expected: Any, _ actual: Any, at path: String) -> String? {
        if let left = expected as? AnyHashable, let right = actual as? AnyHashable, left == right { return nil }
        let left = Mirror(reflecting: expected), right = Mirror(reflecting: actual)
        switch left.displayStyle {
        case .optional, .struct, .class, .tuple:
            let (leftChildren, rightChildren) = (Array(left.children), Array(right.children))
            guard leftChildren.count == rightChildren.count, !leftChildren.isEmpty else { break }
            for (index, (child, other)) in zip(leftChildren, rightChildren).enumerated() {
                let childPath = left.displayStyle == .optional ? path : "\(path).\(child.label ?? "\(index)")"
                if let difference = between(child.value, other.value, at: childPath) { return difference }
            }
            return nil
        case .collection:
            let (leftElements, rightElements) = (Array(left.children), Array(right.children))
            for (index, (element, other)) in zip(leftElements, rightElements).enumerated() {
                if let difference = between(element.value, other.value, at: "\(path)[\(index)]") { return difference }
            }
            if leftElements.count != rightElements.count {
                return "\(path): generated \(leftElements.count) entries, loaded \(rightElements.count)"
            }
            return nil
        default:
            break
        }
        let (leftText, rightText) = (describe(expected), describe(actual))
        return leftText == rightText ? nil : "\(path): generated \(leftText), loaded \(rightText)"
    }

    private static func describe(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional, let wrapped = mirror.children.first { return describe(wrapped.value) }
        if mirror.displayStyle == .optional { return "nil" }
        return String(reflecting: value)
    }
}
