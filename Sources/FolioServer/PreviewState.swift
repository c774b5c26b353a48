import Foundation

/// What the server knows about the latest build, shared by the watcher and every request.
///
/// A class with a lock rather than an actor: Hummingbird asks the file provider for a file's
/// identity synchronously, and that identity must carry the live-reload snippet of one moment,
/// so the length announced in `Content-Length` is the length written.
final class PreviewState: @unchecked Sendable {
    /// The outcome of the latest finished build.
    struct Build: Sendable, Equatable {
        /// Counts finished builds; pages carry it so a reload finished while a page was loading is not missed.
        var generation: Int
        /// The build errors, as printed in the terminal, when the latest build failed.
        var failure: String?
        /// When the latest build finished; served HTML is never older, so ETags change with each build.
        var finishedAt: Date
    }

    private let lock = NSLock()
    private var build = Build(generation: 0, failure: nil, finishedAt: Date())
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0

    var current: Build {
        lock.withLock { build }
    }

    /// Records a finished build and tells every open event stream its generation.
    func finish(failure: String?) {
        let listeners = lock.withLock {
            build = Build(generation: build.generation + 1, failure: failure, finishedAt: Date())
            return (build.generation, Array(self.listeners.values))
        }
        for listener in listeners.1 { listener.yield(listeners.0) }
    }

    /// A stream of build generations, from the next finished build on, and the id to end it with.
    func subscribe() -> (id: Int, builds: AsyncStream<Int>) {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = lock.withLock {
            nextListener += 1
            listeners[nextListener] = continuation
            return nextListener
        }
        return (id, stream)
    }

    /// Ends a stream from `subscribe()`; ending one twice does nothing.
    func unsubscribe(_ id: Int) {
        let continuation = lock.withLock { listeners.removeValue(forKey: id) }
        continuation?.finish()
    }

    /// Ends every stream, so open connections close and shutdown does not wait for them.
    func closeAll() {
        let all = lock.withLock {
            defer { listeners.removeAll() }
            return Array(listeners.values)
        }
        for continuation in all { continuation.finish() }
    }
}
