import Foundation
import Hummingbird

/// Answers a missing page with the site's own 404 page in the reader's language, chosen by the
/// path's first segment (`/ro/…` gets `site/ro/404.html`, anything else `site/404.html`).
///
/// While the latest build failed and there is no 404 page to lay the error over, the error page
/// stands in, so an author whose first build fails still sees why in the browser.
struct NotFoundPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let files: SiteFiles
    let state: PreviewState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            let response = try await next(request, context)
            guard response.status == .notFound else { return response }
        } catch let error as any HTTPResponseError where error.status == .notFound {
            // fall through to the site's page
        }
        let body = notFoundPage(for: RequestPath(encoded: request.uri.path))
        var headers: HTTPFields = [.contentType: body.type, .cacheControl: "no-cache"]
        headers[.contentLength] = String(body.bytes.count)
        let payload = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: body.bytes))
        return Response(status: .notFound, headers: headers, body: payload)
    }

    /// The localized 404 page when the first segment is a language folder with one, else the root one.
    func notFoundPage(for path: RequestPath?) -> (bytes: [UInt8], type: String) {
        let build = state.current
        var candidates: [RequestPath] = []
        if let language = path?.segments.first, let localized = RequestPath(decoded: "/\(language)/404.html") {
            candidates.append(localized)
        }
        if let root = RequestPath(decoded: "/404.html") { candidates.append(root) }
        for candidate in candidates {
            if let real = files.resolve(candidate), let data = FileManager.default.contents(atPath: real) {
                return (
                    PageInjection.insert(PageInjection.snippet(for: build), into: Array(data)),
                    "text/html; charset=utf-8"
                )
            }
        }
        if build.failure != nil {
            return (Array(PageInjection.errorPage(for: build).utf8), "text/html; charset=utf-8")
        }
        return (Array("Not found.\n".utf8), "text/plain; charset=utf-8")
    }
}
