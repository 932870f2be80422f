import Foundation
import SupplyNet
import SupplyNetReport
import Testing

/// A bounded fuzz run inside `swift test`: valid inputs, mutated by a seeded generator (byte
/// flips, inserted structural characters and hostile strings, truncation, duplicated lines, deep
/// nesting, huge numbers, invalid UTF-8), fed to the loaders (data folder, JSON, JSON Lines), the
/// report's Markdown with its `supplynet` blocks (composed with a fake renderer) and the query
/// parser.
///
/// Properties: nothing crashes; every input is either accepted or refused with a typed error
/// (`LoadError`, `ReportError`) that has a location; each input is handled within
/// `FuzzRun.perInputBound(bytes:)`, linear in its size. Each target runs a fixed number of
/// iterations (`FuzzRun.iterations`, 300), so the whole suite takes about 11 s in a debug build,
/// well under a minute. A failure
/// prints its target, seed and iteration; each iteration's generator is seeded from those two
/// alone (`FuzzRun.generator(seed:iteration:)`), so one input can be replayed on its own
/// (`SUPPLYNET_FUZZ_REPLAY=<iteration> swift test --filter LoaderFuzzTests/<target>`); with
/// `SUPPLYNET_FUZZ_TRACE=1` each input is named on standard error before it runs, to name a crash.
@Suite("Fuzzing the loaders, reports and queries")
struct LoaderFuzzTests {
    @Test("the data folder's registry, flows and claims YAML")
    func folder() throws {
        let valid = try FixtureData.folder()
        let files = ["registry.yaml", "flows.yaml", "claims/sample-article.yaml"]
        let originals = try files.map { try Array(Data(contentsOf: URL(fileURLWithPath: "\(valid)/\($0)"))) }
        let work = try FixtureData.folder()
        defer { try? FileManager.default.removeItem(atPath: valid); try? FileManager.default.removeItem(atPath: work) }
        FuzzRun(target: "folder", seed: 11).run { generator, _ in
            let which = Int(generator.next() % UInt64(files.count))
            var size = 0
            for (index, file) in files.enumerated() {
                let bytes = index == which ? FuzzRun.mutate(originals[index], &generator) : originals[index]
                size += bytes.count
                try? Data(bytes).write(to: URL(fileURLWithPath: "\(work)/\(file)"))
            }
            return (size, { Self.load(NetworkLoader(path: work, format: .folder)) })
        }
    }

    @Test("the JSON export")
    func json() throws {
        let valid = Array(NetworkJSON.encode(try FixtureData.validNetwork()))
        try Self.fuzzFile(target: "json", seed: 12, valid: valid, format: .json)
    }

    @Test("the JSON Lines")
    func jsonLines() throws {
        let valid = Array(BulkFormat.encode(try FixtureData.validNetwork()).utf8)
        try Self.fuzzFile(target: "jsonl", seed: 13, valid: valid, format: .jsonl)
    }

    @Test("a report's Markdown and its supplynet blocks, with a fake renderer")
    func report() throws {
        let network = try FixtureData.validNetwork()
        let composer = ReportComposer(network: network) { _, _ in "<svg viewBox=\"0 0 1 1\"><g class=\"graph\"></g></svg>" }
        FuzzRun(target: "report", seed: 14).run { generator, _ in
            let markdown = String(decoding: FuzzRun.mutate(Array(Self.report.utf8), &generator), as: UTF8.self)
            return (markdown.utf8.count, {
                do throws(ReportError) {
                    let document = try ReportDocument(markdown: markdown, file: "brief.md")
                    _ = try composer.html(document)
                    _ = try composer.markdown(document) { "figure-\($0).svg" }
                } catch {
                    Self.expectLocated(error.location, "brief.md", error.message)
                }
            })
        }
    }

