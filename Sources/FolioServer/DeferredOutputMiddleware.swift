import Hummingbird

/// Makes a print edition or search page that a save left stale (`BuildSession.makeDeferred`) before
/// its file is looked up, so a request never gets a stale one; every other request passes straight
/// through, without waiting for them.
///
/// A save thus costs what it changes, not the site-wide outputs whose size grows with the site
/// (62 MB of print editions at 10,000 rows, BENCHMARKS.md); a tab showing one is told to reload
/// like every other and gets it made then.
struct DeferredOutputMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: PreviewState
    let rebuild: SiteRebuild

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let stale = state.deferredFiles
        if !stale.isEmpty, let path = RequestPath(encoded: request.uri.path) {
            for file in Self.files(answering: path) where stale.contains(file) {
                await rebuild.makeDeferred(file: file)
            }
        }
        return try await next(request, context)
    }

    /// The files of the site a request for `path` may be answered with: the file itself, or the
    /// folder's `index.html` (`/sv/utskrift` redirects to the folder, which serves it).
    static func files(answering path: RequestPath) -> [String] {
        guard !path.segments.isEmpty else { return ["index.html"] }
        return [path.relative, path.relative + "/index.html"]
    }
}
