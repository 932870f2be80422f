import Foundation
import Testing

@Suite("supplynet, end to end")
struct CLITests {
    @Test("check passes on seeds/ and says what it counted")
    func checkSeeds() throws {
        let result = try CommandRunner.run(["check", "--data", "seeds"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.contains("seeds: ok:"))
        #expect(result.output.contains("every quote verbatim"))
    }

    @Test("check on bad data exits 1 and reports file:line:column on standard error")
    func checkBadData() throws {
        let folder = try CommandRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("claims"), withIntermediateDirectories: true)
        try "actors:\n  - id: IRN\n    name: Iran\n    kind: stat\nitems: []\n".write(
            to: folder.appendingPathComponent("registry.yaml"), atomically: true, encoding: .utf8)
        try "flows: []\n".write(to: folder.appendingPathComponent("flows.yaml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["check", "--data", folder.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(folder.path)/registry.yaml:4:11: error: 'stat' is not a kind of actor (did you mean 'state'?)"))
        #expect(result.output.isEmpty)
    }

    @Test("render writes network.dot, .svg and .png, and the DOT is what graphs/ holds")
    func renderDefaults() throws {
        let folder = try CommandRunner.temporaryFolder()
        let result = try CommandRunner.run(["render", "--data", "seeds", "--out-dir", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        let dot = try String(contentsOf: folder.appendingPathComponent("network.dot"), encoding: .utf8)
        let committed = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent("graphs/network.dot"), encoding: .utf8)
        #expect(dot == committed, "graphs/network.dot is stale: run scripts/render.sh and commit graphs/")
        let svg = try String(contentsOf: folder.appendingPathComponent("network.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("id=\"supplynet\""))
        let png = try Data(contentsOf: folder.appendingPathComponent("network.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("render -o - writes one format to standard output", arguments: ["svg", "pdf", "dot"])
    func renderToStandardOutput(format: String) throws {
        let result = try CommandRunner.run(["render", "--format", format, "-o", "-"])
        #expect(result.status == 0, "\(result.standardError)")
        let magic: [String: String] = ["svg": "<?xml", "pdf": "%PDF", "dot": "digraph \"supplynet\""]
        #expect(result.output.hasPrefix(magic[format]!))
    }

    @Test("every engine renders the seed network", arguments: ["dot", "neato", "fdp", "sfdp", "circo", "twopi"])
    func engines(engine: String) throws {
        let result = try CommandRunner.run(["render", "--engine", engine, "--format", "svg", "-o", "-"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.contains("</svg>"))
    }

    @Test("a failed render leaves the old file intact")
    func failedRenderKeepsOldFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        let target = folder.appendingPathComponent("network.svg")
        try "old".write(to: target, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["render", "--data", folder.path, "-o", target.path])
        #expect(result.status == 1)
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
    }

    @Test("export --format json gives the documented document")
    func exportJSON() throws {
        let result = try CommandRunner.run(["export", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        #expect(json["formatVersion"] as? Int == 1)
        let flows = try #require(json["flows"] as? [[String: Any]])
        #expect(!flows.isEmpty)
        #expect(flows.allSatisfy { !(($0["claims"] as? [Any]) ?? []).isEmpty })
    }

    @Test("help lists the commands, and render's help lists engines and formats")
    func help() throws {
        let root = try CommandRunner.run(["--help"])
        #expect(root.status == 0)
        for command in ["check", "render", "export"] { #expect(root.output.contains(command)) }
        let render = try CommandRunner.run(["render", "--help"])
        let text = render.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("(values: dot, neato, fdp, sfdp, circo, twopi; default: dot)"))
        #expect(text.contains("(values: svg, png, pdf, dot)"))
    }

    @Test("bad arguments exit 64 and name the argument", arguments: [
        (["render", "--engine", "dott"], "--engine"),
        (["render", "--format", "gif"], "--format"),
        (["render", "-o", "picture.bmp"], "cannot tell the format of 'picture.bmp'"),
        (["check", "--data", "/nonexistent"], "/nonexistent: error: no data here"),
    ])
    func badArguments(arguments: [String], mention: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == (arguments.contains("/nonexistent") ? 1 : 64))
        #expect(result.standardError.contains(mention), "\(result.standardError)")
    }
}