    @Test("the query parser, one block at a time")
    func queries() {
        FuzzRun(target: "query", seed: 15).run { generator, _ in
            let query = Self.queries[Int(generator.next() % UInt64(Self.queries.count))]
            let text = String(decoding: FuzzRun.mutate(Array(query.utf8), &generator), as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                ReportBlock.Line(number: $0.offset + 2, text: String($0.element))
            }
            return (text.utf8.count, {
                do throws(ReportError) {
                    _ = try ReportComposer.query(of: ReportBlock(location: SupplyNet.SourceLocation(file: "brief.md", line: 1), lines: lines))
                } catch {
                    Self.expectLocated(error.location, "brief.md", error.message)
                }
            })
        }
    }

    // MARK: - Inputs and checks

    static let queries = [
        "network --engine neato", "flows --to RUS --kind transfer --kind cooperation", "focus IRN --radius 1",
        "paths IRN RUS --max-hops 3", "paths IRN RUS --cheapest --k 2", "timeline", "show IRN RUS", "sources",
        "network --as-of 2023-05-01 --status delivered --item shahed-drones --group pair",
        "# a comment\nflows --from IRN\n",
    ]

    static let report = "# Brief\n\nIntro with *emphasis*, a [link](https://example.org) and <b>HTML</b>.\n\n"
        + queries.map { "## \($0.prefix(10))\n\n```supplynet\n\($0)\n```\n\nProse after.\n\n" }.joined()
        + "~~~supplynet\nsources\n~~~\n\n```markdown\n```supplynet\nnot a block\n```\n"

    static func fuzzFile(target: String, seed: UInt64, valid: [UInt8], format: DataFormat) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("supplynet-fuzz-\(UUID().uuidString).\(format.rawValue)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        FuzzRun(target: target, seed: seed).run { generator, _ in
            let bytes = FuzzRun.mutate(valid, &generator)
            try? Data(bytes).write(to: URL(fileURLWithPath: path))
            return (bytes.count, { load(NetworkLoader(path: path, format: format)) })
        }
    }

    /// Loads, and on a refusal expects located, non-empty issues.
    static func load(_ loader: NetworkLoader) {
        do {
            _ = try loader.load()
        } catch .invalid(let issues) {
            #expect(!issues.isEmpty, "\(FuzzRun.label)")
            for issue in issues { expectLocated(issue.location, nil, issue.message) }
        } catch {
            Issue.record("\(FuzzRun.label): a refusal without a location: \(error)")
        }
    }

    static func expectLocated(_ location: SupplyNet.SourceLocation, _ file: String?, _ message: String) {
        #expect(!location.file.isEmpty, "\(FuzzRun.label)")
        if let file { #expect(location.file == file, "\(FuzzRun.label)") }
        #expect(!message.isEmpty, "\(FuzzRun.label)")
    }
}

