import Foundation
import SupplyNet
import TestSupport
import Testing

/// `supplynet import` (docs/exports.md, "Import"): FollowTheMoney entities and the edited transfer
/// register, brought back into a data folder as unreviewed claims.
@Suite("supplynet import")
struct ImportCommandTests {
    static let seeds = CommandRunner.packageRoot.appendingPathComponent("seeds")

    /// A copy of the seeds with no claims and no flows (and, unless `keepActors`, no actors and no
    /// articles): what an import has to bring back.
    static func emptiedSeeds(keepActors: Bool = true) throws -> URL {
        let folder = try CommandRunner.temporaryFolder().appendingPathComponent("data")
        try FileManager.default.copyItem(at: seeds, to: folder)
        let claims = folder.appendingPathComponent("claims")
        for name in try FileManager.default.contentsOfDirectory(atPath: claims.path) {
            try FileManager.default.removeItem(at: claims.appendingPathComponent(name))
        }
        try "flows: []\n".write(to: folder.appendingPathComponent("flows.yaml"), atomically: true, encoding: .utf8)
        if !keepActors {
            let registry = try String(contentsOf: folder.appendingPathComponent("registry.yaml"), encoding: .utf8)
            let items = try #require(registry.range(of: "\nitems:"))
            try ("actors: []" + registry[items.lowerBound...]).write(
                to: folder.appendingPathComponent("registry.yaml"), atomically: true, encoding: .utf8)
            let articles = folder.appendingPathComponent("articles")
            for name in try FileManager.default.contentsOfDirectory(atPath: articles.path) {
                try FileManager.default.removeItem(at: articles.appendingPathComponent(name))
            }
        }
        return folder
    }

    static func export(_ format: String, to folder: URL, name: String, view: [String] = []) throws -> URL {
        let path = folder.appendingPathComponent(name)
        let result = try CommandRunner.run(["export", "--format", format, "-o", path.path] + view)
        try #require(result.status == 0, "\(result.standardError)")
        return path
    }

    static func load(_ folder: URL) throws -> Network {
        try NetworkLoader(path: folder.path).load()
    }

