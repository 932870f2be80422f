import Foundation
import SupplyNet
import SupplyNetReport
import Testing

/// The command line and a report block are two spellings of one `NetworkQuery`: the same options
/// with the same meaning, answered by the library into the same answer.
@Suite("One query: the command line and a report block ask the library the same question")
struct OneQueryTests {
    static let seeds: Network = {
        // The seeds are the project's ground truth and load; a failure here fails every test below.
        try! NetworkLoader(path: CommandRunner.packageRoot.appendingPathComponent("seeds").path).load()
    }()

    /// The library's answer to `text` written in a report block.
    static func answer(_ text: String) throws -> QueryAnswer {
        let block = ReportBlock(location: SourceLocation(file: "brief.md", line: 1), lines: [ReportBlock.Line(number: 2, text: text)])
        return try QueryAnswer(try ReportComposer.query(of: block), in: seeds)
    }

    /// The options a command takes, from its own description of itself.
    static func options(of command: String) throws -> Set<String> {
        let result = try CommandRunner.run([command, "--experimental-dump-help"])
        let help = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        let arguments = (help?["command"] as? [String: Any])?["arguments"] as? [[String: Any]] ?? []
        var names: Set<String> = []
        for argument in arguments where argument["kind"] as? String != "positional" {
            for name in argument["names"] as? [[String: String]] ?? [] {
                names.insert((name["kind"] == "short" ? "-" : "--") + (name["name"] ?? ""))
            }
        }
        return names
    }

    /// Options about where and how a command writes, which a report block has no use for.
    static let outputOptions: Set<String> = [
        "--data", "--data-format", "-o", "--output", "--format", "--out-dir", "--name", "--graph-id", "--no-legend", "--width",
        "-h", "--help", "--version", "--experimental-dump-help", "--table", "--dialect",
    ]

    @Test("each option a command takes for its question means the same in a report block, and the other way round", arguments: [
        ("render", "network"), ("export", "network"), ("paths", "paths"), ("show", "show"), ("timeline", "timeline"),
    ])
    func sameGrammar(command: String, word: String) throws {
        let taken = try Self.options(of: command).subtracting(Self.outputOptions)
        let grammar = Set(NetworkQuery.options(of: word))
        #expect(!taken.isEmpty)
        for option in taken.sorted() {
            #expect(grammar.contains(option), "\(command) takes \(option), which a '\(word)' block does not")
        }
        let question = grammar.subtracting(NetworkQuery.figureOptions).subtracting(["--columns"])
        for option in question.sorted() {
            #expect(taken.contains(option), "a '\(word)' block takes \(option), which \(command) does not")
        }
    }

    @Test("network, flows and focus: export's JSON is the JSON of the block's answer", arguments: [
        (["--kind", "sanction", "--as-of", "2023"], "network --kind sanction --as-of 2023"),
        (["--from", "tehran", "--item", "drone", "--include-unreviewed"], "flows --from tehran --item drone --include-unreviewed"),
        (["--focus", "RUS", "--radius", "1", "--group", "pair", "--status", "delivered"], "focus RUS --radius 1 --group pair --status delivered"),
        (["--to", "Ukraine", "--kind", "STRIKE"], "network --to Ukraine --kind STRIKE"),
    ])
    func sameNetwork(arguments: [String], block: String) throws {
        let result = try CommandRunner.run(["export", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        let answer = try Self.answer(block)
        #expect(result.output == String(decoding: NetworkJSON.encode(answer.shown), as: UTF8.self))
        #expect(!answer.flows.isEmpty)
    }

    @Test("paths: the command's JSON is the JSON of the block's answer, path for path", arguments: [
        (["IRN", "UKR"], "paths IRN UKR"),
        (["tehran", "kyiv", "--max-hops", "3", "-k", "2", "--cheapest"], "paths tehran kyiv --max-hops 3 -k 2 --cheapest"),
        (["PRK", "UKR", "--undirected", "--as-of", "2023-06"], "paths PRK UKR --undirected --as-of 2023-06"),
        (["UKR", "IRN"], "paths UKR IRN"),
    ])
    func samePaths(arguments: [String], block: String) throws {
        let result = try CommandRunner.run(["paths", "--format", "json"] + arguments)
        let answer = try Self.answer(block)
        let paths = try #require(answer.paths)
        #expect(result.output == paths.json(in: answer.shown))
        #expect(result.status == (paths.noPath == nil ? 0 : 1), "\(result.standardError)")
    }

    @Test("show: the command's JSON is the JSON of the block's answer", arguments: [
        (["IRN", "RUS"], "show IRN RUS"), (["moscow", "--as-of", "2022-11"], "show moscow --as-of 2022-11"),
    ])
    func sameShow(arguments: [String], block: String) throws {
        let result = try CommandRunner.run(["show", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output == String(decoding: NetworkJSON.encode(try Self.answer(block).shown), as: UTF8.self))
    }

    @Test("timeline: the command draws the block's snapshots, caption for caption", arguments: [
        ([String](), "timeline"), (["--kind", "transfer", "--to", "RUS"], "timeline --kind transfer --to RUS"),
    ])
    func sameTimeline(arguments: [String], block: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        let result = try CommandRunner.run(["timeline", "--out-dir", folder.path] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        let captions = try Self.answer(block).panels.compactMap(\.caption)
        #expect(!captions.isEmpty)
        #expect(result.output == captions.map { $0 + "\n" }.joined())
    }

    @Test("a path search limited below the shortest path says how many hops it takes, in both front ends")
    func truthfulNoPath() throws {
        let answer = try Self.answer("paths IRN UKR --max-hops 1")
        let reason = try #require(answer.paths?.noPath)
        #expect(reason.hasPrefix("no path of at most 1 hop leads from Iran (IRN) to Ukraine (UKR); the shortest takes 2"))
        let result = try CommandRunner.run(["paths", "IRN", "UKR", "--max-hops", "1"])
        #expect(result.status == 1)
        #expect(result.standardError.contains(reason))
    }
}