/// One target's fuzz run: a fixed number of mutated inputs from one seed, each timed.
struct FuzzRun {
    /// Inputs per target: with the fixture's small files, a few seconds per target in a debug
    /// build. `SUPPLYNET_FUZZ_ITERATIONS=N` runs more, for a longer search by hand.
    static let iterations = ProcessInfo.processInfo.environment["SUPPLYNET_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 300
    /// The time an input of `bytes` bytes may take: linear in its size, so that work growing
    /// faster than the input is caught (a mutation can make a 2 MB file: 200 copies of a line
    /// nested 5,000 deep; such a file takes about 3 s to load in a debug build, 0.4 s in release).
    static func perInputBound(bytes: Int) -> Duration { .seconds(2) + .milliseconds(4) * (bytes / 1000) }

    /// The input being run, named in every failure (`fuzz <target>: seed <s>, iteration <i>`).
    @TaskLocal static var label = ""

    let target: String
    let seed: UInt64

    /// Runs `make` (which builds an input from the generator and returns its size and the work
    /// on it) for every iteration, timing the work and naming the seed and iteration of any failure.
    func run(_ make: (inout SplitMix64, Int) -> (bytes: Int, work: () -> Void)) {
        let replay = ProcessInfo.processInfo.environment["SUPPLYNET_FUZZ_REPLAY"].flatMap { Int($0) }
        for iteration in replay.map({ [$0] }) ?? Array(0..<Self.iterations) {
            var generator = Self.generator(seed: seed, iteration: iteration)
            let (bytes, work) = make(&generator, iteration)
            let label = "fuzz \(target): seed \(seed), iteration \(iteration)"
            if ProcessInfo.processInfo.environment["SUPPLYNET_FUZZ_TRACE"] != nil { FileHandle.standardError.write(Data("\(label)\n".utf8)) }
            let started = ContinuousClock.now
            Self.$label.withValue(label) { work() }
            let took = ContinuousClock.now - started
            #expect(took < Self.perInputBound(bytes: bytes), "\(label) took \(took) for \(bytes) bytes")
        }
    }

    /// The generator of one iteration, for replaying it.
    static func generator(seed: UInt64, iteration: Int) -> SplitMix64 {
        SplitMix64(seed: seed &+ UInt64(iteration) &* 0x9E37_79B9)
    }

    /// Hostile strings inserted whole.
    static let hostile: [String] = [
        "\u{0}", "\u{FEFF}", "\u{202E}", "\u{FFFF}", "💥", "e\u{301}", "\r", "\r\n", "\t", "\\", "\"", "'", "`", "```", "~~~",
        "{", "}", "[", "]", ":", ",", "#", "&a", "*a", "!!binary", "<<: *a", "? ", "- ", "|", ">", "%YAML 1.2\n---\n", "---", "...",
        "null", "true", "~", "NaN", "-0", "1e999999", "-1e999999", "99999999999999999999999999999999", "0x7fffffffffffffff",
        "-9223372036854775809", "2023-02-30", "9999-99-99", "\\u0000", "\\ud800", "\\uDFFF\\uD800", "<script>alert(1)</script>",
        "](javascript:alert(1))", "../../../../etc/passwd", "--max-hops 999999999999999999999", "--radius -1", "--k 0",
        "--engine", "--", "--as-of", String(repeating: "a", count: 5000),
    ]

    /// One mutation (sometimes two) of `bytes`.
    static func mutate(_ original: [UInt8], _ generator: inout SplitMix64) -> [UInt8] {
        var bytes = original
        for _ in 0..<(1 + Int(generator.next() % 2)) {
            let at = bytes.isEmpty ? 0 : Int(generator.next() % UInt64(bytes.count + 1))
            switch generator.next() % 9 {
            case 0:
                for _ in 0..<(1 + Int(generator.next() % 8)) where !bytes.isEmpty {
                    bytes[Int(generator.next() % UInt64(bytes.count))] ^= UInt8(truncatingIfNeeded: generator.next() | 1)
                }
            case 1: bytes.insert(contentsOf: Array("{}[]:,\"'-#&*!|>\n ".utf8).randomElement(using: &generator).map { [$0] } ?? [], at: at)
            case 2: bytes.insert(contentsOf: Array(hostile.randomElement(using: &generator)!.utf8), at: at)
            case 3: bytes = Array(bytes.prefix(at))
            case 4:
                var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
                let line = Int(generator.next() % UInt64(lines.count))
                let copies = generator.next() % 4 == 0 ? 200 : 1
                lines.insert(contentsOf: Array(repeating: lines[line], count: copies), at: line)
                bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
            case 5:
                let depth = 10 + Int(generator.next() % 5000)
                let (open, close): (String, String) = [("[", "]"), ("{\"a\":", "}"), ("- ", ""), ("a:\n ", "")].randomElement(using: &generator)!
                bytes.insert(contentsOf: Array((String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)).utf8), at: at)
            case 6:
                let number = String(repeating: "9", count: 1 + Int(generator.next() % 400))
                bytes.insert(contentsOf: Array((Bool.random(using: &generator) ? number : "-\(number).\(number)e\(number)").utf8), at: at)
            case 7:
                let invalid: [[UInt8]] = [[0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82]]
                bytes.insert(contentsOf: invalid.randomElement(using: &generator)!, at: at)
            default:
                let end = min(bytes.count, at + Int(generator.next() % 200))
                bytes.insert(contentsOf: bytes[at..<end], at: Int(generator.next() % UInt64(bytes.count + 1)))
            }
        }
        return bytes
    }
}