    /// The folder's files, to tell that a refused import wrote nothing.
    static func files(in folder: URL) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
    }

    // MARK: FollowTheMoney

    @Test("export --format ftm of the seeds passes ftm validate and the oracle; -o x.ftm.json names the format and says what it leaves out")
    func exportValidates() throws {
        let missing = try ProcessRunner.missingPythonModule("followthemoney")
        try #require(missing == nil, "\(missing ?? "")")
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entities = folder.appendingPathComponent("network.ftm.json")
        let result = try CommandRunner.run(["export", "-o", entities.path])
        #expect(result.status == 0)
        #expect(result.standardError.hasPrefix("note: FollowTheMoney leaves out items as entities"), "\(result.standardError)")
        let json = try Self.export("json", to: folder, name: "network.json")
        let check = try ProcessRunner.python(
            [CommandRunner.packageRoot.appendingPathComponent("Tests/Oracles/ftm_check.py").path, entities.path, json.path])
        #expect(check.status == 0, "\(check.output)\(check.standardError)")
        #expect(check.output.hasPrefix("ftm_check: ok: 120 entities (5 Article, 1 Membership, 6 Organization, 7 PublicBody, 14 Sanction, 87 UnknownLink)"), "\(check.output)")
        #expect(try String(contentsOf: entities, encoding: .utf8) == CommandRunner.run(["export", "--format", "ftm"]).output)
    }

    @Test("the seeds' FtM export imported into a folder with only the items gives back every actor and flow, unreviewed, each claim quoting its entity's line")
    func ftmRoundTrip() throws {
        let folder = try Self.emptiedSeeds(keepActors: false)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let entities = try Self.export("ftm", to: folder.deletingLastPathComponent(), name: "seeds.ftm.json")
        let result = try CommandRunner.run(["import", entities.path, "--into", folder.path, "--published", "2026-12-01"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("imported 101 claims (101 on 38 new flows), 13 new actors, all unreviewed"), "\(result.standardError)")
        #expect(result.standardError.contains("left out 5 Article"), "\(result.standardError)")
        let original = try NetworkLoader(path: Self.seeds.path).load()
        let imported = try Self.load(folder)
        #expect(imported.actors.map(\.id) == original.actors.map(\.id))
        for actor in original.actors {
            let back = try #require(imported.actor(actor.id))
            #expect(back.name == actor.name && back.kind == actor.kind && back.aliases == actor.aliases && back.parent == actor.parent, "\(actor.id)")
            #expect(!back.isReviewed)
        }
        #expect(imported.flows.map(\.id) == original.flows.map(\.id))
        for flow in original.flows {
            let back = try #require(imported.flows.first { $0.id == flow.id })
            #expect(back.from == flow.from && back.to == flow.to && back.kind == flow.kind && back.items == flow.items, "\(flow.id)")
            #expect(back.claims.map(\.status) == flow.claims.map(\.status), "\(flow.id)")
            #expect(back.claims.allSatisfy { !$0.isReviewed && $0.source == "seeds-ftm" && $0.quote.hasPrefix("{\"id\":\"supplynet-claim-") })
        }
        let text = try String(contentsOf: folder.appendingPathComponent("articles/seeds-ftm.txt"), encoding: .utf8)
        #expect(text.hasSuffix(try String(contentsOf: entities, encoding: .utf8)), "the article's text is the file, verbatim")
    }

    static let sanctionsList = """
        {"id":"os-shahed","schema":"Company","properties":{"name":["Shahed Aviation Industries"],"alias":["SAIRC"]}}
        {"id":"os-person","schema":"Person","properties":{"name":["  Ahmad  Example "]}}
        {"id":"os-s1","schema":"Sanction","properties":{"entity":["os-shahed"],"authority":["European Union"],"program":["Iran drones"],"startDate":["2022-10-20"],"listingDate":["2022-10-20"]}}
        {"id":"os-s2","schema":"Sanction","properties":{"entity":["os-person"],"authority":["Office of Foreign Assets Control"],"date":["2023-01-06T00:00:00"]}}
        {"id":"os-s3","schema":"Sanction","properties":{"entity":["os-person"]}}
        {"id":"os-a1","schema":"Address","properties":{"full":["Tehran"]}}

        """

    @Test("a sanctions list's Sanction entities become sanction flows from their authority, the actors new and unreviewed; what is not read is named")
    func sanctionsList() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: Self.seeds, to: data)
        let file = folder.appendingPathComponent("opensanctions.ftm.json")
        try Self.sanctionsList.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["import", file.path, "--into", data.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("opensanctions.ftm.json:5:1: note: Sanction os-s3 skipped: it names no authority"), "\(result.standardError)")
        #expect(result.standardError.contains("note: left out 1 Address"), "\(result.standardError)")
        #expect(result.standardError.contains("imported 2 claims (2 on 2 new flows), 3 new actors"), "\(result.standardError)")
        let network = try Self.load(data)
        let company = try #require(network.actors.first { $0.name == "Shahed Aviation Industries" })
        #expect(company.kind == .company && company.aliases == ["SAIRC"] && !company.isReviewed)
        #expect(network.actors.contains { $0.name == "Ahmad Example" && $0.kind == .person })
        let ofac = try #require(network.actors.first { $0.name == "Office of Foreign Assets Control" })
        #expect(ofac.kind == .publicBody)
        let eu = try #require(network.flows.first { $0.to == company.id })
        #expect(eu.from == "eu" && eu.kind == .sanction, "the authority is the folder's actor of that name")
        let claim = try #require(eu.claims.first)
        #expect(claim.quote == Self.sanctionsList.split(separator: "\n")[2].description && !claim.isReviewed && claim.status == .delivered)
        #expect(claim.said == PartialDate(year: 2022, month: 10, day: 20))
        let check = try CommandRunner.run(["check", "--data", data.path])
        #expect(check.status == 0, "\(check.standardError)")
    }

    @Test("a broken line is refused at its place, and nothing is written", arguments: [
        ("{\"id\":\"x\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"y\"]}\n{\"id\": }\n", "bad.ftm.json:2:"),
        ("[1, 2]\n", "bad.ftm.json:1:1: error: an FtM entity is a JSON object"),
        ("{\"id\":\"x\",\"properties\":{}}\n", "bad.ftm.json:1:1: error: an FtM entity needs a text 'id' and 'schema'"),
        ("{\"id\":\"x\",\"schema\":\"Person\",\"properties\":{\"name\":\"Solo\"}}\n", "bad.ftm.json:1:50: error: property 'name' must be a list"),
    ])
    func brokenFtM(text: String, message: String) throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: Self.seeds, to: data)
        let before = try Self.files(in: data)
        let file = folder.appendingPathComponent("bad.ftm.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["import", file.path, "--into", data.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardError.contains("nothing was written"))
        #expect(try Self.files(in: data) == before)
    }

    // MARK: The register CSV

    /// Imports `register` into the seeds without their claims and flows; checks that every flow
    /// and every claim's quote and source come back; returns how many claims have their status back.
    static func registerRoundTrip(_ register: URL, into folder: URL) throws -> (sameStatus: Int, standardError: String) {
        let result = try CommandRunner.run(["import", register.path, "--into", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        let original = try NetworkLoader(path: Self.seeds.path).load()
        let imported = try Self.load(folder)
        #expect(Set(imported.flows.map(\.id)) == Set(original.flows.map(\.id)))
        #expect(imported.claims.count == original.claims.count)
        var sameStatus = 0
        for flow in original.flows {
            let back = try #require(imported.flows.first { $0.id == flow.id })
            #expect(back.from == flow.from && back.to == flow.to && back.kind == flow.kind && back.items == flow.items, "\(flow.id)")
            let claims = { (flow: Flow) in flow.claims.map { "\($0.source.rawValue)|\($0.quote)|\($0.status.rawValue)" }.sorted() }
            #expect(claims(back).map { $0.split(separator: "|").dropLast() } == claims(flow).map { $0.split(separator: "|").dropLast() }, "\(flow.id)")
            sameStatus += zip(claims(back), claims(flow)).count { $0 == $1 }
            #expect(back.claims.allSatisfy { !$0.isReviewed })
        }
        return (sameStatus, result.standardError)
    }

    @Test("the register exported, imported into the seeds without their claims and flows, gives back every flow and every claim's quote, source and status")
    func csvRoundTrip() throws {
        let folder = try Self.emptiedSeeds()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let register = try Self.export("csv", to: folder.deletingLastPathComponent(), name: "register.csv")
        let (sameStatus, standardError) = try Self.registerRoundTrip(register, into: folder)
        #expect(sameStatus == 101)
        #expect(!standardError.contains("contested"))
    }

    @Test("a register without the statuses column gives each claim its flow's evidence state, and says which flows were contested")
    func csvRoundTripWithoutStatuses() throws {
        let folder = try Self.emptiedSeeds()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let register = try Self.export("csv", to: folder.deletingLastPathComponent(), name: "register.csv")
        // A sheet made by hand, or by a tool that keeps only the columns it knows: no statuses.
        let script = """
            import csv, sys
            rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
            column = rows[0].index("statuses")
            rows = [row[:column] + row[column + 1:] for row in rows]
            csv.writer(open(sys.argv[1], "w", newline="", encoding="utf-8")).writerows(rows)
            """
        let edit = try ProcessRunner.python(["-c", script, register.path])
        try #require(edit.status == 0, "\(edit.standardError)")
        let (sameStatus, standardError) = try Self.registerRoundTrip(register, into: folder)
        // 42 of the 101 claims have the state's status (requested and alleged come back alleged,
        // offered and planned offered, a contested flow's claims alleged).
        #expect(sameStatus == 42)
        #expect(standardError.contains("is contested, and the register does not say which quote denies it"))
    }

    @Test("an edited quote that is not in its article is refused at its line and column in the CSV, and nothing is written")
    func csvEditedQuote() throws {
        let folder = try Self.emptiedSeeds()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let register = try Self.export("csv", to: folder.deletingLastPathComponent(), name: "register.csv")
        var text = try String(contentsOf: register, encoding: .utf8)
        let quote = "since August Iran has supplied hundreds of drones to Russia"
        let range = try #require(text.range(of: quote))
        text.replaceSubrange(range, with: "since August Iran has supplied thousands of drones to Russia")
        // CRLF ends the register's lines; Swift reads "\r\n" as one Character, so count in scalars.
        let before = String(text[..<range.lowerBound]).unicodeScalars
        let line = before.count { $0 == "\n" } + 1
        let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        try text.write(to: register, atomically: true, encoding: .utf8)
        let files = try Self.files(in: folder)
        let result = try CommandRunner.run(["import", register.path, "--into", folder.path])
        #expect(result.status == 1)
        #expect(
            result.standardError.contains("register.csv:\(line):\(column): error: this quote is not in the text of articles/"),
            "\(result.standardError)")
        #expect(result.standardError.contains("nothing was written"))
        #expect(try Self.files(in: folder) == files)
    }

    @Test("a row for several flows (a grouped view's), unknown actors and a missing column are refused at their place")
    func csvRefusals() throws {
        let folder = try Self.emptiedSeeds()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let bad = folder.deletingLastPathComponent().appendingPathComponent("bad.csv")
        try "supplier_id,recipient_id,flow_kind,sources,quotes,flow_id\r\nIRN,RUS,transfer,s,q,a; b\r\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["import", bad.path, "--into", folder.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("bad.csv:2:22: error: this row speaks for several flows (a; b), as a register of a grouped view (--group pair) does; export without --group"), "\(result.standardError)")
        try "supplier_id,recipient_id,flow_kind,sources,quotes,flow_id\r\nXXX,RUS,transfer,s,q,f\r\n".write(to: bad, atomically: true, encoding: .utf8)
        let unknown = try CommandRunner.run(["import", bad.path, "--into", folder.path])
        #expect(unknown.standardError.contains("bad.csv:2:1: error: no actor 'XXX' in the folder's registry"), "\(unknown.standardError)")
        try "supplier,flow_id\r\n".write(to: bad, atomically: true, encoding: .utf8)
        let header = try CommandRunner.run(["import", bad.path, "--into", folder.path])
        #expect(header.standardError.contains("bad.csv:1:1: error: the header lacks supplier_id, recipient_id, flow_kind, sources, quotes"), "\(header.standardError)")
    }

    @Test("import --help names the formats; a file whose name tells no format needs --format")
    func arguments() throws {
        let help = try CommandRunner.run(["import", "--help"])
        #expect(help.output.contains("(values: ftm, csv)"), "\(help.output)")
        let unknown = try CommandRunner.run(["import", "entities.txt", "--into", "seeds"])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("add --format ftm or --format csv"))
    }
}

