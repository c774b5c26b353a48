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

    private let lock = NSLock()
    private var build = Build(generation: 0, failure: nil, finishedAt: Date())
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0

    var current: Build {
        lock.withLock { build }
    }

    /// How many live-reload streams are open; it must fall back to 0 once every tab is closed.
    var subscriberCount: Int {
        lock.withLock { listeners.count }
    }

    /// Records a finished build and tells every open event stream its generation.
    func finish(failure: String?) {
        let listeners = lock.withLock {
            build = Build(generation: build.generation + 1, failure: failure, finishedAt: Date())
            return (build.generation, Array(self.listeners.values))
        }
        for listener in listeners.1 { listener.yield(listeners.0) }
    }

    /// Tells every open event stream the current generation again, so each writes a heartbeat comment.
    func heartbeat() {
        let listeners = lock.withLock { (build.generation, Array(self.listeners.values)) }
        for listener in listeners.1 { listener.yield(listeners.0) }
    }

    /// A stream of build generations, from the next finished build on, and the id to end it with.
    ///
    /// The subscription also ends when its stream is dropped or the task reading it is cancelled, so
    /// a stream that ends in a way nobody foresaw still lets go of its subscriber.
    func subscribe() -> Subscription {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let (id, generation) = lock.withLock {
            nextListener += 1
            listeners[nextListener] = continuation
            return (nextListener, build.generation)
        }
        continuation.onTermination = { [weak self] _ in self?.unsubscribe(id) }
        return Subscription(id: id, generation: generation, generations: stream)
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
