import Foundation
import Synchronization

/// What the server knows about the latest build, shared by the watcher and every request.
///
/// A class with a `Mutex` rather than an actor: Hummingbird asks the file provider for a file's
/// identity synchronously, and that identity must carry the live-reload snippet of one moment,
/// so the length announced in `Content-Length` is the length written.
final class PreviewState: Sendable {
    /// The outcome of the latest finished build.
    struct Build: Sendable, Equatable {
        /// Counts finished builds; pages carry it so a reload finished while a page was loading is not missed.
        var generation: Int
        /// The build errors, as printed in the terminal, when the latest build failed.
        var failure: String?
        /// When the latest build finished; served HTML is never older, so ETags change with each build.
        var finishedAt: Date
    }

    /// One open live-reload stream's view of the builds.
    struct Subscription: Sendable {
        /// Ends the subscription with `unsubscribe(_:)`.
        var id: Int
        /// The generation of the latest finished build when the subscription began.
        var generation: Int
        /// The latest generation, each time a build finishes, and again on each heartbeat. Only the
        /// newest value is kept while the stream is busy; generations only grow, so a repeat never
        /// hides a newer build.
        var generations: AsyncStream<Int>
    }

    /// The latest build and the open streams, changed together under one lock.
    private struct Shared {
        var build = Build(generation: 0, failure: nil, finishedAt: Date())
        var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
        var nextListener = 0
        var deferredFiles: Set<String> = []
    }

    private let shared = Mutex(Shared())

    var current: Build {
        shared.withLock { $0.build }
    }

    /// The files of the print editions and search pages the builds left stale, made when a request
    /// needs one (`DeferredOutputMiddleware`); relative to the output folder.
    var deferredFiles: Set<String> {
        get { shared.withLock { $0.deferredFiles } }
        set { shared.withLock { $0.deferredFiles = newValue } }
    }

    /// How many live-reload streams are open; it must fall back to 0 once every tab is closed.
    var subscriberCount: Int {
        shared.withLock { $0.listeners.count }
    }

    /// Records a finished build and tells every open event stream its generation.
    func finish(failure: String?) {
        let listeners = shared.withLock { shared in
            shared.build = Build(generation: shared.build.generation + 1, failure: failure, finishedAt: Date())
            return (shared.build.generation, Array(shared.listeners.values))
        }
        for listener in listeners.1 { listener.yield(listeners.0) }
    }

    /// Tells every open event stream the current generation again, so each writes a heartbeat comment.
    func heartbeat() {
        let listeners = shared.withLock { ($0.build.generation, Array($0.listeners.values)) }
        for listener in listeners.1 { listener.yield(listeners.0) }
    }

    /// A stream of build generations, from the next finished build on, and the id to end it with.
    ///
    /// The subscription also ends when its stream is dropped or the task reading it is cancelled, so
    /// a stream that ends in a way nobody foresaw still lets go of its subscriber.
    func subscribe() -> Subscription {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let (id, generation) = shared.withLock { shared in
            shared.nextListener += 1
            shared.listeners[shared.nextListener] = continuation
            return (shared.nextListener, shared.build.generation)
        }
        continuation.onTermination = { [weak self] _ in self?.unsubscribe(id) }
        return Subscription(id: id, generation: generation, generations: stream)
    }

    /// Ends a stream from `subscribe()`; ending one twice does nothing.
    func unsubscribe(_ id: Int) {
        let continuation = shared.withLock { $0.listeners.removeValue(forKey: id) }
        continuation?.finish()
    }

    /// Ends every stream, so open connections close and shutdown does not wait for them.
    func closeAll() {
        let all = shared.withLock { shared in
            defer { shared.listeners.removeAll() }
            return Array(shared.listeners.values)
        }
        for continuation in all { continuation.finish() }
    }
}