@Suite("supplynet import at scale")
struct ImportScaleTests {
    @Test("twenty thousand entities, many with names that give no slug, import in bounded time")
    func many() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.copyItem(at: ImportCommandTests.seeds, to: data)
        var lines = ""
        for index in 0..<10_000 {
            let name = index.isMultiple(of: 2) ? "\\u4f01\\u4e1a" : "Firm \(index)"
            lines += "{\"id\":\"c\(index)\",\"schema\":\"Company\",\"properties\":{\"name\":[\"\(name)\"]}}\n"
            lines += "{\"id\":\"s\(index)\",\"schema\":\"Sanction\",\"properties\":{\"entity\":[\"c\(index)\"],\"authority\":[\"European Union\"]}}\n"
        }
        let file = folder.appendingPathComponent("big.ftm.json")
        try lines.write(to: file, atomically: true, encoding: .utf8)
        let started = Date()
        let result = try CommandRunner.run(["import", file.path, "--into", data.path], timeout: 300)
        #expect(!result.timedOut)
        #expect(result.status == 0, "\(result.standardError.suffix(2000))")
        #expect(result.standardError.contains("imported 10000 claims (10000 on 10000 new flows), 10000 new actors"), "\(result.standardError.suffix(2000))")
        print("import of 20000 entities: \(Date().timeIntervalSince(started)) s")
    }
}
