import Foundation
import Testing
import SupplyNet

@Suite("supplynet extract, end to end")
struct ExtractCommandTests {
    /// A new article the seeds do not have, with a flow the seeds lack (North Korea to Russia).
    static let newArticle = """
        ---
        title: North Korea ships shells to Russia
        published: 2023-09-14
        ---
        Pyongyang has shipped more than 1,000 containers of artillery shells to Russia since August, Kirby said.

        Washington imposed sanctions on North Korea.
        The Kremlin denied it had received any weapons from North Korea.

        """

    private func copyOfSeeds() throws -> URL {
        let folder = try CommandRunner.temporaryFolder().appendingPathComponent("data")
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("seeds"), to: folder)
        return folder
    }

    @Test("on a seed article it proposes claims in the dataset's format, each with its sentence")
    func seedArticleAsYAML() throws {
        let result = try CommandRunner.run(["extract", "seeds/articles/white-house-warns-2023-02-24.txt"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.hasPrefix("---\n# Proposed by supplynet extract"))
        #expect(result.output.contains("source: white-house-warns-2023-02-24\n"))
        #expect(result.output.contains("  - flow: irn-rus-drones\n    status: delivered\n    quote: \"This was stated by the spokesman"))
        #expect(result.output.contains("    review: unreviewed\n"))
        #expect(result.output.contains("      bytes: ["))
    }

    @Test("JSON gives byte offsets whose bytes are the sentence")
    func jsonOffsets() throws {
        let path = "seeds/articles/wion-defence-partnership-2023-05-15.txt"
        let result = try CommandRunner.run(["extract", "--format", "json", path])
        #expect(result.status == 0, "\(result.standardError)")
        let file = try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent(path))
        let json = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let article = try #require((json["articles"] as? [[String: Any]])?.first)
        let proposals = try #require(article["proposals"] as? [[String: Any]])
        #expect(proposals.count >= 8)
        for proposal in proposals {
            let start = try #require(proposal["start"] as? Int)
            let end = try #require(proposal["end"] as? Int)
            #expect(String(decoding: file[start..<end], as: UTF8.self) == proposal["sentence"] as? String)
        }
    }

    @Test("names the registry lacks are notes on standard error")
    func suggestions() throws {
        let result = try CommandRunner.run(["extract", "seeds/articles/voa-dangerous-partnership-2023-05.txt"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("note: 'Vedant Patel' is not in the registry (person, 1×)"))
    }

    @Test("--into writes an unreviewed claims file that check accepts and lists, and render leaves out unless asked")
    func intoCheckRender() throws {
        let data = try copyOfSeeds()
        let article = data.deletingLastPathComponent().appendingPathComponent("north-korea-shells.txt")
        try Self.newArticle.write(to: article, atomically: true, encoding: .utf8)
        let extract = try CommandRunner.run(["extract", article.path, "--into", data.path])
        #expect(extract.status == 0, "\(extract.standardError)")
        let claims = try String(contentsOf: data.appendingPathComponent("claims/north-korea-shells.yaml"), encoding: .utf8)
        #expect(claims.contains("flows:\n  - id: prk-rus-artillery-ammunition\n    from: PRK\n    to: RUS\n    kind: transfer\n"))
        #expect(claims.contains("    quantity:\n      text: \"more than 1,000\"\n      low: 1000\n"))
        #expect(claims.contains("  - flow: usa-prk-sanction\n"))
        let copied = try Data(contentsOf: data.appendingPathComponent("articles/north-korea-shells.txt"))
        #expect(copied == Data(Self.newArticle.utf8))

        let check = try CommandRunner.run(["check", "--data", data.path])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardError.contains("claims/north-korea-shells.yaml:"))
        #expect(check.standardError.contains("note: claim north-korea-shells-1 on flow 'prk-rus-artillery-ammunition' is unreviewed"))
        #expect(check.output.contains("unreviewed (listed above)"))

        let plain = try CommandRunner.run(["render", "--data", data.path, "--format", "dot", "-o", "-", "--every-flow"])
        #expect(plain.status == 0, "\(plain.standardError)")
        #expect(!plain.output.contains("prk-rus-artillery-ammunition"))
        let included = try CommandRunner.run(["render", "--data", data.path, "--format", "dot", "-o", "-", "--include-unreviewed", "--every-flow"])
        #expect(included.status == 0, "\(included.standardError)")
        #expect(included.output.contains("prk-rus-artillery-ammunition"))
        let json = try CommandRunner.run(["export", "--data", data.path, "--format", "json", "-o", "-", "--include-unreviewed"])
        #expect(json.status == 0, "\(json.standardError)")
        #expect(json.output.contains("\"unreviewed\": true"))
    }

    @Test("--into refuses to overwrite a claims file and writes nothing")
    func intoRefuses() throws {
        let data = try copyOfSeeds()
        let before = try Data(contentsOf: data.appendingPathComponent("claims/white-house-warns-2023-02-24.yaml"))
        let result = try CommandRunner.run(["extract", "seeds/articles/white-house-warns-2023-02-24.txt", "--into", data.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("white-house-warns-2023-02-24.yaml: error: already exists"))
        #expect(result.standardError.contains("nothing was written."))
        #expect(try Data(contentsOf: data.appendingPathComponent("claims/white-house-warns-2023-02-24.yaml")) == before)
    }

    @Test("--into with an invalid date prints the loader's located message, not a bridged NSError, and removes what it wrote")
    func intoInvalidDate() throws {
        let data = try copyOfSeeds()
        let article = data.deletingLastPathComponent().appendingPathComponent("bad-date.txt")
        try "---\ntitle: Bad date\npublished: 2023-02-30\n---\nIran sent drones to Russia.\n".write(to: article, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["extract", article.path, "--into", data.path])
        #expect(result.status == 1)
        #expect(!result.standardError.contains("Error Domain"), "\(result.standardError)")
        #expect(result.standardError.contains("2023-02-30"), "\(result.standardError)")
        #expect(result.standardError.contains("articles/bad-date.txt:"), "\(result.standardError)")
        #expect(result.standardError.contains("the files written were removed"))
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("claims/bad-date.yaml").path))
    }

    @Test("--into needs front matter for a new article")
    func intoNeedsFrontMatter() throws {
        let data = try copyOfSeeds()
        let article = data.deletingLastPathComponent().appendingPathComponent("plain.txt")
        try "Iran sent drones to Russia.\n".write(to: article, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["extract", article.path, "--into", data.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("plain.txt: error: adding to a data folder needs the article's front matter"))
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("claims/plain.yaml").path))
    }

    @Test("a binary file, invalid UTF-8 and a missing file are errors naming the file; the others are still read")
    func badInputs() throws {
        let folder = try CommandRunner.temporaryFolder()
        let binary = folder.appendingPathComponent("image.png")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: binary)
        let latin1 = folder.appendingPathComponent("latin1.txt")
        try Data("Caf".utf8 + [0xE9] + " Iran sent drones to Russia.".utf8).write(to: latin1)
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let result = try CommandRunner.run(["extract", "--format", "json", binary.path, latin1.path, empty.path, folder.path + "/missing.txt"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(binary.path):3:1: error: contains a NUL byte at byte 8: this looks like a binary file"))
        #expect(result.standardError.contains("\(latin1.path):1:4: error: is not valid UTF-8 text (byte 0xE9 at byte 3)"))
        #expect(result.standardError.contains("\(folder.path)/missing.txt: error: no such file"))
        let json = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        #expect((json["articles"] as? [[String: Any]])?.count == 1)
    }

    @Test("random files never crash the command")
    func randomFiles() throws {
        let folder = try CommandRunner.temporaryFolder()
        var generator = SystemRandomNumberGenerator()
        var paths: [String] = []
        for index in 0..<12 {
            let count = Int.random(in: 0..<4000, using: &generator)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if index % 2 == 0 { bytes = bytes.map { $0 & 0x7F == 0 ? 0x20 : $0 & 0x7F } }
            let path = folder.appendingPathComponent("random-\(index).txt").path
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
            paths.append(path)
        }
        let result = try CommandRunner.run(["extract"] + paths)
        #expect(result.status == 0 || result.status == 1, "\(result.standardError)")
    }

    @Test("--evaluate prints the leave-one-out table")
    func evaluate() throws {
        let result = try CommandRunner.run(["extract", "--evaluate"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.hasPrefix("| held-out article |"))
        #expect(result.output.contains("| **overall (micro)** |"))
    }

    @Test("bad arguments exit 64 with what to do")
    func arguments() throws {
        let none = try CommandRunner.run(["extract"])
        #expect(none.status == 64)
        #expect(none.standardError.contains("pass at least one article file, or --evaluate"))
        let confidence = try CommandRunner.run(["extract", "--min-confidence", "2", "x.txt"])
        #expect(confidence.status == 64)
        let help = try CommandRunner.run(["extract", "--help"])
        #expect(help.output.contains("--format <format>") && help.output.contains("values: yaml"))
    }
}

@Suite("Extraction measured on articles its rules were not written from")
struct EvaluationSetCommandTests {
    @Test("--evaluate-set scores every dev article against its gold, overall and per kind, and holds its floor")
    func devSet() throws {
        let result = try CommandRunner.run(["extract", "--evaluate-set", "evaluation/extraction/dev"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = result.output.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| ---") }
        let articles = try FileManager.default.contentsOfDirectory(
            atPath: CommandRunner.packageRoot.appendingPathComponent("evaluation/extraction/dev").path
        ).filter { $0.hasSuffix(".txt") }
        // Header, one row per article, overall, then one row per flow kind.
        #expect(rows.count == 1 + articles.count + 1 + FlowKind.allCases.count)
        let overall = try #require(rows.first { $0.contains("**overall (micro)**") }).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        // name, gold, proposed, correct, precision, recall, F1
        try #require(overall.count == 7, "\(overall)")
        let precision = try #require(Double(overall[4])), f1 = try #require(Double(overall[6]))
        // A floor under what the rules reach on dev today, so a change that breaks them fails here;
        // dev is tuned on, so this is no measure of unseen articles (docs/benchmarks.md has those).
        #expect(precision >= Self.floor.precision && f1 >= Self.floor.f1, "\(result.output)")
    }

    static let floor = (precision: 0.8, f1: 0.55)

    @Test("another network's data folder is the registry: extraction proposes its actors with no code change")
    func otherNetwork() throws {
        let result = try CommandRunner.run([
            "extract", "--data", "evaluation/extraction/networks/myanmar", "--format", "json",
            "evaluation/extraction/dev/regional-sagaing-yak-130-bombing.txt",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let proposals = try #require((document["articles"] as? [[String: Any]])?.first?["proposals"] as? [[String: Any]])
        let ends = Set(proposals.flatMap { [$0["from"] as? String, $0["to"] as? String].compactMap { $0 } })
        #expect(ends.contains("MMR"))
        #expect(!ends.contains("IRN"))
    }
}
