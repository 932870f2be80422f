import Foundation
import Testing

@Suite("supplynet show, timeline and the view options")
struct ViewCommandsTests {
    @Test("show IRN RUS prints every claim between them, contradictions side by side")
    func showPair() throws {
        let result = try CommandRunner.run(["show", "IRN", "RUS"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.contains("irn-rus-drones: Iran → Russia, transfer of Shahed drones — contested"))
        #expect(result.output.contains("SAYS IT HAPPENED"))
        #expect(result.output.contains("│ DENIES IT OR SAW NOTHING"))
        #expect(result.output.contains("rus-irn-helicopters"), "both directions are shown")
    }

    @Test("show finds actors by alias in any case, and a flow by its id")
    func showByAliasAndFlow() throws {
        let byAlias = try CommandRunner.run(["show", "tehran", "the kremlin"])
        let byID = try CommandRunner.run(["show", "IRN", "RUS"])
        #expect(byAlias.output == byID.output)
        let flow = try CommandRunner.run(["show", "irn-rus-drones", "--format", "json"])
        #expect(flow.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: flow.standardOutput) as? [String: Any])
        let flows = try #require(json["flows"] as? [[String: Any]])
        #expect(flows.map { $0["id"] as? String } == ["irn-rus-drones"])
    }

    @Test("show with an unknown name exits 64 with the closest matches")
    func showUnknown() throws {
        let result = try CommandRunner.run(["show", "Tehrn", "RUS"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("no actor is called 'Tehrn'; closest: Tehran (IRN)"))
    }

    @Test("show --as-of leaves out what later sources say")
    func showAsOf() throws {
        let early = try CommandRunner.run(["show", "IRN", "RUS", "--as-of", "2022-12-31", "--format", "json"])
        let late = try CommandRunner.run(["show", "IRN", "RUS", "--format", "json"])
        func claimCount(_ data: Data) throws -> Int {
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            return (json["flows"] as? [[String: Any]] ?? []).reduce(0) { $0 + (($1["claims"] as? [Any])?.count ?? 0) }
        }
        #expect(try claimCount(early.standardOutput) > 0)
        #expect(try claimCount(early.standardOutput) < claimCount(late.standardOutput))
    }

    @Test("render --focus narrows the drawing to an actor's neighbourhood")
    func renderFocus() throws {
        let result = try CommandRunner.run(["render", "--focus", "north korea", "--format", "dot", "-o", "-"])
        #expect(result.status == 0, "\(result.standardError)")
        let edges = result.output.split(separator: "\n").filter { $0.contains(" -> ") && !$0.contains("legend") }
        #expect(edges.count == 1)
        #expect(edges.first?.contains("\"PRK\" -> \"wagner-group\"") == true)
    }

    @Test("render filters and groups", arguments: [
        (["--kind", "sanction"], "flow-sanction"),
        (["--status", "not-observed"], "evidence-not-observed"),
        (["--item", "helicopter"], "Combat helicopters"),
        (["--group", "pair"], "supplynet-flow-irn-rus-transfer"),
    ])
    func renderViews(arguments: [String], mention: String) throws {
        let result = try CommandRunner.run(["render", "--format", "dot", "-o", "-"] + arguments)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.contains(mention))
    }

    @Test("--from and --to keep what an actor, or one of its members, sends or receives")
    func senderAndRecipient() throws {
        let result = try CommandRunner.run(["export", "--to", "moscow", "--from", "tehran", "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = result.output.split(whereSeparator: \.isNewline).dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.hasPrefix("Iran,IRN,Russia,RUS,") })
        let wagner = try CommandRunner.run(["render", "--to", "RUS", "--format", "dot", "-o", "-"])
        #expect(wagner.output.contains("\"PRK\" -> \"wagner-group\""), "a flow to a member of Russia is a flow to Russia")
        #expect(!wagner.output.contains("\"RUS\" -> "))
    }

    @Test("bad view options name the argument", arguments: [
        (["render", "--as-of", "2023-13"], "'2023-13' is not a date"),
        (["render", "--focus", "Atlantis"], "--focus: no actor is called 'Atlantis'"),
        (["render", "--radius", "2"], "--radius needs --focus"),
        (["render", "--kind", "gift"], "--kind"),
        (["render", "--to", "Rusia"], "--to: no actor is called 'Rusia'; closest: Russia (RUS)"),
        (["export", "--from", "Atlantis"], "--from: no actor is called 'Atlantis'"),
    ])
    func badViewOptions(arguments: [String], mention: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(mention), "\(result.standardError)")
    }

    @Test("timeline writes a snapshot per source date and the growth figure")
    func timeline() throws {
        let folder = try CommandRunner.temporaryFolder()
        let result = try CommandRunner.run(["timeline", "--out-dir", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.contains("growth.svg"))
        #expect(files.filter { $0.hasSuffix(".dot") }.count == 5)
        #expect(result.output.contains("As of 2022-12: "))
        let committed = CommandRunner.packageRoot.appendingPathComponent("graphs/timeline")
        for file in files where file.hasSuffix(".dot") {
            let written = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let expected = try String(contentsOf: committed.appendingPathComponent(file), encoding: .utf8)
            #expect(written == expected, "graphs/timeline/\(file) is stale")
        }
        let growth = try String(contentsOf: folder.appendingPathComponent("growth.svg"), encoding: .utf8)
        #expect(growth.components(separatedBy: "<svg x=").count - 1 == 5)
        #expect(!growth.contains("<!DOCTYPE"))
    }
}
