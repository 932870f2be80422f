import Hummingbird

/// The explorer is read-only: GET as routed, HEAD as GET without the body, anything else 405
/// with the methods it allows.
struct ReadOnlyMethods<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        switch request.method {
        case .get:
            return try await next(request, context)
        case .head:
            var response = try await next(request, context)
            response.body = ResponseBody()
            return response
        default:
            var response = Explorer.html(
                status: .methodNotAllowed,
                PageShell.page(title: "Not allowed", problems: nil, body: "<h1>Not allowed</h1>\n<p class=\"refused\">The explorer only reads: use GET.</p>\n"))
            response.headers[.allow] = "GET, HEAD"
            return response
        }
    }
}
