import Foundation
import GraphvizKit
import Hummingbird
import HummingbirdTesting
import SupplyNet
import Testing

@testable import SupplyNetServer

/// The explorer's pages, asked in process (no socket): each is the library's answer to the query
/// its URL spells in the command line's words, escaped, under a strict Content-Security-Policy.
@Suite("The explorer: pages answered by the library, safe to serve")
struct ExplorerTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = packageRoot.appendingPathComponent("seeds").path

    /// Counts the drawings Graphviz is asked for.
    final class Renders: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        var count: Int { lock.withLock { value } }
        func add() { lock.withLock { value += 1 } }
    }

    static func explorer(data: String = seeds, renders: Renders = Renders()) -> Explorer {
        Explorer(data: data) { dot, engine in
            renders.add()
            return try Graphviz.renderSVG(dot, engine: LayoutEngine(engine))
        }
    }

    /// GETs each of `uris` from `explorer` and hands back status, headers and body.
    static func get(_ uris: [String], from explorer: Explorer) async throws -> [(HTTPResponse.Status, HTTPFields, String)] {
        let app = Application(router: explorer.router())
        return try await app.test(.router) { client in
            var results: [(HTTPResponse.Status, HTTPFields, String)] = []
            for uri in uris {
                try await client.execute(uri: uri, method: .get) { response in
                    results.append((response.status, response.headers, String(buffer: response.body)))
                }
            }
            return results
        }
    }

    @Test("every page of the seeds answers, under a Content-Security-Policy without unsafe-inline", arguments: [
        "/", "/?kind=transfer&as-of=2023-02", "/actor/IRN", "/actor/IRN?radius=2", "/flow/irn-rus-drones",
        "/paths/IRN/UKR?max-hops=3", "/paths", "/source/voa-dangerous-partnership-2023-05", "/timeline", "/timeline?step=1",
        "/sources",
    ])
    func pages(uri: String) async throws {
        let (status, headers, body) = try await Self.get([uri], from: Self.explorer())[0]
        #expect(status == .ok, "\(uri): \(body.prefix(400))")
        let policy = try #require(headers[.contentSecurityPolicy])
        #expect(policy.hasPrefix("default-src 'none'"))
        #expect(!policy.contains("unsafe-inline"))
        #expect(body.hasPrefix("<!DOCTYPE html>"))
        #expect(!body.contains("class=\"problems\""))
    }

    @Test("the URL's words are the command line's: the page lists exactly the flows the library answers")
    func sameAnswer() async throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        let answer = try QueryAnswer(try NetworkQuery(parsing: "network --kind sanction --as-of 2023-02-28"), in: network)
        let (status, _, body) = try await Self.get(["/?kind=sanction&as-of=2023-02-28"], from: Self.explorer())[0]
        #expect(status == .ok)
        let listed = body.components(separatedBy: "<a href=\"/flow/").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(Set(listed) == Set(answer.flows.map(\.id.rawValue)))
        #expect(!answer.flows.isEmpty)
        #expect(body.contains(XMLText.escaped(answer.summary)))
    }

    @Test("the trail from an edge to its sentence and back: a flow's claims link to their marks in the article, the marks to the claims")
    func trail() async throws {
        let network = try NetworkLoader(path: Self.seeds).load()
        let flow = try #require(network.flows.first { $0.id.rawValue == "irn-rus-drones" })
        let claim = flow.claims[0]
        let anchor = "claim-" + claim.id.rawValue
        let responses = try await Self.get(["/flow/irn-rus-drones", "/source/\(claim.source.rawValue)"], from: Self.explorer())
        #expect(responses[0].2.contains("href=\"/source/\(claim.source.rawValue)#\(anchor)\""))
        #expect(responses[0].2.contains("id=\"\(anchor)\""))
        let article = responses[1].2
        #expect(article.contains("<mark id=\"\(anchor)\"><a href=\"/flow/irn-rus-drones#\(anchor)\""))
        let mark = try #require(article.range(of: "<mark id=\"\(anchor)\">"))
        let marked = article[mark.upperBound...].prefix(2_000)
        #expect(marked.contains(XMLText.escaped(claim.quote)))
    }

    @Test("a wrong request is refused with the parser's words, an unknown thing is a 404 page", arguments: [
        ("/?kind=bogus", 400, "&apos;bogus&apos; is not a kind of flow"),
        ("/?radius=2", 400, "--radius needs --focus"),
        ("/?colour=red", 400, "&apos;--colour&apos; is not an option of &apos;network&apos;"),
        ("/paths/IRN/UKR?max-hops=0", 400, "--max-hops takes a whole number from 1 to 100"),
        ("/paths/IRN/UKR?cheapest=yes", 400, "--cheapest takes no value, not &apos;yes&apos;"),
        ("/actor/NOPE", 404, "no actor has the id"),
        ("/flow/nope", 404, "no flow has the id"),
        ("/source/..%2F..%2Fetc%2Fpasswd", 404, "no source has the id"),
        ("/../../etc/passwd", 404, "Not found"),
        ("/search?q=Tehrn", 404, "Tehran"),
    ])
    func refusals(uri: String, status: Int, message: String) async throws {
        let (answered, headers, body) = try await Self.get([uri], from: Self.explorer())[0]
        #expect(answered.code == status, "\(uri)")
        #expect(body.contains(message), "\(uri): \(body.suffix(600))")
        #expect(!body.contains("root:x:0"))
        #expect(headers[.contentSecurityPolicy] != nil)
    }

    @Test("read-only: HEAD answers as GET without a body, other methods 405 with the methods allowed")
    func methods() async throws {
        let app = Application(router: Self.explorer().router())
        try await app.test(.router) { client in
            try await client.execute(uri: "/actor/IRN", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentSecurityPolicy] != nil)
            }
            for method in [HTTPRequest.Method.post, .put, .delete] {
                try await client.execute(uri: "/", method: method) { response in
                    #expect(response.status == .methodNotAllowed)
                    #expect(response.headers[.allow] == "GET, HEAD")
                }
            }
        }
    }

    @Test("a search resolves names and aliases as the command line does, and redirects")
    func search() async throws {
        let responses = try await Self.get(["/search?q=tehran", "/search?q=irn-rus-drones", "/paths?from=Iran&to=kyiv&max-hops=3"], from: Self.explorer())
        #expect(responses.map(\.0) == [.seeOther, .seeOther, .seeOther])
        #expect(responses.map { $0.1[.location] } == ["/actor/IRN", "/flow/irn-rus-drones", "/paths/IRN/UKR?max-hops=3"])
    }

    @Test("what a request or the data says is escaped: no markup from either becomes active")
    func escaping() async throws {
        let hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>"
        let query = "?title=" + hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let (_, _, body) = try await Self.get(["/" + query, "/search?q=" + hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!], from: Self.explorer())[0]
        #expect(!body.contains("<script>alert"))
        #expect(!body.contains("<img src=x"))
        #expect(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("figures are drawn once per data version and query, whatever the order of the parameters")
    func cache() async throws {
        let renders = Renders()
        let explorer = Self.explorer(renders: renders)
        _ = try await Self.get(["/?kind=transfer&as-of=2023", "/?as-of=2023&kind=transfer", "/?kind=transfer&as-of=2023"], from: explorer)
        #expect(renders.count == 1)
        _ = try await Self.get(["/?kind=aid"], from: explorer)
        #expect(renders.count == 2)
    }

    @Test("edit, save, refresh: a broken file shows its problems on every page and the last good network stays served")
    func reload() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("explorer-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: Self.seeds, toPath: folder.path)
        defer { try? FileManager.default.removeItem(at: folder) }
        let explorer = Self.explorer(data: folder.path)
        let before = try await Self.get(["/flow/irn-rus-drones"], from: explorer)[0]
        #expect(before.0 == .ok)
        let flows = folder.appendingPathComponent("flows.yaml")
        let original = try String(contentsOf: flows, encoding: .utf8)
        try original.replacingOccurrences(of: "kind: transfer", with: "kind: tranfser").write(to: flows, atomically: true, encoding: .utf8)
        try await Task.sleep(for: .milliseconds(600))
        let broken = try await Self.get(["/flow/irn-rus-drones"], from: explorer)[0]
        #expect(broken.0 == .ok)
        #expect(broken.2.contains("class=\"problems\""))
        #expect(broken.2.contains("flows.yaml:"))
        #expect(broken.2.contains("Shahed"), "the last good network is still served")
        try original.write(to: flows, atomically: true, encoding: .utf8)
        try await Task.sleep(for: .milliseconds(600))
        let fixed = try await Self.get(["/"], from: explorer)[0]
        #expect(!fixed.2.contains("class=\"problems\""))
    }

    @Test("a view too large for its layout engine is refused in the page, before Graphviz")
    func budget() async throws {
        let renders = Renders()
        let (status, _, body) = try await Self.get(["/?engine=dot"], from: Self.explorer(data: Self.largeNetwork, renders: renders))[0]
        #expect(status == .ok)
        #expect(body.contains("too large to draw"))
        #expect(renders.count == 0)
        // The page stays small: its table lists 200 flows and says how many it leaves out.
        #expect(body.components(separatedBy: "<a href=\"/flow/").count - 1 == 200)
        #expect(body.contains("2800 more flows are not listed"))
    }

    /// A generated network of 3,000 flows, written once.
    static let largeNetwork: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("explorer-large-\(UUID().uuidString).jsonl").path
        try! BulkFormat.encode(SyntheticNetwork.generate(flows: 3_000, seed: 7)).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }()
}
