import Hummingbird

/// Turns away what a static preview must not answer: methods other than GET and HEAD (405) and
/// paths that could reach outside the site (400), before any file is looked at.
struct RequestGuardMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method == .get || request.method == .head else {
            return Response(
                status: .methodNotAllowed, headers: [.allow: "GET, HEAD", .contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(
                    byteBuffer: ByteBuffer(string: "Method not allowed: the preview serves GET and HEAD only.\n")))
        }
        guard RequestPath(encoded: request.uri.path) != nil else {
            return Response(
                status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                body: ResponseBody(
                    byteBuffer: ByteBuffer(string: "Bad request: this path cannot name a file of the site.\n")))
        }
        return try await next(request, context)
    }
}
