import Foundation
import Hummingbird
import Logging
import SupplyNet

/// `supplynet serve`: the cited network in a browser. Every page is one URL whose path and query
/// string are the command line's words (`/paths/IRN/UKR?max-hops=3`), answered by the library;
/// drawings are made on the server and link every actor and edge to its page; pages work with
/// JavaScript off. Read-only, bound to loopback unless told otherwise.
///
/// ```swift
/// let explorer = Explorer(data: "seeds") { dot, engine in try Graphviz.renderSVG(dot, engine: LayoutEngine(engine)) }
/// try await explorer.run(host: "127.0.0.1", port: 8080) { address in print("serving on \(address)") }
/// ```
public struct Explorer: Sendable {
    /// Draws DOT with a Graphviz layout engine and returns an SVG document.
    public typealias Renderer = @Sendable (_ dot: String, _ engine: String) throws -> String
    /// Lays out DOT and returns where everything went (`PinnedLayout`), so that a timeline's
    /// snapshots are drawn with every actor in one place.
    public typealias Layout = @Sendable (_ dot: String, _ engine: String) throws -> PinnedLayout

    let live: LiveNetwork
    let figures: FigureCache
    /// Whole pages, by data version and address: a page asked again is not built again.
    let pages = BoundedCache<String>(capacity: 256)

    /// - Parameters:
    ///   - data: a data folder, a `.json` export or a `.jsonl` bulk file, reloaded when it changes.
    ///   - format: the data's format when its name does not tell.
    ///   - render: draws the figures (GraphvizKit, in process).
    ///   - layout: lays out a timeline once for all its snapshots; without it each is laid out alone.
    public init(data: String, format: DataFormat? = nil, render: @escaping Renderer, layout: Layout? = nil) {
        live = LiveNetwork(path: data, format: format)
        figures = FigureCache(render: render, layout: layout)
    }

    /// The site's routes, for `run` and for tests that call them without a socket.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ReadOnlyMethods())
        /// Each page answers GET, and HEAD with the same headers and no body.
        func route(_ path: RouterPath, _ handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response) {
            router.get(path, use: handler)
            router.head(path, use: handler)
        }
        route("/") { request, _ in self.respond(request) { context throws(PageError) in .page(try context.networkPage()) } }
        route("/sources") { request, _ in self.respond(request) { context throws(PageError) in .page(try context.sourcesPage()) } }
        route("/timeline") { request, _ in self.respond(request) { context throws(PageError) in .page(try context.timelinePage()) } }
        route("/actor/:id") { request, routed in
            let id = Self.decoded(routed.parameters.get("id"))
            return self.respond(request) { context throws(PageError) in .page(try context.actorPage(id)) }
        }
        route("/flow/:id") { request, routed in
            let id = Self.decoded(routed.parameters.get("id"))
            return self.respond(request) { context throws(PageError) in .page(try context.flowPage(id)) }
        }
        route("/source/:id") { request, routed in
            let id = Self.decoded(routed.parameters.get("id"))
            return self.respond(request) { context throws(PageError) in .page(try context.sourcePage(id)) }
        }
        route("/paths") { request, _ in
            self.respond(request) { context throws(PageError) in
                guard let from = context.parameter("from"), let to = context.parameter("to"), !from.isEmpty, !to.isEmpty else {
                    return .page(context.pathsFormPage())
                }
                // The actors, as the command line would resolve them, go into the path.
                let resolver = ActorResolver(context.network)
                do throws(QueryError) {
                    let rest = context.parameters.filter { $0.0 != "from" && $0.0 != "to" && !$0.1.isEmpty }
                    return .redirect(ExplorerPaths.paths(from: try resolver.resolve(from), to: try resolver.resolve(to)) + ExplorerPaths.query(rest))
                } catch {
                    throw .notFound(error.description)
                }
            }
        }
        route("/paths/:from/:to") { request, routed in
            let (from, to) = (Self.decoded(routed.parameters.get("from")), Self.decoded(routed.parameters.get("to")))
            return self.respond(request) { context throws(PageError) in .page(try context.pathsPage(from: from, to: to)) }
        }
        route("/search") { request, _ in
            self.respond(request) { context throws(PageError) in
                switch context.search(context.parameter("q") ?? "") {
                case .redirect(let location): return .redirect(location)
                case .page(let title, let body): return .notFound(title, body)
                }
            }
        }
        route("/**") { request, _ in
            self.respond(request) { _ throws(PageError) in throw .notFound("there is no page at this address") }
        }
        return router
    }

    /// Serves until SIGINT or SIGTERM, then stops cleanly.
    /// - Parameter ready: called with the address once the server listens (a port of 0 picks one).
    public func run(host: String = "127.0.0.1", port: Int = 8080, ready: @escaping @Sendable (String) -> Void) async throws {
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? port
                ready("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: Logger(label: "supplynet-serve", factory: { _ in SwiftLogNoOpLogHandler() }))
        try await app.runService()
    }

    /// What a page handler gives back.
    enum Outcome {
        case page((title: String, body: String))
        case redirect(String)
        case notFound(String, String)
    }

    /// Builds the page for `request`: reloads the data when it changed, reads the parameters,
    /// and turns every refusal into a page with its status.
    func respond(_ request: Request, _ build: (PageContext) throws(PageError) -> Outcome) -> Response {
        let snapshot = live.current()
        guard let network = snapshot.network else {
            return Self.html(status: .serviceUnavailable, PageShell.page(
                title: "No data", problems: snapshot.problems,
                body: "<h1>The data does not load</h1><p>Fix the problems above and reload this page.</p>"))
        }
        guard request.uri.description.utf8.count <= 8_192 else {
            return Self.html(status: .badRequest, PageShell.page(title: "Bad request", problems: nil, body: "<h1>Bad request</h1><p>The address is too long.</p>"))
        }
        let pageKey = "\(snapshot.version)\u{1E}\(snapshot.problems ?? "")\u{1E}\(request.uri.description)"
        if let page = pages.cached(pageKey) { return Self.html(status: .ok, page) }
        let parameters = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
        let context = PageContext(network: network, problems: snapshot.problems, version: snapshot.version, figures: figures, parameters: parameters)
        do {
            switch try build(context) {
            case .page(let page):
                let html = PageShell.page(title: page.title, problems: snapshot.problems, search: context.parameter("q") ?? "", body: page.body)
                return Self.html(status: .ok, pages.store(html, for: pageKey))
            case .redirect(let location):
                var response = Self.html(status: .seeOther, "")
                response.headers[.location] = location
                return response
            case .notFound(let title, let body):
                return Self.html(status: .notFound, PageShell.page(title: title, problems: snapshot.problems, body: body))
            }
        } catch {
            let title = error.status == 404 ? "Not found" : "Bad request"
            return Self.html(
                status: HTTPResponse.Status(code: error.status), PageShell.page(
                    title: title, problems: snapshot.problems,
                    body: "<h1>\(title)</h1>\n<p class=\"refused\">\(XMLText.escaped(error.message))</p>\n"))
        }
    }

    /// An HTML response with the explorer's headers.
    static func html(status: HTTPResponse.Status, _ html: String) -> Response {
        Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8", .contentSecurityPolicy: PageShell.contentSecurityPolicy,
                .init("X-Content-Type-Options")!: "nosniff", .init("Referrer-Policy")!: "no-referrer",
                .cacheControl: "no-store",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A path parameter as written, percent-decoding undone.
    static func decoded(_ text: String?) -> String { text.flatMap { $0.removingPercentEncoding ?? $0 } ?? "" }
}
