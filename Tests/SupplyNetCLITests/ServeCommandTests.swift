import Foundation
import TestSupport
import Testing

/// `supplynet serve` as a user runs it: the built binary on a free port, read through curl and
/// walked in Chromium, then stopped with SIGTERM, which it must answer by exiting 0.
@Suite("supplynet serve", .serialized)
struct ServeCommandTests {
    static let browserOracle = CommandRunner.packageRoot.appendingPathComponent("Tests/Oracles/explorer_browser_check.py").path
    /// Where the browser walk leaves a screenshot per step (git-ignored).
    static let outputFolder = CommandRunner.packageRoot.appendingPathComponent("test-output/explorer")
    static let seeds = CommandRunner.packageRoot.appendingPathComponent("seeds").path

    /// An HTTP response as curl read it.
    struct Response {
        let status: Int
        /// Header names in lower case.
        let headers: [String: String]
        let body: String
        var isHTML: Bool { headers["content-type"]?.hasPrefix("text/html") ?? false }
    }

    /// Starts `supplynet serve --data data --port 0`, reads the address it prints first, runs
    /// `body` with it, and always stops the server with SIGTERM, expecting a clean exit (0)
    /// within 5 seconds.
    static func withServer(data: String = seeds, _ body: (String) throws -> Void) throws {
        let server = try BackgroundProcess(CommandRunner.executable, ["serve", "--data", data, "--port", "0"], in: CommandRunner.packageRoot)
        var failure: (any Error)?
        if let address = server.firstLine(timeout: 60) {
            #expect(address.wholeMatch(of: /http:\/\/127\.0\.0\.1:[1-9][0-9]*\//) != nil, "the first line is the address: \(address)")
            do { try body(address) } catch { failure = error }
        } else {
            Issue.record("the server printed no address; stderr: \(server.standardError)")
        }
        let ending = server.stop(signal: SIGTERM, timeout: 5)
        #expect(!ending.killed && !ending.bySignal && ending.status == 0, "on SIGTERM the server \(ending); stderr: \(server.standardError)")
        if let failure { throw failure }
    }

