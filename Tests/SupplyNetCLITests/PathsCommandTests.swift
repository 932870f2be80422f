import Foundation
import Testing

@Suite("supplynet paths")
struct PathsCommandTests {
    @Test("paths IRN UKR: Iran → Russia → Ukraine, each hop with its flow, evidence and strongest quote")
    func iranToUkraine() throws {
        let result = try CommandRunner.run(["paths", "IRN", "UKR"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.hasPrefix("Paths from Iran to Ukraine: 5 paths, fewest hops first, then cheapest evidence\n"))
        #expect(result.output.contains("\n1. Iran → Russia → Ukraine: 2 hops, cost "))
        #expect(result.output.contains("   Iran → Russia: irn-rus-drones, transfer of Shahed drones\n"))
        #expect(result.output.contains("   Russia → Ukraine: rus-ukr-drone-strikes, strike of Shahed drones\n"))
        #expect(result.output.contains("      DELIVERED: “"), "the strongest quote")
        #expect(result.output.contains("      DENIED: “"), "and the denial that contests it")
        #expect(result.output.contains("John Kirby (United States)"), "with its speaker")
        #expect(result.output.contains(" claims from "), "how many claims and sources")
    }

    @Test("actors by id, name or alias in any case give the same answer")
    func aliases() throws {
        let byAlias = try CommandRunner.run(["paths", "tehran", "KYIV", "--k", "3"])
        let byID = try CommandRunner.run(["paths", "IRN", "UKR", "-k", "3"])
        #expect(byAlias.status == 0)
        #expect(byAlias.output == byID.output)
    }

    @Test("an unknown actor exits 64 with the closest names")
    func unknownActor() throws {
        let result = try CommandRunner.run(["paths", "Tehrn", "UKR"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("no actor is called 'Tehrn'; closest: Tehran (IRN)"))
        #expect(result.output.isEmpty)
    }

    @Test("no path exits 1 and says why, and what could join them")
    func noPath() throws {
        let korea = try CommandRunner.run(["paths", "North Korea", "Ukraine"])
        #expect(korea.status == 1)
        #expect(korea.standardError.contains("no path: no chain of flows leads from North Korea (PRK) to Ukraine (UKR), even following flows either way"))
        #expect(korea.standardError.contains("North Korea (PRK) reaches Wagner Group"))
        #expect(korea.output.isEmpty)

        let backwards = try CommandRunner.run(["paths", "UKR", "IRN"])
        #expect(backwards.status == 1)
        #expect(backwards.standardError.contains("in the flows' direction; --undirected follows flows either way and joins them"))

        let tooShort = try CommandRunner.run(["paths", "IRN", "UKR", "--max-hops", "1"])
        #expect(tooShort.status == 1)
        #expect(tooShort.standardError.contains("no path of at most 1 hop leads from Iran (IRN) to Ukraine (UKR); the shortest takes 2 (--max-hops 2)"))

        let filtered = try CommandRunner.run(["paths", "IRN", "UKR", "--kind", "sanction"])
        #expect(filtered.status == 1)
        #expect(filtered.standardError.contains("Ukraine (UKR) has no flows among those shown"))
    }

    @Test("--undirected follows flows either way and marks the hops taken against them")
    func undirected() throws {
        let result = try CommandRunner.run(["paths", "UKR", "IRN", "--undirected", "-k", "2"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.contains("; flows followed either way"))
        #expect(result.output.contains(" ← "))
        #expect(result.output.contains("taken against its direction"))
    }

    @Test("--max-hops counts every path within the limit; --cheapest ranks by evidence")
    func maxHopsAndCheapest() throws {
        let result = try CommandRunner.run(["paths", "IRN", "UKR", "--max-hops", "3", "--cheapest", "-k", "2"])
        #expect(result.status == 0, "\(result.standardError)")
        let header = try #require(result.output.split(separator: "\n").first)
        #expect(header.contains("Paths from Iran to Ukraine: 2 of the "))
        #expect(header.hasSuffix(" paths of at most 3 hops, cheapest evidence first"))
    }

    @Test("--format json: the documented shape, one step per hop with its evidence")
    func json() throws {
        let result = try CommandRunner.run(["paths", "IRN", "UKR", "--format", "json", "--item", "drone", "--cheapest", "--max-hops", "3"])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        #expect(document["formatVersion"] as? Int == 1)
        #expect((document["from"] as? [String: Any])?["id"] as? String == "IRN")
        #expect((document["to"] as? [String: Any])?["name"] as? String == "Ukraine")
        #expect(document["order"] as? String == "cost")
        #expect(document["undirected"] as? Bool == false)
        #expect(document["maxHops"] as? Int == 3)
        #expect(document["k"] as? Int == 5)
        #expect((document["pathCount"] as? Int ?? 0) >= 1)
        #expect(document["noPath"] is NSNull)
        let paths = try #require(document["paths"] as? [[String: Any]])
        let first = try #require(paths.first)
        #expect(first["rank"] as? Int == 1)
        #expect(first["actors"] as? [String] == ["IRN", "RUS", "UKR"])
        #expect(first["hops"] as? Int == 2)
        let steps = try #require(first["steps"] as? [[String: Any]])
        #expect(steps.map { $0["flow"] as? String } == ["irn-rus-drones", "rus-ukr-drone-strikes"])
        let step = steps[0]
        for key in ["from", "to", "againstDirection", "cost", "kind", "items", "evidence", "claims", "sources", "strongest", "denial"] {
            #expect(step[key] != nil, "step has \(key)")
        }
        let strongest = try #require(step["strongest"] as? [String: Any])
        #expect(strongest["status"] as? String == "delivered")
        #expect((strongest["quote"] as? String)?.isEmpty == false)
        #expect((strongest["citation"] as? String)?.hasPrefix("DELIVERED: “") == true)
        #expect(step["evidence"] as? String == "contested")
        #expect((step["denial"] as? [String: Any])?["status"] as? String == "denied")
        let costs = paths.compactMap { $0["cost"] as? Double }
        #expect(costs == costs.sorted(), "cheapest first")
    }

    @Test("no path in JSON: a document with no paths and the reason, exit 1")
    func jsonNoPath() throws {
        let result = try CommandRunner.run(["paths", "PRK", "UKR", "--format", "json"])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        #expect((document["paths"] as? [Any])?.isEmpty == true)
        #expect((document["noPath"] as? String)?.contains("no chain of flows leads from North Korea (PRK)") == true)
    }

    @Test("the same question gives the same bytes")
    func deterministic() throws {
        let first = try CommandRunner.run(["paths", "IRN", "UKR", "--format", "json", "--undirected", "--max-hops", "3", "-k", "20"])
        let second = try CommandRunner.run(["paths", "IRN", "UKR", "--format", "json", "--undirected", "--max-hops", "3", "-k", "20"])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
    }

    @Test("--format dot draws the network with the paths' flows highlighted and the rest faded")
    func dotHighlights() throws {
        let result = try CommandRunner.run(["paths", "IRN", "UKR", "--format", "dot", "-k", "1"])
        #expect(result.status == 0, "\(result.standardError)")
        let edges = result.output.split(separator: "\n").filter { $0.contains(" -> ") && !$0.contains("legend") }
        let highlighted = edges.filter { $0.contains(" path\"") }
        #expect(highlighted.count == 2)
        #expect(highlighted.contains { $0.contains("id=\"supplynet-flow-irn-rus-drones\"") })
        #expect(highlighted.contains { $0.contains("id=\"supplynet-flow-rus-ukr-drone-strikes\"") })
        #expect(edges.count > 2)
        #expect(edges.filter { $0.contains(" faded\"") }.count == edges.count - 2)
    }

    @Test("--only-paths draws the paths alone; svg through Graphviz, written to -o")
    func onlyPathsSVG() throws {
        let dot = try CommandRunner.run(["paths", "IRN", "UKR", "--format", "dot", "--only-paths", "-k", "2"])
        #expect(dot.status == 0, "\(dot.standardError)")
        let edges = dot.output.split(separator: "\n").filter { $0.contains(" -> ") && !$0.contains("legend") }
        #expect(edges.count == 3, "irn-rus-drones, rus-ukr-drone-strikes and one more flow")
        #expect(edges.allSatisfy { $0.contains(" path\"") })
        #expect(!dot.output.contains("\"PRK\""))

        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("paths.svg")
        let svg = try CommandRunner.run(["paths", "IRN", "UKR", "--format", "svg", "--only-paths", "-o", file.path])
        #expect(svg.status == 0, "\(svg.standardError)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("<svg"))
        #expect(text.contains("path\""), "edges keep the class path")
    }

    @Test("--only-paths is for drawings; bad numbers are refused", arguments: [
        (["--only-paths"], "--only-paths is for drawings"),
        (["--k", "0"], "--k takes a whole number from 1 to 1000, not '0'"),
        (["--max-hops", "0"], "--max-hops takes a whole number from 1 to 100, not '0'"),
        (["--format", "png"], "--format"),
    ])
    func badArguments(arguments: [String], mention: String) throws {
        let result = try CommandRunner.run(["paths", "IRN", "UKR"] + arguments)
        #expect(result.status == 64)
        #expect(result.standardError.contains(mention), "\(result.standardError)")
    }

    @Test("the same actor twice is refused")
    func sameActor() throws {
        let result = try CommandRunner.run(["paths", "Iran", "tehran"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("are the same actor (IRN)"))
    }

    @Test("drawing a large network as svg is refused with what to do instead; --only-paths draws it")
    func sizeGuard() throws {
        let folder = try CommandRunner.temporaryFolder()
        let data = folder.appendingPathComponent("large.jsonl").path
        let generated = try CommandRunner.run(["generate", "--flows", "2500", "-o", data])
        try #require(generated.status == 0, "\(generated.standardError)")
        let refused = try CommandRunner.run(["paths", "AAA", "AAB", "--data", data, "--format", "svg", "-o", folder.appendingPathComponent("x.svg").path])
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("2,500 edges), more than the 500 the dot engine lays out in about 10 s"), "\(refused.standardError)")
        #expect(refused.standardError.contains("--only-paths"))
        #expect(refused.standardError.contains("--focus"))
        #expect(refused.standardError.contains("--engine sfdp"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.svg").path))

        let onlyPaths = try CommandRunner.run(["paths", "AAA", "AAB", "--data", data, "--format", "svg", "--only-paths", "-k", "2"])
        #expect(onlyPaths.status == 0, "\(onlyPaths.standardError)")
        #expect(onlyPaths.output.contains("</svg>"))
    }

    @Test("supplynet --help lists paths")
    func help() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.output.contains("paths"))
        let own = try CommandRunner.run(["paths", "--help"])
        #expect(own.output.contains("--max-hops"))
        #expect(own.output.contains("--undirected"))
        #expect(own.output.contains("--only-paths"))
    }
}
