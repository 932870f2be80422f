import Foundation
import SupplyNet
import Testing

/// Inputs an attacker or a careless user hands the loader: it refuses them, located, at once.
@Suite("Hostile inputs are refused before they are read")
struct HostileInputTests {
    /// The messages of a failed load.
    private static func problems(_ path: String) throws -> [ValidationIssue] {
        let error = #expect(throws: LoadError.self) { try NetworkLoader(path: path).load() }
        return try #require(error).issues
    }

    private static func replace(_ file: String, in folder: String, withLinkTo target: String) throws {
        let path = folder + "/" + file
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    @Test("a data file that is a link to a device is refused, not read for ever", arguments: ["/dev/zero", "/dev/urandom"])
    func device(target: String) throws {
        let folder = try FixtureData.folder()
        try Self.replace("registry.yaml", in: folder, withLinkTo: target)
        let issues = try Self.problems(folder)
        #expect(issues.contains { $0.location.file == folder + "/registry.yaml" && $0.message.hasPrefix("this is a device, not a regular file") }, "\(issues)")
        let bulk = folder + "/network.jsonl"
        try FileManager.default.createSymbolicLink(atPath: bulk, withDestinationPath: target)
        #expect(try Self.problems(bulk).map(\.message) == ["this is a device, not a regular file; data is read from regular files only"])
    }

    @Test("an article that is a FIFO is refused, not waited on")
    func fifo() throws {
        let folder = try FixtureData.folder()
        let article = folder + "/articles/sample-article.txt"
        try FileManager.default.removeItem(atPath: article)
        #expect(mkfifo(article, 0o600) == 0)
        let issues = try Self.problems(folder)
        #expect(issues.contains { $0.location.file == article && $0.message.hasPrefix("this is a FIFO (named pipe), not a regular file") }, "\(issues)")
    }

    @Test("a link from the data folder to a file outside it is refused")
    func linkOut() throws {
        let folder = try FixtureData.folder()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString + ".yaml").path
        try FileManager.default.copyItem(atPath: folder + "/flows.yaml", toPath: outside)
        try Self.replace("flows.yaml", in: folder, withLinkTo: outside)
        let issues = try Self.problems(folder)
        #expect(issues.contains { $0.location.file == folder + "/flows.yaml" && $0.message.contains("outside the data folder") }, "\(issues)")
    }

    @Test("a control character in a name is refused at its place; one in a quote too", arguments: ["\u{1B}[2J", "\u{0}", "\u{202E}"])
    func controlCharacters(character: String) throws {
        let folder = try FixtureData.folder()
        let registry = folder + "/registry.yaml"
        let text = try String(contentsOfFile: registry, encoding: .utf8)
        try text.replacingOccurrences(of: "name: Iran", with: "name: \"Ir\(QuotedString.escaped(character).dropFirst().dropLast())an\"")
            .write(toFile: registry, atomically: true, encoding: .utf8)
        let issues = try Self.problems(folder)
        #expect(issues.count == 1, "\(issues)")
        #expect(issues.first?.location == SourceLocation(file: registry, line: 3, column: 11), "\(issues)")
        #expect(issues.first?.message.contains("(character 3 of the value)") == true, "\(issues)")
    }

    @Test("a file that is not UTF-8 is located at its first bad byte")
    func invalidUTF8() throws {
        let folder = try FixtureData.folder()
        let flows = folder + "/flows.yaml"
        var data = try Data(contentsOf: URL(fileURLWithPath: flows))
        data.insert(contentsOf: [0xC3, 0x28], at: data.firstIndex(of: UInt8(ascii: "I"))!)
        try data.write(to: URL(fileURLWithPath: flows))
        let issues = try Self.problems(folder)
        #expect(issues.first { $0.location.file == flows }?.location == SourceLocation(file: flows, line: 3, column: 11), "\(issues)")
    }
}

@Suite("Suggestions stay quick at scale")
struct SuggestionScaleTests {
    @Test("2,000 unknown actors against 20,000 known ones are all reported, with suggestions, in seconds")
    func manyUnknownIDs() throws {
        var lines = (0..<20_000).map { #"{"type":"actor","id":"company-\#($0)","name":"Company \#($0)","kind":"company"}"# }
        lines.append(#"{"type":"source","id":"s1","title":"T","date":"2023"}"#)
        for index in 0..<2_000 {
            lines.append(#"{"type":"flow","id":"f\#(index)","from":"compny-\#(index)","to":"company-1","kind":"aid","claims":[{"source":"s1","status":"delivered","quote":"q"}]}"#)
        }
        let folder = try FixtureData.folder()
        let path = folder + "/many.jsonl"
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let clock = ContinuousClock()
        var issues: [ValidationIssue] = []
        let elapsed = clock.measure {
            do { _ = try NetworkLoader(path: path).load() } catch let error as LoadError { issues = error.issues } catch {}
        }
        #expect(issues.count == 2_000)
        #expect(issues.first?.message.hasPrefix("unknown actor 'compny-0' (did you mean 'company-0'") == true, "\(issues.first?.message ?? "")")
        // A generous bound for a debug build on a shared machine; the old suggestions took 56 s.
        #expect(elapsed < .seconds(30), "\(elapsed)")
    }
}
