import ServiceLifecycle

/// Rebuilds on request instead of on save: the preview server's source of rebuilds in tests, so that
/// which edits a rebuild includes, and how many rebuilds there are, never depends on timing.
///
/// `folio serve` watches the sources (`SourceWatcher`); a test that counts builds or generations writes
/// its files, then calls `rebuild()`, which runs the same `SiteRebuild` a save would and returns once
/// it has finished.
final class RebuildRequests: Sendable {
    private let requests: AsyncStream<CheckedContinuation<Bool, Never>>
    private let continuation: AsyncStream<CheckedContinuation<Bool, Never>>.Continuation

    init() {
        (requests, continuation) = AsyncStream.makeStream()
    }

    /// Rebuilds the whole site as it is on disk now; returns whether the build succeeded.
    func rebuild() async -> Bool {
        await withCheckedContinuation { continuation.yield($0) }
    }

    /// The service that answers the requests, one after another, until the server stops.
    func service(_ rebuild: SiteRebuild) -> some Service {
        Answering(requests: requests, rebuild: rebuild)
    }

    private struct Answering: Service {
        let requests: AsyncStream<CheckedContinuation<Bool, Never>>
        let rebuild: SiteRebuild

        func run() async {
            await cancelWhenGracefulShutdown {
                for await request in requests { request.resume(returning: await rebuild.run()) }
            }
        }
    }
}