    /// GETs `path` (sent as written: no dot segments removed, no redirect followed).
    static func fetch(_ address: String, _ path: String) throws -> Response {
        let url = String(address.dropLast()) + path
        let result = try ProcessRunner.run(
            URL(fileURLWithPath: "/usr/bin/curl"), ["-s", "-S", "-i", "--path-as-is", "--max-time", "20", url], timeout: 30)
        try #require(result.status == 0, "curl \(url): \(result.standardError)")
        let text = result.output
        let split = try #require(text.range(of: "\r\n\r\n"), "no header end in: \(text.prefix(200))")
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = try #require(lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }, "status line: \(lines.first ?? "")")
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// Every HTML page is sent with a policy that runs no inline code but by hash.
    static func expectPolicy(_ response: Response, _ path: String) {
        guard response.isHTML else { return }
        let policy = response.headers["content-security-policy"]
        #expect(policy != nil, "\(path): no Content-Security-Policy")
        #expect(!(policy ?? "").contains("unsafe-inline"), "\(path): \(policy ?? "")")
        #expect((policy ?? "").contains("default-src 'none'"), "\(path): \(policy ?? "")")
    }

    @Test("Chromium searches an actor, follows an edge to its flow, a claim to its sentence and back, asks for paths; no console errors")
    func browserWalk() throws {
        try ReportCommandTests.requirePython("selenium")
        try? FileManager.default.removeItem(at: Self.outputFolder)
        try Self.withServer { address in
            let check = try ProcessRunner.run(
                URL(fileURLWithPath: "/usr/bin/env"), ["python3", Self.browserOracle, address, Self.outputFolder.path],
                in: CommandRunner.packageRoot, timeout: 180)
            #expect(!check.timedOut, "the browser walk took over 180 s")
            #expect(check.status == 0, "\(check.output)\(check.standardError)")
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(check.output.utf8)) as? [String: Any], "\(check.standardError)")
            #expect((summary["problems"] as? [String]) == [])
            let steps = (summary["steps"] as? [[String: Any]] ?? []).compactMap { $0["step"] as? String }
            #expect(steps == ["network", "actor", "flow", "source", "flow-again", "paths-form", "paths"])
        }
        let shots = try FileManager.default.contentsOfDirectory(atPath: Self.outputFolder.path).filter { $0.hasSuffix(".png") }.sorted()
        #expect(shots.count == 7, "\(shots)")
        for shot in shots {
            let data = try Data(contentsOf: Self.outputFolder.appendingPathComponent(shot))
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(shot) is no PNG")
        }
    }

    @Test("hostile requests: a wrong option is 400 with the parser's words, unknown ids and escapes are 404, a huge address 400, markup is escaped; every page has a strict policy")
    func hostileRequests() throws {
        try Self.withServer { address in
            var pages: [(String, Response)] = []
            func get(_ path: String) throws -> Response {
                let response = try Self.fetch(address, path)
                pages.append((path, response))
                return response
            }

            let bogus = try get("/?kind=bogus")
            #expect(bogus.status == 400)
            #expect(bogus.body.contains("<p class=\"refused\">&apos;bogus&apos; is not a kind of flow; use one of: transfer, sanction, aid, strike, cooperation</p>"), "\(bogus.body)")

            let nope = try get("/actor/NOPE")
            #expect(nope.status == 404)
            #expect(nope.body.contains("NOPE"))

            for path in ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/source/..%2F..%2F..%2Fetc%2Fpasswd"] {
                let response = try get(path)
                #expect(response.status == 404, "\(path): \(response.status)")
                #expect(!response.body.contains("root:x:0:0"), "\(path) serves /etc/passwd")
            }

            let long = try get("/?as-of=2023&note=" + String(repeating: "a", count: 10_240))
            #expect(long.status == 400, "a 10 KB query: \(long.status)")

            let script = try get("/?title=%3Cscript%3Ealert(1)%3C/script%3E")
            #expect(script.status == 200, "--title is an option of the network view")
            #expect(!script.body.contains("<script>alert"), "\(script.body)")
            #expect(script.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the title is shown, escaped")
            let escaped = try get("/actor/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            #expect(escaped.status == 404)
            #expect(!escaped.body.contains("<script>alert"))

            let search = try get("/search?q=tehran")
            #expect(search.status == 303)
            #expect(search.headers["location"] == "/actor/IRN")
            let paths = try get("/paths?from=Iran&to=Ukraine&max-hops=3")
            #expect(paths.status == 303)
            #expect(paths.headers["location"] == "/paths/IRN/UKR?max-hops=3")

            for path in ["/", "/?kind=transfer&as-of=2023", "/actor/IRN", "/paths/IRN/UKR?max-hops=3", "/timeline?step=2", "/sources"] {
                #expect(try get(path).status == 200, "\(path)")
            }
            for (path, response) in pages { Self.expectPolicy(response, path) }
            #expect(pages.allSatisfy { $0.1.isHTML || $0.1.status == 303 }, "every answer is a page or a redirect")
        }
    }

    /// Fails until the flow page tells a flow outside the view's dates from an unknown one: today
    /// the `show` query refuses the id (400, "is neither a flow id nor an actor … closest flows:
    /// irn-rus-drones") before the page's own "no claims in this view" answer is reached.
    @Test("a flow asked as of a date before its claims is a 404 saying so, not a 400 calling it unknown")
    func flowBeforeItsClaims() throws {
        try Self.withServer { address in
            let page = try Self.fetch(address, "/flow/irn-rus-drones?as-of=2020")
            #expect(page.status == 404, "\(page.status)")
            #expect(page.body.contains("the flow &apos;irn-rus-drones&apos; has no claims in this view"), "\(page.body.suffix(600))")
            #expect(!page.body.contains("is neither a flow id nor an actor"))
        }
    }

    @Test("the timeline's snapshots hold the layout still: every actor drawn in the first snapshot is where the last puts it")
    func timelineHeldStill() throws {
        try Self.withServer { address in
            let first = try Self.fetch(address, "/timeline?step=1")
            let last = try Self.fetch(address, "/timeline")
            #expect(first.status == 200 && last.status == 200)
            let early = Self.actorShapes(first.body), late = Self.actorShapes(last.body)
            #expect(early.count >= 3, "\(early)")
            for (actor, shape) in early {
                #expect(late[actor] == shape, "\(actor) moved: \(shape) then \(late[actor] ?? "absent")")
            }
        }
    }

    /// Each actor's node outline in a page's drawing: its `<g id="explorer-actor-…">`'s first `points` or `d`.
    static func actorShapes(_ html: String) -> [String: String] {
        var shapes: [String: String] = [:]
        for part in html.components(separatedBy: "id=\"explorer-actor-").dropFirst() {
            let actor = String(part.prefix { $0 != "\"" })
            let node = part.prefix { _ in true }.components(separatedBy: "</g>")[0]
            let found = [node.range(of: " points=\""), node.range(of: " d=\"")].compactMap { $0 }
            guard let geometry = found.min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
            shapes[actor] = String(node[geometry.upperBound...].prefix { $0 != "\"" })
        }
        return shapes
    }

    @Test("edit, save, refresh: a broken flows.yaml keeps the last good network and shows the problem with its line and column; fixing it clears it")
    func editSaveRefresh() throws {
        let folder = try CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("seeds")
        try FileManager.default.copyItem(atPath: Self.seeds, toPath: data.path)
        let flows = data.appendingPathComponent("flows.yaml")
        let good = try String(contentsOf: flows, encoding: .utf8)
        let line = try #require(good.components(separatedBy: "\n").firstIndex { $0.hasSuffix("kind: transfer") }) + 1
        let column = try #require(good.components(separatedBy: "\n")[line - 1].range(of: "transfer")).lowerBound.utf16Offset(in: good.components(separatedBy: "\n")[line - 1]) + 1
        let first = try #require(good.range(of: "kind: transfer"))
        let broken = good.replacingCharacters(in: first, with: "kind: tranfser")
        /// The page without its problems section.
        func withoutProblems(_ body: String) -> String { body.replacing(/<section class="problems"[\s\S]*?<\/section>\n/, with: "") }

        try Self.withServer(data: data.path) { address in
            let before = try Self.fetch(address, "/")
            try #require(before.status == 200)
            #expect(!before.body.contains("class=\"problems\""))

            try broken.write(to: flows, atomically: true, encoding: .utf8)
            Thread.sleep(forTimeInterval: 0.6)
            let during = try Self.fetch(address, "/")
            #expect(during.status == 200)
            #expect(during.body.contains("class=\"problems\""), "no problems section after breaking flows.yaml")
            #expect(during.body.contains("flows.yaml:\(line):\(column):"), "the problem's place: \(during.body.prefix(3000))")
            #expect(during.body.contains("tranfser"))
            #expect(withoutProblems(during.body) == before.body, "the last good network, as it was")
            Self.expectPolicy(during, "/")
            let other = try Self.fetch(address, "/actor/IRN")
            #expect(other.status == 200 && other.body.contains("class=\"problems\""), "every page shows the problems")

            try good.write(to: flows, atomically: true, encoding: .utf8)
            Thread.sleep(forTimeInterval: 0.6)
            let after = try Self.fetch(address, "/")
            #expect(after.status == 200)
            #expect(!after.body.contains("class=\"problems\""), "the problems section stays after the fix")
            #expect(after.body == before.body)
        }
    }
}
